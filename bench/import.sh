#!/bin/sh
# Import speed on BOOKINGS bookings (default 1,000,000, ~3 segments each), against the sqlite3 CLI
# loading the same files in the same run:
#   - bookings: `sqlite3 .import` of bookings.csv into the same table (primary key, no checks);
#   - segments: `.import` into a staging table, then INSERT ... SELECT into the same segment table with
#     the R*Tree triggers, converting the ISO times to epoch milliseconds in SQL, then the exposure copy
#     (schema 9) filled once in cluster-key order, as an import fills it: the equivalent work without
#     validation. The copy's statements are taken from its insert trigger in the migrated schema, and
#     its row-by-row triggers are left out of the reference schema (a bulk import suspends them).
# Lifeboat validates every row (types, E.164 phones, BCP-47 locales, offsets, ranges, duplicates,
# parents) and upserts in one transaction. Each run starts from an empty database.
# Needs hyperfine, jq, sqlite3 and GNU time. Writes bench/out/import-*.json; prints a markdown table.
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
need hyperfine jq sqlite3
bookings=${BOOKINGS:-1000000}
runs=${RUNS:-3}
data=bench/data/b$bookings
out=bench/out
mkdir -p "$out"
generate "$data" "$bookings"
./lifeboat --version >/dev/null

# The reference schema is Lifeboat's own, taken from a freshly migrated database.
./lifeboat --db "$out/schema.db" db migrate >/dev/null
sqlite3 "$out/schema.db" .schema \
  | grep -v '^CREATE TABLE sqlite_\|segment_box_\(node\|rowid\|parent\)\|^CREATE TRIGGER exposure_' > "$out/schema.sql"
copy_sql=$(sqlite3 "$out/schema.db" "SELECT sql FROM sqlite_master WHERE name = 'exposure_segment_insert'" \
  | sed -e 's/^.* BEGIN //' -e 's/ END$//' -e 's/new\./s./g' -e 's/ WHERE exposure_id = .*;$/;/' \
        -e 's/FROM booking b WHERE b\.booking_id = s\.booking_id;/FROM segment s JOIN booking b ON b.booking_id = s.booking_id ORDER BY 1;/')

# The same settings Lifeboat's connection uses (store/Database): WAL, synchronous NORMAL, 64 MiB cache.
pragmas="-cmd 'PRAGMA journal_mode=WAL' -cmd 'PRAGMA synchronous=NORMAL' -cmd 'PRAGMA cache_size=-65536' -cmd 'PRAGMA temp_store=MEMORY'"
cat > "$out/ref-bookings.sh" <<SH
rm -f $out/ref.db*; sqlite3 $out/ref.db < $out/schema.sql
sqlite3 $out/ref.db $pragmas -cmd '.mode csv' '.import --skip 1 $data/bookings.csv booking'
SH
cat > "$out/ref-segments.sh" <<SH
rm -f $out/ref-seg.db*; sqlite3 $out/ref.db 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null; cp $out/ref.db $out/ref-seg.db
sqlite3 $out/ref-seg.db $pragmas -cmd '.mode csv' \
  'CREATE TEMP TABLE staging (booking_id, seq, kind, supplier_id, place, region, lat, lon, start, "end")' \
  '.import --skip 1 $data/segments.csv staging' \
  "INSERT INTO segment (booking_id, seq, kind, supplier_id, place, region, lat, lon, starts_at, ends_at, starts_ms, ends_ms)
     SELECT booking_id, seq, kind, NULLIF(supplier_id, ''), place, region, lat, lon, start, \"end\",
            CAST(round((julianday(start) - 2440587.5) * 86400000) AS INTEGER),
            CAST(round((julianday(\"end\") - 2440587.5) * 86400000) AS INTEGER) FROM staging" \
  "$copy_sql"
SH
cat > "$out/lb-segments.sh" <<SH
rm -f $out/lb-seg.db*; sqlite3 $out/lb.db 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null; cp $out/lb.db $out/lb-seg.db
./lifeboat -q --db $out/lb-seg.db import segments $data/segments.csv
SH

hyperfine -N --runs "$runs" --export-json "$out/import-bookings.json" \
  -n "sqlite3 .import bookings.csv (reference)" "sh $out/ref-bookings.sh" \
  -n "lifeboat import bookings" "sh -c 'rm -f $out/lb.db*; ./lifeboat -q --db $out/lb.db import bookings $data/bookings.csv'" >&2
hyperfine -N --runs "$runs" --export-json "$out/import-segments.json" \
  -n "sqlite3 .import + INSERT SELECT segments.csv + copy (reference)" "sh $out/ref-segments.sh" \
  -n "lifeboat import segments" "sh $out/lb-segments.sh" >&2

echo "$(wc -l < "$data/bookings.csv") lines of bookings, $(wc -l < "$data/segments.csv") lines of segments"
table "$out/import-bookings.json" "$out/import-segments.json"
echo
echo "Peak memory: lifeboat import segments $(peak_rss sh "$out/lb-segments.sh"),"\
 "sqlite3 reference $(peak_rss sh "$out/ref-segments.sh")"
