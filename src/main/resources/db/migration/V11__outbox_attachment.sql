-- One optional text attachment per mail (a meeting's .ics): either all three columns are set or none is.
alter table outbox_mail
    add column attachment_filename     varchar(100),
    add column attachment_content_type varchar(200),
    add column attachment_content      text,
    add constraint outbox_mail_attachment_complete check (
        (attachment_filename is null and attachment_content_type is null and attachment_content is null)
        or (attachment_filename is not null and attachment_content_type is not null and attachment_content is not null)),
    add constraint outbox_mail_attachment_size check (char_length(attachment_content) <= 100000);
