-- Planning: meetings of a table (materialised when a first case is put on one), their agenda and participants.
-- Times are wall-clock times in Europe/Amsterdam, as the werkwijze gives them.
create table meeting (
    id            bigint generated always as identity primary key,
    region_slug   varchar(64)  not null references region (slug),
    table_code    varchar(64)  not null,
    starts_at     timestamp    not null,
    ends_at       timestamp    not null,
    location      varchar(160) check (location is null or position(E'\n' in location) = 0),
    chair_user_id bigint       references app_user (id),
    status        varchar(12)  not null default 'PLANNED' check (status in ('PLANNED', 'CANCELLED')),
    sequence      integer      not null default 0 check (sequence >= 0),
    invited_at    timestamptz,
    version       integer      not null default 0,
    constraint meeting_ends_after_start check (ends_at > starts_at)
);
-- one meeting per table per day
create unique index meeting_table_day_idx on meeting (region_slug, table_code, (starts_at::date)) where status = 'PLANNED';
create index meeting_region_start_idx on meeting (region_slug, starts_at);

create table agenda_item (
    id          bigint generated always as identity primary key,
    meeting_id  bigint      not null references meeting (id) on delete cascade,
    case_id     bigint      not null references case_file (id),
    slot_start  time        not null,
    slot_end    time        not null,
    created_by  bigint      not null references app_user (id),
    created_at  timestamptz not null,
    unique (meeting_id, case_id),
    constraint agenda_item_slot_order check (slot_end > slot_start)
);
create index agenda_item_case_idx on agenda_item (case_id);

create table agenda_participant (
    id             bigint generated always as identity primary key,
    agenda_item_id bigint       not null references agenda_item (id) on delete cascade,
    user_id        bigint       references app_user (id),
    name           varchar(200) not null check (length(trim(name)) > 0),
    organisation   varchar(200),
    email          varchar(320),
    role           varchar(30)  not null check (role in ('JONGERE', 'OUDER', 'SCHOOL', 'KERNPARTNER',
                                                         'STRUCTURELE_PARTNER', 'SPECIALIST', 'INBRENGER')),
    unique (agenda_item_id, user_id)
);
create index agenda_participant_user_idx on agenda_participant (user_id);
