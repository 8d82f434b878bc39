#!/usr/bin/env bash
# What it costs that a commit is on disk before Lantern acknowledges it (docs/performance.md,
# "Durable commits"): concerns submitted through the partner API per second, with the embedded
# database as Lantern now configures it (WRITE_DELAY=0, the file opened for synchronous writes) and
# as it was before (H2's default 500 ms write delay, through the operating system's cache); the
# application's CPU time per concern, and how much the database file grew.
#
# Run from anywhere in the repository, after ./mvnw -DskipTests package:  bash perf/durability.sh
# Needs a JDK >= 21 (JAVA_HOME, else the newest under /usr/lib/jvm), curl and python3 (standard
# library only). Each configuration gets a fresh data directory under a temporary directory with
# the default demo county, on PORT (default 18490).
#
# Settings (environment): PORT=18490, SECONDS_EACH=60 (per measurement), CLIENTS="1 4".
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18490}
SECONDS_EACH=${SECONDS_EACH:-60}
CLIENTS=${CLIENTS:-"1 4"}
JAR=$(ls target/lantern-*.jar | head -1)
TOKEN=demo-ed.lantern-demo-api-key
if [ -z "${JAVA_HOME:-}" ]; then JAVA_HOME=$(ls -d /usr/lib/jvm/*/ | sort -V | tail -1); fi
JAVA="$JAVA_HOME/bin/java"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/lantern-durability.XXXXXX")
SETTINGS="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

cpu_ms() { awk '{print ($14 + $15) * 1000 / 100}' "/proc/$1/stat"; }

measure() {
  local name=$1 url=$2 dir="$WORK/$1"
  mkdir -p "$dir"
  local args=(--server.port="$PORT" --lantern.data-dir="$dir")
  if [ -n "$url" ]; then args+=(--spring.datasource.url="${url//DIR/$dir}"); fi
  "$JAVA" -jar "$JAR" "${args[@]}" >"$WORK/$name.log" 2>&1 &
  local pid=$!
  until curl -s "http://localhost:$PORT/actuator/health/readiness" | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { echo "Lantern did not start: $WORK/$name.log" >&2; exit 1; }
    sleep 1
  done
  echo "== $name: ${url:-the URL of application.yml}"
  for clients in $CLIENTS; do
    local size_before cpu_before
    size_before=$(stat -c %s "$dir/db/lantern.mv.db")
    cpu_before=$(cpu_ms "$pid")
    local out
    out=$(python3 perf/concern_load.py "http://localhost:$PORT" "$TOKEN" "$clients" "$SECONDS_EACH" "$name$clients")
    local created cpu_after size_after
    created=$(echo "$out" | sed -E 's/.*: ([0-9]+) concerns created.*/\1/')
    cpu_after=$(cpu_ms "$pid")
    size_after=$(stat -c %s "$dir/db/lantern.mv.db")
    echo "$out"
    echo "   load $(cut -d' ' -f1-3 /proc/loadavg); app CPU per concern $(( (${cpu_after%.*} - ${cpu_before%.*}) / (created > 0 ? created : 1) )) ms;" \
      "database file grew $(( (size_after - size_before) / 1024 )) KiB ($(( (size_after - size_before) / (created > 0 ? created : 1) / 1024 )) KiB a concern)"
  done
  kill "$pid"; wait "$pid" || true
  echo "   after a clean stop the database file is $(( $(stat -c %s "$dir/db/lantern.mv.db") / 1024 )) KiB"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/ {print $2}') GiB;" \
  "$("$JAVA" -version 2>&1 | head -1); commit $(git rev-parse --short HEAD)"
measure durable ""
measure before "jdbc:h2:file:DIR/db/lantern;$SETTINGS"
rm -rf "$WORK"/durable "$WORK"/before
echo "logs: $WORK"
