#!/usr/bin/env bash
# Benchmark of lead-service (issue 3): sales registering leads and recording interest over HTTP,
# with the outbox relay publishing every event to Kafka. Not run by the tests.
#
# Needs: wrk (Debian: apt-get install wrk), the packaged service and the local stack's launcher:
#   mvn -B -q package -DskipTests -pl lead-service            # lead-service/target/quarkus-app
#   ./run-local.sh --help                                      # builds platform/local-stack/target/local-stack.jar
# Then, from the repository root:  lead-service/src/benchmark/run.sh
# Settings (environment): DURATION (60s), WARMUP (20s), CONNECTIONS (64), THREADS (2), PORT (18081),
# PG_PORT (15432), KAFKA_PORT (19092): free ports, so it runs beside a local stack on the defaults.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$ROOT"
DURATION=${DURATION:-60s}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-18081}
PG_PORT=${PG_PORT:-15432}
KAFKA_PORT=${KAFKA_PORT:-19092}
LAUNCHER=platform/local-stack/target/local-stack.jar
SERVICE=lead-service/target/quarkus-app/quarkus-run.jar
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
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -jar "$LAUNCHER" --project-dir "$ROOT" \
  --infra-only --fresh --data-dir "$WORK/stack" --postgres-port "$PG_PORT" --kafka-port "$KAFKA_PORT" \
  --smtp-port $((PG_PORT + 1)) --mail-viewer-port $((PG_PORT + 2)) > "$WORK/infra.log" 2>&1 &
INFRA_PID=$!
for _ in $(seq 1 120); do
  grep -q "Infrastructure only" "$WORK/infra.log" && break
  kill -0 "$INFRA_PID" 2>/dev/null || { cat "$WORK/infra.log"; exit 1; }
  sleep 1
done

echo "[benchmark] starting lead-service on port $PORT ..."
QUARKUS_HTTP_PORT=$PORT \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/leads" \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
QUARKUS_LOG_LEVEL=WARN \
  java -jar "$SERVICE" > "$WORK/lead-service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { tail -50 "$WORK/lead-service.log"; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "lead-service not ready" >&2; exit 1; }

export TOKEN=$(java -jar "$LAUNCHER" token sales bench@totalservice.nl | tail -1)
URL="http://127.0.0.1:$PORT"
echo "[benchmark] warm-up $WARMUP ..."
KVK_BASE=10000000 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$SCRIPT" "$URL" > "$WORK/warmup.txt"
metric() { curl -fs "$URL/q/metrics" | awk -v name="$1" '$1 ~ "^"name"({|$)" {sum += $2} END {print sum + 0}'; }
BEFORE=$(metric outbox_events_published_total)
echo "[benchmark] measuring $DURATION with $CONNECTIONS connections, $THREADS wrk threads ..."
KVK_BASE=40000000 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$SCRIPT" "$URL" | tee "$WORK/result.txt"
# Every request wrote one event to the outbox; the relay must have published them (within a few seconds).
for _ in $(seq 1 30); do
  [ "$(metric outbox_backlog)" = "0" ] && break
  sleep 1
done
echo "outbox backlog after the run: $(metric outbox_backlog)"
echo "events relayed to Kafka during the run (and drain): $(( $(metric outbox_events_published_total) - BEFORE ))"
