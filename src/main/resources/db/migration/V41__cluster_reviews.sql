-- The cluster's year-end review (issue 23): opened by the year's head, each member scores the others (never itself)
-- or votes for the leading member, the head records the meeting's minutes (date, present, result, a file) and closes
-- it; the tally is the average of the scores or the count of votes, ties shown. Closed, the cluster proposes its
-- leading member(s) for the Cờ thi đua and others for a Bằng khen: nominations with the minutes in their dossier.
create table cluster_review (
    id           bigint generated always as identity primary key,
    cluster_id   bigint        not null unique references cluster_year (id) on delete cascade,
    method       varchar(20)   not null check (method in ('SCORES', 'VOTES')),
    status       varchar(20)   not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    opened_by    varchar(60)   not null,
    opened_at    timestamptz   not null,
    closed_at    timestamptz,
    meeting_date date,
    present      varchar(1000),
    result_text  varchar(2000),
    version      bigint        not null default 0,
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    check (status <> 'CLOSED' or (meeting_date is not null and present is not null and result_text is not null))
);

create table cluster_score (
    id               bigint generated always as identity primary key,
    review_id        bigint       not null references cluster_review (id) on delete cascade,
    scorer_agency_id bigint       not null references agency (id),
    scored_agency_id bigint       not null references agency (id),
    score            numeric(5,2) not null check (score between 0 and 100),
    constraint cluster_score_uk unique (review_id, scorer_agency_id, scored_agency_id),
    check (scorer_agency_id <> scored_agency_id)
);

create table cluster_vote (
    id               bigint generated always as identity primary key,
    review_id        bigint not null references cluster_review (id) on delete cascade,
    voter_agency_id  bigint not null references agency (id),
    chosen_agency_id bigint not null references agency (id),
    constraint cluster_vote_uk unique (review_id, voter_agency_id),
    check (voter_agency_id <> chosen_agency_id)
);

create table cluster_minutes (
    id           bigint generated always as identity primary key,
    review_id    bigint       not null unique references cluster_review (id) on delete cascade,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    uploaded_by  varchar(60)  not null,
    uploaded_at  timestamptz  not null default now()
);
create table cluster_minutes_content (
    cluster_minutes_id bigint primary key references cluster_minutes (id) on delete cascade,
    bytes              bytea  not null
);

-- What the cluster proposed, and the nomination each proposal became.
create table cluster_proposal (
    id            bigint generated always as identity primary key,
    review_id     bigint not null references cluster_review (id) on delete cascade,
    agency_id     bigint not null references agency (id),
    form_id       bigint not null references commendation_form (id),
    nomination_id bigint not null references nomination (id),
    proposed_by   varchar(60) not null,
    proposed_at   timestamptz not null,
    constraint cluster_proposal_uk unique (review_id, agency_id)
);
