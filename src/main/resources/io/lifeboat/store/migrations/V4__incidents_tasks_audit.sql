-- Version 4: incidents, what they affect, their tasks, and the append-only audit log.

CREATE TABLE incident (
  incident_id      ${identity},
  title            TEXT NOT NULL,
  playbook_id      TEXT NOT NULL,
  playbook_version INTEGER NOT NULL,
  playbook_source  TEXT NOT NULL,
  scope            TEXT NOT NULL,
  status           TEXT NOT NULL,
  drill            INTEGER NOT NULL,
  areas            TEXT NOT NULL,
  window_from_ms   BIGINT,
  window_until_ms  BIGINT,
  booking_id       TEXT,
  match_key        TEXT NOT NULL,
  forced           INTEGER NOT NULL,
  source           TEXT NOT NULL,
  opened_ms        BIGINT NOT NULL,
  opened_by        TEXT NOT NULL,
  closed_ms        BIGINT,
  closed_by        TEXT,
  close_reason     TEXT,
  deaths           INTEGER NOT NULL,
  injured          INTEGER NOT NULL,
  stranded         INTEGER,
  regulator_id     TEXT NOT NULL,
  grade            TEXT NOT NULL,
  report_due_ms    BIGINT,
  version          INTEGER NOT NULL
);

-- One open incident per playbook, area and window, unless opened with --force: a unique key,
-- so two processes racing to open the same incident cannot both succeed.
CREATE UNIQUE INDEX incident_open_once ON incident (match_key) WHERE status = 'open' AND forced = 0;
CREATE INDEX incident_status ON incident (status, opened_ms);

CREATE TABLE incident_booking (
  incident_id BIGINT NOT NULL REFERENCES incident (incident_id),
  booking_id  VARCHAR(64) NOT NULL,
  travelers   INTEGER NOT NULL,
  priority    INTEGER NOT NULL,
  reasons     TEXT NOT NULL,
  in_trip     INTEGER NOT NULL,
  status      TEXT NOT NULL,
  PRIMARY KEY (incident_id, booking_id)
);

CREATE TABLE incident_segment (
  incident_id BIGINT NOT NULL REFERENCES incident (incident_id),
  booking_id  VARCHAR(64) NOT NULL,
  seq         INTEGER NOT NULL,
  segment_id  BIGINT NOT NULL,
  status      TEXT NOT NULL,
  PRIMARY KEY (incident_id, booking_id, seq)
);

CREATE TABLE task (
  incident_id BIGINT NOT NULL REFERENCES incident (incident_id),
  task_id     VARCHAR(64) NOT NULL,
  title       TEXT NOT NULL,
  capability  TEXT NOT NULL,
  template    TEXT,
  due_ms      BIGINT NOT NULL,
  status      TEXT NOT NULL,
  done_ms     BIGINT,
  done_by     TEXT,
  note        TEXT,
  PRIMARY KEY (incident_id, task_id)
);
CREATE INDEX task_due ON task (status, due_ms);

CREATE TABLE audit_log (
  entry_id    BIGINT NOT NULL PRIMARY KEY,
  at_ms       BIGINT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL,
  incident_id BIGINT,
  details     TEXT NOT NULL,
  prev_hash   CHAR(64) NOT NULL,
  hash        CHAR(64) NOT NULL
);
CREATE INDEX audit_incident ON audit_log (incident_id, entry_id);

-- The chain's head: every append updates this one row in the same transaction, which serialises
-- appends (a row lock on PostgreSQL) and lets verify notice entries cut from the end.
CREATE TABLE audit_head (
  head_id   INTEGER NOT NULL PRIMARY KEY,
  last_id   BIGINT NOT NULL,
  last_hash CHAR(64) NOT NULL
);
INSERT INTO audit_head (head_id, last_id, last_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
