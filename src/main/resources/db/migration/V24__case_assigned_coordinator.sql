-- A case can be assigned to a named coordinator of its region: where the region splits its intake over several
-- intake points, an intake coordinator sees the cases of their intake point and the cases assigned to them.
alter table case_file add column assigned_coordinator_id bigint references app_user (id);
-- "assigned to me" in the case lists, newest first
create index case_file_assigned_coordinator_idx on case_file (assigned_coordinator_id, id desc)
    where assigned_coordinator_id is not null;
-- an intake coordinator's list: one region's listed cases of the sectors their intake point serves, newest first
create index case_file_region_sector_idx on case_file (region_slug, sector, id desc) where status <> 'CONCEPT';
