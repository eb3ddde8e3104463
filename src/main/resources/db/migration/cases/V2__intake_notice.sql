-- The privacy notice shown to the person at intake, in their language, and its version (DP-19).
alter table cases.protection_case add column notice_version text;
alter table cases.protection_case add column notice_language text;
