-- Transactional outbox: rows are written with the change that causes them and delivered later.
create table outbox_mail (
    id              bigint generated always as identity primary key,
    recipient       varchar(320) not null check (position('@' in recipient) > 1),
    kind            varchar(60)  not null,
    subject         varchar(300) not null,
    body            text         not null,
    link_path       varchar(500),
    created_at      timestamptz  not null default now(),
    attempts        integer      not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz  not null default now(),
    sent_at         timestamptz,
    failed_at       timestamptz,
    last_error      varchar(1000),
    constraint outbox_mail_sent_or_failed check (sent_at is null or failed_at is null)
);
-- the sender only looks at what is still due
create index outbox_mail_due_idx on outbox_mail (next_attempt_at) where sent_at is null and failed_at is null;
create index outbox_mail_created_idx on outbox_mail (created_at desc);
