-- Finding 4 of the security test (issue 9): the administrator may not hold a role that sees case content, nor the
-- privacy officer's role (who configures does not check). BEHEERDER stands alone on an account. The application
-- refuses it on the form (RoleSeparation); this makes the database refuse it for every other path too.

-- Existing data is not repaired silently: which role to take away is a decision for people. The upgrade stops and
-- says which accounts (by id, no names in logs) to fix first, e.g. in the user administration of the old version.
do $$
declare
    offenders text;
begin
    select string_agg(user_id::text, ', ' order by user_id) into offenders
    from (select user_id from user_role group by user_id
          having bool_or(role = 'BEHEERDER') and count(*) > 1) combined;
    if offenders is not null then
        raise exception 'V22: the accounts with id % combine BEHEERDER with another role. An administrator may not hold another role: take away BEHEERDER or the other roles of these accounts, then start again.', offenders;
    end if;
end;
$$;

-- A check constraint cannot look at other rows, so a trigger does. It first locks the user's row (the same lock an
-- update of app_user takes), so two transactions that each add one half of the combination cannot both pass.
create function user_role_beheerder_alone() returns trigger language plpgsql as $$
begin
    perform 1 from app_user where id = new.user_id for no key update;
    if exists (select 1 from user_role where user_id = new.user_id and role = 'BEHEERDER')
       and exists (select 1 from user_role where user_id = new.user_id and role <> 'BEHEERDER') then
        raise exception using errcode = 'check_violation', constraint = 'user_role_beheerder_alone',
            message = format('user %s: BEHEERDER cannot be combined with another role', new.user_id);
    end if;
    return null;
end;
$$;
create trigger user_role_beheerder_alone after insert or update on user_role
    for each row execute function user_role_beheerder_alone();

-- The privacy officer's page "Toegekende rechten" (/audit/rechten) pages these actions newest first, by period.
-- The list must stay equal to RightsLogSearch.ACTIONS, so the planner can prove the query matches the index.
create index audit_log_rights_idx on audit_log (occurred_at desc, id desc)
    where action in ('GEBRUIKER_AANGEMAAKT', 'ROLLEN_GEWIJZIGD', 'EMAIL_GEWIJZIGD', 'WACHTWOORD_GEWIJZIGD',
                     'GEBRUIKER_GEACTIVEERD');
