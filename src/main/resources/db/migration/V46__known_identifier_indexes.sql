-- The anonymity check asks which words and phrases of a text are names the system knows (KnownIdentifierSource):
-- one index probe per candidate, never a scan of all names, also at national volume.
-- Users by their full name (case_file_youth_idx already starts with lower(youth_name) for the youth's full name).
create index app_user_display_name_lower_idx on app_user (lower(display_name));
-- Youths and guardians by their full name and by their first name alone ("Sanne" of "Sanne de Vries").
create index case_file_youth_first_name_idx on case_file (split_part(lower(youth_name), ' ', 1));
create index case_guardian_name_lower_idx on case_guardian (lower(name));
create index case_guardian_first_name_idx on case_guardian (split_part(lower(name), ' ', 1));
-- Schools and organisations of the registry by their name.
create index organisation_name_lower_idx on organisation (lower(name));
