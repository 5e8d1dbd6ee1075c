#!/bin/bash
# Load benchmark: PROCS concurrent duty managers (separate processes, as in real use) mixing reads and
# writes on one database for DURATION seconds, per backend: SQLite, and PostgreSQL when LIFEBOAT_BENCH_PG
# names an empty database (postgresql://user@host:port/db; password from PGPASSWORD or ~/.pgpass).
#
# The mix, per operation: 30 % `affected` (an area query), 25 % `incident show`, 10 % `task done`
# (a random task of the incident: the first time a write, later an idempotent no-op), 10 % `incident
# update --injured N` (a write with the optimistic version check), 15 % `notify draft` (re-drafting the
# incident: compares every draft, writes what changed) and 10 % `watch` of a typhoon CAP alert (opens
# one incident the first time, then finds it seen; exit 3 after opening is not an error). Reference in the same run: the same
# mix from ONE process for BASE_DURATION seconds, so the ratio shows what concurrency costs or gains.
#
# Counted: throughput (operations per second), p50/p95 latency (ms, a whole command incl. JVM start),
# errors (any non-zero exit that is not a reported retry) and reported retries ("was changed by ...;
# re-run" or "database is busy": exit 1 with the documented message).
#
# Usage: bench/load.sh            DURATION=60 PROCS=8 BASE_DURATION=20 by default
#        LIFEBOAT_BENCH_PG=postgresql://lifeboat@127.0.0.1:5432/lifeboat_bench bench/load.sh
set -u
cd "$(dirname "$0")/.."
DURATION=${DURATION:-60}
PROCS=${PROCS:-8}
BASE_DURATION=${BASE_DURATION:-20}
WORK=$(mktemp -d /tmp/lifeboat-load.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
LB=./lifeboat
export LIFEBOAT_ACTOR=bench

$LB --version >/dev/null || exit 1   # builds the jar and the class-data archive first

# one worker: runs operations until the deadline, one line per operation: op ms exit retry
worker() {
    local db=$1 id=$2 end=$3 out=$4 seed=$5
    local tasks=($(cat "$WORK/tasks"))
    RANDOM=$seed
    while [ "$(date +%s)" -lt "$end" ]; do
        local r=$((RANDOM % 100)) op args
        if [ $r -lt 30 ]; then
            op=affected
            args=(affected --area circle:22.3,114.2,$((50 + RANDOM % 250)) --from 2026-07-03T00:00:00+08:00
                  --until 2026-07-05T00:00:00+08:00 -o csv)
        elif [ $r -lt 55 ]; then
            op=show; args=(incident show "$id" -o json)
        elif [ $r -lt 65 ]; then
            op=task_done; args=(task done "$id" "${tasks[$((RANDOM % ${#tasks[@]}))]}" --note load)
        elif [ $r -lt 75 ]; then
            op=update; args=(incident update "$id" --injured $((RANDOM % 5)))
        elif [ $r -lt 90 ]; then
            op=draft; args=(notify draft "$id")
        else
            op=watch; args=(watch --cap src/test/resources/cap/typhoon.cap)
        fi
        local t0 t1 code retry=0
        t0=$(date +%s%N)
        $LB --db "$db" -q "${args[@]}" >/dev/null 2>"$out.err"
        code=$?
        t1=$(date +%s%N)
        [ "$op" = watch ] && [ $code -eq 3 ] && code=0
        if [ $code -ne 0 ] && grep -q -e "was changed by" -e "database is busy" "$out.err"; then retry=1; fi
        [ $code -ne 0 ] && [ $retry -eq 0 ] && { echo "--- $op exit $code" >> "$out.errors"; cat "$out.err" >> "$out.errors"; }
        echo "$op $(( (t1 - t0) / 1000000 )) $code $retry" >> "$out"
    done
}

# runs N workers for D seconds against DB, prints one summary line per operation kind and a total
run() {
    local name=$1 db=$2 n=$3 d=$4
    local end=$(( $(date +%s) + d )) pids=()
    rm -f "$WORK"/w.*
    for i in $(seq 1 "$n"); do
        worker "$db" "$ID" "$end" "$WORK/w.$i" $((1000 + i)) &
        pids+=($!)
    done
    wait "${pids[@]}"
    cat "$WORK"/w.[0-9]* > "$WORK/all"
    for op in all affected show task_done update draft watch; do
        if [ "$op" = all ]; then cp "$WORK/all" "$WORK/sel"; else grep "^$op " "$WORK/all" > "$WORK/sel"; fi
        [ -s "$WORK/sel" ] || continue
        sort -n -k2,2 "$WORK/sel" | awk -v name="$name" -v n="$n" -v d="$d" -v op="$op" '
            { lat[NR] = $2; if ($3 != 0 && $4 == 0) err++; if ($4 == 1) retry++ }
            END { printf "| %s | %d | %s | %d | %.2f | %d | %d | %d | %d |\n", name, n, op, NR, NR / d,
                  lat[int((NR - 1) * 0.5) + 1], lat[int((NR - 1) * 0.95) + 1], err, retry }'
    done
    cat "$WORK"/w.*.errors 2>/dev/null | head -20 >&2
}

prepare() {
    local db=$1
    $LB --db "$db" -q demo --start 2026-07-01 >/dev/null 2>"$WORK/prepare.err" || { cat "$WORK/prepare.err" >&2; echo "load: cannot prepare $db" >&2; return 1; }
    ID=$($LB --db "$db" -q -o csv incident list | awk -F, 'NR == 2 { print $1 }')
    $LB --db "$db" -q -o csv task list "$ID" | awk -F, 'NR > 1 { print $1 }' > "$WORK/tasks"
    [ -n "$ID" ] && [ -s "$WORK/tasks" ]
}

echo "| backend | processes | operation | count | ops/s | p50 ms | p95 ms | errors | retries |"
echo "|---|---|---|---|---|---|---|---|---|"
backends=("sqlite $WORK/load.db")
[ -n "${LIFEBOAT_BENCH_PG:-}" ] && backends+=("postgresql $LIFEBOAT_BENCH_PG")
for b in "${backends[@]}"; do
    name=${b%% *}; db=${b#* }
    prepare "$db" || exit 1
    run "$name (reference: 1 process)" "$db" 1 "$BASE_DURATION"
    run "$name" "$db" "$PROCS" "$DURATION"
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null), cores: $(nproc)"
