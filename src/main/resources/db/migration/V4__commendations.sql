-- Commendations: the catalogue of forms, nominations with their dossiers, appraisal, the Emulation &
-- Commendation Council's sessions and votes, admin approval, numbered decisions, registry numbers.

create table commendation_form (
    id              bigint generated always as identity primary key,
    code            varchar(40)  not null unique,
    name            varchar(300) not null,
    name_en         varchar(300),
    recipient       varchar(20)  not null,
    authority       varchar(40)  not null,
    active          boolean      not null default true,
    sort_order      integer      not null default 0,
    version         bigint       not null default 0,
    constraint commendation_form_recipient_ck check (recipient in ('COLLECTIVE', 'INDIVIDUAL', 'BOTH')),
    constraint commendation_form_authority_ck check (authority in ('PROVINCIAL_FRONT', 'PROVINCIAL_PEOPLES_COMMITTEE',
        'CENTRAL_FRONT', 'AGENCY_HEAD'))
);

insert into commendation_form (code, name, name_en, recipient, authority, sort_order) values
    ('BK-MTTQ-TINH', 'Bằng khen của Ủy ban MTTQ Việt Nam tỉnh', 'Certificate of Merit of the provincial Fatherland Front Committee', 'BOTH', 'PROVINCIAL_FRONT', 1),
    ('CO-MTTQ-TINH', 'Cờ thi đua của Ủy ban MTTQ Việt Nam tỉnh', 'Emulation Flag of the provincial Fatherland Front Committee', 'COLLECTIVE', 'PROVINCIAL_FRONT', 2),
    ('BK-CT-UBND-TINH', 'Bằng khen của Chủ tịch UBND tỉnh', 'Certificate of Merit of the Chairman of the provincial People''s Committee', 'BOTH', 'PROVINCIAL_PEOPLES_COMMITTEE', 3),
    ('CO-UBND-TINH', 'Cờ thi đua của UBND tỉnh', 'Emulation Flag of the provincial People''s Committee', 'COLLECTIVE', 'PROVINCIAL_PEOPLES_COMMITTEE', 4),
    ('GIAY-KHEN', 'Giấy khen', 'Certificate of Commendation', 'BOTH', 'AGENCY_HEAD', 5),
    ('KNC-DDK', 'Kỷ niệm chương “Vì sự nghiệp Đại đoàn kết dân tộc”', 'Commemorative Medal “For the Cause of Great National Unity”', 'INDIVIDUAL', 'CENTRAL_FRONT', 6);

create table council_session (
    id                 bigint generated always as identity primary key,
    title              varchar(300) not null,
    held_on            date         not null,
    quorum             integer      not null,
    approval_threshold integer      not null,
    status             varchar(20)  not null default 'OPEN',
    created_by         varchar(60)  not null,
    closed_at          timestamptz,
    version            bigint       not null default 0,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    constraint council_session_status_ck check (status in ('OPEN', 'CLOSED')),
    constraint council_session_numbers_ck check (quorum >= 1 and approval_threshold >= 1)
);

create table council_member (
    id         bigint generated always as identity primary key,
    session_id bigint       not null references council_session (id) on delete cascade,
    account_id bigint       not null references account (id),
    agency_id  bigint references agency (id),
    constraint council_member_uk unique (session_id, account_id)
);
create index council_member_account_ix on council_member (account_id);

create table decision (
    id                bigint generated always as identity primary key,
    year              integer      not null,
    number            integer,
    code              varchar(40),
    title             varchar(500) not null,
    signed_on         date         not null,
    signer_name       varchar(200) not null,
    signer_title      varchar(200) not null,
    status            varchar(20)  not null default 'DRAFT',
    revocation_reason varchar(1000),
    revoked_at        timestamptz,
    created_by        varchar(60)  not null,
    signed_by         varchar(60),
    signed_at         timestamptz,
    published_at      timestamptz,
    search_key        varchar(700) not null,
    version           bigint       not null default 0,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    constraint decision_status_ck check (status in ('DRAFT', 'SIGNED', 'PUBLISHED', 'REVOKED')),
    constraint decision_number_ck check ((status = 'DRAFT') = (number is null)),
    constraint decision_revoked_ck check ((status = 'REVOKED') = (revocation_reason is not null)),
    constraint decision_number_uk unique (year, number),
    constraint decision_code_uk unique (code)
);

