-- Searching the cases (Casussen) on name, case number and date of birth, fast at national volume.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;

-- A name folded for searching: accents off (Dutch, Turkish, Polish, ... letters), then lower case. Written with
-- translate() rather than the unaccent extension, whose function is not immutable and so cannot be indexed.
create function doorbraak_fold(text) returns text
    language sql immutable strict parallel safe
    as $$ select lower(translate($1,
        'àáâãäåāăąçćčďđèéêëēėęěğìíîïīįıľłñńňòóôõöøōőŕřśšşťùúûüūůűųýÿžźżÀÁÂÃÄÅĀĂĄÇĆČĎĐÈÉÊËĒĖĘĚĞÌÍÎÏĪĮĽŁÑŃŇÒÓÔÕÖØŌŐŔŘŚŠŞŤÙÚÛÜŪŮŰŲÝŸŽŹŻ',
        'aaaaaaaaacccddeeeeeeeegiiiiiiillnnnoooooooorrssstuuuuuuuuyyzzzAAAAAAAAACCCDDEEEEEEEEGIIIIIILLNNNOOOOOOOORRSSSTUUUUUUUUYYZZZ')) $$;

-- part of a name, anywhere in it: "jans" finds "Jansen" and "Janssens", "ozt" finds "Öztürk"
create index case_file_youth_name_search_idx on case_file using gin (doorbraak_fold(youth_name) gin_trgm_ops);
-- a date of birth alone (case_file_youth_idx starts with the name)
create index case_file_birth_date_idx on case_file (youth_birth_date);

-- A participant may be an organisation of the region's registry (a structural partner, kernpartner or local team)
-- before the coordinator knows who of it comes: one seat per organisation per agenda item.
alter table agenda_participant add column organisation_id bigint references organisation (id);
create unique index agenda_participant_organisation_seat_idx on agenda_participant (agenda_item_id, organisation_id)
    where user_id is null and organisation_id is not null;
create index agenda_participant_organisation_idx on agenda_participant (organisation_id) where organisation_id is not null;
