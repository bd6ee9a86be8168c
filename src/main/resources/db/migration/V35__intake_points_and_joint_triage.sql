-- Joint vooroverleg: the next decider reads which circumstances the earlier decider ticked, in the words the werkwijze
-- used at that moment (a later werkwijze may word or order them differently). Null for decisions recorded before.
alter table triage_decision add column circumstances_checked text[];
alter table triage_decision add constraint triage_decision_circumstances_counted
    check (circumstances_checked is null or coalesce(cardinality(circumstances_checked), 0) = circumstances_met);

-- The vooroverleg queue per region, oldest first, paged: only the few cases still awaiting a decision.
create index case_file_region_triage_idx on case_file (region_slug, id)
    where status in ('AANGEMELD', 'IN_VOOROVERLEG');
-- The same queue for one intake point (its sectors), and for an intake coordinator's own sectors.
create index case_file_region_sector_triage_idx on case_file (region_slug, sector, id)
    where status in ('AANGEMELD', 'IN_VOOROVERLEG');
