-- "Mijn tafels": a chair's meetings from a date on, without scanning all meetings of all regions
create index meeting_chair_start_idx on meeting (chair_user_id, starts_at) where chair_user_id is not null;
