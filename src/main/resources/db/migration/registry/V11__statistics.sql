-- Registry statistics. Counting five million worker_status rows takes about half a second per
-- breakdown, so the figures are read from small tallies that statement triggers keep in step with
-- worker_status and status_period: each write appends signed counts (+n for rows added, -n for
-- rows removed) and never updates a tally row, so concurrent imports do not wait on each other.
-- registry.compact_statistics_tallies() folds the appended rows together from time to time.

-- The registration channel of the worker's latest registration, and where the worker works and
-- what nationality they are on each period, so that breakdowns need no join.
alter table registry.worker_status add column channel text;
alter table registry.status_period add column province_code varchar(2), add column nationality char(3);

update registry.worker_status ws set channel = r.channel
from (select distinct on (person_id) person_id, channel from registry.registration
      order by person_id, registered_on desc, id desc) r
where r.person_id = ws.person_id;

update registry.status_period sp set province_code = ws.province_code, nationality = ws.nationality
from registry.worker_status ws
where ws.person_id = sp.person_id;

-- Workers today by where, who, what, how and status.
create table registry.worker_tally (
  province_code varchar(2),
  nationality   char(3),
  sector        text,
  channel       text,
  status        text not null,
  workers       bigint not null
);

-- Workers today by the month of their next deadline.
create table registry.deadline_tally (
  province_code  varchar(2),
  nationality    char(3),
  status         text not null,
  deadline_month date not null,
  workers        bigint not null
);

-- Workers today by each reason of their status (a worker with two reasons counts under both).
create table registry.reason_tally (
  province_code varchar(2),
  nationality   char(3),
  status        text not null,
  reason        text not null,
  workers       bigint not null
);

-- Workers who became irregular (from any other status) by month and reason; the row without a
-- reason counts the workers themselves.
create table registry.irregular_entry_tally (
  month         date not null,
  province_code varchar(2),
  nationality   char(3),
  reason        text,
  workers       bigint not null
);

create function registry.count_workers(changed registry.worker_status[], direction integer)
returns void language sql as $$
  with w as materialized (select * from unnest(changed)),
  by_kind as (
    insert into registry.worker_tally
    select province_code, nationality, sector, channel, status, direction * count(*)
    from w group by 1, 2, 3, 4, 5),
  by_deadline as (
    insert into registry.deadline_tally
    select province_code, nationality, status, date_trunc('month', next_deadline)::date,
           direction * count(*)
    from w where next_deadline is not null group by 1, 2, 3, 4)
  insert into registry.reason_tally
  select w.province_code, w.nationality, w.status, r.reason, direction * count(*)
  from w, unnest(w.reasons) as r(reason) group by 1, 2, 3, 4;
$$;

-- A period is an entry into irregularity when the period just before it (in the same statement
-- or already stored) was not irregular; a worker whose history starts irregular never entered it.
-- The periods before are found by sorting, not by joining: the planner cannot tell how many rows
-- a statement brings, and a nested loop over two large sets would never end.
create function registry.count_irregular_entries(changed registry.status_period[], direction integer)
returns void language sql as $$
  with p as materialized (select * from unnest(changed)),
  history as (
    select person_id, valid_from, status, reasons, province_code, nationality, 0 as source
    from p
    union all
    select sp.person_id, sp.valid_from, sp.status, null, null, null, 1
    from registry.status_period sp
    where sp.person_id = any (array(select distinct person_id from p where status = 'IRREGULAR'))),
  distinct_periods as (
    select distinct on (person_id, valid_from) *
    from history order by person_id, valid_from, source),
  ordered as (
    select *, lag(status) over (partition by person_id order by valid_from) as status_before
    from distinct_periods),
  entry as materialized (
    select * from ordered
    where source = 0 and status = 'IRREGULAR' and status_before <> 'IRREGULAR'),
  workers as (
    insert into registry.irregular_entry_tally
    select date_trunc('month', valid_from)::date, province_code, nationality, null,
           direction * count(*)
    from entry group by 1, 2, 3)
  insert into registry.irregular_entry_tally
  select date_trunc('month', e.valid_from)::date, e.province_code, e.nationality, r.reason,
         direction * count(*)
  from entry e, unnest(e.reasons) as r(reason) group by 1, 2, 3, 4;
