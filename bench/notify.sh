#!/bin/sh
# `notify draft` for an incident affecting 20,000+ bookings, whole process, against references measured
# in the same run:
#   - `lifeboat --version`: the same launcher doing nothing (JVM, picocli, class loading);
#   - the sqlite3 command-line tool building one row per affected booking and traveler channel from the same
#     data with the same joins, by string concatenation into a table (what drafting costs the database, with
#     no templates, locales, time formatting or segment counting).
# The first draft writes every row; the re-draft compares them all and writes nothing.
# Needs hyperfine, jq and sqlite3. Writes bench/out/notify-*.json and prints the ratios.
set -eu
cd "$(dirname "$0")/.."
bookings=${NOTIFY_BOOKINGS:-21900}
runs=${RUNS:-5}
out=bench/out
data=bench/data/notify
mkdir -p "$out" "$data"

for tool in hyperfine jq sqlite3; do
  command -v "$tool" >/dev/null || { echo "bench/notify.sh: needs $tool" >&2; exit 1; }
done

./lifeboat --version >/dev/null
rm -f target/lifeboat.jsa
./lifeboat playbook show typhoon -o json >/dev/null

base="$out/notify-base.db"
if [ ! -f "$base" ] || [ "${NOTIFY_REBUILD:-0}" = 1 ]; then
  rm -f "$base" "$base-wal" "$base-shm"
  ./lifeboat demo generate --bookings "$bookings" --start 2026-07-01 --days 10 --out "$data" -q
  for d in suppliers bookings segments; do ./lifeboat --db "$base" import "$d" "$data/$d.csv" -q; done
  ./lifeboat --db "$base" incident open --playbook typhoon --area region:CN,HK,MO,TW,JP,ZZ \
    --from 2026-07-01T00:00:00+08:00 --until 2026-07-11T00:00:00+08:00 -q -o json >/dev/null
  sqlite3 "$base" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
fi
affected=$(sqlite3 "$base" 'SELECT COUNT(*) FROM incident_booking WHERE incident_id = 1')
echo "incident 1 affects $affected bookings" >&2

work="$out/notify-work.db"
drafted="$out/notify-drafted.db"
cp "$base" "$drafted"
./lifeboat --db "$drafted" notify draft 1 -q >/dev/null 2>&1
sqlite3 "$drafted" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null

reference="CREATE TABLE draft_copy AS
  SELECT ib.booking_id, c.channel,
         b.lead_name || ': ' || i.title || '. Your trip at ' || s.place || ' from ' || s.starts_at || ' changes.' AS body
    FROM incident_booking ib
    JOIN incident i ON i.incident_id = ib.incident_id
    JOIN booking b ON b.booking_id = ib.booking_id
    JOIN segment s ON s.booking_id = ib.booking_id
    JOIN (SELECT 'sms' AS channel UNION ALL SELECT 'email') c
   WHERE ib.incident_id = 1
     AND s.seq = (SELECT MIN(x.seq) FROM incident_segment x WHERE x.incident_id = 1 AND x.booking_id = ib.booking_id)
     AND ((c.channel = 'sms' AND b.phone IS NOT NULL) OR (c.channel = 'email' AND b.email IS NOT NULL));"

hyperfine -N --warmup 1 --runs "$runs" --export-json "$out/notify-draft.json" \
  --prepare "sh -c 'rm -f $work $work-wal $work-shm; cp $base $work'" \
  -n 'lifeboat --version (reference)' './lifeboat --version' \
  -n "sqlite3: one row per booking and channel, $affected bookings (reference)" "sqlite3 $work \"$reference\"" \
  -n "lifeboat notify draft, $affected bookings (first draft)" "./lifeboat --db $work notify draft 1 -q" >&2

hyperfine -N --warmup 1 --runs "$runs" --export-json "$out/notify-redraft.json" \
  --prepare "sh -c 'rm -f $work $work-wal $work-shm; cp $drafted $work'" \
  -n 'lifeboat --version (reference)' './lifeboat --version' \
  -n "lifeboat notify draft, $affected bookings (re-draft, nothing changed)" "./lifeboat --db $work notify draft 1 -q" >&2

echo "rows: $(sqlite3 "$drafted" 'SELECT COUNT(*) FROM notification') drafts, $(sqlite3 "$drafted" \
  "SELECT COUNT(*) || ' SMS, ' || SUM(sms_segments) || ' segments' FROM notification WHERE channel = 'sms'")"
ratio() {
  jq -r '.results as $r | $r[0].mean as $ref | $r[0].user as $uref
    | $r[] | "| \(.command) | \(.mean * 1000 | floor) ms ± \(.stddev * 1000 | floor) | \((.mean / $ref) * 100 | floor / 100) | \(.user * 1000 | floor) ms | \((.user / $uref) * 100 | floor / 100) |"' "$1"
}
echo "| command | wall mean | wall ratio | user CPU | CPU ratio |"
echo "|---|---|---|---|---|"
ratio "$out/notify-draft.json"
ratio "$out/notify-redraft.json"
