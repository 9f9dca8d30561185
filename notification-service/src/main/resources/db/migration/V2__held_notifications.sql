-- A message held until the recipient's office opens (task-service's deliverAfter): until when, and why.
alter table notification add column held_until timestamptz;
alter table notification add column held_reason varchar(300);
