# Shared by the bench scripts: data generation, tool checks and hyperfine summaries.
# Sourced from the repository root.

need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "bench: needs $tool (Debian: apt-get install $tool)" >&2; exit 1; }
  done
}

# generate DIR BOOKINGS: the seeded sample agency as CSV (same seed and start: same bytes every time).
generate() {
  if [ ! -s "$1/segments.csv" ]; then
    mkdir -p "$1"
    ./lifeboat -q demo generate --bookings "$2" --seed 20260701 --start 2026-07-01 --out "$1" >&2
  fi
}

# table JSON...: one markdown row per command of hyperfine exports; the first command of each file is
# its reference (ratio 1). Wall time and user CPU, with peak memory when hyperfine recorded it.
table() {
  echo "| command | wall mean | wall ratio | user CPU | CPU ratio |"
  echo "|---|---|---|---|---|"
  for f in "$@"; do
    jq -r '.results as $r | $r[0].mean as $ref | $r[0].user as $uref
      | $r[] | "| \(.command) | \(.mean * 1000 | floor) ms ± \((.stddev // 0) * 1000 | floor) | \((.mean / $ref) * 100 | floor / 100) | \(.user * 1000 | floor) ms | \((.user / $uref) * 100 | floor / 100) |"' "$f"
  done
}

# peak_rss CMD...: the peak resident set of one run, in MiB (GNU time).
peak_rss() {
  /usr/bin/time -f '%M' -o /tmp/lifeboat-bench-rss "$@" >/dev/null 2>&1 || true
  echo "$(( $(cat /tmp/lifeboat-bench-rss) / 1024 )) MiB"
}
