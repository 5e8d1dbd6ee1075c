#!/bin/sh
# Exposure query speed on BOOKINGS bookings (default 1,000,000, ~3.2 million segments): who is inside a
# Guangdong-sized polygon (bench/guangdong.geojson, 29 corners) during 48 hours, whole process, against
# the sqlite3 CLI running the equivalent indexed query on the same database file in the same run.
# The reference uses the same R*Tree (box and time) and joins the bookings, printing CSV; it cannot
# test point-in-polygon, so it returns the superset inside the polygon's bounding box (a second row runs
# it over the clustered copy of the rows that Lifeboat reads since schema version 9). Lifeboat does
# the exact polygon test and prints its CSV. Both write to /dev/null.
# Needs hyperfine, jq, sqlite3 and GNU time. Writes bench/out/exposure.json; prints a markdown table.
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
need hyperfine jq sqlite3
bookings=${BOOKINGS:-1000000}
runs=${RUNS:-10}
data=bench/data/b$bookings
db=bench/out/exposure-b$bookings.db
mkdir -p bench/out
generate "$data" "$bookings"
if [ ! -s "$db" ]; then
  ./lifeboat -q --db "$db" import bookings "$data/bookings.csv"
  ./lifeboat -q --db "$db" import segments "$data/segments.csv"
fi
from=2026-07-20T00:00:00+08:00
until=2026-07-22T00:00:00+08:00
from_ms=$(date -d "$from" +%s)000
until_ms=$(date -d "$until" +%s)000

cat > bench/out/exposure-ref.sql <<SQL
.mode csv
.headers on
SELECT s.booking_id, s.seq, s.kind, s.place, s.region, s.starts_at, s.ends_at, b.lead_name, b.party_size,
       b.tier, b.needs, s.supplier_id, s.lat, s.lon
  FROM segment_box r JOIN segment s ON s.segment_id = r.id JOIN booking b ON b.booking_id = s.booking_id
 WHERE r.max_lon >= 109.7 AND r.min_lon <= 117.2 AND r.max_lat >= 20.2 AND r.min_lat <= 25.5
   AND r.max_t >= $from_ms / 1000 AND r.min_t <= ($until_ms + 999) / 1000
   AND s.starts_ms < $until_ms AND s.ends_ms > $from_ms
 ORDER BY s.booking_id, s.seq;
SQL
# A second reference: the same query over the copy of the rows that Lifeboat's SQLite schema keeps
# clustered by start day and area since version 9 (exposure_segment and its R*Tree); the first one
# stays the target's reference.
cat > bench/out/exposure-ref-cluster.sql <<SQL
.mode csv
.headers on
SELECT x.booking_id, x.seq, x.kind, x.place, x.region, x.starts_at, x.ends_at, x.lead_name, x.party_size,
       x.tier, x.needs, x.supplier_id, x.lat, x.lon
  FROM exposure_segment_box r JOIN exposure_segment x ON x.exposure_id = r.id
 WHERE r.max_lon >= 109.7 AND r.min_lon <= 117.2 AND r.max_lat >= 20.2 AND r.min_lat <= 25.5
   AND r.max_t >= $from_ms / 1000 AND r.min_t <= ($until_ms + 999) / 1000
   AND x.starts_ms < $until_ms AND x.ends_ms > $from_ms AND x.status = 'confirmed'
 ORDER BY x.booking_id, x.seq;
SQL
./lifeboat --version >/dev/null
lb="./lifeboat --db $db -o csv affected --area @bench/guangdong.geojson --from $from --until $until"
ref="sqlite3 -readonly $db -init bench/out/exposure-ref.sql .quit"
ref2="sqlite3 -readonly $db -init bench/out/exposure-ref-cluster.sql .quit"
echo "rows: lifeboat $($lb | tail -n +2 | wc -l), sqlite3 bounding box $($ref 2>/dev/null | tail -n +2 | wc -l)," \
  "over the clustered copy $($ref2 2>/dev/null | tail -n +2 | wc -l)"

hyperfine -N --warmup 2 --runs "$runs" --export-json bench/out/exposure.json \
  -n "sqlite3 CLI, same R*Tree query (reference)" "$ref" \
  -n "sqlite3 CLI, same query over the clustered copy (version 9)" "$ref2" \
  -n "lifeboat affected --area @guangdong.geojson, 48 h" "$lb" >&2
table bench/out/exposure.json
echo
echo "Peak memory: lifeboat $(peak_rss $lb), sqlite3 $(peak_rss $ref)"
