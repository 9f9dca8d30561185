-- Erasure on request: task-service's copy of a lead remembers that it was erased, so that no late
-- snapshot brings the personal data back.
alter table known_lead add column erased_at timestamptz;