$$;

create function registry.tally_worker_status() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform registry.count_workers(array(select o::registry.worker_status from old_rows o), -1);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform registry.count_workers(array(select n::registry.worker_status from new_rows n), 1);
  end if;
  return null;
end $$;

create function registry.tally_status_period() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform registry.count_irregular_entries(
      array(select o::registry.status_period from old_rows o), -1);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform registry.count_irregular_entries(
      array(select n::registry.status_period from new_rows n), 1);
  end if;
  return null;
end $$;

create function registry.clear_worker_tallies() returns trigger language plpgsql as $$
begin
  delete from registry.worker_tally;
  delete from registry.deadline_tally;
  delete from registry.reason_tally;
  return null;
end $$;

create function registry.clear_irregular_entry_tally() returns trigger language plpgsql as $$
begin
  delete from registry.irregular_entry_tally;
  return null;
end $$;

create trigger worker_status_tally_insert after insert on registry.worker_status
  referencing new table as new_rows for each statement
  execute function registry.tally_worker_status();
create trigger worker_status_tally_update after update on registry.worker_status
  referencing old table as old_rows new table as new_rows for each statement
  execute function registry.tally_worker_status();
create trigger worker_status_tally_delete after delete on registry.worker_status
  referencing old table as old_rows for each statement
  execute function registry.tally_worker_status();
create trigger worker_status_tally_truncate after truncate on registry.worker_status
  for each statement execute function registry.clear_worker_tallies();

create trigger status_period_tally_insert after insert on registry.status_period
  referencing new table as new_rows for each statement
  execute function registry.tally_status_period();
create trigger status_period_tally_update after update on registry.status_period
  referencing old table as old_rows new table as new_rows for each statement
  execute function registry.tally_status_period();
create trigger status_period_tally_delete after delete on registry.status_period
  referencing old table as old_rows for each statement
  execute function registry.tally_status_period();
create trigger status_period_tally_truncate after truncate on registry.status_period
  for each statement execute function registry.clear_irregular_entry_tally();

-- Folds each tally's appended rows into one row per group; rows appended meanwhile by other
-- transactions are not seen by the delete and stay for the next run.
create function registry.compact_statistics_tallies() returns void language sql as $$
  with gone as (delete from registry.worker_tally returning *)
  insert into registry.worker_tally
  select province_code, nationality, sector, channel, status, sum(workers)
  from gone group by 1, 2, 3, 4, 5 having sum(workers) <> 0;

  with gone as (delete from registry.deadline_tally returning *)
  insert into registry.deadline_tally
  select province_code, nationality, status, deadline_month, sum(workers)
  from gone group by 1, 2, 3, 4 having sum(workers) <> 0;

  with gone as (delete from registry.reason_tally returning *)
  insert into registry.reason_tally
  select province_code, nationality, status, reason, sum(workers)
  from gone group by 1, 2, 3, 4 having sum(workers) <> 0;

  with gone as (delete from registry.irregular_entry_tally returning *)
  insert into registry.irregular_entry_tally
  select month, province_code, nationality, reason, sum(workers)
  from gone group by 1, 2, 3, 4 having sum(workers) <> 0;
$$;

-- What is already stored, counted in slices so that no slice needs much memory.
select registry.count_workers(
         array(select ws from registry.worker_status ws where ws.person_id % 64 = slice), 1)
from generate_series(0, 63) as slice;
select registry.count_irregular_entries(
         array(select sp from registry.status_period sp where sp.person_id % 64 = slice), 1)
from generate_series(0, 63) as slice;
select registry.compact_statistics_tallies();
