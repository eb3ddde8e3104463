-- Irregular workers by a rare reason (an unreported change of employer: a few thousand of a
-- million) are found through their reasons instead of by reading the whole list in order.
create index worker_status_reasons_idx on registry.worker_status using gin (reasons)
  where status = 'IRREGULAR';
