-- Why an import stopped, as a message key and detail the import page shows in the user's language.
alter table registry.import add column failure_key text;
alter table registry.import add column failure_detail text;
