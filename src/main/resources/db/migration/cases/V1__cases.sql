create schema if not exists cases;

-- One data key per case, wrapped by the master key. Destroying it makes every encrypted field of
-- the case unreadable, in the database and in every backup (crypto-shredding, DP-11).
create table cases.case_key (
  case_id       uuid primary key,
  wrapped_key   bytea,
  created_at    timestamp with time zone not null,
  destroyed_at  timestamp with time zone,
  check ((wrapped_key is null) = (destroyed_at is not null))
);

-- A protection case along the National Referral Mechanism, about one person of the registry.
create table cases.protection_case (
  id                     uuid primary key,
  case_ref               text not null unique,
  person_id              bigint not null,
  case_type              text not null
    check (case_type in ('TRAFFICKING', 'VULNERABLE_MIGRANT', 'CHILD_IN_DETENTION')),
  stage                  text not null
    check (stage in ('SCREENING', 'TEMPORARY_PROTECTION', 'IDENTIFICATION', 'PROTECTION',
                     'RETURN_OR_SOLUTION', 'CLOSED')),
  highly_sensitive       boolean not null,
  -- under 18 when the case was opened: consent then needs a guardian or a best-interest decision
  child                  boolean not null,
  owner_agency_id        uuid not null,
  area_code              varchar(6),
  opened_at              timestamp with time zone not null,
  opened_by              uuid not null,
  -- the day temporary protection began: the law allows up to 15 days before identification
  protection_started_on  date,
  identification         text check (identification in ('VICTIM', 'NOT_VICTIM', 'OTHER_VULNERABLE')),
  identified_by          text,
  identified_on          date,
  closure_reason         text,
  -- encrypted with the case key (AES-GCM; the case id and the field name are the associated data)
  narrative              bytea,
  updated_at             timestamp with time zone not null
);
create index protection_case_person_idx on cases.protection_case (person_id);

create table cases.assignment (
  case_id  uuid not null references cases.protection_case (id),
  user_id  uuid not null,
  primary key (case_id, user_id)
);

-- Every change of stage, so that the case page can show its timeline.
create table cases.stage_change (
  id          bigint generated always as identity primary key,
  case_id     uuid not null references cases.protection_case (id),
  from_stage  text,
  to_stage    text not null,
  changed_at  timestamp with time zone not null,
  changed_by  uuid not null
);
create index stage_change_case_idx on cases.stage_change (case_id, changed_at);

-- Consent per purpose and recipient type, versioned: a new decision is a new row; withdrawal
-- closes one purpose only (DP-02).
create table cases.consent (
  id              uuid primary key,
  case_id         uuid not null references cases.protection_case (id),
  purpose         text not null
    check (purpose in ('SERVICES', 'REFERRAL', 'DATA_SHARING', 'FOLLOW_UP_CONTACT', 'PHOTO')),
  recipient_type  text not null
    check (recipient_type in ('GOVERNMENT', 'UN_AGENCY', 'NGO', 'COMMUNITY_ORGANISATION', 'ANY')),
  giver           text not null check (giver in ('PERSON', 'GUARDIAN', 'BEST_INTEREST_DECISION')),
  child_assent    boolean,
  language        text not null,
  notice_version  text not null,
  given_at        timestamp with time zone not null,
  recorded_by     uuid not null,
  withdrawn_at    timestamp with time zone,
  withdrawn_by    uuid
);
create index consent_case_idx on cases.consent (case_id, purpose);

create sequence cases.case_ref_seq;
