-- Local copies of other services' data, fed by their events (no synchronous calls).
create table known_partner (
    id             uuid primary key,
    name           varchar(300) not null,
    contact_name   varchar(300),
    email          varchar(320),
    phone          varchar(50),
    active         boolean      not null,
    source_version bigint,
    updated_at     timestamptz  not null
);

create table known_lead (
    id             uuid primary key,
    company_name   varchar(300),
    contact_name   varchar(300),
    email          varchar(320),
    phone          varchar(50),
    postcode       varchar(20),
    city           varchar(200),
    owner_email    varchar(320),
    owner_name     varchar(300),
    source_version bigint,
    updated_at     timestamptz  not null
);

-- The follow-up task aggregate.
create table follow_up_task (
    id                  uuid primary key,
    version             bigint       not null,
    task_type           varchar(40)  not null,
    lead_id             uuid         not null,
    origin              varchar(20)  not null,
    decision_id         uuid,
    status              varchar(30)  not null,
    suggested_partner_id uuid,
    assigned_partner_id uuid,
    override_reason     varchar(1000),
    notes               text,
    urgent              boolean      not null,
    due_at              timestamptz,
    owner_email         varchar(320),
    owner_name          varchar(300),
    created_by          varchar(320) not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    assigned_by         varchar(320),
    assigned_at         timestamptz,
    accept_by           timestamptz,
    return_at           timestamptz,
    overdue_at          timestamptz,
    accepted_at         timestamptz,
    contacted_at        timestamptz,
    completed_at        timestamptz,
    outcome             varchar(40),
    outcome_note        text,
    cancelled_at        timestamptz,
    cancel_reason       varchar(40),
    constraint follow_up_task_status_check check (status in
        ('OPEN', 'ASSIGNED', 'ACCEPTED', 'CUSTOMER_CONTACTED', 'COMPLETED', 'CANCELLED'))
);

-- At most one open follow-up per lead and type: the race-safe guard behind the 409 duplicate.
create unique index follow_up_task_one_open_per_lead on follow_up_task (lead_id, task_type)
    where status not in ('COMPLETED', 'CANCELLED');
-- The coordinator's queue: urgent first, then oldest.
create index follow_up_task_queue on follow_up_task (urgent desc, created_at, id) where status = 'OPEN';
create index follow_up_task_lead on follow_up_task (lead_id, created_at);
create index follow_up_task_owner on follow_up_task (lower(owner_email), created_at);
create index follow_up_task_partner on follow_up_task (assigned_partner_id, created_at);
create index follow_up_task_decision on follow_up_task (decision_id);
-- The deadline scheduler's claims.
create index follow_up_task_accept_deadline on follow_up_task (accept_by)
    where status = 'ASSIGNED' and overdue_at is null;
create index follow_up_task_return_deadline on follow_up_task (return_at) where status = 'ASSIGNED';

create table follow_up_task_declined_partner (
    task_id    uuid not null references follow_up_task (id) on delete cascade,
    position   int  not null,
    partner_id uuid not null,
    primary key (task_id, position)
);

create table follow_up_task_missed_partner (
    task_id    uuid not null references follow_up_task (id) on delete cascade,
    position   int  not null,
    partner_id uuid not null,
    primary key (task_id, position)
);

-- Who did what, when: the task's full history.
create table follow_up_task_history (
    id           uuid primary key,
    task_id      uuid         not null references follow_up_task (id) on delete cascade,
    seq          int          not null,
    at           timestamptz  not null,
    actor        varchar(320) not null,
    action       varchar(40)  not null,
    status_after varchar(30)  not null,
    partner_id   uuid,
    code         varchar(60),
    note         text,
    unique (task_id, seq)
);

-- Phone calls to the partner that an urgent assignment needs.
create table partner_call (
    id           uuid primary key,
    task_id      uuid         not null references follow_up_task (id) on delete cascade,
    partner_id   uuid         not null,
    assignee     varchar(320) not null,
    status       varchar(20)  not null,
    created_at   timestamptz  not null,
    due_at       timestamptz  not null,
    escalate_at  timestamptz  not null,
    escalated_at timestamptz,
    closed_at    timestamptz,
    close_reason varchar(40),
    constraint partner_call_status_check check (status in ('OPEN', 'DONE', 'CLOSED'))
);
create unique index partner_call_one_open_per_task on partner_call (task_id) where status = 'OPEN';
create index partner_call_open on partner_call (due_at) where status = 'OPEN';
create index partner_call_escalation on partner_call (escalate_at) where status = 'OPEN' and escalated_at is null;

create table partner_call_attempt (
    call_id      uuid         not null references partner_call (id) on delete cascade,
    position     int          not null,
    at           timestamptz  not null,
    outcome      varchar(20)  not null,
    call_back_at timestamptz,
    recorded_by  varchar(320) not null,
    note         text,
    primary key (call_id, position)
);
