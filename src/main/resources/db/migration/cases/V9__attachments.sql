-- Documents and photos of a case. The content lives outside the database and the web root, sealed
-- with the case key (AES-256-GCM, the attachment's id as associated data); the file name is sealed
-- too, since names often carry the person's name. Destroying the case key makes both unreadable.
create table cases.attachment (
  id            uuid primary key,
  case_id       uuid not null references cases.protection_case (id),
  file_name     bytea not null,
  content_type  text not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png', 'text/plain')),
  size_bytes    bigint not null check (size_bytes > 0),
  sha256        text not null,
  uploaded_by   uuid not null,
  uploaded_at   timestamp with time zone not null,
  deleted_at    timestamp with time zone
);
create index attachment_case_idx on cases.attachment (case_id, uploaded_at);
