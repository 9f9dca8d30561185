-- Erasure on request: the contact person's email may be gone (the name becomes a placeholder), and
-- the lead records when and by whom its personal data was erased.
alter table lead alter column contact_email drop not null;
alter table lead add column erased_at timestamptz;
alter table lead add column erased_by varchar(254);
