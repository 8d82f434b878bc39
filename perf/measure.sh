#!/usr/bin/env bash
# Measures what docs/performance.md reports, on the machine it runs on:
#   1. time from the first command to the first page: a cold start (empty data directory: the
#      database is migrated, the demo county generated and the search index built) and a warm
#      second start (the same data directory), both with the README's `./mvnw spring-boot:run`
#      (after `./mvnw clean`, so the cold start compiles the code as on a fresh clone; Maven and
#      the dependencies are already downloaded, which a fresh machine would do first) and with
#      the packaged jar (`java -jar`);
#   2. heap in use after start (after a full GC), and the JVM's maximum heap;
#   3. latency of the front-door queue (GET /front-door) and of a concern opened with the child's
#      whole chronology (GET /front-door/concerns/{id}): median and 95th percentile over repeated
#      requests by a signed-in front-door worker.
#
# Run from anywhere in the repository:  bash perf/measure.sh
# It needs a JDK >= 21 (JAVA_HOME if set, else the newest under /usr/lib/jvm), curl and python3
# (standard library only), and a free port (PORT, default 8090, so as not to collide with a
# developer's instance on 8080). It runs `./mvnw clean`, starts the application twice with
# `./mvnw spring-boot:run`, packages the jar, starts it twice more, each time on data directories
# of its own under a temporary directory (never ./data), and stops it at the end.
#
# Settings (environment):
#   PORT=8090       port the application listens on while measured
#   REQUESTS=200    measured requests per page and round
#   WARMUP=20       unmeasured requests per page before measuring
#   ROUNDS=2        rounds of REQUESTS measured requests per page, one after the other
#   JAVA_OPTS=      extra JVM options for the application (e.g. -Xmx512m); none by default
#   APP_ARGS=       extra application arguments (e.g. --spring.web.resources.chain.enabled=false)
#   SKIP_MVN_RUN=1  skip the two `./mvnw spring-boot:run` starts
#   CLEAN=0         do not run `./mvnw clean` first (by default the spring-boot:run cold start
#                   compiles the code, as the first command on a fresh clone does)
#   KEEP=1          keep the data directories (logs are always kept)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8090}
REQUESTS=${REQUESTS:-200}
WARMUP=${WARMUP:-20}
ROUNDS=${ROUNDS:-2}
JAVA_OPTS=${JAVA_OPTS:-}
APP_ARGS=${APP_ARGS:-}
SKIP_MVN_RUN=${SKIP_MVN_RUN:-0}
CLEAN=${CLEAN:-1}
KEEP=${KEEP:-0}
USERNAME=frontdoor
PASSWORD=Lantern-demo-1
BASE="http://localhost:$PORT"
START_TIMEOUT=900

log() { printf '\n==> %s\n' "$*"; }
die() { echo "measure.sh: $*" >&2; exit 1; }

# --- JDK ------------------------------------------------------------------------------------
java_major() { "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'; }

pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    return 0
  fi
  local best="" best_major=0 dir major
  for dir in /usr/lib/jvm/*; do
    [ -x "$dir/bin/javac" ] || continue
    major=$(java_major "$dir/bin/java" || echo 0)
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$dir"; best_major=$major; fi
  done
  [ -n "$best" ] || die "no JDK 21 or newer: set JAVA_HOME"
  export JAVA_HOME="$best"
}

pick_jdk
export PATH="$JAVA_HOME/bin:$PATH"
command -v curl >/dev/null || die "curl is needed"
command -v python3 >/dev/null || die "python3 is needed"
command -v jcmd >/dev/null || die "jcmd (from the JDK) is needed"

if curl -s -o /dev/null --max-time 2 "$BASE/"; then
  die "something already answers on port $PORT; set PORT to a free one"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/lantern-perf.XXXXXX")
RESULTS="$WORK/results.txt"
: >"$RESULTS"
result() { printf '%s\t%s\n' "$1" "$2" >>"$RESULTS"; printf '    %-44s %s\n' "$1" "$2"; }

slug() { printf '%s' "$1" | tr -c 'A-Za-z0-9' '-' | tr -s '-'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# --- the machine ----------------------------------------------------------------------------
log "Machine"
{
  echo "date:        $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit:      $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with local changes)')"
  echo "cpu:         $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
  echo "cores:       $(nproc) available to this process"
  echo "memory:      $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "os:          $( (. /etc/os-release && echo "$PRETTY_NAME") 2>/dev/null), kernel $(uname -r)"
  echo "virtualised: $(lscpu 2>/dev/null | sed -n 's/^Hypervisor vendor: *//p' | head -1)"
  echo "jdk:         $("$JAVA_HOME/bin/java" -version 2>&1 | head -1) ($JAVA_HOME)"
  echo "            $("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 2p)"
  echo "load:        $(load) (1, 5, 15 min) before measuring"
  echo "JAVA_OPTS:   ${JAVA_OPTS:-(none: JVM defaults)}"
  echo "APP_ARGS:    ${APP_ARGS:-(none)}"
} | tee "$WORK/machine.txt"

