-- The audit log viewer filters on these columns on their own, newest first; V1 already covers time, actor and object type + id.
create index audit_log_action_idx on audit_log (action, occurred_at desc);
create index audit_log_outcome_idx on audit_log (outcome, occurred_at desc);
create index audit_log_object_id_idx on audit_log (object_id, occurred_at desc);
