-- Which kind of source a gazetteer load came from (the bundled data or a configured file),
-- the bundled data's version, and the attribution its licence asks for.
alter table gazetteer_load add column source_kind varchar(10) not null default 'FILE';
alter table gazetteer_load add column data_version varchar(100);
alter table gazetteer_load add column attribution varchar(500);
