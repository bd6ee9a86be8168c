-- Sessions live in PostgreSQL (Spring Session JDBC, spring.session.jdbc.initialize-schema=never: this migration
-- owns the schema), so every instance sees the same sessions and an account change can end all of a user's.
-- principal_name holds the app_user id (not the username, which the administrator can change).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Raised by every change to what a user may do (roles, regions, organisation, password, active, lockout). A
-- session remembers the stamp of its login and ends at the first request that finds another one.
alter table app_user add column security_stamp bigint not null default 0;
-- A password the administrator set for someone is for one login only: that person chooses their own first.
alter table app_user add column must_change_password boolean not null default false;
