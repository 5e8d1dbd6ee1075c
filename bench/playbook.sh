#!/bin/sh
# Playbook loading and validation speed, against references measured in the same run:
#   - `lifeboat --version`: the same launcher doing nothing (JVM, picocli and class loading), so the ratio
#     is what loading and checking playbooks adds to a start a duty manager waits for anyway;
#   - PyYAML's safe_load of the same files: a widely used YAML parser that only parses, while Lifeboat also
#     checks every field and compiles every mustache template.
# Needs hyperfine, jq and python3 with PyYAML. Writes bench/out/playbook-*.json and prints the ratios.
set -eu
cd "$(dirname "$0")/.."
copies=${PLAYBOOK_COPIES:-50}
runs=${RUNS:-10}
out=bench/out
data=bench/data/playbooks
mkdir -p "$out" "$data"

for tool in hyperfine jq python3; do
  command -v "$tool" >/dev/null || { echo "bench/playbook.sh: needs $tool" >&2; exit 1; }
done
python3 -c 'import yaml' 2>/dev/null || { echo "bench/playbook.sh: needs python3 PyYAML (apt-get install python3-yaml)" >&2; exit 1; }

# Build the jar when stale, then let the launcher make its class-data archive from a playbook command:
# the archive holds the classes of the first run after a build, and users run playbook commands, not
# --version, so the figures are those of a warmed-up installation.
./lifeboat --version >/dev/null
rm -f target/lifeboat.jsa
./lifeboat playbook show typhoon -o json >/dev/null

# A user folder of $copies x 4 playbooks, each a distinct id: a large operator's whole library.
rm -f "$data"/*.yaml
i=0
while [ "$i" -lt "$copies" ]; do
  for f in playbooks/*.yaml; do
    id=$(basename "$f" .yaml)
    sed "s/^id: $id\$/id: $id-$i/" "$f" > "$data/$id-$i.yaml"
  done
  i=$((i + 1))
done
files=$(ls "$data"/*.yaml | wc -l)

pyload='import glob, sys, yaml
loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
for f in sorted(glob.glob(sys.argv[1] + "/*.yaml")):
    with open(f, encoding="utf-8") as s:
        yaml.load(s, Loader=loader)'

hyperfine -N --warmup 2 --runs "$runs" --export-json "$out/playbook-shipped.json" \
  -n 'lifeboat --version (reference)' './lifeboat --version' \
  -n 'lifeboat playbook list' './lifeboat playbook list' \
  -n 'lifeboat playbook show typhoon -o json' './lifeboat playbook show typhoon -o json' \
  -n 'lifeboat playbook validate playbooks/' './lifeboat playbook validate playbooks/' >&2

hyperfine -N --warmup 1 --runs "$runs" --export-json "$out/playbook-library.json" \
  -n "PyYAML safe_load, $files files (reference)" "python3 -c '$pyload' $data" \
  -n "lifeboat playbook validate, $files files" "./lifeboat playbook validate $data" >&2

# Wall time on a shared machine is noisy; user CPU time is steadier, so both are given with their ratios.
ratio() {
  jq -r '.results as $r | $r[0].mean as $ref | $r[0].user as $uref
    | $r[] | "| \(.command) | \(.mean * 1000 | floor) ms ± \(.stddev * 1000 | floor) | \((.mean / $ref) * 100 | floor / 100) | \(.user * 1000 | floor) ms | \((.user / $uref) * 100 | floor / 100) |"' "$1"
}
echo "| command | wall mean | wall ratio | user CPU | CPU ratio |"
echo "|---|---|---|---|---|"
ratio "$out/playbook-shipped.json"
ratio "$out/playbook-library.json"
