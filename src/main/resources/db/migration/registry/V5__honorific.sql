-- A title written in front of a name (U, Daw, นาย, Mr...), kept apart from the name itself.
alter table registry.person add column honorific text;
