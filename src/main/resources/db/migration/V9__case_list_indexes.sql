-- The coordinators' unfiltered list, its deeper pages and its capped count walk a region's listed cases newest first.
-- Without this the count scans case_file sequentially and the pages walk the primary key backwards, filtering out
-- other regions: cheap while a region holds a large share of all cases, slow for one of ~150 regions nationally.
create index case_file_region_listed_idx on case_file (region_slug, id desc) where status <> 'CONCEPT';
-- "Overdue only": the few cases still waiting for a table, newest first, with their deadline at hand.
create index case_file_region_awaiting_table_idx on case_file (region_slug, id desc, table_deadline)
    where status in ('AANGEMELD', 'IN_VOOROVERLEG', 'TOEGELATEN');
