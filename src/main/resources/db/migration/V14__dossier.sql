-- The dossier: the inbrenger's analysis of a case, prepared before the table meets and sent to its participants.
-- One row per case; version guards against overwriting someone else's save (optimistic locking).
create table dossier (
    case_id                           bigint        primary key references case_file (id),
    home_situation                    varchar(4000),
    social_network                    varchar(4000),
    practical_ability                 varchar(4000),
    health                            varchar(4000),
    police_justice                    varchar(4000),
    legal_framework                   varchar(4000),
    history                           varchar(4000),
    hindering_factors                 varchar(4000),
    positive_forces                   varchar(4000),
    expectations_of_participants      varchar(4000),
    expectations_of_youth_and_parents varchar(4000),
    version                           integer       not null default 0 check (version >= 0),
    updated_by                        bigint        not null references app_user (id),
    updated_at                        timestamptz   not null,
    sent_at                           timestamptz
);

-- Who got the dossier when: a row per user per sending, so the history stays; access_ended_at is set when the
-- user no longer takes part (removed from the agenda) and a later sending may reach them again.
create table dossier_recipient (
    id              bigint      generated always as identity primary key,
    case_id         bigint      not null references dossier (case_id),
    user_id         bigint      not null references app_user (id),
    sent_at         timestamptz not null,
    sent_by         bigint      not null references app_user (id),
    access_ended_at timestamptz,
    constraint dossier_recipient_end_after_send check (access_ended_at is null or access_ended_at >= sent_at)
);
create index dossier_recipient_case_idx on dossier_recipient (case_id, sent_at);
create index dossier_recipient_user_idx on dossier_recipient (user_id);
-- at most one current (not ended) receipt per user per case
create unique index dossier_recipient_current_idx on dossier_recipient (case_id, user_id) where access_ended_at is null;
