-- Tables of the messaging library (platform-messaging), in every service's database.
-- A repeatable migration written to be re-run: evolve it with "if [not] exists" statements only.

-- Events waiting to be relayed to Kafka, written in the same transaction as the state change.
create table if not exists messaging_outbox (
    id           bigint generated always as identity primary key,
    event_id     varchar(255) not null unique,
    topic        varchar(249) not null,
    message_key  varchar(255) not null,
    event_type   varchar(200) not null,
    subject      varchar(255) not null,
    occurred_at  timestamptz  not null,
    payload      json         not null,
    created_at   timestamptz  not null default now(),
    published_at timestamptz
);
-- ce_time exactly as the event said it (timestamptz keeps only microseconds)
alter table messaging_outbox add column if not exists ce_time varchar(40);
-- W3C trace context of the request or event that caused the change: the relay sends it as the
-- traceparent / tracestate Kafka headers, so consumers continue the same trace
alter table messaging_outbox add column if not exists traceparent varchar(55);
alter table messaging_outbox add column if not exists tracestate varchar(512);
-- The relay's lookup. Indexes cost each event entries on insert and again on the relay's update
-- (never HOT, as this index's condition names published_at), so beyond the two keys there is no
-- other: the cleanup of published rows (every 10 minutes) scans the table instead.
create index if not exists messaging_outbox_unpublished on messaging_outbox (id) where published_at is null;
drop index if exists messaging_outbox_published_at;
drop index if exists messaging_outbox_key;

-- Events a consumer has handled, recorded in the consumer's own transaction (idempotency).
create table if not exists messaging_inbox (
    consumer   varchar(100) not null,
    event_id   varchar(255) not null,
    event_type varchar(200),
    topic      varchar(249),
    handled_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
create index if not exists messaging_inbox_handled_at on messaging_inbox (handled_at);
