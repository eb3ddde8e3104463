-- The identification interview's multidisciplinary team, member by member (name, profession,
-- agency): the NRM wants at least two members from at least two agencies. Who recorded the
-- decision and when is kept on the case.
create table cases.identification_member (
  case_id     uuid not null references cases.protection_case (id),
  position    smallint not null,
  name        text not null,
  profession  text not null,
  agency      text not null,
  primary key (case_id, position)
);
alter table cases.protection_case add column identification_recorded_by uuid;
alter table cases.protection_case add column identification_recorded_by_name text;
alter table cases.protection_case add column identification_recorded_at timestamp with time zone;

-- The case's contents as IOM's Human Trafficking Case Data Standard (HTCDS) records them:
-- recruitment, means of control, type of exploitation and industry. Vocabularies are codes; the
-- free text (how and by whom the person was recruited) is encrypted with the case key.
create table cases.trafficking_record (
  case_id               uuid primary key references cases.protection_case (id),
  recruiter_type        text,
  recruited_on          date,
  recruitment_area      varchar(6),
  recruitment_country   char(3),
  recruitment_fee       numeric(12, 2) check (recruitment_fee >= 0),
  debt_owed             numeric(12, 2) check (debt_owed >= 0),
  recruitment_details   bytea,
  means_of_control      text[] not null default '{}',
  exploitation_types    text[] not null default '{}',
  industries            text[] not null default '{}',
  updated_at            timestamp with time zone not null,
  updated_by            uuid not null
);

-- What happened where and when: recruitment, transit, exploitation, exit; in a Thai
-- administrative area or in another country. Notes are encrypted with the case key.
create table cases.trafficking_event (
  id           uuid primary key,
  case_id      uuid not null references cases.protection_case (id),
  kind         text not null check (kind in ('RECRUITMENT', 'TRANSIT', 'EXPLOITATION', 'EXIT')),
  area_code    varchar(6),
  country      char(3),
  started_on   date not null,
  ended_on     date,
  notes        bytea,
  recorded_by  uuid not null,
  recorded_at  timestamp with time zone not null,
  check ((area_code is null) <> (country is null)),
  check (ended_on is null or ended_on >= started_on)
);
create index trafficking_event_case_idx on cases.trafficking_event (case_id, started_on);

-- Risk assessments: when, by whom, the level, who is at risk; notes encrypted with the case key.
create table cases.risk_assessment (
  id           uuid primary key,
  case_id      uuid not null references cases.protection_case (id),
  assessed_on  date not null,
  assessor     text not null,
  level        text not null check (level in ('LOW', 'MEDIUM', 'HIGH')),
  at_risk      text[] not null,
  notes        bytea,
  recorded_by  uuid not null,
  recorded_at  timestamp with time zone not null
);
create index risk_assessment_case_idx on cases.risk_assessment (case_id, assessed_on);
