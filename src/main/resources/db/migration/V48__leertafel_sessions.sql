-- Leertafel sessions (helper "sessions"): who marked a session as held, and each recipient's own invitation, so an
-- update or a cancellation reaches exactly those who got the invitation (also a member who left since, or the chair
-- who was replaced), under the uid that is theirs.
alter table leertafel_session
    add column held_by bigint references app_user (id),
    add column held_at timestamptz,
    add constraint leertafel_session_held_has_who check ((status = 'GEHOUDEN') = (held_at is not null));

-- The invitation one person got for one session: the sequence last sent, and whether it was cancelled since.
create table leertafel_invitation (
    session_id bigint      not null references leertafel_session (id) on delete cascade,
    user_id    bigint      not null references app_user (id),
    sequence   integer     not null check (sequence >= 0),
    cancelled  boolean     not null default false,
    sent_at    timestamptz not null,
    primary key (session_id, user_id)
);

-- the home page and the start page look for the next session of a table
create index leertafel_session_table_start_idx on leertafel_session (region_slug, table_code, starts_at);
