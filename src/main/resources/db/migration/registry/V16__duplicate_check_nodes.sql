-- Which running application checked a person last: every other one then adds the person to its
-- own in-memory index and matches it there too, so that two nodes (or a node and a command-line
-- import) checking at the same moment still meet each other's people.
alter table registry.person add column linkage_checked_by uuid;
create index person_checked_at_idx on registry.person (linkage_checked_at)
  where linkage_checked_at is not null;
