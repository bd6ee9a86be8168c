-- Opschalen: the managers (leidinggevenden) of an organisation who hear about an escalation; comma-separated
-- e-mail addresses, optional. The application validates each address; the check keeps out obvious garbage.
alter table organisation add column escalation_contacts varchar(1000)
    check (escalation_contacts is null or escalation_contacts ~ '^[^,\s@]+@[^,\s@]+(\s*,\s*[^,\s@]+@[^,\s@]+)*$');

-- An escalation of one case: raised with a reason, open until someone resolves it with a decision.
-- SAVE (Samen Veilig) may only be recorded together with the consent: who gave it, when and how.
create table escalation (
    id                bigint generated always as identity primary key,
    case_id           bigint        not null references case_file (id) on delete cascade,
    raised_by         bigint        not null references app_user (id),
    raised_at         timestamptz   not null,
    reason            varchar(2000) not null check (length(trim(reason)) > 0),
    status            varchar(20)   not null default 'OPEN' check (status in ('OPEN', 'OPGELOST')),
    resolved_by       bigint        references app_user (id),
    resolved_at       timestamptz,
    decision          varchar(2000) check (decision is null or length(trim(decision)) > 0),
    save_involved     boolean       not null default false,
    save_consent_by   varchar(200)  check (save_consent_by is null or length(trim(save_consent_by)) > 0),
    save_consent_on   date,
    save_consent_how  varchar(500)  check (save_consent_how is null or length(trim(save_consent_how)) > 0),
    version           int           not null default 0,
    constraint escalation_save_needs_consent check (save_involved = (save_consent_by is not null)
        and save_involved = (save_consent_on is not null) and save_involved = (save_consent_how is not null)),
    constraint escalation_resolution_is_complete check (
        (status = 'OPEN' and resolved_by is null and resolved_at is null and decision is null)
        or (status = 'OPGELOST' and resolved_by is not null and resolved_at is not null and decision is not null)),
    constraint escalation_resolved_after_raised check (resolved_at is null or resolved_at >= raised_at)
);
-- the escalations of a case, newest first
create index escalation_case_idx on escalation (case_id, raised_at desc);
-- dashboard: cases with an open escalation
create index escalation_open_idx on escalation (case_id) where status = 'OPEN';

-- Who was told about an escalation: a manager of an organisation involved, or a coordinator of the region.
create table escalation_recipient (
    id              bigint generated always as identity primary key,
    escalation_id   bigint       not null references escalation (id) on delete cascade,
    kind            varchar(20)  not null check (kind in ('LEIDINGGEVENDE', 'COORDINATOR')),
    organisation_id bigint       references organisation (id),
    user_id         bigint       references app_user (id),
    label           varchar(300) not null check (length(trim(label)) > 0),
    email           varchar(320) not null check (email ~ '^[^\s@]+@[^\s@]+$'),
    constraint escalation_recipient_kind check ((kind = 'LEIDINGGEVENDE') = (organisation_id is not null)
        and (kind = 'COORDINATOR') = (user_id is not null)),
    unique (escalation_id, email)
);
