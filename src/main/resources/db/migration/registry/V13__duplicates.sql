-- Identity resolution in the registry: likely duplicates are flagged for an officer, never merged
-- automatically (DP-20); a merge can be undone, so it records exactly what it moved.

-- The person this record was merged into by a reviewer; null while it stands on its own.
alter table registry.person add column merged_into bigint references registry.person (id);
-- When the duplicate check last matched this person against everyone known; null: still to do.
alter table registry.person add column linkage_checked_at timestamp with time zone;
create index person_unchecked_idx on registry.person (id) where linkage_checked_at is null;
create index person_merged_into_idx on registry.person (merged_into) where merged_into is not null;

create table registry.duplicate_flag (
  id            bigint primary key,
  -- the pair in id order, so that it is flagged once whichever of the two was checked
  person_a      bigint not null references registry.person (id),
  person_b      bigint not null references registry.person (id),
  probability   double precision not null check (probability between 0 and 1),
  match_weight  double precision not null,
  -- the linkage engine's explanation when flagged: prior and per-field match weights
  explanation   jsonb not null,
  state         text not null default 'OPEN' check (state in ('OPEN', 'MERGED', 'DISTINCT')),
  flagged_at    timestamp with time zone not null,
  decided_at    timestamp with time zone,
  decided_by    text,
  note          text,
  check (person_a < person_b),
  unique (person_a, person_b)
);
create index duplicate_flag_open_idx on registry.duplicate_flag (probability desc, id)
  where state = 'OPEN';
create index duplicate_flag_b_idx on registry.duplicate_flag (person_b);

-- A merge of one person into another, with the rows it moved, so that unmerging restores them.
create table registry.person_merge (
  id             bigint primary key,
  flag_id        bigint references registry.duplicate_flag (id),
  survivor_id    bigint not null references registry.person (id),
  merged_id      bigint not null references registry.person (id),
  documents      bigint[] not null,
  registrations  bigint[] not null,
  -- persons earlier merged into the merged one, now pointing at the survivor
  repointed      bigint[] not null,
  merged_at      timestamp with time zone not null,
  merged_by      text not null,
  undone_at      timestamp with time zone,
  undone_by      text
);
create index person_merge_survivor_idx on registry.person_merge (survivor_id);
create index person_merge_merged_idx on registry.person_merge (merged_id);
