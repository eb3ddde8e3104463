-- The legal basis of each purpose a case's data are processed for (DP-01): consent, vital interest,
-- public task, legal obligation or legitimate interest, with who set it, when and under which
-- privacy notice. Versioned: a change is a new row, the newest is in force.
create table cases.legal_basis (
  id              uuid primary key,
  case_id         uuid not null references cases.protection_case (id),
  purpose         text not null
    check (purpose in ('CASE_MANAGEMENT', 'SERVICES', 'REFERRAL', 'DATA_SHARING',
                       'FOLLOW_UP_CONTACT', 'PHOTO')),
  basis           text not null
    check (basis in ('CONSENT', 'VITAL_INTEREST', 'PUBLIC_TASK', 'LEGAL_OBLIGATION',
                     'LEGITIMATE_INTEREST')),
  notice_version  text not null,
  set_at          timestamp with time zone not null,
  set_by          uuid not null
);
create index legal_basis_case_idx on cases.legal_basis (case_id, purpose, set_at desc);

-- Cases opened before legal bases were recorded were opened for case management in the vital
-- interest of a possible victim (the only basis intake allowed then).
insert into cases.legal_basis (id, case_id, purpose, basis, notice_version, set_at, set_by)
select gen_random_uuid(), id, 'CASE_MANAGEMENT', 'VITAL_INTEREST',
       coalesce(notice_version, 'unknown'), opened_at, opened_by
from cases.protection_case;

-- Restriction of processing at the person's request (DP-13): while set, only the custodians (the
-- assigned workers and the one who restricted it) see the case, and nothing changes or is shared.
-- The reason is the person's own words: encrypted with the case key, never in the audit trail.
alter table cases.protection_case add column restricted_at timestamp with time zone;
alter table cases.protection_case add column restricted_by uuid;
alter table cases.protection_case add column restriction_reason bytea;

-- Health and immigration status are sensitive categories: encrypted with the case key (DP-18).
alter table cases.protection_case add column health bytea;
alter table cases.protection_case add column immigration_status bytea;
