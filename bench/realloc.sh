#!/bin/sh
# Reallocation solver: whole-process time of `lifeboat realloc solve` on a generated instance (seeded), and the
# quality of its plan against a reference measured in the same run: OR-Tools' min-cost-flow solver on the same
# instance (the split relaxation, lexicographic per priority level), whose cost is a proven lower bound for any
# plan that never splits a party. The reference also checks the plan: feasible, never split, and placing as many
# units per priority level as the relaxation (so placement is optimal and the bound applies).
# Needs hyperfine and a JDK; OR-Tools comes from the Maven test classpath.
# Environment: PARTIES (20000), SUPPLIERS (1000), SEED (42), TIGHTNESS (1.2 = capacity 1.2 x demand), RUNS (5).
set -eu
cd "$(dirname "$0")/.."
parties=${PARTIES:-20000}
suppliers=${SUPPLIERS:-1000}
seed=${SEED:-42}
tightness=${TIGHTNESS:-1.2}
runs=${RUNS:-5}
out=bench/out
data=bench/data/realloc-$parties-$suppliers-$seed-$tightness
mkdir -p "$out" "$data"
command -v hyperfine >/dev/null || { echo "bench/realloc.sh: needs hyperfine" >&2; exit 1; }

./mvnw -q -B test-compile >&2
cp="target/test-classes:target/classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=/dev/stdout)"
java -cp "$cp" io.lifeboat.realloc.InstanceGenerator "$data" "$parties" "$suppliers" "$seed" "$tightness"

# Build the jar when stale and warm the launcher's class-data archive with a solve (what users run).
./lifeboat --version >/dev/null
rm -f target/lifeboat.jsa
solve="./lifeboat realloc solve --demand $data/demand.csv --suppliers $data/suppliers.csv -o json -q"
$solve > "$out/realloc-plan.json"

# Reference for the start-up share: the same launcher doing nothing (JVM, picocli, class loading).
hyperfine -N --warmup 1 --runs "$runs" --export-json "$out/realloc-time.json" \
  -n "lifeboat --version (reference)" "./lifeboat --version" \
  -n "lifeboat realloc solve ($parties parties x $suppliers suppliers)" "$solve" >&2

java -cp "$cp" io.lifeboat.realloc.OrToolsReference "$data/demand.csv" "$data/suppliers.csv" "$out/realloc-plan.json" \
  | tee "$out/realloc-reference.txt"
jq -r '.results[] | "\(.command): wall \(.mean * 1000 | floor) ms ± \(.stddev * 1000 | floor), user CPU \(.user * 1000 | floor) ms, system \(.system * 1000 | floor) ms"' \
  "$out/realloc-time.json"
uptime
