#!/usr/bin/env bash
# JDBC against the reactive PostgreSQL client on the caseload API's read (io.waymark.scale.DriverComparison), against
# the scale-1 database (docs/performance.md). Settings: PGHOST, PGPORT, PGDATABASE, PGUSER as for run.sh, SECONDS
# (20), POOL (16, the service's), IN_FLIGHT (50, wrk's users).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -ntp -q test-compile
classpath=$(./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout):target/test-classes:target/classes
java -Xmx128m -XX:+UseSerialGC -cp "$classpath" io.waymark.scale.DriverComparison "${PGHOST:-localhost}" "${PGPORT:-5433}" \
  "${PGDATABASE:-waymark}" "${PGUSER:-postgres}" "${SECONDS_EACH:-20}" "${POOL:-16}" "${IN_FLIGHT:-50}"
