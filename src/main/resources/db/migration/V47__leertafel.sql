-- The leertafel (learning table) and what it learns: fixed members, sessions with an agenda, anonymous cases,
-- the region's themes (knelpunten) tagged on leertafel cases and on the region's own cases, and proposals that are
-- followed up until an organisation adopts them. Times are wall-clock times in Europe/Amsterdam.
--
-- No leertafel table refers to a case_file: an anonymous case never knows which case it came from. Only theme_tag
-- may point at a case_file, and only for a tag on that case itself (its knelpunten at the verslag or at closure).

-- A fixed member: a user with role LEERTAFEL, a discipline from the werkwijze's deskundigheid and a sector.
-- Leaving ends the membership (until) instead of deleting it, so past sessions keep their attendance.
create table leertafel_member (
    id          bigint generated always as identity primary key,
    region_slug varchar(64)  not null references region (slug),
    table_code  varchar(64)  not null,
    user_id     bigint       not null references app_user (id),
    discipline  varchar(100) not null check (length(trim(discipline)) > 0),
    sector      varchar(30)  not null check (sector in ('PO', 'VO', 'VSO', 'GEMEENTELIJKE_TOEGANG')),
    since       date         not null,
    until       date,
    added_by    bigint       not null references app_user (id),
    added_at    timestamptz  not null,
    constraint leertafel_member_until_after_since check (until is null or until >= since)
);
-- a user is a current member of a table at most once
create unique index leertafel_member_current_idx on leertafel_member (region_slug, table_code, user_id)
    where until is null;

-- A session of the leertafel, on a date of the table's cadence (or moved by the coordinator).
create table leertafel_session (
    id            bigint generated always as identity primary key,
    region_slug   varchar(64)  not null references region (slug),
    table_code    varchar(64)  not null,
    starts_at     timestamp    not null,
    ends_at       timestamp    not null,
    location      varchar(160) check (location is null or position(E'\n' in location) = 0),
    chair_user_id bigint       references app_user (id),
    status        varchar(12)  not null default 'GEPLAND' check (status in ('GEPLAND', 'GEHOUDEN', 'GEANNULEERD')),
    -- the notes of the session: what was learnt, no case text
    notes         varchar(8000),
    sequence      integer      not null default 0 check (sequence >= 0),
    invited_at    timestamptz,
    created_by    bigint       not null references app_user (id),
    created_at    timestamptz  not null,
    version       integer      not null default 0,
    constraint leertafel_session_ends_after_start check (ends_at > starts_at)
);
-- one session per table per day
create unique index leertafel_session_day_idx on leertafel_session (region_slug, table_code, (starts_at::date))
    where status <> 'GEANNULEERD';
create index leertafel_session_region_start_idx on leertafel_session (region_slug, starts_at);

create table leertafel_attendance (
    session_id bigint  not null references leertafel_session (id) on delete cascade,
    member_id  bigint  not null references leertafel_member (id),
    present    boolean not null,
    primary key (session_id, member_id)
);

