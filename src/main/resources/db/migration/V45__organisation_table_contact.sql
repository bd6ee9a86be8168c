-- An organisation's contact for the tables: the user who takes the organisation's seat when the whole organisation is
-- added to a meeting (e.g. "Alle structurele partners toevoegen"). At most one per organisation; the administrator
-- sets it on the user's page. The contact counts only while the account is active and still works there.
create table organisation_table_contact (
    organisation_id bigint primary key references organisation (id),
    user_id         bigint not null references app_user (id)
);
create index organisation_table_contact_user_idx on organisation_table_contact (user_id);
