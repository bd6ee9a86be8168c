-- Case files: from referral (aanmelding) through triage (vooroverleg). Later statuses are allowed already.
create table case_file (
    id                    bigint generated always as identity primary key,
    region_slug           varchar(64)  not null references region (slug),
    status                varchar(20)  not null check (status in ('CONCEPT', 'AANGEMELD', 'IN_VOOROVERLEG', 'TOEGELATEN',
                                                                  'TERUGGESTUURD', 'AFGEWEZEN', 'GESTOPT', 'GEPLAND',
                                                                  'IN_UITVOERING', 'AFGESLOTEN')),
    youth_name            varchar(200) not null check (length(trim(youth_name)) > 0),
    youth_birth_date      date         not null,
    municipality          varchar(100),
    school_organisation_id bigint      references organisation (id),
    school_type           varchar(10)  check (school_type in ('PO', 'SO', 'SBO', 'VO', 'VSO', 'MBO')),
    no_school             boolean      not null default false,
    enrolled              boolean,
    startkwalificatie     boolean,
    trigger               varchar(40)  check (trigger in ('THUISZITTER', 'DREIGENDE_THUISZITTER', 'DREIGENDE_UITHUISPLAATSING')),
    out_of_school_since   date,
    description           varchar(4000),
    kernvraag             varchar(2000),
    referrer_user_id      bigint       not null references app_user (id),
    referrer_name         varchar(200) not null,
    referrer_organisation varchar(200),
    referrer_contact      varchar(320),
    sector                varchar(40)  check (sector in ('PO', 'VO', 'ZORG_LOKAAL', 'LEERPLICHT', 'ANDERS')),
    legal_basis           varchar(40)  check (legal_basis in ('WETTELIJKE_TAAK', 'WETTELIJKE_PLICHT', 'TOESTEMMING')),
    table_deadline        date,
    created_at            timestamptz  not null,
    submitted_at          timestamptz,
    decided_at            timestamptz,
    stopped_at            timestamptz,
    version               integer      not null default 0,
    constraint case_since_after_birth check (out_of_school_since is null or out_of_school_since >= youth_birth_date),
    constraint case_no_school_no_school_org check (not (no_school and school_organisation_id is not null)),
    -- a draft may be incomplete; from submission on everything the table needs is there
    constraint case_submitted_is_complete check (status = 'CONCEPT' or (
        submitted_at is not null and kernvraag is not null and description is not null and trigger is not null
        and out_of_school_since is not null and municipality is not null and sector is not null
        and legal_basis is not null and enrolled is not null and startkwalificatie is not null))
);
-- the coordinators' list: region first, then the filters, newest first
create index case_file_region_status_idx on case_file (region_slug, status, id desc);
create index case_file_region_municipality_idx on case_file (region_slug, municipality, id desc);
create index case_file_region_school_type_idx on case_file (region_slug, school_type, id desc);
create index case_file_region_deadline_idx on case_file (region_slug, table_deadline)
    where status in ('AANGEMELD', 'IN_VOOROVERLEG', 'TOEGELATEN');
-- the duplicate check before a new case
create index case_file_youth_idx on case_file (lower(youth_name), youth_birth_date);

create table case_guardian (
    id       bigint generated always as identity primary key,
    case_id  bigint       not null references case_file (id) on delete cascade,
    position smallint     not null check (position between 1 and 2),
    name     varchar(200) not null check (length(trim(name)) > 0),
    contact  varchar(320),
    unique (case_id, position)
);

create table case_consent (
    case_id          bigint       primary key references case_file (id) on delete cascade,
    by_guardian      boolean      not null default false,
    by_youth         boolean      not null default false,
    given_on         date,
    method           varchar(20)  check (method in ('MONDELING', 'SCHRIFTELIJK')),
    for_referral     boolean      not null default false,
    for_sharing      boolean      not null default false,
    withdrawn_on     date,
    withdrawn_reason varchar(2000),
    constraint consent_withdrawal_has_reason check ((withdrawn_on is null) = (withdrawn_reason is null)),
    constraint consent_withdrawn_after_given check (withdrawn_on is null or given_on is null or withdrawn_on >= given_on)
);

create table case_participant (
    case_id bigint      not null references case_file (id) on delete cascade,
    user_id bigint      not null references app_user (id),
    role    varchar(30) not null check (role in ('INBRENGER', 'DEELNEMER', 'REGIEHOUDER', 'VOORZITTER')),
    primary key (case_id, user_id, role)
);
-- "mijn casussen"
create index case_participant_user_idx on case_participant (user_id, case_id desc);

create table case_event (
    id            bigint generated always as identity primary key,
    case_id       bigint       not null references case_file (id) on delete cascade,
    occurred_at   timestamptz  not null,
    actor_user_id bigint       references app_user (id),
    type          varchar(40)  not null,
    reason        varchar(2000)
);
create index case_event_case_idx on case_event (case_id, occurred_at, id);

create table triage_decision (
    id                 bigint generated always as identity primary key,
    case_id            bigint       not null references case_file (id) on delete cascade,
    decider_user_id    bigint       not null references app_user (id),
    organisation_type  varchar(40),
    decision           varchar(20)  not null check (decision in ('TOELATEN', 'TERUGVERWIJZEN', 'AFWIJZEN')),
    reason             varchar(2000) not null check (length(trim(reason)) > 0),
    condition_holds    boolean      not null,
    circumstances_met  integer      not null check (circumstances_met >= 0),
    criteria_met       boolean      not null,
    decided_at         timestamptz  not null
);
create index triage_decision_case_idx on triage_decision (case_id, decided_at);
