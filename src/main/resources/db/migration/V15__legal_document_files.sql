-- A campaign's legal basis documents may carry their PDF (issue 7): one file per document, its bytes apart.
create table legal_document_file (
    id                bigint generated always as identity primary key,
    legal_document_id bigint       not null unique references legal_document (id) on delete cascade,
    file_name         varchar(255) not null,
    content_type      varchar(100) not null,
    size_bytes        bigint       not null,
    sha256            varchar(64)  not null,
    uploaded_by       varchar(60)  not null,
    uploaded_at       timestamptz  not null default now(),
    constraint legal_document_file_pdf_ck check (content_type = 'application/pdf'),
    constraint legal_document_file_size_ck check (size_bytes > 0 and size_bytes <= 10485760)
);

create table legal_document_content (
    legal_document_file_id bigint primary key references legal_document_file (id) on delete cascade,
    bytes                  bytea not null
);
