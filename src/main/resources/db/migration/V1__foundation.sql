-- Regions: one per werkwijze file; the file is the source of truth, this table lets other rows refer to it.
create table region (
    slug        varchar(64)  primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        varchar(200) not null,
    config_hash varchar(64)  not null,
    loaded_at   timestamptz  not null default now()
);

create table organisation (
    id          bigint generated always as identity primary key,
    region_slug varchar(64)  references region (slug),
    code        varchar(100),
    name        varchar(200) not null check (length(trim(name)) > 0),
    type        varchar(40)  not null check (type in ('SCHOOL', 'SWV_PO', 'SWV_VO', 'LEERPLICHT', 'LOKAAL_TEAM',
                                                     'JGZ', 'ZORGAANBIEDER', 'JEUGDBESCHERMING', 'RAAD_KINDERBESCHERMING',
                                                     'SAVE', 'GEMEENTE', 'ANDERS')),
    school_type varchar(10)  check (school_type in ('PO', 'SO', 'SBO', 'VO', 'VSO', 'MBO')),
    sector      varchar(40)  check (sector in ('PO', 'VO', 'ZORG_LOKAAL', 'LEERPLICHT', 'ANDERS')),
    municipality varchar(100),
    from_werkwijze boolean   not null default false,
    active      boolean      not null default true,
    version     integer      not null default 0,
    constraint school_has_school_type check ((type = 'SCHOOL') = (school_type is not null)),
    constraint organisation_code_unique unique (region_slug, code)
);
create index organisation_region_idx on organisation (region_slug, name);

create table app_user (
    id              bigint generated always as identity primary key,
    username        varchar(100) not null check (username ~ '^[a-z0-9._-]{3,100}$'),
    display_name    varchar(200) not null check (length(trim(display_name)) > 0),
    email           varchar(320) not null check (position('@' in email) > 1),
    organisation_id bigint references organisation (id),
    password_hash   varchar(200) not null,
    active          boolean      not null default true,
    failed_logins   integer      not null default 0 check (failed_logins >= 0),
    locked_until    timestamptz,
    created_at      timestamptz  not null default now(),
    version         integer      not null default 0
);
create unique index app_user_username_idx on app_user (lower(username));
create unique index app_user_email_idx on app_user (lower(email));

create table user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(20) not null check (role in ('VERWIJZER', 'COORDINATOR', 'VOORZITTER', 'DEELNEMER',
                                                  'LEERTAFEL', 'BELEID', 'PRIVACY', 'BEHEERDER')),
    primary key (user_id, role)
);

create table user_region (
    user_id     bigint      not null references app_user (id) on delete cascade,
    region_slug varchar(64) not null references region (slug),
    primary key (user_id, region_slug)
);
create index user_region_region_idx on user_region (region_slug);

-- NEN 7513-style audit log: append-only, enforced by the database itself.
create table audit_log (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz  not null default now(),
    actor         varchar(100),
    on_behalf_of  varchar(100),
    actor_role    varchar(200),
    action        varchar(60)  not null,
    object_type   varchar(60),
    object_id     varchar(100),
    subject_ref   varchar(100),
    client_address varchar(64),
    outcome       varchar(20)  not null check (outcome in ('SUCCESS', 'DENIED', 'FAILURE')),
    details       varchar(1000)
);
create index audit_log_time_idx on audit_log (occurred_at desc);
create index audit_log_actor_idx on audit_log (actor, occurred_at desc);
create index audit_log_object_idx on audit_log (object_type, object_id, occurred_at desc);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();
