create schema if not exists access;

-- Organisations using Samakki; each is a tenant whose records its own users see by default.
create table access.agency (
  id         uuid primary key,
  code       text not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{1,19}$'),
  name       text not null check (length(name) between 1 and 200),
  type       text not null check (type in ('GOVERNMENT', 'UN_AGENCY', 'NGO', 'COMMUNITY_ORGANISATION')),
  active     boolean not null default true,
  created_at timestamp with time zone not null
);

create table access.team (
  id        uuid primary key,
  agency_id uuid not null references access.agency (id),
  name      text not null check (length(name) between 1 and 100),
  unique (agency_id, name)
);

create table access.app_user (
  id                   uuid primary key,
  agency_id            uuid not null references access.agency (id),
  username             text not null check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
  display_name         text not null check (length(display_name) between 1 and 200),
  email                text check (email is null or length(email) <= 254),
  password_hash        text not null,
  must_change_password boolean not null default false,
  totp_secret          text,
  totp_enabled         boolean not null default false,
  -- null: the whole country; 2 digits: a province; 4 digits: a district (DOPA codes)
  area_code            varchar(4) check (area_code is null or area_code ~ '^([0-9]{2}|[0-9]{4})$'),
  team_id              uuid references access.team (id),
  supervisor_id        uuid references access.app_user (id),
  expires_on           date,
  disabled_at          timestamp with time zone,
  disabled_reason      text,
  -- raised by every change that must end the user's sessions (roles, disabling, password)
  security_version     integer not null default 0,
  last_active_at       timestamp with time zone,
  created_at           timestamp with time zone not null
);
create unique index app_user_username_idx on access.app_user (username);
create index app_user_agency_idx on access.app_user (agency_id);

create table access.user_role (
  user_id uuid not null references access.app_user (id) on delete cascade,
  role    text not null,
  primary key (user_id, role)
);

-- Failed sign-ins of the last minutes, per account and per address, for throttling.
create table access.sign_in_failure (
  id        bigserial primary key,
  kind      text not null check (kind in ('ACCOUNT', 'ADDRESS')),
  key       text not null,
  failed_at timestamp with time zone not null
);
create index sign_in_failure_key_idx on access.sign_in_failure (kind, key, failed_at);

-- The single-use token that lets the first administrator register on a new installation.
create table access.setup_token (
  id         smallint primary key check (id = 1),
  token_hash text not null,
  created_at timestamp with time zone not null,
  used_at    timestamp with time zone
);

create table access.notification (
  id            uuid primary key,
  user_id       uuid not null references access.app_user (id) on delete cascade,
  kind          text not null,
  params        text[] not null default '{}',
  resource_type text,
  record_id     text,
  created_at    timestamp with time zone not null,
  read_at       timestamp with time zone
);
create index notification_user_idx on access.notification (user_id, read_at, created_at);

-- Emergency access to one record, with the reason given, until it expires (DP-05).
create table access.break_glass_grant (
  id            uuid primary key,
  user_id       uuid not null references access.app_user (id),
  resource_type text not null,
  record_id     text not null,
  reason        text not null check (length(reason) between 10 and 1000),
  granted_at    timestamp with time zone not null,
  expires_at    timestamp with time zone not null
);
create index break_glass_grant_lookup_idx
  on access.break_glass_grant (user_id, resource_type, record_id, expires_at);

-- Registered data-sharing agreements; sharing outside one is refused (DP-17).
create table access.sharing_agreement (
  id              uuid primary key,
  code            text not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
  title           text not null check (length(title) between 1 and 300),
  purposes        text[] not null,
  data_categories text[] not null,
  valid_from      date not null,
  valid_to        date not null check (valid_to >= valid_from),
  created_at      timestamp with time zone not null
);
create table access.sharing_agreement_party (
  agreement_id uuid not null references access.sharing_agreement (id) on delete cascade,
  agency_id    uuid not null references access.agency (id),
  primary key (agreement_id, agency_id)
);

-- Machine access for other systems: a hashed token bound to an agency, a role, a purpose and
-- an agreement.
create table access.api_client (
  id           uuid primary key,
  agency_id    uuid not null references access.agency (id),
  name         text not null check (length(name) between 1 and 100),
  role         text not null,
  purpose      text not null,
  agreement_id uuid not null references access.sharing_agreement (id),
  secret_hash  bytea not null,
  created_by   uuid references access.app_user (id),
  created_at   timestamp with time zone not null,
  last_used_at timestamp with time zone,
  revoked_at   timestamp with time zone
);

-- Spring Session's tables (its PostgreSQL schema): sessions live in the database, so any node
-- can serve a user and ending a user's sessions is one statement.
create table access.spring_session (
  primary_id            char(36) not null primary key,
  session_id            char(36) not null,
  creation_time         bigint not null,
  last_access_time      bigint not null,
  max_inactive_interval int not null,
  expiry_time           bigint not null,
  principal_name        varchar(100)
);
create unique index spring_session_ix1 on access.spring_session (session_id);
create index spring_session_ix2 on access.spring_session (expiry_time);
create index spring_session_ix3 on access.spring_session (principal_name);
create table access.spring_session_attributes (
  session_primary_id char(36) not null references access.spring_session (primary_id) on delete cascade,
  attribute_name     varchar(200) not null,
  attribute_bytes    bytea not null,
  primary key (session_primary_id, attribute_name)
);
