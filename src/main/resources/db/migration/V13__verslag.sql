-- The verslag of one case at one meeting (agenda item): a draft the chair (and the region's coordinators) edit in
-- the meeting mode, then finalised into numbered, frozen versions. Corrections reopen it with a reason.
create table verslag (
    id                        bigint generated always as identity primary key,
    agenda_item_id            bigint       not null unique references agenda_item (id),
    case_id                   bigint       not null references case_file (id),
    status                    varchar(12)  not null default 'CONCEPT' check (status in ('CONCEPT', 'VASTGESTELD')),
    -- section code -> text, in the werkwijze's verslag template
    sections                  jsonb        not null default '{}'::jsonb check (jsonb_typeof(sections) = 'object'),
    regiehouder_id            bigint       references agenda_participant (id),
    fixed_contact_id          bigint       references agenda_participant (id),
    monitoring_frequency      varchar(20)  check (monitoring_frequency in ('WEKELIJKS', 'TWEEWEKELIJKS', 'MAANDELIJKS')),
    monitoring_channel        varchar(200),
    monitoring_by_id          bigint       references agenda_participant (id),
    next_meeting_on           date,
    next_meeting_note         varchar(1000),
    -- why the current draft reopens a finalised verslag (null for the first draft)
    correction_reason         varchar(2000),
    latest_version            integer      not null default 0 check (latest_version >= 0),
    version                   integer      not null default 0,
    updated_by                bigint       references app_user (id),
    updated_at                timestamptz,
    constraint verslag_final_has_version check (status = 'CONCEPT' or latest_version > 0),
    constraint verslag_correction_has_reason check (latest_version = 0 or status = 'VASTGESTELD'
                                                    or correction_reason is not null)
);
create index verslag_case_idx on verslag (case_id);

-- attendance per participant of the agenda item
create table verslag_attendance (
    verslag_id     bigint  not null references verslag (id) on delete cascade,
    participant_id bigint  not null references agenda_participant (id) on delete cascade,
    present        boolean not null,
    primary key (verslag_id, participant_id)
);

-- SMART agreements: what, who (a participant), by when, how, the measurable result. Followed up after the table.
create table verslag_agreement (
    id             bigint generated always as identity primary key,
    verslag_id     bigint        not null references verslag (id) on delete cascade,
    case_id        bigint        not null references case_file (id),
    what           varchar(1000) not null check (length(trim(what)) > 0),
    owner_id       bigint        not null references agenda_participant (id),
    owner_user_id  bigint        references app_user (id),
    due_on         date          not null,
    how            varchar(1000),
    result         varchar(1000) not null check (length(trim(result)) > 0),
    status         varchar(12)   not null default 'OPEN' check (status in ('OPEN', 'GEDAAN', 'PROBLEEM')),
    created_at     timestamptz   not null
);
create index verslag_agreement_verslag_idx on verslag_agreement (verslag_id, id);
-- "mijn afspraken": open agreements of a user by deadline
create index verslag_agreement_owner_open_idx on verslag_agreement (owner_user_id, due_on) where status = 'OPEN';
create index verslag_agreement_case_idx on verslag_agreement (case_id, due_on);

-- "als ... dan ...", each with an owner
create table verslag_scenario (
    id         bigint generated always as identity primary key,
    verslag_id bigint        not null references verslag (id) on delete cascade,
    if_this    varchar(1000) not null check (length(trim(if_this)) > 0),
    then_that  varchar(1000) not null check (length(trim(then_that)) > 0),
    owner_id   bigint        not null references agenda_participant (id)
);
create index verslag_scenario_verslag_idx on verslag_scenario (verslag_id, id);

-- the werkwijze's closing checklist, answered in the meeting; the question text is kept as asked
create table verslag_checklist_answer (
    verslag_id  bigint        not null references verslag (id) on delete cascade,
    position    integer       not null check (position >= 0),
    question    varchar(500)  not null,
    answer      varchar(2000),
    not_present boolean       not null default false,
    primary key (verslag_id, position),
    constraint checklist_answer_or_absent check (not (not_present and answer is not null))
);

-- the participants invited to the next meeting
create table verslag_next_participant (
    verslag_id     bigint not null references verslag (id) on delete cascade,
    participant_id bigint not null references agenda_participant (id) on delete cascade,
    primary key (verslag_id, participant_id)
);

-- finalised versions, frozen: the whole document as JSON (nl.doorbraak.verslag.VerslagDocument)
create table verslag_version (
    id           bigint generated always as identity primary key,
    verslag_id   bigint        not null references verslag (id),
    version      integer       not null check (version > 0),
    content      jsonb         not null,
    finalised_at timestamptz   not null,
    finalised_by bigint        not null references app_user (id),
    reason       varchar(2000),
    unique (verslag_id, version),
    constraint verslag_version_correction_reason check (version = 1 or reason is not null)
);

create or replace function verslag_version_is_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'verslag_version is frozen: a correction is a new version';
end $$;
create trigger verslag_version_frozen before update or delete on verslag_version
    for each row execute function verslag_version_is_frozen();
