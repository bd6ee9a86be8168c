-- Following up the SMART agreements of a finalised verslag: done with a result, a reported problem, a deadline
-- moved with a reason, and scenarios ("als ... dan ...") activated into new agreements. Every change leaves a row
-- in the history, so the table can see later what happened and why.
alter table verslag_agreement
    add column result_note  varchar(2000) check (result_note is null or length(trim(result_note)) > 0),
    add column problem_note varchar(2000) check (problem_note is null or length(trim(problem_note)) > 0),
    add column done_at      timestamptz,
    add constraint verslag_agreement_done_has_result check (done_at is null or result_note is not null);

-- "Mijn afspraken" lists OPEN and PROBLEEM agreements of one owner by deadline (V13's index covers only OPEN)
create index verslag_agreement_owner_followup_idx on verslag_agreement (owner_user_id, due_on, id)
    where status in ('OPEN', 'PROBLEEM');

create table verslag_agreement_history (
    id           bigint generated always as identity primary key,
    agreement_id bigint        not null references verslag_agreement (id) on delete cascade,
    case_id      bigint        not null references case_file (id),
    kind         varchar(24)   not null check (kind in ('DONE', 'PROBLEM', 'DEADLINE_CHANGED', 'REOPENED',
                                                        'CREATED_FROM_SCENARIO')),
    note         varchar(2000) check (note is null or length(trim(note)) > 0),
    old_due_on   date,
    new_due_on   date,
    actor_id     bigint        not null references app_user (id),
    at           timestamptz   not null,
    constraint agreement_history_deadline_reason check (kind <> 'DEADLINE_CHANGED'
        or (note is not null and old_due_on is not null and new_due_on is not null)),
    constraint agreement_history_done_note check (kind <> 'DONE' or note is not null),
    constraint agreement_history_problem_note check (kind <> 'PROBLEM' or note is not null),
    constraint agreement_history_scenario_reason check (kind <> 'CREATED_FROM_SCENARIO' or note is not null)
);
create index verslag_agreement_history_agreement_idx on verslag_agreement_history (agreement_id, at, id);
create index verslag_agreement_history_case_idx on verslag_agreement_history (case_id, at);

-- a scenario is activated at most once (the primary key); its "dan" became the agreement named here
create table verslag_scenario_activation (
    scenario_id  bigint        primary key references verslag_scenario (id) on delete cascade,
    case_id      bigint        not null references case_file (id),
    reason       varchar(2000) not null check (length(trim(reason)) > 0),
    agreement_id bigint        references verslag_agreement (id) on delete set null,
    actor_id     bigint        not null references app_user (id),
    at           timestamptz   not null
);
create index verslag_scenario_activation_case_idx on verslag_scenario_activation (case_id);
