-- W3C trace context of the event that queued the notification: the sender's SMTP span continues
-- that trace, so a lead's journey from registration to the partner's email is one trace.
alter table notification add column if not exists traceparent varchar(55);
alter table notification add column if not exists tracestate varchar(512);
-- and of an event parked until its partner is known: handled later, it continues its own trace
alter table parked_event add column if not exists traceparent varchar(55);
alter table parked_event add column if not exists tracestate varchar(512);
