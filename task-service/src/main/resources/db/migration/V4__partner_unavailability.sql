-- The partners' own unavailability (from partner-service's snapshots): their deadlines' clocks pause then.
create table known_partner_unavailability (
    partner_id uuid         not null references known_partner (id) on delete cascade,
    position   integer      not null,
    from_date  date         not null,
    to_date    date         not null,
    reason     varchar(200),
    primary key (partner_id, position)
);
