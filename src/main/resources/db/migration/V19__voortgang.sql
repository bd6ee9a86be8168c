-- ShedLock's lock table: a scheduled job runs on one app instance at a time (nl.doorbraak.jobs)
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);

-- Progress updates (voortgangsberichten) the regiehouder (or a coordinator) posts on a case in execution
create table voortgang_bericht (
    id             bigint generated always as identity primary key,
    case_id        bigint        not null references case_file (id) on delete cascade,
    author_user_id bigint        not null references app_user (id),
    text           varchar(4000) not null check (length(trim(text)) > 0),
    posted_at      timestamptz   not null
);
-- the page lists newest first; the missed-update job asks for the latest per case
create index voortgang_bericht_case_idx on voortgang_bericht (case_id, posted_at desc);

-- Each reminder about an agreement is sent once: before the deadline and once when it passed
create table voortgang_herinnering (
    agreement_id bigint      not null references verslag_agreement (id) on delete cascade,
    kind         varchar(10) not null check (kind in ('BEFORE', 'OVERDUE')),
    sent_on      date        not null,
    primary key (agreement_id, kind)
);

-- Each missed update period of a case is signalled once (due_on: the day the update was due)
create table voortgang_gemist (
    case_id     bigint      not null references case_file (id) on delete cascade,
    due_on      date        not null,
    signalled_at timestamptz not null,
    primary key (case_id, due_on)
);
create index voortgang_gemist_signalled_idx on voortgang_gemist (signalled_at);
