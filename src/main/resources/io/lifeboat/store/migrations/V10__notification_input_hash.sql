-- Version 10: a digest of what each traveler draft was rendered from (template, incident and booking
-- variables, address), so that re-drafting an incident renders only the drafts whose inputs changed.
-- Null for drafts edited by hand, drafted before this version, or not rendered from booking data: those
-- are rendered and compared as before.
ALTER TABLE notification ADD COLUMN input_hash VARCHAR(32);
