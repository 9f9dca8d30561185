-- task-service schema baseline; the domain tables follow in later migrations.
-- The messaging library's tables (outbox, inbox) come from db/messaging.
select 1;
