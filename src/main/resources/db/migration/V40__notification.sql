-- In-app notifications: every mail to a user of the app is also a row here, listed on /meldingen with a count in
-- the header. Like the mail it copies it holds no personal data: the neutral subject and a link into the app.
create table notification (
    id          bigint generated always as identity primary key,
    user_id     bigint       not null references app_user (id) on delete cascade,
    kind        varchar(60)  not null check (length(trim(kind)) > 0),
    subject     varchar(300) not null check (length(trim(subject)) > 0),
    -- an app path only, as in outbox_mail (no query string or fragment, checked by the mail module too)
    link_path   varchar(500) check (link_path ~ '^/[^/?#]' or link_path = '/'),
    created_at  timestamptz  not null default now(),
    read_at     timestamptz,
    constraint notification_read_after_created check (read_at is null or read_at >= created_at)
);
-- the list: one user's notifications, newest first
create index notification_user_newest_idx on notification (user_id, created_at desc, id desc);
-- the count in the header on every page: only the unread rows are in this index
create index notification_unread_idx on notification (user_id) where read_at is null;
