-- Service areas: a partner serves a radius around its office (null: the configured default,
-- partner.matching.service-area.default-radius-km), plus extra PC4 ranges and provinces, or the
-- whole country. Existing partners keep the default radius and nothing more.
alter table partner
    add column service_radius_km     double precision check (service_radius_km >= 0),
    add column service_pc4_ranges    varchar(1000),
    add column service_provinces     varchar(300),
    add column service_whole_country boolean not null default false;
