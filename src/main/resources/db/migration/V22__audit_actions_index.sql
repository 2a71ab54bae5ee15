-- The audit trail's filter offers the actions recorded: found by probing this index for the next one after the last,
-- not by reading every record (millions at a country's size). The kinds use audit_record_entity_ix the same way.
create index audit_record_action_ix on audit_record (action);
