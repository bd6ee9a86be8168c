-- Issue 10, points 5-7: a case closes without loose ends, a regiehouder without an account, escalation contacts.

-- Opschalen with SAVE involved also tells the contact of the region's SAVE organisation (kind SAVE, like a manager
-- it is an organisation's address).
alter table escalation_recipient
    drop constraint escalation_recipient_kind_check,
    drop constraint escalation_recipient_kind,
    add constraint escalation_recipient_kind_check check (kind in ('LEIDINGGEVENDE', 'COORDINATOR', 'SAVE')),
    add constraint escalation_recipient_kind check ((kind in ('LEIDINGGEVENDE', 'SAVE')) = (organisation_id is not null)
        and (kind = 'COORDINATOR') = (user_id is not null));

-- Closing a case ends its open agreements as VERVALLEN (lapsed), with a history row saying why (the closure).
alter table verslag_agreement
    drop constraint verslag_agreement_status_check,
    add constraint verslag_agreement_status_check check (status in ('OPEN', 'GEDAAN', 'PROBLEEM', 'VERVALLEN'));
alter table verslag_agreement_history
    drop constraint verslag_agreement_history_kind_check,
    add constraint verslag_agreement_history_kind_check check (kind in ('DONE', 'PROBLEM', 'DEADLINE_CHANGED',
        'REOPENED', 'CREATED_FROM_SCENARIO', 'LAPSED')),
    add constraint agreement_history_lapsed_note check (kind <> 'LAPSED' or note is not null);

-- A coordinator posts progress on behalf of a regiehouder without an account: the author is the coordinator,
-- on_behalf_of the regiehouder's name as the verslag names them (shown as "namens <regiehouder> door <coordinator>").
alter table voortgang_bericht
    add column on_behalf_of varchar(200) check (on_behalf_of is null or length(trim(on_behalf_of)) > 0);
