-- The case plan: goals and actions with the agency responsible and a due date; the text is
-- encrypted with the case key like the narrative.
create table cases.plan_item (
  id                  uuid primary key,
  case_id             uuid not null references cases.protection_case (id),
  kind                text not null check (kind in ('GOAL', 'ACTION')),
  text                bytea not null,
  responsible_agency  text,
  due_on              date,
  done_on             date,
  created_at          timestamp with time zone not null,
  created_by          uuid not null
);
create index plan_item_case_idx on cases.plan_item (case_id, due_on);

-- A supervisor's approval of what a caseworker asked for: the case plan or the closure. The one
-- who asked cannot approve (four eyes).
create table cases.approval (
  id            uuid primary key,
  case_id       uuid not null references cases.protection_case (id),
  subject       text not null check (subject in ('PLAN', 'CLOSURE')),
  closure_reason text,
  requested_by  uuid not null,
  requested_at  timestamp with time zone not null,
  decided_by    uuid,
  decided_at    timestamp with time zone,
  decision      text check (decision in ('APPROVED', 'REJECTED')),
  check ((subject = 'CLOSURE') = (closure_reason is not null))
);
create unique index approval_pending_idx on cases.approval (case_id, subject) where decision is null;

-- Services delivered to the person, by whom and when.
create table cases.service_delivery (
  id            uuid primary key,
  case_id       uuid not null references cases.protection_case (id),
  service       text not null,
  provider      text not null,
  delivered_on  date not null,
  recorded_by   uuid not null,
  recorded_at   timestamp with time zone not null
);
create index service_delivery_case_idx on cases.service_delivery (case_id, delivered_on);
