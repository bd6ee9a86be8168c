-- A personal agenda feed (Mijn overleggen): a calendar app fetches /agenda/feed/<token>.ics without a login, so the
-- token is the key. Only its SHA-256 is stored (a copy of the database opens no one's feed); one feed per user,
-- replaced when regenerated and deleted when revoked.
create table agenda_feed (
    user_id      bigint      primary key references app_user (id) on delete cascade,
    token_hash   char(64)    not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz not null default now(),
    last_read_at timestamptz,
    constraint agenda_feed_read_after_created check (last_read_at is null or last_read_at >= created_at)
);
