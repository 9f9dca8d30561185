-- notification-service schema. Messaging tables (outbox, inbox) come from platform-messaging (db/messaging).

-- Our own copy of each partner's contact details, kept from PartnerRegistered / PartnerUpdated.
create table partner_contact (
  partner_id         uuid         primary key,
  partner_version    bigint       not null,
  name               varchar(300) not null,
  contact_name       varchar(300),
  email              varchar(320),
  phone              varchar(50),
  preferred_language varchar(5),
  active             boolean      not null,
  updated_at         timestamptz  not null,
  source_event_id    varchar(255) not null,
  row_version        bigint       not null default 0
);

-- Events that need a partner we do not know yet: turned into notifications once the partner is known.
create table parked_event (
  event_id    varchar(255) primary key,
  event_type  varchar(200) not null,
  topic       varchar(249) not null,
  partner_id  uuid         not null,
  occurred_at timestamptz,
  payload     text         not null,
  parked_at   timestamptz  not null
);
create index parked_event_partner on parked_event (partner_id);

-- One message to one person for one event: sent at most once (unique), retried until sent or failed.
create table notification (
  id                uuid          primary key,
  kind              varchar(40)   not null,
  channel           varchar(20)   not null,
  status            varchar(20)   not null,
  recipient         varchar(320)  not null,
  recipient_name    varchar(300),
  language          varchar(5)    not null,
  subject           varchar(998)  not null,
  text_body         text          not null,
  html_body         text          not null,
  source_event_id   varchar(255)  not null,
  source_event_type varchar(200)  not null,
  lead_id           uuid,
  lead_name         varchar(300),
  task_id           uuid,
  partner_id        uuid,
  owner_email       varchar(320),
  attempts          integer       not null default 0,
  attempt_limit     integer       not null,
  manual_retries    integer       not null default 0,
  last_error        varchar(2000),
  next_attempt_at   timestamptz   not null,
  created_at        timestamptz   not null,
  last_attempt_at   timestamptz,
  sent_at           timestamptz,
  failed_at         timestamptz,
  last_retried_by   varchar(320),
  version           bigint        not null default 0,
  constraint notification_once unique (source_event_id, recipient, kind)
);
create index notification_due on notification (next_attempt_at) where status in ('PENDING', 'SENDING');
create index notification_created on notification (created_at desc, id);
create index notification_recipient on notification (recipient);
create index notification_lead on notification (lead_id);
create index notification_task on notification (task_id);
create index notification_owner on notification (owner_email);
create index notification_status on notification (status);
