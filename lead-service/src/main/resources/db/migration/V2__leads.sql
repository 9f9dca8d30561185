-- Leads: from first contact to onboarded customer (one row per lead, the aggregate root).
create table lead (
    id                          uuid primary key,
    version                     bigint       not null,
    state                       varchar(30)  not null,
    company_name                varchar(200) not null,
    kvk_number                  varchar(8),
    contact_name                varchar(200) not null,
    contact_email               varchar(254) not null,
    contact_phone               varchar(20),
    street                      varchar(200),
    house_number                varchar(20),
    postcode                    varchar(7)   not null,
    pc4                         varchar(4)   not null,
    city                        varchar(100),
    latitude                    double precision,
    longitude                   double precision,
    owner_email                 varchar(254) not null,
    owner_name                  varchar(200),
    source                      varchar(30)  not null,
    wish_partner_id             uuid,
    wish_kind                   varchar(30),
    wish_note                   varchar(2000),
    registered_by               varchar(254) not null,
    registered_at               timestamptz  not null,
    updated_at                  timestamptz  not null,
    -- the current interest decision (every revision is in lead_interest_revision)
    interest_revision           integer      not null default 0,
    interested                  boolean,
    interest_reason             varchar(40),
    interest_note               varchar(2000),
    interest_recorded_by        varchar(254),
    interest_recorded_at        timestamptz,
    interest_first_recorded_at  timestamptz,
    -- the partner proposed by partner-service and the one confirmed by accepting the follow-up
    proposed_partner_id         uuid,
    proposed_partner_name       varchar(200),
    proposed_rule               varchar(40),
    proposed_decision_id        uuid,
    proposed_at                 timestamptz,
    confirmed_partner_id        uuid,
    confirmed_task_id           uuid,
    partner_confirmed_at        timestamptz,
    -- step 4: the customer's domain
    domain_identifier           varchar(100),
    domain_action               varchar(20),
    domain_performed_by         varchar(254),
    domain_performed_at         timestamptz,
    domain_completed_by         varchar(254),
    domain_completed_at         timestamptz,
    -- step 5: order confirmation
    order_signed_on             date,
    order_document_reference    varchar(100),
    order_signatory_name        varchar(200),
    order_confirmed_by          varchar(254),
    order_completed_at          timestamptz,
    -- step 6: mandatory documents (the checklist is in lead_document)
    documents_completed_by      varchar(254),
    documents_completed_at      timestamptz,
    -- step 7: start scheduled
    start_at                    timestamptz,
    start_mode                  varchar(20),
    start_note                  varchar(2000),
    start_scheduled_by          varchar(254),
    start_completed_at          timestamptz,
    start_reschedule_count      integer      not null default 0,
    onboarded_at                timestamptz,
    -- withdrawal
    withdrawal_reason           varchar(40),
    withdrawal_note             varchar(2000),
    withdrawn_by                varchar(254),
    withdrawn_at                timestamptz,
    withdrawn_from_state        varchar(30),
    constraint lead_kvk_number_digits check (kvk_number ~ '^[0-9]{8}$'),
    constraint lead_pc4_digits check (pc4 ~ '^[0-9]{4}$')
);

-- Duplicates are refused by the database too, so two simultaneous registrations cannot both pass:
-- a KvK number belongs to one lead ever; an email address to one open lead at a time.
create unique index lead_kvk_number_unique on lead (kvk_number) where kvk_number is not null;
create unique index lead_open_email_unique on lead (lower(contact_email)) where state not in ('WITHDRAWN', 'ONBOARDED');

create index lead_owner_state on lead (lower(owner_email), state, registered_at desc);
create index lead_state_registered on lead (state, registered_at desc);
create index lead_interest_first_recorded on lead (interest_first_recorded_at) where interest_first_recorded_at is not null;

-- Every interest decision of a lead, with who recorded it and when.
create table lead_interest_revision (
    id           uuid primary key,
    lead_id      uuid         not null references lead (id),
    revision     integer      not null,
    interested   boolean      not null,
    reason       varchar(40),
    note         varchar(2000),
    recorded_by  varchar(254) not null,
    recorded_at  timestamptz  not null,
    constraint lead_interest_revision_unique unique (lead_id, revision)
);

-- The mandatory documents checklist of a lead, fixed from configuration when step 6 opens.
create table lead_document (
    id                uuid primary key,
    lead_id           uuid         not null references lead (id),
    position          integer      not null,
    code              varchar(50)  not null,
    label             varchar(200) not null,
    required          boolean      not null,
    status            varchar(20)  not null,
    reference         varchar(200),
    note              varchar(2000),
    received_by       varchar(254),
    received_at       timestamptz,
    reviewed_by       varchar(254),
    reviewed_at       timestamptz,
    rejection_reason  varchar(2000),
    constraint lead_document_unique unique (lead_id, code)
);

-- Sales' progress view: what happened to a lead, from every service, one row per event.
create sequence lead_timeline_entry_seq start with 1 increment by 50;
create table lead_timeline_entry (
    id           bigint primary key,
    event_id     varchar(255)  not null,
    lead_id      uuid          not null references lead (id),
    occurred_at  timestamptz   not null,
    source       varchar(100)  not null,
    type         varchar(100)  not null,
    summary      varchar(1000) not null,
    details      jsonb,
    recorded_at  timestamptz   not null,
    constraint lead_timeline_entry_event_unique unique (event_id)
);
create index lead_timeline_entry_lead on lead_timeline_entry (lead_id, occurred_at, id);
