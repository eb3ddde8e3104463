-- Retention (DP-12): a closed case is anonymised when its retention period has passed, unless a
-- legal hold keeps it; anonymising destroys the case key (its encrypted fields are then unreadable
-- in every backup too) and removes the link to the person.
alter table cases.protection_case add column closed_at timestamp with time zone;
alter table cases.protection_case add column legal_hold boolean not null default false;
alter table cases.protection_case add column anonymised_at timestamp with time zone;
alter table cases.protection_case alter column person_id drop not null;
create index protection_case_closed_idx on cases.protection_case (closed_at)
  where closed_at is not null and anonymised_at is null;
