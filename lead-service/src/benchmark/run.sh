#!/usr/bin/env bash
# Benchmark of lead-service: sales registering leads and recording interest over HTTP,
# with the outbox relay publishing every event to Kafka. Not run by the tests.
#
# Needs: wrk (Debian: apt-get install wrk), the packaged service and the local stack's launcher:
#   mvn -B -q package -DskipTests -pl lead-service            # lead-service/target/quarkus-app
#   ./run-local.sh --help                                      # builds platform/local-stack/target/local-stack.jar
# Then, from the repository root:  lead-service/src/benchmark/run.sh
# Settings (environment): DURATION (60s), WARMUP (240s), WARMUP_CONNECTIONS (8), RAMP (30s),
# CONNECTIONS (64), THREADS (2), PORT (18081), PG_PORT (15432), KAFKA_PORT (19092): free ports, so it
# runs beside a local stack on the defaults.
#
# Why the long, gentle warm-up: the JIT's C2 compiler is one thread. Under 64 busy connections it
# competes with ~100 runnable threads (workers, PostgreSQL backends) for two cores and needs 10
# minutes and more to compile the request path; until then the service runs profiled C1 code at
# about half its speed (500 requests/s) and the compiler still takes 0.25-0.3 ms of CPU per request.
# At 8 connections it gets its share and is done in about 4 minutes. RAMP then runs the full load
# for a while (paths only contention takes are compiled too) before the measurement starts.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$ROOT"
DURATION=${DURATION:-60s}
WARMUP=${WARMUP:-240s}
RAMP=${RAMP:-30s}
CONNECTIONS=${CONNECTIONS:-64}
WARMUP_CONNECTIONS=${WARMUP_CONNECTIONS:-8}
THREADS=${THREADS:-2}
PORT=${PORT:-18081}
PG_PORT=${PG_PORT:-15432}
KAFKA_PORT=${KAFKA_PORT:-19092}
LAUNCHER=platform/local-stack/target/local-stack.jar
LAUNCHER_CP="$LAUNCHER:platform/local-stack/target/lib/*"
LAUNCHER_MAIN=nl.totalservice.onboarding.platform.localstack.LocalStack
SERVICE=${SERVICE:-lead-service/target/quarkus-app/quarkus-run.jar}
SCRIPT=lead-service/src/benchmark/lead-mix.lua
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f "$LAUNCHER" ] || { echo "$LAUNCHER is missing: run ./run-local.sh --help once to build it" >&2; exit 1; }
[ -f "$SERVICE" ] || { echo "$SERVICE is missing: mvn -B -q package -DskipTests -pl lead-service" >&2; exit 1; }

