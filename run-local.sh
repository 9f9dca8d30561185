#!/usr/bin/env bash
# The whole system on this machine: builds it, then starts embedded PostgreSQL, Kafka and an SMTP
# server, then the four services on ports 8081-8084 and the portal on 8080.
# Ctrl-C stops everything. Options: --help.
set -euo pipefail
cd "$(dirname "$0")"
case "${1:-}" in token|events|redrive|topics) SKIP_BUILD=true ;; esac
if [ "${SKIP_BUILD:-false}" != "true" ] || [ ! -f platform/local-stack/target/local-stack.jar ]; then
  echo "[local-stack] Building (mvn -B -q package -DskipTests; SKIP_BUILD=true skips this) ..."
  mvn -B -q package -DskipTests
fi
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "platform/local-stack/target/local-stack.jar:platform/local-stack/target/lib/*" \
  nl.totalservice.onboarding.platform.localstack.LocalStack --project-dir "$PWD" "$@"
