#!/bin/sh
# Drill scoring speed, against references measured in the same run:
#   - `lifeboat --version`: the same launcher doing nothing, so a ratio is what scoring adds to a start;
#   - the sqlite3 command-line tool reading the same rows (every run, log entry and kept audit entry) from
#     the same file: the floor for any tool that scores from the audit trail.
# A history of $RUNS_KEPT ended runs (quarters over the years) is made from the recorded sample drill
# ('lifeboat demo drill'), each with $PADDING extra audit entries that prove nothing (a busy incident).
# Needs hyperfine, jq and sqlite3. Writes bench/out/drill-*.json and prints the ratios.
set -eu
cd "$(dirname "$0")/.."
kept=${RUNS_KEPT:-40}
padding=${PADDING:-200}
runs=${RUNS:-10}
out=bench/out
db=bench/data/drill.db
mkdir -p "$out" bench/data

. bench/lib.sh
need hyperfine jq sqlite3

./lifeboat --version >/dev/null
rm -f "$db" "$db-wal" "$db-shm"
./lifeboat --db "$db" -q demo drill >/dev/null

# Copies of run 1 as ended runs of earlier quarters, with the same evidence and log, plus padding entries.
sqlite3 "$db" <<SQL
WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < $kept)
INSERT INTO drill_run (run_id, drill_id, scenario, quarter, drill_type, playbook_id, file, definition, speed,
                       started_ms, started_by, sandbox, incident_id, status, ended_ms, ended_by)
SELECT i, drill_id, scenario, ((2026 * 4 + 2) - (i - 1)) / 4 || 'Q' || (((2026 * 4 + 2) - (i - 1)) % 4 + 1),
       drill_type, playbook_id, file, definition, speed, started_ms - i * 7776000000, started_by, sandbox,
       incident_id, status, ended_ms - i * 7776000000, ended_by
  FROM drill_run, n WHERE run_id = 1;
INSERT INTO drill_evidence (run_id, entry_id, at_ms, actor, action, details)
SELECT r.run_id, e.entry_id, e.at_ms - r.run_id * 7776000000, e.actor, e.action, e.details
  FROM drill_evidence e, drill_run r WHERE e.run_id = 1 AND r.run_id > 1;
INSERT INTO drill_log (run_id, expected_id, at_ms, actor, note, source)
SELECT r.run_id, l.expected_id, l.at_ms - r.run_id * 7776000000, l.actor, l.note, l.source
  FROM drill_log l, drill_run r WHERE l.run_id = 1 AND r.run_id > 1;
WITH RECURSIVE p(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM p WHERE k < $padding)
INSERT INTO drill_evidence (run_id, entry_id, at_ms, actor, action, details)
SELECT r.run_id, 100000 + k, r.started_ms + k * 1000, 'bench', 'notify.reply', '{"audience":"travelers","count":1}'
  FROM drill_run r, p;
SQL
rows=$(sqlite3 "$db" "SELECT (SELECT COUNT(*) FROM drill_run) || ' runs, ' || (SELECT COUNT(*) FROM drill_evidence)
  || ' audit entries, ' || (SELECT COUNT(*) FROM drill_log) || ' log entries'")
echo "history: $rows" >&2

read_all='SELECT r.run_id, r.definition, e.at_ms, e.action, e.details, l.expected_id, l.at_ms FROM drill_run r
  LEFT JOIN drill_evidence e ON e.run_id = r.run_id LEFT JOIN drill_log l ON l.run_id = r.run_id AND e.entry_id = 1'

hyperfine -N --warmup 2 --runs "$runs" --export-json "$out/drill-start.json" \
  -n 'lifeboat --version (reference)' './lifeboat --version' \
  -n 'lifeboat drill score 1' "./lifeboat --db $db drill score 1 -o json" \
  -n 'lifeboat drill report 1 --format md' "./lifeboat --db $db drill report 1 --format md" >&2

hyperfine -N --warmup 2 --runs "$runs" --export-json "$out/drill-history.json" \
  -n "sqlite3 reading the history (reference)" "sqlite3 $db \"$read_all\"" \
  -n "lifeboat drill trend ($kept runs)" "./lifeboat --db $db drill trend -o json" >&2

echo "history: $rows"
table "$out/drill-start.json" "$out/drill-history.json"
