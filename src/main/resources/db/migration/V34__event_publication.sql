-- Spring Modulith's registry of event publications (its v2 PostgreSQL schema). Listeners that run after commit
-- (@ApplicationModuleListener) are recorded here until they complete, so an event survives a crash; without the
-- table the registry's check at shutdown failed with "bad SQL grammar". Completed publications are deleted
-- (spring.modulith.events.completion-mode: delete), so the table holds only what is still open.
CREATE TABLE event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
