-- Version 2: indexes for the exposure query. The spatial/time prefilter itself is engine-specific
-- (SQLite: an R*Tree, added by the dialect); region queries use a plain index on region and start.

CREATE INDEX segment_region_time ON segment (region, starts_ms);
CREATE INDEX supplier_kind_region ON supplier (kind, region);
