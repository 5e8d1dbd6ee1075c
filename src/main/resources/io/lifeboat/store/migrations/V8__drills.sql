-- Version 8: drill runs, the observer's log, the evidence kept when a run ends, evaluators' ratings and
-- the improvement plan.

CREATE TABLE drill_run (
  run_id       ${identity},
  drill_id     VARCHAR(64) NOT NULL,
  scenario     VARCHAR(64) NOT NULL,
  quarter      VARCHAR(8) NOT NULL,
  drill_type   VARCHAR(16) NOT NULL,
  playbook_id  VARCHAR(64) NOT NULL,
  file         TEXT NOT NULL,
  definition   TEXT NOT NULL,
  speed        INTEGER NOT NULL,
  started_ms   BIGINT NOT NULL,
  started_by   TEXT NOT NULL,
  sandbox      TEXT NOT NULL,
  incident_id  BIGINT NOT NULL,
  status       VARCHAR(16) NOT NULL,
  ended_ms     BIGINT,
  ended_by     TEXT
);
-- One running run per drill: starting the same drill again shows the running one.
CREATE UNIQUE INDEX drill_run_running ON drill_run (drill_id) WHERE status = 'running';
CREATE INDEX drill_run_quarter ON drill_run (quarter, started_ms);

CREATE TABLE drill_log (
  run_id      BIGINT NOT NULL REFERENCES drill_run (run_id),
  expected_id VARCHAR(64) NOT NULL,
  at_ms       BIGINT NOT NULL,
  actor       TEXT NOT NULL,
  note        TEXT,
  source      TEXT NOT NULL,
  PRIMARY KEY (run_id, expected_id, at_ms)
);

-- The drill incident's audit entries, copied from the sandbox when the run ends, so the score outlives it.
CREATE TABLE drill_evidence (
  run_id   BIGINT NOT NULL REFERENCES drill_run (run_id),
  entry_id BIGINT NOT NULL,
  at_ms    BIGINT NOT NULL,
  actor    TEXT NOT NULL,
  action   TEXT NOT NULL,
  details  TEXT NOT NULL,
  PRIMARY KEY (run_id, entry_id)
);

CREATE TABLE drill_rating (
  run_id     BIGINT NOT NULL REFERENCES drill_run (run_id),
  capability VARCHAR(64) NOT NULL,
  rating     VARCHAR(1) NOT NULL,
  reason     TEXT NOT NULL,
  rated_by   TEXT NOT NULL,
  rated_ms   BIGINT NOT NULL,
  PRIMARY KEY (run_id, capability)
);

CREATE TABLE drill_plan_item (
  item_id    ${identity},
  run_id     BIGINT NOT NULL REFERENCES drill_run (run_id),
  action     VARCHAR(500) NOT NULL,
  capability VARCHAR(64) NOT NULL,
  owner      TEXT NOT NULL,
  due_ms     BIGINT NOT NULL,
  status     VARCHAR(16) NOT NULL,
  closed_ms  BIGINT,
  closed_by  TEXT
);
CREATE UNIQUE INDEX drill_plan_once ON drill_plan_item (run_id, action);