-- The last number given per year, for decisions and for the registry (sổ vàng): taken under the row's lock
-- in the transaction that signs, so numbers are unique and without gaps.
create table number_counter (
    kind        varchar(20) not null,
    year        integer     not null,
    last_number integer     not null,
    primary key (kind, year),
    constraint number_counter_kind_ck check (kind in ('DECISION', 'REGISTRY'))
);

create table nomination (
    id                  bigint generated always as identity primary key,
    unit_id             bigint        not null references unit (id),
    nominee_type        varchar(20)   not null,
    individual_name     varchar(200),
    individual_position varchar(200),
    birth_year          integer,
    gender              varchar(10),
    form_id             bigint        not null references commendation_form (id),
    year                integer       not null,
    achievements        text          not null,
    status              varchar(20)   not null,
    proposed_by         varchar(60)   not null,
    submitted_at        timestamptz,
    return_reason       varchar(1000),
    appraised_by        varchar(60),
    appraised_at        timestamptz,
    appraisal_note      varchar(1000),
    council_session_id  bigint references council_session (id),
    approved_by         varchar(60),
    approved_at         timestamptz,
    rejection_reason    varchar(1000),
    decision_id         bigint references decision (id),
    registry_number     varchar(40) unique,
    search_key          varchar(700)  not null,
    version             bigint        not null default 0,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    constraint nomination_type_ck check (nominee_type in ('COLLECTIVE', 'INDIVIDUAL')),
    constraint nomination_individual_ck check (nominee_type = 'COLLECTIVE'
        or (individual_name is not null and birth_year is not null and gender is not null)),
    constraint nomination_gender_ck check (gender is null or gender in ('MALE', 'FEMALE')),
    constraint nomination_status_ck check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPRAISED', 'PASSED',
        'FAILED', 'APPROVED', 'REJECTED', 'COMMENDED', 'FORWARDED')),
    constraint nomination_returned_ck check (status <> 'RETURNED' or return_reason is not null),
    constraint nomination_rejected_ck check (status <> 'REJECTED' or rejection_reason is not null),
    constraint nomination_commended_ck check ((status = 'COMMENDED') = (decision_id is not null))
);
create index nomination_unit_ix on nomination (unit_id);
create index nomination_status_ix on nomination (status);
create index nomination_session_ix on nomination (council_session_id);
create index nomination_decision_ix on nomination (decision_id);

create table nomination_report (
    nomination_id bigint not null references nomination (id) on delete cascade,
    report_id     bigint not null references report (id),
    primary key (nomination_id, report_id)
);

create table dossier_file (
    id            bigint generated always as identity primary key,
    nomination_id bigint       not null references nomination (id) on delete cascade,
    kind          varchar(30)  not null,
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    uploaded_by   varchar(60)  not null,
    uploaded_at   timestamptz  not null default now(),
    constraint dossier_kind_ck check (kind in ('COVER_SUBMISSION', 'MEETING_MINUTES', 'ACHIEVEMENT_REPORT', 'OTHER')),
    constraint dossier_size_ck check (size_bytes > 0 and size_bytes <= 10485760)
);
create index dossier_file_nomination_ix on dossier_file (nomination_id);

create table dossier_content (
    dossier_file_id bigint primary key references dossier_file (id) on delete cascade,
    bytes           bytea not null
);

create table council_vote (
    id            bigint generated always as identity primary key,
    nomination_id bigint      not null references nomination (id),
    member_id     bigint      not null references council_member (id) on delete cascade,
    vote          varchar(10) not null,
    cast_at       timestamptz not null default now(),
    constraint council_vote_ck check (vote in ('YES', 'NO', 'ABSTAIN')),
    constraint council_vote_uk unique (nomination_id, member_id)
);

-- Where members vote on paper, staff record the counts instead.
create table council_tally (
    nomination_id bigint primary key references nomination (id),
    yes_votes     integer     not null,
    no_votes      integer     not null,
    abstentions   integer     not null,
    recorded_by   varchar(60) not null,
    recorded_at   timestamptz not null default now(),
    constraint council_tally_ck check (yes_votes >= 0 and no_votes >= 0 and abstentions >= 0)
);
