-- Personal API tokens: only a SHA-256 hash of the token is stored; the prefix identifies it in lists and logs.
create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    name         varchar(100) not null check (length(trim(name)) > 0),
    prefix       varchar(20)  not null unique,
    token_hash   varchar(64)  not null check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    constraint api_token_expires_after_creation check (expires_at > created_at),
    constraint api_token_expires_within_a_year check (expires_at <= created_at + interval '366 days')
);
create index api_token_user_idx on api_token (user_id, created_at desc);
