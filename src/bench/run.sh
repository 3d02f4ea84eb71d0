#!/usr/bin/env bash
# Benchmarks, side by side with the bare database (docs/performance.md). Not part of CI: run on demand, on a quiet
# machine, against a database filled at scale 1 by `./mvnw -Pgenerate-data`.
#
# Needs: the packaged application (./mvnw package -DskipTests), wrk, pgbench and psql (Debian: wrk,
# postgresql-client), openssl, python3. Settings: PGHOST, PGPORT, PGDATABASE, PGUSER (default localhost:5433,
# waymark, postgres), DURATION (30s), CONNECTIONS (50), QUARTER (the provider report's quarter, 2026-Q3),
# SCENARIOS (all of them), PG_LOG (the server's log file, where the captured statements are read), CAPTURED (how
# many users' requests become pgbench scripts, 10), POOL (the service's connection pool, 16).
#
# So that it cannot flatter: each scenario runs twice, cold (the JVM's first DURATION on it, reported apart) and warm
# (measured); the bare SQL runs at wrk's users and at the pool's size; it comes from CAPTURED different users'
# requests; the capture fails when it found no statement; and start-up is timed alone.
set -euo pipefail
cd "$(dirname "$0")/../.."

export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5433} PGDATABASE=${PGDATABASE:-waymark} PGUSER=${PGUSER:-postgres}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-50}      # users at once; the reports are run by a few at a time (REPORT_CONNECTIONS)
REPORT_CONNECTIONS=${REPORT_CONNECTIONS:-2}
# The heap the 512 MB container gives it (deploy/): resident memory is what the targets bound.
JAVA_OPTS=${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=2000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}   # as in the image (pom.xml) and deploy/
QUARTER=${QUARTER:-2026-Q3}
CAPTURED=${CAPTURED:-10}
POOL=${POOL:-16}
# national-report (every provider sharing No One Left Behind) takes longer than wrk's timeout at scale 1: it is timed
# one report at a time (national_report below).
SCENARIOS=${SCENARIOS:-caseload-api caseload-page client-page add-contact team-ratios client-search provider-report filtered-report national-report}
PORT=8097
MANAGEMENT_PORT=9097
: "${PG_LOG:?set PG_LOG to the log file of the PostgreSQL server}"
work=$(mktemp -d)
results=target/bench-results.txt
mkdir -p target
: > "$results"
echo "Working in $work; results in $results"

# Tokens signed with a key made for this run; the service checks them with its public half.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2> /dev/null
openssl rsa -in "$work/private.pem" -pubout -out "$work/public.pem" 2> /dev/null
public_key=$(grep -v -- ----- "$work/public.pem" | tr -d '\n')
./mvnw -B -ntp -q test-compile
classpath=$(./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout):target/test-classes
# Written in full before the service starts, so that start-up is timed alone.
java -Dwaymark.import.organisation="${IMPORT_ORGANISATION:-300}" -cp "$classpath" io.waymark.scale.BenchRequests "$work/private.pem" "$work/requests" 500 "$QUARTER" > "$work/example.txt"


# The pages take the same bearer token as the API: the code-flow tenant is moved off /app for the run, so a page
# costs what it costs a signed-in user, less the session cookie's decryption.
started=$(date +%s%N)
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
  java $JAVA_OPTS -Dquarkus.datasource.jdbc.max-size=$POOL -Dquarkus.http.port=$PORT -Dquarkus.management.port=$MANAGEMENT_PORT -Dquarkus.oidc.auth-server-url= -Dquarkus.oidc.public-key="$public_key" \
    -Dquarkus.oidc.web.tenant-enabled=false -Dquarkus.oidc.web.tenant-paths=/not-used \
    -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2> /dev/null || true' EXIT
until curl -sf -o /dev/null "http://localhost:$MANAGEMENT_PORT/q/health/ready"; do
  kill -0 $service 2> /dev/null || { echo "The service did not start:"; tail -c 2000 "$work/service.log"; exit 1; }
  sleep 0.05
done
ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
echo "startup_to_ready_ms=$ready_ms rss_idle_mb=$(( $(ps -o rss= -p $service) / 1024 ))" | tee -a "$results"

