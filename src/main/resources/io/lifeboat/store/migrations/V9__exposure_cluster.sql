-- Version 9: what opening an incident over a large agency reads, laid out for reading.

-- Both engines: a booking's first start and last end (triage's in-trip test, for every affected booking)
-- come from this index alone, without visiting the segment rows.
CREATE INDEX segment_booking_span ON segment (booking_id, starts_ms, ends_ms);

-- SQLite also gets, from the dialect, a copy of each segment with its booking's fields, keyed by start day
-- and 2-degree cell, with its own R*Tree and triggers: the exposure query's rows in the order it reads them.
-- PostgreSQL keeps the box index of version 2 on segment, joined to booking.