-- An anonymous case: the pattern, not the person. Structured fields in bands; free text only after the identifier
-- check. A draft (CONCEPT) may be incomplete; a submitted case (INGEDIEND) has everything the table needs.
create table leertafel_case (
    id                 bigint generated always as identity primary key,
    region_slug        varchar(64)   not null references region (slug),
    table_code         varchar(64)   not null,
    status             varchar(12)   not null default 'CONCEPT' check (status in ('CONCEPT', 'INGEDIEND')),
    -- brought in by a member, or offered by a coordinator from a closed case (without any link to that case)
    origin             varchar(20)   not null check (origin in ('LID', 'AFGESLOTEN_CASUS')),
    author_user_id     bigint        not null references app_user (id),
    title              varchar(120),
    age_band           varchar(10)   check (age_band in ('4-7', '8-11', '12-15', '16-17', '18+')),
    school_type        varchar(10)   check (school_type in ('PO', 'SO', 'SBO', 'VO', 'VSO', 'MBO')),
    sector             varchar(30)   check (sector in ('PO', 'VO', 'VSO', 'GEMEENTELIJKE_TOEGANG')),
    out_of_school_band varchar(20)   check (out_of_school_band in ('NIET', 'KORTER_DAN_4_WEKEN', '4_WEKEN_3_MAANDEN',
                                                                   '3_6_MAANDEN', '6_12_MAANDEN', 'LANGER_DAN_1_JAAR')),
    process_band       varchar(20)   check (process_band in ('KORTER_DAN_4_WEKEN', '4_WEKEN_3_MAANDEN', '3_6_MAANDEN',
                                                             '6_12_MAANDEN', 'LANGER_DAN_1_JAAR')),
    -- for an offered closed case: how it ended (the passend aanbod type of case_outcome, or ANDERE_REDEN)
    outcome_type       varchar(40)   check (outcome_type in ('EIGEN_SCHOOL', 'ANDERE_REGULIERE_SCHOOL', 'SO_VSO',
                                                             'ONDERWIJS_ZORGARRANGEMENT', 'DAGBESTEDING_ZORG',
                                                             'PERSOONLIJKE_ONTWIKKELING', 'ANDERS', 'ANDERE_REDEN')),
    situation          varchar(4000),
    question           varchar(2000),
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    submitted_at       timestamptz,
    version            integer       not null default 0,
    constraint leertafel_case_submitted_is_complete check (status = 'CONCEPT' or (
        submitted_at is not null and title is not null and age_band is not null and school_type is not null
        and sector is not null and out_of_school_band is not null and process_band is not null
        and situation is not null and question is not null))
);
create index leertafel_case_region_idx on leertafel_case (region_slug, table_code, status, id desc);
create index leertafel_case_author_idx on leertafel_case (author_user_id, id desc);

-- What was tried: a list of interventions, in order.
create table leertafel_case_intervention (
    leertafel_case_id bigint       not null references leertafel_case (id) on delete cascade,
    position          integer      not null check (position >= 0),
    description       varchar(300) not null check (length(trim(description)) > 0),
    primary key (leertafel_case_id, position)
);

-- A hit of the identifier check that the author marked as "geen persoonsgegeven", with the reason: kept, and
-- counted for the chair. The phrase is the one the author declared not to identify anyone.
create table leertafel_case_override (
    id                bigint generated always as identity primary key,
    leertafel_case_id bigint       not null references leertafel_case (id) on delete cascade,
    field             varchar(20)  not null check (field in ('TITEL', 'SITUATIE', 'VRAAG', 'INTERVENTIE')),
    kind              varchar(20)  not null check (kind in ('NAAM', 'BSN', 'POSTCODE', 'TELEFOON', 'EMAIL', 'URL',
                                                            'ADRES', 'DATUM', 'GEBOORTEDATUM', 'ORGANISATIE')),
    phrase            varchar(200) not null check (length(trim(phrase)) > 0),
    reason            varchar(500) not null check (length(trim(reason)) > 0),
    marked_by         bigint       not null references app_user (id),
    marked_at         timestamptz  not null
);
create index leertafel_case_override_case_idx on leertafel_case_override (leertafel_case_id);

-- The region's list of knelpunten and themes: a start list, maintained by the region's coordinators.
create table theme (
    id          bigint generated always as identity primary key,
    region_slug varchar(64)  not null references region (slug),
    code        varchar(64)  not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        varchar(200) not null check (length(trim(name)) > 0),
    position    integer      not null default 0,
    from_start_list boolean  not null default false,
    active      boolean      not null default true,
    constraint theme_code_unique unique (region_slug, code)
);

-- A theme tagged on a leertafel case or on one of the region's own cases; occurred_on decides the quarter it counts in
-- (the session or submission for a leertafel case, the verslag or closure for a case).
create table theme_tag (
    id                bigint generated always as identity primary key,
    theme_id          bigint      not null references theme (id),
    leertafel_case_id bigint      references leertafel_case (id) on delete cascade,
    case_id           bigint      references case_file (id) on delete cascade,
    occurred_on       date        not null,
    tagged_by         bigint      not null references app_user (id),
    tagged_at         timestamptz not null,
    constraint theme_tag_one_source check (num_nonnulls(leertafel_case_id, case_id) = 1)
);
create unique index theme_tag_leertafel_case_idx on theme_tag (leertafel_case_id, theme_id) where leertafel_case_id is not null;
create unique index theme_tag_case_idx on theme_tag (case_id, theme_id) where case_id is not null;
-- trends: per theme per quarter
create index theme_tag_trend_idx on theme_tag (theme_id, occurred_on);

