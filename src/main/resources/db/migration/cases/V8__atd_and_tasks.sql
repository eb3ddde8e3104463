-- Alternatives to detention for a child in immigration detention: a best-interests assessment,
-- then a placement (family, foster or community care, shelter), then follow-up visits. Findings,
-- the caregiver's name and visit notes are encrypted with the case key (AES-GCM, the case id and
-- the field name as associated data), so destroying the key shreds them too.
create table cases.best_interests_assessment (
  id              uuid primary key,
  case_id         uuid not null references cases.protection_case (id),
  assessed_on     date not null,
  assessor        text not null,
  agency          text not null,
  findings        bytea,
  recommendation  text not null
    check (recommendation in ('RELEASE_TO_FAMILY', 'FOSTER_OR_COMMUNITY_CARE', 'SHELTER', 'OTHER')),
  recorded_by     uuid not null,
  recorded_at     timestamp with time zone not null
);
create index best_interests_assessment_case_idx on cases.best_interests_assessment (case_id);

create table cases.placement (
  id              uuid primary key,
  case_id         uuid not null references cases.protection_case (id),
  assessment_id   uuid not null references cases.best_interests_assessment (id),
  placement_type  text not null
    check (placement_type in ('FAMILY', 'FOSTER_CARE', 'COMMUNITY_CARE', 'SHELTER', 'OTHER')),
  area_code       varchar(6) not null,
  starts_on       date not null,
  ends_on         date,
  caregiver       bytea,
  released_on     date,
  recorded_by     uuid not null,
  recorded_at     timestamp with time zone not null,
  check (ends_on is null or ends_on >= starts_on)
);
create index placement_case_idx on cases.placement (case_id);

create table cases.follow_up_visit (
  id            uuid primary key,
  case_id       uuid not null references cases.protection_case (id),
  placement_id  uuid references cases.placement (id),
  due_on        date not null,
  done_on       date,
  visited_by    text,
  outcome       text check (outcome in ('SAFE_AND_WELL', 'CONCERNS', 'PLACEMENT_BROKE_DOWN',
                                        'CHILD_NOT_FOUND')),
  notes         bytea,
  created_by    uuid not null,
  created_at    timestamp with time zone not null,
  check ((done_on is null) = (outcome is null))
);
create index follow_up_visit_case_idx on cases.follow_up_visit (case_id, due_on);
create index follow_up_visit_open_idx on cases.follow_up_visit (due_on) where done_on is null;

-- Follow-up tasks of any case: a title (encrypted with the case key), a due date, a colleague of
-- the case's agency who does it, and when it was done.
create table cases.task (
  id          uuid primary key,
  case_id     uuid not null references cases.protection_case (id),
  title       bytea not null,
  due_on      date not null,
  assignee    uuid not null,
  done_on     date,
  created_by  uuid not null,
  created_at  timestamp with time zone not null
);
create index task_assignee_idx on cases.task (assignee, due_on) where done_on is null;
create index task_case_idx on cases.task (case_id, due_on);