# --- starting and stopping ------------------------------------------------------------------
APP_GROUP=""
APP_LOG=""

stop_app() {
  [ -n "$APP_GROUP" ] || return 0
  kill -TERM -- "-$APP_GROUP" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 -- "-$APP_GROUP" 2>/dev/null || break
    sleep 0.5
  done
  kill -KILL -- "-$APP_GROUP" 2>/dev/null || true
  APP_GROUP=""
  # the port is free again before the next start
  for _ in $(seq 1 40); do
    curl -s -o /dev/null --max-time 1 "$BASE/" || break
    sleep 0.25
  done
}
cleanup() {
  stop_app
  if [ "$KEEP" != 1 ]; then rm -rf "$WORK"/data-*; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start_app LABEL COMMAND...: launches COMMAND in a session (process group) of its own, then
# waits for GET /sign-in to answer 200 (the first page) and for /actuator/health/readiness to
# answer UP (the demo county is generated and the search index is built: Lantern is usable).
start_app() {
  local label=$1
  shift
  APP_LOG="$WORK/$label.log"
  local t0 t_page="" t_ready="" code
  t0=$(now_ms)
  setsid "$@" >"$APP_LOG" 2>&1 </dev/null &
  APP_GROUP=$!
  while :; do
    kill -0 "$APP_GROUP" 2>/dev/null || { tail -40 "$APP_LOG"; die "$label: the application stopped while starting"; }
    [ $(( $(now_ms) - t0 )) -lt $(( START_TIMEOUT * 1000 )) ] || die "$label: not ready after ${START_TIMEOUT}s"
    if [ -z "$t_page" ]; then
      code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/sign-in" || true)
      [ "$code" = 200 ] && t_page=$(( $(now_ms) - t0 ))
    fi
    if [ -n "$t_page" ]; then
      if curl -s --max-time 5 "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
        t_ready=$(( $(now_ms) - t0 ))
        break
      fi
    fi
    sleep 0.1
  done
  result "$label: load average (1, 5, 15 min) when ready" "$(load)"
  result "$label: first page (GET /sign-in 200)" "$t_page ms"
  result "$label: ready (readiness UP)" "$t_ready ms"
  local started county index
  started=$(grep -o 'Started LanternApplication in [0-9.]* seconds' "$APP_LOG" | grep -o '[0-9.]*' | head -1 || true)
  county=$(grep -o 'Demo county generated: .*' "$APP_LOG" | head -1 || true)
  index=$(grep -o 'Search index ready: .*' "$APP_LOG" | head -1 || true)
  [ -z "$started" ] || result "$label: Spring context started (app's log)" "$started s"
  [ -z "$county" ] || result "$label: app's log" "$county"
  grep -q 'Demo county already present' "$APP_LOG" && result "$label: app's log" "Demo county already present"
  [ -z "$index" ] || result "$label: app's log" "$index"
}

# The application's JVM: the process listening on the port (under spring-boot:run it is a child
# of Maven's JVM).
app_pid() {
  ss -Hltnp "sport = :$PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2
}

# user + system CPU time of a process so far, in clock ticks
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

heap() {
  local label=$1 pid info used committed max gc rss
  pid=$(app_pid)
  [ -n "$pid" ] || { result "$label: heap" "not measured (no pid found for port $PORT)"; return; }
  jcmd "$pid" GC.run >/dev/null
  sleep 1
  info=$(jcmd "$pid" GC.heap_info)
  echo "$info" >"$WORK/heap-$(slug "$label").txt"
  # first heap line, e.g. " garbage-first heap   total reserved 6094848K, committed 262144K, used 98304K [...]"
  used=$(echo "$info" | grep -m1 -o 'used [0-9]*K' | grep -o '[0-9]*')
  committed=$(echo "$info" | grep -m1 -o 'committed [0-9]*K' | grep -o '[0-9]*' || true)
  max=$(jcmd "$pid" VM.flags | grep -o -- '-XX:MaxHeapSize=[0-9]*' | cut -d= -f2)
  gc=$(jcmd "$pid" VM.flags | grep -o 'Use[A-Za-z0-9]*GC' | head -1)
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
  jcmd "$pid" VM.command_line >"$WORK/jvm-$(slug "$label").txt" 2>&1 || true
  result "$label: heap used after full GC" "$(( used / 1024 )) MiB"
  [ -z "$committed" ] || result "$label: heap committed" "$(( committed / 1024 )) MiB"
  result "$label: max heap (-XX:MaxHeapSize)" "$(( max / 1024 / 1024 )) MiB ($gc)"
  result "$label: process resident memory (RSS)" "$(( rss / 1024 )) MiB"
  result "$label: JVM options" "$(sed -n 's/^jvm_args: *//p' "$WORK/jvm-$(slug "$label").txt" | head -1)"
}

# --- signing in and timing pages ------------------------------------------------------------
JAR_COOKIES="$WORK/cookies.txt"

sign_in() {
  rm -f "$JAR_COOKIES"
  local page token code
  page=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/sign-in")
  token=$(printf '%s' "$page" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  [ -n "$token" ] || die "no CSRF token on the sign-in page"
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
    --data-urlencode "username=$USERNAME" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/sign-in")
  [ "$code" = 302 ] || die "sign-in answered $code"
  code=$(curl -s -o "$WORK/queue.html" -w '%{http_code}' -b "$JAR_COOKIES" "$BASE/front-door")
  [ "$code" = 200 ] || die "GET /front-door after signing in answered $code"
}

# time_urls FILE URL...: one GET per URL, in order, appending "code seconds bytes" to FILE.
time_urls() {
  local out=$1 url
  shift
  for url in "$@"; do
    curl -s -o /dev/null -b "$JAR_COOKIES" -w '%{http_code} %{time_total} %{size_download}\n' "$BASE$url" >>"$out"
  done
}

stats() {
  python3 - "$1" <<'PY'
import math, statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
bad = [r for r in rows if r[0] != "200"]
ms = sorted(float(r[1]) * 1000 for r in rows)
p95 = ms[max(0, math.ceil(0.95 * len(ms)) - 1)]  # nearest rank
kib = statistics.mean(int(r[2]) for r in rows) / 1024
print(f"median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, min {ms[0]:.1f}, max {ms[-1]:.1f}"
      f" (n={len(ms)}, non-200={len(bad)}, page {kib:.0f} KiB)")
PY
}

# measure_page LABEL URL...: WARMUP unmeasured requests, then ROUNDS rounds of REQUESTS measured
# ones, cycling through the URLs given. Later rounds show the page once the JIT has settled.
measure_page() {
  local label=$1
  shift
  local urls=("$@") list=() i round file pid c0 c1
  file="$WORK/times-$(slug "$label")"
  for ((i = 0; i < WARMUP; i++)); do list+=("${urls[i % ${#urls[@]}]}"); done
  : >"$file-warmup.txt"
  time_urls "$file-warmup.txt" "${list[@]}"
  list=()
  for ((i = 0; i < REQUESTS; i++)); do list+=("${urls[i % ${#urls[@]}]}"); done
  pid=$(app_pid)
  for ((round = 1; round <= ROUNDS; round++)); do
    : >"$file-$round.txt"
    c0=$(cpu_ticks "$pid")
    time_urls "$file-$round.txt" "${list[@]}"
    c1=$(cpu_ticks "$pid")
    result "$label, round $round" "$(stats "$file-$round.txt")"
    # CPU the application's process used while serving them, per request: unlike the latency,
    # hardly affected by other work on the machine (it includes the JIT compiler's work and
    # Lantern's own background tasks).
    result "$label, round $round: app CPU per request" \
      "$(awk -v a="$c0" -v b="$c1" -v t="$(getconf CLK_TCK)" -v n="$REQUESTS" 'BEGIN {printf "%.1f ms", (b - a) * 1000 / t / n}')"
  done
}

latency() {
  log "Latency: signed in as $USERNAME; $WARMUP warm-up then $ROUNDS x $REQUESTS measured requests per page (load $(load))"
  result "load average (1, 5, 15 min) before latency" "$(load)"
  sign_in
  mapfile -t concerns < <(grep -o '/front-door/concerns/[0-9a-f-]*' "$WORK/queue.html" | awk '!seen[$0]++')
  [ "${#concerns[@]}" -gt 0 ] || die "the front-door queue is empty"
  result "front-door queue rows" "${#concerns[@]}"

  # The first request to each page after start (no warm-up): what the first user waits.
  : >"$WORK/first.txt"
  time_urls "$WORK/first.txt" "/front-door" "${concerns[0]}"
  result "first GET /front-door after sign-in" "$(awk 'NR==1 {printf "%.1f ms", $2*1000}' "$WORK/first.txt")"
  result "first GET of a concern (chronology)" "$(awk 'NR==2 {printf "%.1f ms", $2*1000}' "$WORK/first.txt")"

  # The concern whose child has the most concerns: "This is concern N of N about this child."
  local url n best="" best_n=0
  for url in "${concerns[@]}"; do
    n=$(curl -s -b "$JAR_COOKIES" "$BASE$url" | grep -o 'This is concern [0-9]* of [0-9]*' | head -1 | awk '{print $NF}')
    n=${n:-1}
    if [ "$n" -gt "$best_n" ]; then best=$url; best_n=$n; fi
  done
  result "child with the most concerns in the queue" "$best_n concerns ($best)"

  measure_page "GET /front-door (queue)" "/front-door"
  measure_page "GET concern, child with $best_n concerns" "$best"
  measure_page "GET concern, each of the ${#concerns[@]} queued in turn" "${concerns[@]}"
  result "load average (1, 5, 15 min) after latency" "$(load)"
}

# --- the runs -------------------------------------------------------------------------------
MVN_ARGS=(-q -B spring-boot:run "-Dspring-boot.run.arguments=--lantern.data-dir=$WORK/data-mvn --server.port=$PORT${APP_ARGS:+ $APP_ARGS}")
[ -z "$JAVA_OPTS" ] || MVN_ARGS+=("-Dspring-boot.run.jvmArguments=$JAVA_OPTS")
read -r -a JAVA_OPTS_ARRAY <<<"$JAVA_OPTS"
read -r -a APP_ARGS_ARRAY <<<"$APP_ARGS"

if [ "$SKIP_MVN_RUN" != 1 ]; then
  if [ "$CLEAN" = 1 ]; then
    # As on a fresh clone (but with Maven and the dependencies already downloaded): the first
    # command compiles the code before it starts it.
    log "./mvnw -q -B clean: the cold start below compiles the code, as on a fresh clone"
    ./mvnw -q -B clean >"$WORK/clean.log" 2>&1 || { tail -40 "$WORK/clean.log"; die "mvnw clean failed"; }
  fi
  log "Cold start, the README's command: ./mvnw spring-boot:run, empty data directory (load $(load))"
  start_app "mvn-cold" ./mvnw "${MVN_ARGS[@]}"
  heap "mvn-cold"
  stop_app
  log "Warm start, the README's command: ./mvnw spring-boot:run, same data directory (load $(load))"
  start_app "mvn-warm" ./mvnw "${MVN_ARGS[@]}"
  heap "mvn-warm"
  stop_app
fi

log "Build the jar: ./mvnw -q -B -DskipTests package (load $(load))"
t0=$(now_ms)
./mvnw -q -B -DskipTests package >"$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log"; die "build failed"; }
result "mvnw -DskipTests package (after the runs above)" "$(( $(now_ms) - t0 )) ms"
JAR=$(ls target/lantern-*.jar | grep -v -- '-plain' | head -1)
[ -f "$JAR" ] || die "no jar under target/"
JAR_CMD=("$JAVA_HOME/bin/java" "${JAVA_OPTS_ARRAY[@]}" -jar "$JAR" "--lantern.data-dir=$WORK/data-jar" "--server.port=$PORT" "${APP_ARGS_ARRAY[@]}")

log "Cold start, packaged jar: java -jar, empty data directory (load $(load))"
start_app "jar-cold" "${JAR_CMD[@]}"
heap "jar-cold"
latency
heap "jar-cold, after the latency runs"
stop_app

log "Warm start, packaged jar: java -jar, same data directory (load $(load))"
start_app "jar-warm" "${JAR_CMD[@]}"
heap "jar-warm"
stop_app

log "Done (load $(load)). Logs and raw timings: $WORK"
echo
cat "$WORK/machine.txt"
echo
column -t -s $'\t' "$RESULTS" 2>/dev/null || cat "$RESULTS"
