-- A fingerprint of what the status engine last wrote for each worker (history and current row),
-- so that a sweep rewrites only the workers whose derived rows really differ. Null: unknown yet.
alter table registry.worker_status add column timeline_hash bigint;
