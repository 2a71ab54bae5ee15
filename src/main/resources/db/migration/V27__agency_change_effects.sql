-- An agency change recorded by mistake can be reverted by an admin within 30 days (issue 28): what the change did
-- to other records — units moved to a successor or withdrawn, representatives moved or disabled — is kept, one row
-- each, on the change that did it (the first row of the operation, for a split's several), so that the revert puts
-- each back as it was.
create table agency_change_effect (
    id              bigint generated always as identity primary key,
    change_id       bigint      not null references agency_change (id) on delete cascade,
    entity_type     varchar(20) not null,
    entity_id       bigint      not null,
    effect          varchar(20) not null,
    from_agency_id  bigint      not null references agency (id),
    constraint agency_change_effect_type_ck check (entity_type in ('Unit', 'Account')),
    constraint agency_change_effect_ck check (effect in ('MOVED', 'WITHDRAWN', 'DISABLED'))
);
create index agency_change_effect_change_ix on agency_change_effect (change_id);
