#!/bin/sh
# Start-up time: `lifeboat --version` through the launcher against a bare picocli hello-world
# (bench/startup/Hello.java) on the same JVM with the same flags (C1 only, serial GC, no perf data) and
# its own AppCDS archive, so the ratio is what Lifeboat's own start adds. Also times `--help` and an empty
# `db status`, which open more of the program. Target: --version within 1.3x of hello-world.
# Needs hyperfine and jq. Writes bench/out/startup.json; prints a markdown table.
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
need hyperfine jq javac
runs=${RUNS:-20}
out=bench/out/startup
mkdir -p "$out"
./lifeboat --version >/dev/null
picocli=$(ls target/lib/picocli-4*.jar)
javac -d "$out/classes" -cp "$picocli" bench/startup/Hello.java
# A jar, not a folder: class-data archives only take jars on the class path.
jar --create --file "$out/hello.jar" -C "$out/classes" .
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable"
cp="$out/hello.jar:$picocli"
java $flags -XX:ArchiveClassesAtExit="$out/hello.jsa" -cp "$cp" Hello --version >/dev/null
./lifeboat --db "$out/empty.db" db migrate >/dev/null
hello="java $flags -XX:SharedArchiveFile=$out/hello.jsa -cp $cp Hello --version"

hyperfine -N --warmup 3 --runs "$runs" --export-json bench/out/startup.json \
  -n "picocli hello-world --version (reference)" "$hello" \
  -n "lifeboat --version" "./lifeboat --version" \
  -n "lifeboat --help" "./lifeboat --help" \
  -n "lifeboat db status (empty database)" "./lifeboat --db $out/empty.db db status" >&2
table bench/out/startup.json
echo
echo "Peak memory: lifeboat --version $(peak_rss ./lifeboat --version), hello-world $(peak_rss $hello)"
