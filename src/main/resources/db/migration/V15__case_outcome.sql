-- How a case ended: a passend aanbod (type, place, start date) or another recorded reason. One row per closure;
-- reopening marks the row as reopened (with who, when and why) instead of deleting it, so the history stays.
create table case_outcome (
    id            bigint generated always as identity primary key,
    case_id       bigint        not null references case_file (id) on delete cascade,
    kind          varchar(20)   not null check (kind in ('PASSEND_AANBOD', 'ANDERE_REDEN')),
    offer_type    varchar(40)   check (offer_type in ('EIGEN_SCHOOL', 'ANDERE_REGULIERE_SCHOOL', 'SO_VSO',
                                                      'ONDERWIJS_ZORGARRANGEMENT', 'DAGBESTEDING_ZORG',
                                                      'PERSOONLIJKE_ONTWIKKELING', 'ANDERS')),
    place         varchar(200)  check (place is null or length(trim(place)) > 0),
    starts_on     date,
    reason_code   varchar(40)   check (reason_code in ('VERHUISD', 'ACHTTIEN_GEWORDEN', 'TOESTEMMING_INGETROKKEN', 'ANDERS')),
    explanation   varchar(2000),
    -- the status the case had before closing: reopening returns there
    closed_from   varchar(20)   not null check (closed_from in ('AANGEMELD', 'IN_VOOROVERLEG', 'TOEGELATEN', 'GEPLAND',
                                                               'IN_UITVOERING')),
    recorded_by   bigint        not null references app_user (id),
    recorded_at   timestamptz   not null,
    reopened_at   timestamptz,
    reopened_by   bigint        references app_user (id),
    reopen_reason varchar(2000),
    constraint outcome_aanbod_is_complete check (kind <> 'PASSEND_AANBOD' or (
        offer_type is not null and place is not null and starts_on is not null and reason_code is null)),
    constraint outcome_reason_is_complete check (kind <> 'ANDERE_REDEN' or (
        reason_code is not null and offer_type is null and place is null and starts_on is null)),
    constraint outcome_other_reason_explained check (reason_code is distinct from 'ANDERS' or (
        explanation is not null and length(trim(explanation)) > 0)),
    constraint outcome_reopen_is_complete check ((reopened_at is null) = (reopened_by is null)
        and (reopened_at is null) = (reopen_reason is null)),
    constraint outcome_reopened_after_closing check (reopened_at is null or reopened_at >= recorded_at)
);
-- a case has at most one current (not reopened) outcome; also the lookup from a case to its outcome
create unique index case_outcome_current_idx on case_outcome (case_id) where reopened_at is null;
create index case_outcome_history_idx on case_outcome (case_id, recorded_at);

alter table case_file add column closed_at timestamptz;

-- dashboard: cases closed recently, per region
create index case_file_region_closed_idx on case_file (region_slug, closed_at) where status = 'AFGESLOTEN';
-- dashboard: open cases per region by the date the youth stopped going to school (the three-month signal; also
-- the walk over a region's open cases for the silence and agreement signals)
create index case_file_region_open_since_idx on case_file (region_slug, out_of_school_since)
    where status in ('AANGEMELD', 'IN_VOOROVERLEG', 'TOEGELATEN', 'GEPLAND', 'IN_UITVOERING');
-- dashboard: promises kept or broken, over every submitted case with a promised table date
create index case_file_region_promise_idx on case_file (region_slug, table_deadline)
    where table_deadline is not null and status <> 'CONCEPT';
-- the tables held for a case: the meeting date is in the reason of its VERSLAG_VASTGESTELD events
create index case_event_table_held_idx on case_event (case_id) include (reason) where type = 'VERSLAG_VASTGESTELD';
