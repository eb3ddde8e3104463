create schema if not exists registry;

-- Registration schemes: each Cabinet resolution or MOU is a versioned document, not code.
create table registry.scheme (
  code       text not null check (code ~ '^[A-Z0-9][A-Z0-9-]{1,29}$'),
  version    integer not null check (version >= 1),
  document   jsonb not null,
  created_at timestamp with time zone not null,
  created_by text,
  primary key (code, version)
);

create sequence registry.id_seq as bigint cache 1000;

create table registry.employer (
  id               bigint primary key,
  employer_ref     text unique,
  name             text not null,
  kind             text not null default 'JURISTIC' check (kind in ('JURISTIC', 'INDIVIDUAL')),
  sector           text,
  contact_email    text,
  contact_phone    text,
  owner_agency_id  uuid not null,
  created_at       timestamp with time zone not null
);

-- One human being, whatever the number of registrations about them.
create table registry.person (
  id               bigint primary key,
  person_ref       text unique,
  given_name       text,
  family_name      text,
  name_native      text,
  native_script    text,
  sex              char(1) check (sex in ('M', 'F', 'X')),
  birth_year       smallint,
  birth_month      smallint,
  birth_day        smallint,
  nationality      char(3),
  phone            text,
  email            text,
  language         text not null default 'en',
  owner_agency_id  uuid not null,
  area_code        varchar(6),
  -- comparison keys of every name form (linkage NameNormaliser), for search by any spelling or script
  name_keys        tsvector not null,
  created_at       timestamp with time zone not null,
  updated_at       timestamp with time zone not null
);
-- a large pending list: bulk imports append to it, and it is merged in the background
create index person_name_keys_idx on registry.person using gin (name_keys)
  with (fastupdate = on, gin_pending_list_limit = 32768);
create index person_birth_year_idx on registry.person (birth_year, nationality);

create table registry.document (
  id          bigint primary key,
  person_id   bigint not null references registry.person (id),
  type        text not null,
  number      text not null,
  issuer      char(3),
  issued_on   date,
  expires_on  date,
  -- number first: lookups by number alone (any type) use it too
  unique (number, type)
);
create index document_person_idx on registry.document (person_id);

-- A registration with the employment and entitlements it came with (one row of an import file).
create table registry.registration (
  id                        bigint primary key,
  person_id                 bigint not null references registry.person (id),
  -- the first 16 bytes of the SHA-256 of the import row: the same row never loads twice
  source_key                uuid unique,
  scheme_code               text not null,
  scheme_version            integer not null,
  channel                   text not null,
  registered_on             date not null,
  employer_id               bigint references registry.employer (id),
  workplace_subdistrict     varchar(6),
  sector                    text,
  contract_start            date,
  contract_end              date,
  employer_change_reported  date,
  work_permit_number        text,
  work_permit_start         date,
  work_permit_end           date,
  stay_permit_end           date,
  social_security_number    text,
  social_security_end       date,
  health_insurance_end      date,
  health_check_date         date,
  health_check_result       text check (health_check_result in ('PASSED', 'FAILED')),
  import_id                 uuid,
  created_at                timestamp with time zone not null
);
create index registration_person_idx on registry.registration (person_id);
create index registration_employer_idx on registry.registration (employer_id);

-- Each worker's status today, with what worklists filter on.
create table registry.worker_status (
  person_id       bigint primary key,
  status          text not null,
  reasons         text[] not null,
  next_deadline   date,
  since           date not null,
  next_change_on  date,
  province_code   varchar(2),
  district_code   varchar(4),
  employer_id     bigint,
  sector          text,
  nationality     char(3),
  derived_on      date not null
);
create index worker_status_deadline_idx on registry.worker_status (status, next_deadline);
create index worker_status_province_idx on registry.worker_status (province_code, status, next_deadline);
create index worker_status_district_idx on registry.worker_status (district_code, status, next_deadline);
create index worker_status_employer_idx on registry.worker_status (employer_id, status);
create index worker_status_change_idx on registry.worker_status (next_change_on);

-- The history: statuses as periods [valid_from, valid_to).
create table registry.status_period (
  person_id      bigint not null,
  valid_from     date not null,
  valid_to       date,
  status         text not null,
  reasons        text[] not null,
  next_deadline  date,
  primary key (person_id, valid_from)
);
create index status_period_start_idx on registry.status_period (status, valid_from);

-- Bulk imports: resumable batches and every rejected row with its reasons (R-06).
create table registry.import (
  id              uuid primary key,
  file_name       text not null,
  file_sha256     text not null,
  owner_agency_id uuid not null,
  created_by      uuid,
  status          text not null check (status in ('RUNNING', 'DONE', 'FAILED')),
  rows_total      integer not null default 0,
  rows_loaded     integer not null default 0,
  rows_rejected   integer not null default 0,
  started_at      timestamp with time zone not null,
  finished_at     timestamp with time zone,
  unique (file_sha256, owner_agency_id)
);
create table registry.import_batch (
  import_id     uuid not null references registry.import (id),
  batch_no      integer not null,
  first_row     integer not null,
  last_row      integer not null,
  rows_loaded   integer not null,
  rows_rejected integer not null,
  committed_at  timestamp with time zone not null,
  primary key (import_id, batch_no)
);
create table registry.import_rejection (
  import_id  uuid not null references registry.import (id),
  row_number integer not null,
  problems   text[] not null,
  primary key (import_id, row_number)
);
