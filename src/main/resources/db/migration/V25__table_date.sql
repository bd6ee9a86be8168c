-- Table dates of tables that meet on explicit dates (cadans VASTE_DATA): the werkwijze's dates are the starting
-- set, seeded once each (werkwijze_day remembers which one, so a moved or cancelled seed date is never re-added);
-- coordinators add, move and cancel dates. Times are wall-clock times in Europe/Amsterdam.
create table table_date (
    id            bigint generated always as identity primary key,
    region_slug   varchar(64)  not null references region (slug),
    table_code    varchar(64)  not null,
    day           date         not null,
    time_from     time         not null,
    time_until    time         not null,
    location      varchar(160) check (location is null or position(E'\n' in location) = 0),
    status        varchar(12)  not null default 'PLANNED' check (status in ('PLANNED', 'CANCELLED')),
    werkwijze_day date,
    changed_by    bigint       references app_user (id),
    changed_at    timestamptz  not null default now(),
    constraint table_date_until_after_from check (time_until > time_from)
);
-- one planned date per table per day
create unique index table_date_day_idx on table_date (region_slug, table_code, day) where status = 'PLANNED';
-- each werkwijze date is seeded once
create unique index table_date_seed_idx on table_date (region_slug, table_code, werkwijze_day)
    where werkwijze_day is not null;
