-- Version 6: CAP alerts seen by watch, and traveler messages triage opened incidents for.

-- Every alert watch has dealt with, once: (sender, identifier) is CAP's natural key, and its unique
-- index is what makes two watch runs racing on the same alert record (and act on) it only once.
-- incident_id maps an alert to the incident it opened, updated or cancelled, so that a later Update
-- or Cancel naming it in <references> finds that incident.
CREATE TABLE cap_alert (
  alert_id     ${identity},
  sender       VARCHAR(255) NOT NULL,
  identifier   VARCHAR(255) NOT NULL,
  sent_ms      BIGINT NOT NULL,
  status       VARCHAR(16) NOT NULL,
  msg_type     VARCHAR(16) NOT NULL,
  event        TEXT,
  outcome      VARCHAR(16) NOT NULL,
  incident_id  BIGINT REFERENCES incident (incident_id),
  playbook_id  VARCHAR(64),
  reason       TEXT,
  source       TEXT NOT NULL,
  seen_ms      BIGINT NOT NULL
);
CREATE UNIQUE INDEX cap_alert_key ON cap_alert (sender, identifier);
CREATE INDEX cap_alert_incident ON cap_alert (incident_id);

-- Urgent traveler messages triage --open has handled, once per message_id.
CREATE TABLE triage_message (
  message_id   VARCHAR(128) NOT NULL PRIMARY KEY,
  booking_id   VARCHAR(64) NOT NULL,
  received_ms  BIGINT NOT NULL,
  channel      VARCHAR(32) NOT NULL,
  category     VARCHAR(16) NOT NULL,
  rule_id      VARCHAR(64),
  playbook_id  VARCHAR(64),
  incident_id  BIGINT REFERENCES incident (incident_id),
  seen_ms      BIGINT NOT NULL
);
