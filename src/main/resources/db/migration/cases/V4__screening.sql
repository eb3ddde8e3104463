-- Screening of a possible victim (as the labour screening form Ror.Bor.1 and the ILO indicators of
-- forced labour do): who screened, where and when, the indicators found and the outcome they
-- suggest; the team decides at identification. Notes are encrypted with the case key.
create table cases.screening (
  case_id            uuid primary key references cases.protection_case (id),
  screened_on        date not null,
  place              text not null,
  screened_by        uuid not null,
  indicators         text[] not null,
  suggested_outcome  text not null,
  notes              bytea,
  recorded_at        timestamp with time zone not null
);
