-- Version 7: reallocation plans (one per incident: a draft until accepted), their lines (one per affected
-- segment that needs a place), and the capacity an accepted plan reserves at each supplier.

CREATE TABLE realloc_plan (
  plan_id          ${identity},
  incident_id      BIGINT NOT NULL REFERENCES incident (incident_id),
  status           VARCHAR(16) NOT NULL,
  currency         VARCHAR(3),
  placed_parties   INTEGER NOT NULL,
  placed_units     BIGINT NOT NULL,
  unplaced_parties INTEGER NOT NULL,
  unplaced_units   BIGINT NOT NULL,
  total_cost       TEXT NOT NULL,
  total_km         TEXT NOT NULL,
  optimal          INTEGER NOT NULL,
  gap              TEXT,
  method           TEXT NOT NULL,
  fingerprint      VARCHAR(64) NOT NULL,
  created_ms       BIGINT NOT NULL,
  created_by       TEXT NOT NULL,
  accepted_ms      BIGINT,
  accepted_by      TEXT
);
CREATE UNIQUE INDEX realloc_plan_incident ON realloc_plan (incident_id);

CREATE TABLE realloc_line (
  plan_id     BIGINT NOT NULL REFERENCES realloc_plan (plan_id),
  booking_id  VARCHAR(64) NOT NULL,
  seq         INTEGER NOT NULL,
  kind        VARCHAR(16) NOT NULL,
  priority    INTEGER NOT NULL,
  units       INTEGER NOT NULL,
  supplier_id VARCHAR(64),
  cost        TEXT,
  km          TEXT,
  reason      TEXT NOT NULL,
  PRIMARY KEY (plan_id, booking_id, seq)
);

CREATE TABLE realloc_reservation (
  plan_id     BIGINT NOT NULL REFERENCES realloc_plan (plan_id),
  supplier_id VARCHAR(64) NOT NULL,
  units       INTEGER NOT NULL,
  reserved_ms BIGINT NOT NULL,
  PRIMARY KEY (plan_id, supplier_id)
);
CREATE INDEX realloc_reservation_supplier ON realloc_reservation (supplier_id);
