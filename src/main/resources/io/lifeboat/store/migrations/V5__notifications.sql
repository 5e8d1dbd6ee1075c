-- Version 5: notification drafts, their send attempts, and traveler replies.

-- One draft per incident, audience, recipient and channel: re-drafting updates, never duplicates.
-- recipient_id is the booking (traveler), the supplier, or 'regulator'; address the phone or e-mail.
CREATE TABLE notification (
  notification_id ${identity},
  incident_id     BIGINT NOT NULL REFERENCES incident (incident_id),
  audience        VARCHAR(16) NOT NULL,
  recipient_id    VARCHAR(64) NOT NULL,
  channel         VARCHAR(16) NOT NULL,
  address         TEXT,
  locale          VARCHAR(35) NOT NULL,
  template        VARCHAR(64) NOT NULL,
  subject         TEXT,
  body            TEXT NOT NULL,
  sms_segments    INTEGER,
  status          VARCHAR(16) NOT NULL,
  edited          INTEGER NOT NULL,
  drafted_ms      BIGINT NOT NULL,
  updated_ms      BIGINT NOT NULL,
  approved_ms     BIGINT,
  approved_by     TEXT,
  exported_ms     BIGINT,
  sent_ms         BIGINT,
  send_response   TEXT
);
CREATE UNIQUE INDEX notification_key ON notification (incident_id, audience, recipient_id, channel);

-- A send attempt is recorded (and committed) before the SMTP conversation starts: at most one per draft,
-- so a crash between sending and marking can never cause a second send.
CREATE TABLE notification_attempt (
  notification_id BIGINT NOT NULL PRIMARY KEY REFERENCES notification (notification_id),
  attempted_ms    BIGINT NOT NULL,
  attempted_by    TEXT NOT NULL,
  outcome         VARCHAR(16) NOT NULL,
  response        TEXT,
  finished_ms     BIGINT
);

-- Traveler replies imported from an SMS gateway or a mailbox; the same reply imported twice is one row.
CREATE TABLE notification_reply (
  reply_id       ${identity},
  incident_id    BIGINT NOT NULL REFERENCES incident (incident_id),
  booking_id     VARCHAR(64) NOT NULL,
  channel        VARCHAR(16) NOT NULL,
  received_ms    BIGINT NOT NULL,
  text_sha256    VARCHAR(64) NOT NULL,
  text           TEXT NOT NULL,
  classification VARCHAR(16) NOT NULL,
  imported_ms    BIGINT NOT NULL
);
CREATE UNIQUE INDEX notification_reply_key ON notification_reply (incident_id, booking_id, received_ms, text_sha256);
