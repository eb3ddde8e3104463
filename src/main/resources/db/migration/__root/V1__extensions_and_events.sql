-- Extensions every module may use: fuzzy and phonetic name matching, accent-free search,
-- GIN indexes on scalar columns, and cryptographic functions.
create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;
create extension if not exists unaccent;
create extension if not exists btree_gin;
create extension if not exists pgcrypto;

-- Spring Modulith's event publication registry (its PostgreSQL schema v2), owned here so that
-- a listener that fails is retried from this table instead of being lost.
create table if not exists event_publication (
  id                     uuid not null primary key,
  listener_id            text not null,
  event_type             text not null,
  serialized_event       text not null,
  publication_date       timestamp with time zone not null,
  completion_date        timestamp with time zone,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamp with time zone
);
create index if not exists event_publication_serialized_event_hash_idx
  on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx
  on event_publication (completion_date);
