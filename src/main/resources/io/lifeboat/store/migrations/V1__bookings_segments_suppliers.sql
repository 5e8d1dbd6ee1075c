-- Lifeboat schema, version 1: the operator's bookings, their segments and the suppliers.
-- Portable SQL; ${...} tokens are filled in by the dialect.

CREATE TABLE booking (
  booking_id  VARCHAR(64) NOT NULL PRIMARY KEY,
  lead_name   TEXT NOT NULL,
  party_size  INTEGER NOT NULL,
  phone       TEXT,
  email       TEXT,
  locale      TEXT NOT NULL,
  tier        TEXT NOT NULL,
  needs       TEXT NOT NULL,
  status      TEXT NOT NULL
);

CREATE TABLE segment (
  segment_id  ${identity},
  booking_id  VARCHAR(64) NOT NULL REFERENCES booking (booking_id),
  seq         INTEGER NOT NULL,
  kind        TEXT NOT NULL,
  supplier_id TEXT,
  place       TEXT NOT NULL,
  region      TEXT NOT NULL,
  lat         DOUBLE PRECISION NOT NULL,
  lon         DOUBLE PRECISION NOT NULL,
  starts_at   TEXT NOT NULL,
  ends_at     TEXT NOT NULL,
  starts_ms   BIGINT NOT NULL,
  ends_ms     BIGINT NOT NULL,
  UNIQUE (booking_id, seq)
);

CREATE TABLE supplier (
  supplier_id VARCHAR(64) NOT NULL PRIMARY KEY,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  region      TEXT NOT NULL,
  lat         DOUBLE PRECISION NOT NULL,
  lon         DOUBLE PRECISION NOT NULL,
  capacity    INTEGER NOT NULL,
  unit_cost   TEXT NOT NULL,
  currency    CHAR(3) NOT NULL,
  agreement   TEXT NOT NULL,
  phone       TEXT,
  email       TEXT,
  locale      TEXT NOT NULL,
  features    TEXT NOT NULL
);
