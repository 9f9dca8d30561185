-- partner-service schema: partner registry, gazetteer, routed leads, matching decisions.

create table partner (
    id                 uuid primary key,
    version            bigint        not null,
    name               varchar(200)  not null,
    contact_name       varchar(200)  not null,
    email              varchar(254)  not null,
    phone              varchar(30)   not null,
    preferred_language varchar(2)    not null,
    street             varchar(200),
    house_number       varchar(20),
    postcode           varchar(7)    not null,
    city               varchar(100)  not null,
    latitude           double precision,
    longitude          double precision,
    location_source    varchar(20)   not null,
    active             boolean       not null,
    capacity           integer       not null check (capacity >= 0),
    active_customers   integer       not null check (active_customers >= 0),
    notes              varchar(2000),
    created_at         timestamptz   not null,
    created_by         varchar(254)  not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(254)  not null
);
create unique index partner_email_unique on partner (lower(email));
create index partner_name on partner (lower(name));

-- Periods (both days included) in which a partner takes no new customers.
create table partner_unavailability (
    partner_id uuid         not null references partner (id) on delete cascade,
    from_date  date         not null,
    to_date    date         not null,
    reason     varchar(200) not null,
    check (to_date >= from_date)
);
create index partner_unavailability_partner on partner_unavailability (partner_id);

-- One centre per PC4 area, derived from the gazetteer file (see CentroidChooser).
create table postcode_area (
    pc4               varchar(4)       primary key,
    place             varchar(100)     not null,
    municipality      varchar(100),
    municipality_code varchar(10),
    province          varchar(100),
    latitude          double precision not null,
    longitude         double precision not null,
    source_rows       integer          not null,
    derivation        varchar(30)      not null,
    ignored_places    varchar(2000)
);

-- Each load of the gazetteer file; the latest one describes what postcode_area holds.
create table gazetteer_load (
    id           uuid primary key,
    loaded_at    timestamptz  not null,
    source       varchar(1000) not null,
    checksum     varchar(64)  not null,
    rows_read    integer      not null,
    rows_skipped integer      not null,
    postcodes    integer      not null,
    problems     varchar(4000),
    loaded_by    varchar(254) not null
);
create index gazetteer_load_loaded_at on gazetteer_load (loaded_at);

-- The partner-service's view of a lead: its routing input and where it is in the partner's life.
create table routed_lead (
    lead_id            uuid primary key,
    version            bigint       not null,
    status             varchar(20)  not null,
    revision           integer      not null,
    company_name       varchar(200),
    postcode           varchar(7),
    pc4                varchar(4),
    latitude           double precision,
    longitude          double precision,
    wish_partner_id    uuid,
    wish_kind          varchar(30),
    wish_note          varchar(2000),
    owner_email        varchar(254),
    owner_name         varchar(200),
    partner_id         uuid,
    partner_since      timestamptz,
    counted_partner_id uuid,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null
);
-- open assignments per partner (load and capacity)
create index routed_lead_open on routed_lead (partner_id) where status in ('MATCHED', 'ASSIGNED');

create table routed_lead_declined (
    lead_id    uuid not null references routed_lead (lead_id) on delete cascade,
    partner_id uuid not null,
    primary key (lead_id, partner_id)
);

-- Every matching decision, with its full explanation.
create table match_decision (
    id                  uuid primary key,
    lead_id             uuid         not null,
    trigger             varchar(30)  not null,
    outcome             varchar(30)  not null,
    rule                varchar(30),
    partner_id          uuid,
    partner_name        varchar(200),
    explanation         text         not null,
    task_id             uuid,
    decided_at          timestamptz  not null,
    partners_considered integer      not null,
    eligible_partners   integer      not null,
    candidates_omitted  integer      not null,
    detail              jsonb        not null
);
create index match_decision_lead on match_decision (lead_id, decided_at);
create index match_decision_decided_at on match_decision (decided_at);

-- A lead going to a partner (by a decision or by the coordinator): the "last assignment" of the
-- distribution tie-break and the assignment counts of the fairness report.
create table partner_assignment (
    id          bigint generated always as identity primary key,
    lead_id     uuid        not null,
    partner_id  uuid        not null,
    source      varchar(30) not null,
    decision_id uuid,
    assigned_at timestamptz not null
);
create index partner_assignment_partner on partner_assignment (partner_id, assigned_at);
create index partner_assignment_at on partner_assignment (assigned_at);
