create schema if not exists geo;

-- Provinces (2 digits), districts (4) and subdistricts (6) with their DOPA codes.
create table geo.admin_area (
  code        varchar(6) primary key check (code ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6})$'),
  level       text not null check (level in ('PROVINCE', 'DISTRICT', 'SUBDISTRICT')),
  parent_code varchar(4) references geo.admin_area (code),
  name_th     text not null,
  name_en     text not null,
  postal_code integer,
  pcode       text generated always as ('TH' || code) stored
);
create index admin_area_parent_idx on geo.admin_area (parent_code);

-- Which version of the bundled dataset the table holds.
create table geo.dataset (
  name      text primary key,
  checksum  text not null,
  loaded_at timestamp with time zone not null
);