# The SQL each scenario runs: CAPTURED users' requests logged by PostgreSQL, each turned into a pgbench script (the
# same statements with the same parameters). A marker statement from psql separates one request from the next.
send() { # one line of a requests file
  local method path token body
  IFS=$'\t' read -r method path token body <<< "$1"
  local args=(-s -o /dev/null -X "$method" -H "Authorization: Bearer $token")
  [ -n "$body" ] && args+=(-H "Content-Type: application/json" -d "$body")
  curl "${args[@]}" "http://localhost:$PORT$path" < /dev/null
}

capture() {
  local scenario=$1
  send "$(head -1 "$work/requests/$scenario.txt")"              # warm: first-use statements aside
  psql -qAtc "alter system set log_statement = 'all'" -c "select pg_reload_conf()" > /dev/null
  sleep 0.5
  local before; before=$(wc -l < "$PG_LOG")
  while IFS= read -r line; do
    psql -qAtc "select 'waymark-bench-request'" > /dev/null < /dev/null
    send "$line"
  done < <(tail -n +2 "$work/requests/$scenario.txt" | head -"$CAPTURED")
  sleep 0.5
  psql -qAtc "alter system reset log_statement" -c "select pg_reload_conf()" > /dev/null
  tail -n +$((before + 1)) "$PG_LOG" > "$work/$scenario.log"
  # Fails loudly (and stops the run) when nothing was captured: an empty script would measure nothing.
  statements_per_request=$(python3 src/bench/pgbench_from_log.py "$work/$scenario.log" "$CAPTURED" "$work/$scenario")
}

percentiles() { # pgbench per-transaction logs: latency (microseconds) is the third field
  cat "$1".* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "p50_ms=%.2f p99_ms=%.2f", a[int(NR*0.5)]/1000, a[int(NR*0.99)]/1000}'
}

bare() { # pgbench over the captured scripts at $1 clients; prints tps and percentiles
  local clients=$1 scenario=$2 threads=$(( $1 < 2 ? $1 : 2 )) scripts=()
  for script in "$work/$scenario"-*.sql; do scripts+=(-f "$script"); done
  # As the service's report connections do (quarkus.datasource.reporting.jdbc.new-connection-sql); the other
  # scenarios' statements cost too little for the JIT compiler to start either way.
  PGOPTIONS="-c jit=off" pgbench -n -M prepared -c"$clients" -j"$threads" -T"${DURATION%s}" "${scripts[@]}" --log \
    --log-prefix="$work/pgbench-$scenario-$clients" > "$work/pgbench-$scenario-$clients.out" 2>&1 \
    || { cat "$work/pgbench-$scenario-$clients.out"; exit 1; }
  echo "tps=$(grep -oE 'tps = [0-9.]+' "$work/pgbench-$scenario-$clients.out" | head -1 | cut -d' ' -f3) $(percentiles "$work/pgbench-$scenario-$clients")"
  rm -f "$work/pgbench-$scenario-$clients".*[0-9]
}

