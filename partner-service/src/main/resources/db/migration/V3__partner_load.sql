-- What the distribution rule needs per partner, kept current in the transaction of every change
-- (PartnerLoads), so that a decision reads one row per partner instead of aggregating all leads
-- and all assignments ever made. Not on partner: an assignment must not bump the partner's
-- version (the coordinator's ETag). No foreign key: a task event may name a partner unknown here.
create table partner_load (
    partner_id       uuid primary key,
    -- leads MATCHED or ASSIGNED with partner_id = this partner (routed_lead)
    open_assignments integer     not null default 0 check (open_assignments >= 0),
    -- max(assigned_at) of partner_assignment for this partner; null if never assigned
    last_assigned_at timestamptz
);

insert into partner_load (partner_id, open_assignments, last_assigned_at)
select coalesce(open.partner_id, assigned.partner_id), coalesce(open.leads, 0), assigned.last_at
from (select partner_id, count(*) as leads
      from routed_lead
      where status in ('MATCHED', 'ASSIGNED') and partner_id is not null
      group by partner_id) open
full join (select partner_id, max(assigned_at) as last_at
           from partner_assignment
           group by partner_id) assigned on assigned.partner_id = open.partner_id;

-- a decision reads only the periods covering its day: current and future ones, not every holiday ever
create index partner_unavailability_to_date on partner_unavailability (to_date);
