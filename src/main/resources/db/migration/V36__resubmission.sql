-- A case sent back with advice (TERUGGESTUURD) is amended by its referrer and submitted again: the same case, a new
-- vooroverleg round. Every decision belongs to the round it was taken in; only the current round's decisions make
-- the outcome, the earlier rounds stay on the case as its history.
alter table case_file add column triage_round integer not null default 1 check (triage_round >= 1);
alter table triage_decision add column round integer not null default 1 check (round >= 1);
create index triage_decision_case_round_idx on triage_decision (case_id, round, decided_at);

-- A new referral may continue an earlier case about the same youth (rejected, sent back, closed or stopped): the new
-- case points to it. The earlier case stays as it was; removing it leaves the new one standing.
alter table case_file add column earlier_case_id bigint references case_file (id) on delete set null,
    add constraint case_file_earlier_not_itself check (earlier_case_id <> id);
create index case_file_earlier_case_idx on case_file (earlier_case_id) where earlier_case_id is not null;
