-- The knelpunten an author picked for a leertafelcasus that is still a draft. A tag in theme_tag counts in the trends,
-- so a draft's choice waits here and becomes its tags when the case is submitted (then this is emptied). Theme ids of
-- another region or of inactive themes are ignored at that moment by the themes module.
alter table leertafel_case add column draft_theme_ids bigint[] not null default '{}';
