create schema if not exists audit;

-- One row per view, search, list, export, change or security event: ids and field names, never values.
-- seq orders the hash chain: each row's hash covers the previous row's hash and the row itself.
create table audit.entry (
  seq            bigint primary key,
  occurred_at    timestamp with time zone not null,
  actor_id       uuid,
  actor_name     text not null,
  roles          text[] not null default '{}',
  agency_id      uuid,
  purpose        text,
  agreement      text,
  action         text not null,
  resource_type  text,
  record_ids     text[] not null default '{}',
  fields         text[] not null default '{}',
  outcome        text not null check (outcome in ('SUCCESS', 'DENIED', 'FAILED')),
  reason         text,
  client_address text,
  request_id     text,
  prev_hash      bytea not null,
  hash           bytea not null
);
create index entry_occurred_idx on audit.entry (occurred_at);
create index entry_actor_idx on audit.entry (actor_id, occurred_at);
create index entry_agency_idx on audit.entry (agency_id, occurred_at);
create index entry_records_idx on audit.entry using gin (record_ids);

-- The end of the chain; writers lock this row, so entries are chained in commit order.
create table audit.chain_head (
  id   smallint primary key check (id = 1),
  seq  bigint not null,
  hash bytea not null
);
insert into audit.chain_head (id, seq, hash) values (1, 0, decode(repeat('00', 32), 'hex'));

-- Append-only (DP-08): a written entry can be neither changed nor removed.
create function audit.refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'The audit trail is append-only: % on % is refused', tg_op, tg_table_name
    using errcode = 'insufficient_privilege';
end
$$;
create trigger entry_append_only before update or delete on audit.entry
  for each row execute function audit.refuse_change();
create trigger entry_no_truncate before truncate on audit.entry
  for each statement execute function audit.refuse_change();
create trigger chain_head_kept before delete on audit.chain_head
  for each row execute function audit.refuse_change();
create trigger chain_head_no_truncate before truncate on audit.chain_head
  for each statement execute function audit.refuse_change();
revoke update, delete, truncate on audit.entry from public;
