-- A submitted referral that matched an open case on name and date of birth. The referrer is told nothing about it;
-- the coordinators of both cases' regions see the pair (each only their own case) and decide whether it is the
-- same youth. The pair stays undecided (and signalled) until someone decides, also when a case ended meanwhile.
create table case_possible_duplicate (
    id            bigint generated always as identity primary key,
    case_id       bigint      not null references case_file (id) on delete cascade,
    match_case_id bigint      not null references case_file (id) on delete cascade,
    found_at      timestamptz not null,
    decision      varchar(20) check (decision in ('ZELFDE', 'NIET_DEZELFDE')),
    decided_by    bigint      references app_user (id),
    decided_at    timestamptz,
    unique (case_id, match_case_id),
    constraint possible_duplicate_not_itself check (case_id <> match_case_id),
    constraint possible_duplicate_decided check (
        (decision is null and decided_by is null and decided_at is null)
        or (decision is not null and decided_by is not null and decided_at is not null))
);
-- the case page's marks and a region's dashboard signal: the undecided pairs a case is in, from either side
create index case_possible_duplicate_open_case_idx on case_possible_duplicate (case_id) where decision is null;
create index case_possible_duplicate_open_match_idx on case_possible_duplicate (match_case_id) where decision is null;
create index case_possible_duplicate_match_idx on case_possible_duplicate (match_case_id);

-- How many submitted referrals of a user matched an open case, per day (Europe/Amsterdam). One row per user and
-- day, locked while a submission runs, so the limit holds across app instances.
create table referral_match_quota (
    user_id bigint  not null references app_user (id) on delete cascade,
    day     date    not null,
    matches integer not null default 0 check (matches >= 0),
    primary key (user_id, day)
);