WORK=$(mktemp -d /tmp/lead-benchmark.XXXXXX)
INFRA_PID=""
SERVICE_PID=""
stop() {
  [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true
  [ -n "$INFRA_PID" ] && kill "$INFRA_PID" 2>/dev/null && wait "$INFRA_PID" 2>/dev/null || true
  echo "[benchmark] stopped; logs and data in $WORK"
}
trap stop EXIT

echo "[benchmark] starting PostgreSQL and Kafka (local stack, infra only) in $WORK ..."
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$LAUNCHER_CP" "$LAUNCHER_MAIN" --project-dir "$ROOT" \
  --infra-only --fresh --data-dir "$WORK/stack" --postgres-port "$PG_PORT" --kafka-port "$KAFKA_PORT" \
  --smtp-port $((PG_PORT + 1)) --mail-viewer-port $((PG_PORT + 2)) > "$WORK/infra.log" 2>&1 &
INFRA_PID=$!
for _ in $(seq 1 120); do
  grep -q "Infrastructure only" "$WORK/infra.log" && break
  kill -0 "$INFRA_PID" 2>/dev/null || { cat "$WORK/infra.log"; exit 1; }
  sleep 1
done

if command -v psql >/dev/null; then
  pg_setting() { PGPASSWORD=postgres psql -h localhost -p "$PG_PORT" -U postgres -d postgres -Atc "show $1"; }
  echo "[benchmark] PostgreSQL (durable like the local stack's): fsync $(pg_setting fsync), synchronous_commit $(pg_setting synchronous_commit)"
fi
echo "[benchmark] starting lead-service on port $PORT ..."
QUARKUS_HTTP_PORT=$PORT \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/leads" \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
QUARKUS_LOG_LEVEL=WARN \
  java ${SERVICE_JAVA_OPTS:-} -jar "$SERVICE" > "$WORK/lead-service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { tail -50 "$WORK/lead-service.log"; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "lead-service not ready" >&2; exit 1; }

export TOKEN=$(java -cp "$LAUNCHER_CP" "$LAUNCHER_MAIN" token sales bench@totalservice.nl | tail -1)
URL="http://127.0.0.1:$PORT"
echo "[benchmark] warm-up $WARMUP with $WARMUP_CONNECTIONS connections ..."
KVK_BASE=10000000 wrk -t"$THREADS" -c"$WARMUP_CONNECTIONS" -d"$WARMUP" -s "$SCRIPT" "$URL" > "$WORK/warmup.txt"
echo "[benchmark] warm-up: $(grep '^requests/s' "$WORK/warmup.txt") with $WARMUP_CONNECTIONS connections, then $RAMP with $CONNECTIONS ..."
KVK_BASE=70000000 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$RAMP" -s "$SCRIPT" "$URL" > "$WORK/ramp.txt"
echo "[benchmark] ramp: $(grep '^requests/s' "$WORK/ramp.txt")"
metric() { curl -fs "$URL/q/metrics" | awk -v name="$1" '$1 ~ "^"name"({|$)" {sum += $2} END {print sum + 0}'; }
BEFORE=$(metric outbox_events_published_total)
# CPU seconds used by each part, to tell the service's cost per request apart from the machine's load
ticks() { local t=0; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }
POSTMASTER=$(head -1 "$WORK/stack/postgres/postmaster.pid")
pg_ticks() { ticks "$POSTMASTER" $(pgrep -P "$POSTMASTER"); }
# wrk's CPU: the shell's finished children (times must run in this shell, not in a subshell)
children_cpu() { tail -1 "$1" | awk '{gsub(/[ms]/, " "); print ($1 * 60 + $2 + $3 * 60 + $4) * 100}'; }
# the service's CPU by kind of thread: JIT compilers, garbage collector, the rest (requests, relay, ...)
thread_ticks() { cat /proc/"$1"/task/*/stat 2>/dev/null | awk -v pattern="$2" '{
  name = substr($0, index($0, "(") + 1); name = substr(name, 1, index(name, ")") - 1)
  rest = substr($0, index($0, ") ") + 2); split(rest, f, " ")
  if (name ~ pattern) t += f[12] + f[13] } END {print t + 0}'; }
JIT='^C[12] CompilerThre'; GC='^(GC Thread|G1 |VM Thread|Parallel|PSYoung)'
machine_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; }
S0=$(ticks "$SERVICE_PID"); K0=$(ticks "$INFRA_PID"); P0=$(pg_ticks); times > "$WORK/times0"
J0=$(thread_ticks "$SERVICE_PID" "$JIT"); G0=$(thread_ticks "$SERVICE_PID" "$GC"); read -r M0 T0 <<< "$(machine_ticks)"
echo "[benchmark] measuring $DURATION with $CONNECTIONS connections, $THREADS wrk threads ..."
KVK_BASE=40000000 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$SCRIPT" "$URL" > "$WORK/result.txt"
S1=$(ticks "$SERVICE_PID"); K1=$(ticks "$INFRA_PID"); P1=$(pg_ticks); times > "$WORK/times1"
J1=$(thread_ticks "$SERVICE_PID" "$JIT"); G1=$(thread_ticks "$SERVICE_PID" "$GC"); read -r M1 T1 <<< "$(machine_ticks)"
W0=$(children_cpu "$WORK/times0"); W1=$(children_cpu "$WORK/times1")
cat "$WORK/result.txt"
N=$(awk -F': ' '/^leads registered|^interest recorded|^other statuses/ {n += $2} END {print n}' "$WORK/result.txt")
awk -v n="$N" -v s=$((S1 - S0)) -v k=$((K1 - K0)) -v p=$((P1 - P0)) -v w="$(echo "$W1 - $W0" | bc)" 'BEGIN {
  printf "CPU ms per request: lead-service %.2f, PostgreSQL %.2f, Kafka (launcher JVM) %.2f, wrk %.2f, total %.2f\n",
    s * 10 / n, p * 10 / n, k * 10 / n, w * 10 / n, (s + p + k + w) * 10 / n
  printf "requests/s that 2 idle cores would sustain at this cost: about %.0f\n", 2000 / ((s + p + k + w) * 10 / n) }'
awk -v n="$N" -v s=$((S1 - S0)) -v j=$((J1 - J0)) -v g=$((G1 - G0)) 'BEGIN {
  printf "lead-service CPU ms per request by thread: JIT compilers %.2f, garbage collector %.2f, the rest %.2f\n",
    j * 10 / n, g * 10 / n, (s - j - g) * 10 / n }'
# what else ran meanwhile (other processes, and kernel time not charged to a process): the noise in the requests/s
awk -v m=$((M1 - M0)) -v t=$((T1 - T0)) -v s=$((S1 - S0)) -v k=$((K1 - K0)) -v p=$((P1 - P0)) \
    -v w="$(echo "$W1 - $W0" | bc)" 'BEGIN {
  printf "machine CPU during the measurement: %.0f%% busy; %.0f%% of the busy time was not these four processes\n",
    m * 100 / t, (m - s - k - p - w) * 100 / m }'
echo "machine load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# Every request wrote one event to the outbox; the relay must have published them (within a few seconds).
for _ in $(seq 1 30); do
  [ "$(metric outbox_backlog)" = "0" ] && break
  sleep 1
done
echo "outbox backlog after the run: $(metric outbox_backlog)"
echo "events relayed to Kafka during the run (and drain): $(( $(metric outbox_events_published_total) - BEFORE ))"
