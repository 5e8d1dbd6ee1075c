# Shared by the bench scripts (sourced): prints hyperfine results as a Markdown table, each command's
# wall time and user CPU time with its ratio to the first command of its file (the reference).
# Wall time on a shared machine is noisy; user CPU time is steadier, so both are given with their ratios.
ratio_header() {
  echo "| command | wall mean | wall ratio | user CPU | CPU ratio |"
  echo "|---|---|---|---|---|"
}

ratio() {
  jq -r '.results as $r | $r[0].mean as $ref | $r[0].user as $uref
    | $r[] | "| \(.command) | \(.mean * 1000 | floor) ms ± \(.stddev * 1000 | floor) | \((.mean / $ref) * 100 | floor / 100) | \(.user * 1000 | floor) ms | \((.user / $uref) * 100 | floor / 100) |"' "$1"
}
