create schema if not exists referrals;

-- Who provides which services where, in which languages, and how to reach them.
create table referrals.provider (
  id          uuid primary key,
  agency_id   uuid not null,
  name        text not null,
  services    text[] not null,
  provinces   text[] not null default '{}',
  languages   text[] not null default '{}',
  contact     text,
  created_at  timestamp with time zone not null
);
create index provider_services_idx on referrals.provider using gin (services);

-- A referral or transfer of a case to a provider: which sections were shared and on what basis
-- (consent, or an override with its reason); never the case's content itself.
create table referrals.referral (
  id               uuid primary key,
  kind             text not null check (kind in ('REFERRAL', 'TRANSFER')),
  case_id          uuid not null,
  case_ref         text not null,
  provider_id      uuid not null references referrals.provider (id),
  from_agency_id   uuid not null,
  to_agency_id     uuid not null,
  service          text not null,
  sections         text[] not null,
  basis            text not null check (basis in ('CONSENT', 'OVERRIDE')),
  override_reason  text,
  status           text not null
    check (status in ('SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'CANCELLED')),
  sent_at          timestamp with time zone not null,
  sent_by          uuid not null,
  responded_at     timestamp with time zone,
  responded_by     uuid,
  response_reason  text,
  service_report   text,
  check ((basis = 'OVERRIDE') = (override_reason is not null))
);
create index referral_to_idx on referrals.referral (to_agency_id, status, sent_at desc);
create index referral_case_idx on referrals.referral (case_id);
