-- Council sessions are searched by title with or without diacritics, like every other list.
alter table council_session add column search_key varchar(400) not null default '';
