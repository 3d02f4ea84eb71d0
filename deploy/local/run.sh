#!/usr/bin/env bash
# Runs Waymark on this machine: the local Keycloak (realm deploy/keycloak/waymark-realm.json) on port 8180,
# then the application on port 8080 with the embedded PostgreSQL and the demo data. Needs only a JDK 17.
# Data is kept in $WAYMARK_HOME (default ~/.waymark) between runs. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/../.."

KEYCLOAK_VERSION=26.0.7
WAYMARK_HOME=${WAYMARK_HOME:-$HOME/.waymark}
KEYCLOAK_HOME="$WAYMARK_HOME/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
REALM_URL="http://localhost:$KEYCLOAK_PORT/realms/waymark"

echo "Building Waymark..."
./mvnw -q -B package -DskipTests -Djib.skip -Dexec.skip   # the container image is not needed to run here

if [ ! -x "$KEYCLOAK_HOME/bin/kc.sh" ]; then
  echo "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central..."
  ./mvnw -q -B dependency:unpack -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" \
    -DoutputDirectory="$WAYMARK_HOME" -DmarkersDirectory="$WAYMARK_HOME/.markers"
fi
mkdir -p "$KEYCLOAK_HOME/data/import"
cp deploy/keycloak/waymark-realm.json "$KEYCLOAK_HOME/data/import/"

# The Keycloak admin console's own account: made once per data directory, with a random password.
admin_file="$WAYMARK_HOME/keycloak-admin-password"
[ -f "$admin_file" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$admin_file")

echo "Starting Keycloak on port $KEYCLOAK_PORT (log: $WAYMARK_HOME/keycloak.log)..."
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$(cat "$admin_file")" \
  "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-port "$KEYCLOAK_PORT" --import-realm \
  > "$WAYMARK_HOME/keycloak.log" 2>&1 &
keycloak_pid=$!
trap 'kill $keycloak_pid 2>/dev/null || true; wait $keycloak_pid 2>/dev/null || true' EXIT INT TERM

for _ in $(seq 1 120); do
  if curl -fsS "$REALM_URL/.well-known/openid-configuration" > /dev/null 2>&1; then break; fi
  if ! kill -0 "$keycloak_pid" 2>/dev/null; then echo "Keycloak stopped; see $WAYMARK_HOME/keycloak.log"; exit 1; fi
  sleep 1
done
curl -fsS "$REALM_URL/.well-known/openid-configuration" > /dev/null || { echo "Keycloak did not start in 2 minutes"; exit 1; }
echo "Keycloak is up: $REALM_URL (admin console user 'admin', password in $admin_file)"

# Emails to clients are written to this terminal's log instead of sent (the demo's people are made up); set
# QUARKUS_MAILER_MOCK=false and QUARKUS_MAILER_HOST/PORT to send them through an SMTP server.
WAYMARK_EMBEDDED_DATABASE=true WAYMARK_DATA_DIR=${WAYMARK_DATA_DIR:-$WAYMARK_HOME/postgres} \
QUARKUS_OIDC_AUTH_SERVER_URL=${QUARKUS_OIDC_AUTH_SERVER_URL:-$REALM_URL} \
WAYMARK_DEMO_DATA_ENABLED=${WAYMARK_DEMO_DATA_ENABLED:-true} \
QUARKUS_MAILER_MOCK=${QUARKUS_MAILER_MOCK:-true} \
  java -jar target/quarkus-app/quarkus-run.jar