-- A proposal of the leertafel: for the process (verbetervoorstel) or for policy (beleidsvoorstel).
create table proposal (
    id            bigint generated always as identity primary key,
    region_slug   varchar(64)   not null references region (slug),
    table_code    varchar(64)   not null,
    kind          varchar(20)   not null check (kind in ('VERBETERVOORSTEL', 'BELEIDSVOORSTEL')),
    title         varchar(200)  not null check (length(trim(title)) > 0),
    description   varchar(4000) not null check (length(trim(description)) > 0),
    owner_user_id bigint        not null references app_user (id),
    status        varchar(20)   not null default 'INGEDIEND'
                  check (status in ('INGEDIEND', 'IN_BEHANDELING', 'AANGENOMEN', 'AFGEWEZEN', 'INGEVOERD')),
    created_by    bigint        not null references app_user (id),
    created_at    timestamptz   not null,
    version       integer       not null default 0
);
create index proposal_region_status_idx on proposal (region_slug, table_code, status, id desc);

create table proposal_theme (
    proposal_id bigint not null references proposal (id) on delete cascade,
    theme_id    bigint not null references theme (id),
    primary key (proposal_id, theme_id)
);

-- the organisations asked to adopt the proposal
create table proposal_organisation (
    proposal_id     bigint not null references proposal (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    primary key (proposal_id, organisation_id)
);

-- Every change of status, dated, with who recorded it (and, where it is theirs, the organisation that decided).
create table proposal_decision (
    id              bigint generated always as identity primary key,
    proposal_id     bigint        not null references proposal (id) on delete cascade,
    status          varchar(20)   not null
                    check (status in ('INGEDIEND', 'IN_BEHANDELING', 'AANGENOMEN', 'AFGEWEZEN', 'INGEVOERD')),
    decided_on      date          not null,
    organisation_id bigint        references organisation (id),
    note            varchar(2000),
    recorded_by     bigint        not null references app_user (id),
    recorded_at     timestamptz   not null
);
create index proposal_decision_proposal_idx on proposal_decision (proposal_id, recorded_at);

-- The agenda of a session: anonymous cases, themes, proposals to follow up, and other points, each with minutes
-- (the page says when the agenda does not fit the table's maximum duration).
create table leertafel_agenda_item (
    id                bigint generated always as identity primary key,
    session_id        bigint       not null references leertafel_session (id) on delete cascade,
    position          integer      not null check (position >= 0),
    kind              varchar(12)  not null check (kind in ('CASUS', 'THEMA', 'VOORSTEL', 'OVERIG')),
    leertafel_case_id bigint       references leertafel_case (id) on delete cascade,
    theme_id          bigint       references theme (id),
    proposal_id       bigint       references proposal (id) on delete cascade,
    title             varchar(200) check (title is null or length(trim(title)) > 0),
    minutes           integer      not null check (minutes between 5 and 180),
    constraint leertafel_agenda_item_refers_to_its_kind check (
        (kind = 'CASUS' and leertafel_case_id is not null and theme_id is null and proposal_id is null)
        or (kind = 'THEMA' and theme_id is not null and leertafel_case_id is null and proposal_id is null)
        or (kind = 'VOORSTEL' and proposal_id is not null and leertafel_case_id is null and theme_id is null)
        or (kind = 'OVERIG' and title is not null and leertafel_case_id is null and theme_id is null
            and proposal_id is null))
);
create index leertafel_agenda_item_session_idx on leertafel_agenda_item (session_id, position);
create index leertafel_agenda_item_case_idx on leertafel_agenda_item (leertafel_case_id) where leertafel_case_id is not null;
create index leertafel_agenda_item_proposal_idx on leertafel_agenda_item (proposal_id) where proposal_id is not null;
