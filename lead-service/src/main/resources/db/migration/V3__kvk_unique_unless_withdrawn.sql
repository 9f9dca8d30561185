-- A company whose lead was withdrawn (not now, wrong contact, ...) may come back as a new lead later.
-- The KvK number stays unique among open and onboarded leads (an onboarded company is a customer).
drop index lead_kvk_number_unique;
create unique index lead_kvk_number_unique on lead (kvk_number) where kvk_number is not null and state <> 'WITHDRAWN';
