-- Notices before registry deadlines: a durable outbox. A notice is written here, rendered in its
-- reader's language, before anything is sent; the dispatcher sends it at least once (a crash between
-- sending and marking it sent means it is sent again after its lease) and never after it is SENT.
create table registry.notice (
  id               bigint generated always as identity primary key,
  recipient        text not null check (recipient in ('WORKER', 'EMPLOYER')),
  person_id        bigint not null,
  employer_id      bigint,
  channel          text not null check (channel in ('EMAIL', 'SMS')),
  address          text not null,
  -- BCP-47 tags of the languages of the text, in order ('th,en' for employers)
  language         text not null,
  deadline         date not null,
  lead_days        integer not null check (lead_days >= 0),
  -- what is due (Topic names), never reasons about anyone but the worker
  topics           text[] not null,
  subject          text,
  body             text not null,
  status           text not null default 'PENDING'
                   check (status in ('PENDING', 'SENT', 'FAILED', 'ABANDONED')),
  attempts         integer not null default 0,
  next_attempt_at  timestamp with time zone not null,
  -- exception classes or a short cause, never an address, a name or a server's reply text
  last_error       text,
  provider_id      text,
  created_at       timestamp with time zone not null,
  sent_at          timestamp with time zone,
  -- a planner that runs twice, or on two servers, never queues the same notice twice
  unique (person_id, deadline, recipient, channel, lead_days)
);
create index notice_pending_idx on registry.notice (next_attempt_at) where status = 'PENDING';

-- The days the planner has planned for, so that a run after days without one catches up on them.
create table registry.notice_planning (
  day         date primary key,
  queued      integer not null,
  planned_at  timestamp with time zone not null
);
