#!/bin/sh
# Opening an incident over BOOKINGS bookings (default 1,000,000): the typhoon playbook over a circle
# sized to catch about 20,000 affected segments in its window (exposure query with the playbook's
# kinds and buffers, triage of every affected booking, tasks, grade, audit), whole process. Each timed
# run opens a new incident (--force), on the database bench/exposure.sh builds.
# References in the same run: `lifeboat affected` over the same area and window (the query alone), and
# the sqlite3 CLI storing the same R*Tree selection into a table (the equivalent write without checks).
# The playbook's buffers (72 h lead, 24 h tail, 50 km) turn that circle into 80,836 stored segments, four
# times the issue's "about 20,000"; a second area, a 10 km circle on Xiamen (26,193 segments and 14,452
# bookings after the same buffers), is the size the target names.
# Target: under 2 s. Needs hyperfine, jq, sqlite3. Prints a markdown table.
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
need hyperfine jq sqlite3
bookings=${BOOKINGS:-1000000}
runs=${RUNS:-5}
data=bench/data/b$bookings
db=bench/out/exposure-b$bookings.db
generate "$data" "$bookings"
if [ ! -s "$db" ]; then
  ./lifeboat -q --db "$db" import bookings "$data/bookings.csv"
  ./lifeboat -q --db "$db" import segments "$data/segments.csv"
fi
area=${AREA:-circle:22.54,114.06,40}
area2=${AREA2:-circle:24.48,118.09,10}
from=2026-07-20T00:00:00+08:00
until=2026-07-21T00:00:00+08:00
from_ms=$(date -d "$from" +%s)000
until_ms=$(date -d "$until" +%s)000
./lifeboat --version >/dev/null
echo "affected segments in the plain window: $(./lifeboat --db "$db" -o csv affected --area "$area" \
  --from "$from" --until "$until" | tail -n +2 | wc -l)"

cat > bench/out/incident-ref.sql <<SQL
CREATE TABLE IF NOT EXISTS ref_incident_segment (booking_id TEXT, seq INTEGER, segment_id INTEGER);
DELETE FROM ref_incident_segment;
INSERT INTO ref_incident_segment
SELECT s.booking_id, s.seq, s.segment_id
  FROM segment_box r JOIN segment s ON s.segment_id = r.id
 WHERE r.max_lon >= 113.67 AND r.min_lon <= 114.45 AND r.max_lat >= 22.18 AND r.min_lat <= 22.90
   AND r.max_t >= $from_ms / 1000 AND r.min_t <= ($until_ms + 999) / 1000
   AND s.starts_ms < $until_ms AND s.ends_ms > $from_ms;
SQL
hyperfine -N --warmup 1 --runs "$runs" --export-json bench/out/incident.json \
  -n "sqlite3 CLI, store the R*Tree selection (reference)" "sqlite3 $db -init bench/out/incident-ref.sql .quit" \
  -n "lifeboat affected (query only)" \
     "./lifeboat --db $db -o csv affected --area $area --from $from --until $until" \
  -n "lifeboat incident open --playbook typhoon" \
     "./lifeboat -q --db $db incident open --playbook typhoon --force --area $area --from $from --until $until" \
  -n "lifeboat incident open --playbook typhoon, 10 km around Xiamen (~26,000 segments)" \
     "./lifeboat -q --db $db incident open --playbook typhoon --force --area $area2 --from $from --until $until" >&2
echo "affected segments stored by the last open: $(./lifeboat --db "$db" -o json incident list \
  | jq '.[0] | "\(.affected_bookings) bookings, id \(.id)"')"
table bench/out/incident.json
