-- The irregular worklist lists the most recent first: indexes in that order let a page of 100 be
-- read from the front of the index instead of sorting every irregular worker (about a million
-- at five million workers).
create index worker_status_since_idx on registry.worker_status (status, since desc, person_id);
create index worker_status_province_since_idx
  on registry.worker_status (province_code, status, since desc, person_id);