# A national report at scale 1 takes seconds: three in turn, timed by curl, after one to warm; its bare SQL is the
# statements of one captured report run once by pgbench (each with its values written in, so each is planned anew).
national_report() {
  psql -qAtc "insert into programme_sharing (organisation_code, programme, shared_by)
              select s.organisation_code, 'NO_ONE_LEFT_BEHIND', min(s.id::text)::uuid from staff s
               group by s.organisation_code on conflict do nothing" > /dev/null   # every provider shares it
  local CAPTURED=1 line times=() bare_ms
  capture national-report
  line=$(sed -n 2p "$work/requests/national-report.txt")
  for _ in 1 2 3; do
    times+=("$(curl -s -o /dev/null -w '%{http_code}:%{time_total}s' -H "Authorization: Bearer $(cut -f3 <<< "$line")" \
      "http://localhost:$PORT$(cut -f2 <<< "$line")")")
  done
  bare_ms=$(PGOPTIONS="-c jit=off" pgbench -n -M prepared -c1 -t1 -f "$work/national-report-1.sql" \
    | grep -oE 'latency average = [0-9.]+' | grep -oE '[0-9.]+$')
  echo "national-report one at a time: ${times[*]} rss_mb=$(( $(ps -o rss= -p $service) / 1024 ))" \
    "| bare SQL, $statements_per_request statements: ${bare_ms} ms" | tee -a "$results"
}

# The import of a provider's caseload (docs/import.md): IMPORT_CLIENTS clients with IMPORT_CONTACTS contacts and
# IMPORT_JOBS jobs, given to the workers of organisation IMPORT_ORGANISATION (300, the smallest at scale 1) (most go to the waiting list: their caseloads are
# full). Timed: the upload with its dry run, the import, and the undo that leaves the data as generated.
import_caseload() {
  local token workers dir="$work/import" batch version answer
  token=$(cut -f3 < "$work/requests/import.txt")
  workers=$(psql -qAtc "select string_agg(username, ',') from staff
                         where organisation_code = 'gen-$(printf %04d "${IMPORT_ORGANISATION:-300}")'
                           and team_role = 'WORKER'")
  java -cp "$classpath" io.waymark.scale.ImportBenchFiles "$dir" "${IMPORT_CLIENTS:-10000}" \
    "${IMPORT_CONTACTS:-200000}" "${IMPORT_JOBS:-3000}" "$workers"
  call() { # method, path, version or "", file or ""; prints the time, the status and the answer's id and version
    local args=(-s -o "$work/answer.json" -w '%{time_total} %{http_code}' -X "$1" -H "Authorization: Bearer $token")
    [[ -n $3 ]] && args+=(-H "If-Match: $3")
    if [[ -n $4 ]]; then args+=(-H 'Content-Type: text/csv' --data-binary "@$4"); else args+=(-H 'Content-Type: application/json'); fi
    curl "${args[@]}" "http://localhost:$PORT$2"
    python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); print("", a.get("id",""), a.get("version",""))' \
      "$work/answer.json" 2> /dev/null || echo
  }
  read -r t1 s1 batch version <<< "$(call POST '/api/v1/imports?kind=clients' '' "$dir/clients.csv")"
  read -r t2 s2 batch version <<< "$(call PUT "/api/v1/imports/$batch/files/jobs" "$version" "$dir/jobs.csv")"
  read -r t3 s3 batch version <<< "$(call PUT "/api/v1/imports/$batch/files/contacts" "$version" "$dir/contacts.csv")"
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["report"]; print("dry run:", r["wouldCreate"],
    len(r["problems"]), "problems", len(r["warnings"]), "warnings", r["problems"][:3])' "$work/answer.json" \
    | tee -a "$results"
  read -r t4 s4 batch version <<< "$(call POST "/api/v1/imports/$batch/confirmation" "$version" '')"
  rss_mb=$(( $(ps -o rss= -p $service) / 1024 ))
  read -r t5 s5 _ <<< "$(call POST "/api/v1/imports/$batch/undo" "$version" '')"
  echo "import $(wc -c < "$dir/clients.csv") + $(wc -c < "$dir/jobs.csv") + $(wc -c < "$dir/contacts.csv") bytes:" \
    "upload and check clients $s1 ${t1}s, jobs $s2 ${t2}s, contacts $s3 ${t3}s; import $s4 ${t4}s;" \
    "undo $s5 ${t5}s; rss_mb=$rss_mb" | tee -a "$results"
}

for scenario in $SCENARIOS; do
  since=$(psql -qAtc "select now()")
  if [[ $scenario == national-report ]]; then
    national_report
    continue
  fi
  if [[ $scenario == import ]]; then
    import_caseload
    continue
  fi
  capture "$scenario"
  users=$CONNECTIONS
  [[ $scenario == *report* ]] && users=$REPORT_CONNECTIONS
  threads=$(( users < 2 ? users : 2 ))   # wrk and pgbench need a connection per thread
  load() { wrk -t"$threads" -c"$users" -d"$DURATION" --timeout 10s -s src/bench/requests.lua "http://localhost:$PORT" \
    -- "$work/requests/$scenario.txt" | grep '^RESULT'; }
  cold=$(load)                # the JVM's first DURATION on this scenario: reported, not the measure
  warm=$(load)
  rss_mb=$(( $(ps -o rss= -p $service) / 1024 ))
  at_users=$(bare "$users" "$scenario")
  at_pool=$(bare "$POOL" "$scenario")
  echo "$scenario users=$users warm: ${warm#RESULT } rss_mb=$rss_mb | cold: ${cold#RESULT }" \
    "| bare SQL, statements per request $statements_per_request: at $users clients $at_users; at the pool's $POOL $at_pool" \
    | tee -a "$results"
  # What a write scenario added is taken away again, so that the next scenarios read the data as generated (the
  # bare runs add their rows to the ten captured clients only, which would swell their timelines).
  if [[ $scenario == add-contact ]]; then
    psql -qAtc "delete from contact where recorded_at >= '$since'" > /dev/null
  fi
done
