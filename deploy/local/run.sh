#!/usr/bin/env bash
# Runs Waymark on this machine: the local Keycloak (realm deploy/keycloak/waymark-realm.json), an SMTP server that keeps
# every email Waymark sends (GreenMail), a stand-in for GOV.UK Notify that keeps every text, then the application with
# the embedded PostgreSQL and the demo data, its log as readable lines. Needs only a JDK 17.
# Ports, each changeable from the environment: the application QUARKUS_HTTP_PORT (8080), its health and metrics
# QUARKUS_MANAGEMENT_PORT (9000), KEYCLOAK_PORT (8180), SMTP_PORT (3025), MAIL_API_PORT (8025), NOTIFY_PORT (8026).
# Data is kept in $WAYMARK_HOME (default ~/.waymark) between runs. Ctrl-C stops them all. --dev: Quarkus dev mode.
set -euo pipefail
cd "$(dirname "$0")/../.."

KEYCLOAK_VERSION=26.0.7
GREENMAIL_VERSION=2.1.3
APP_PORT=${QUARKUS_HTTP_PORT:-8080}
MANAGEMENT_PORT=${QUARKUS_MANAGEMENT_PORT:-9000}
SMTP_PORT=${SMTP_PORT:-3025}
MAIL_API_PORT=${MAIL_API_PORT:-8025}
NOTIFY_PORT=${NOTIFY_PORT:-8026}
WAYMARK_HOME=${WAYMARK_HOME:-$HOME/.waymark}
KEYCLOAK_HOME="$WAYMARK_HOME/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
REALM_URL="http://localhost:$KEYCLOAK_PORT/realms/waymark"

# With --dev, Waymark runs in Quarkus dev mode instead of from its jar: a change to the code or a template is live at
# the next request, and the Dev UI is at /q/dev-ui (docs/CONTRIBUTING.md).
dev_mode=""
[ "${1:-}" = "--dev" ] && dev_mode=yes

echo "Building Waymark..."
# The container image is not needed to run here; the tests are compiled, not run: the Notify stand-in is one of them.
./mvnw -q -B package -DskipTests -Djib.skip -Dexec.skip

if [ ! -x "$KEYCLOAK_HOME/bin/kc.sh" ]; then
  echo "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central..."
  ./mvnw -q -B dependency:unpack -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" \
    -DoutputDirectory="$WAYMARK_HOME" -DmarkersDirectory="$WAYMARK_HOME/.markers"
fi
greenmail_jar="$WAYMARK_HOME/greenmail-standalone-$GREENMAIL_VERSION.jar"
if [ ! -f "$greenmail_jar" ]; then
  echo "Fetching GreenMail $GREENMAIL_VERSION from Maven Central..."
  ./mvnw -q -B dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" \
    -DoutputDirectory="$WAYMARK_HOME"
fi
mkdir -p "$KEYCLOAK_HOME/data/import"
cp deploy/keycloak/waymark-realm.json "$KEYCLOAK_HOME/data/import/"

# The Keycloak admin console's own account: made once per data directory, with a random password.
admin_file="$WAYMARK_HOME/keycloak-admin-password"
[ -f "$admin_file" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$admin_file")
# The local Notify's API key (Notify's form: name-service id-secret) and the token its receipts carry, made per run.
notify_api_key="local-$(cat /proc/sys/kernel/random/uuid)-$(cat /proc/sys/kernel/random/uuid)"
notify_template_id=$(cat /proc/sys/kernel/random/uuid)
notify_callback_token=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')

echo "Starting Keycloak on port $KEYCLOAK_PORT (log: $WAYMARK_HOME/keycloak.log)..."
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$(cat "$admin_file")" \
  "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-port "$KEYCLOAK_PORT" --import-realm \
  > "$WAYMARK_HOME/keycloak.log" 2>&1 &
keycloak_pid=$!

# Emails go to this SMTP server, which keeps them (in memory) for reading: nothing leaves the machine.
echo "Starting the local SMTP server on port $SMTP_PORT (sent emails: http://localhost:$MAIL_API_PORT)..."
java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.auth.disabled \
  -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" -jar "$greenmail_jar" \
  > "$WAYMARK_HOME/greenmail.log" 2>&1 &
greenmail_pid=$!

# Texts go to a stand-in speaking GOV.UK Notify's API (src/test/.../NotifyStandIn.java), which keeps them for reading
# and posts Notify's delivery receipts back to Waymark.
echo "Starting the local Notify stand-in on port $NOTIFY_PORT (sent texts: http://localhost:$NOTIFY_PORT/)..."
NOTIFY_PORT="$NOTIFY_PORT" NOTIFY_API_KEY="$notify_api_key" NOTIFY_TEMPLATE_ID="$notify_template_id" \
NOTIFY_CALLBACK_URL="http://localhost:$APP_PORT/notify/delivery-receipts" \
NOTIFY_CALLBACK_TOKEN="$notify_callback_token" \
  java -cp "target/test-classes:target/quarkus-app/lib/main/*" io.waymark.support.NotifyStandIn \
  > "$WAYMARK_HOME/notify.log" 2>&1 &
notify_pid=$!
trap 'kill $keycloak_pid $greenmail_pid $notify_pid 2>/dev/null || true; wait $keycloak_pid $greenmail_pid $notify_pid 2>/dev/null || true' EXIT INT TERM

for _ in $(seq 1 120); do
  if curl -fsS "$REALM_URL/.well-known/openid-configuration" > /dev/null 2>&1; then break; fi
  if ! kill -0 "$keycloak_pid" 2>/dev/null; then echo "Keycloak stopped; see $WAYMARK_HOME/keycloak.log"; exit 1; fi
  sleep 1
done
curl -fsS "$REALM_URL/.well-known/openid-configuration" > /dev/null || { echo "Keycloak did not start in 2 minutes"; exit 1; }
echo "Keycloak is up: $REALM_URL"

# The realm is imported once per data directory, with the web client accepting port 8080; on another port the client
# is updated to accept it (deploy/keycloak/web-client-port.sh). The port it was last set for is kept with Keycloak's data.
realm_port_file="$KEYCLOAK_HOME/data/waymark-web-port"
if [ "$(cat "$realm_port_file" 2>/dev/null || echo 8080)" != "$APP_PORT" ]; then
  echo "Letting the realm's web client sign in to port $APP_PORT..."
  deploy/keycloak/web-client-port.sh "$KEYCLOAK_HOME" "http://localhost:$KEYCLOAK_PORT" "$admin_file" "$APP_PORT"
  echo "$APP_PORT" > "$realm_port_file"
fi

echo "Starting Waymark on port $APP_PORT..."
app_settings=(
  # The log is readable lines here (JSON lines stay the default for containers and Kubernetes).
  QUARKUS_LOG_CONSOLE_JSON_ENABLED=false QUARKUS_HTTP_PORT="$APP_PORT" QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT"
  WAYMARK_EMBEDDED_DATABASE=true WAYMARK_DATA_DIR="${WAYMARK_DATA_DIR:-$WAYMARK_HOME/postgres}"
  QUARKUS_OIDC_AUTH_SERVER_URL="${QUARKUS_OIDC_AUTH_SERVER_URL:-$REALM_URL}"
  WAYMARK_DEMO_DATA_ENABLED="${WAYMARK_DEMO_DATA_ENABLED:-true}"
  WAYMARK_DEMO_DATA_EMAILS_READ_AT="http://localhost:$MAIL_API_PORT/api/user (who has any), then /api/user/<address>/messages/"
  WAYMARK_DEMO_DATA_TEXTS_READ_AT="http://localhost:$NOTIFY_PORT/"
  WAYMARK_DEMO_DATA_SIGN_INS_MANAGED_AT="http://localhost:$KEYCLOAK_PORT/admin/ (user admin, password in $admin_file)"
  QUARKUS_MAILER_HOST="${QUARKUS_MAILER_HOST:-127.0.0.1}" QUARKUS_MAILER_PORT="${QUARKUS_MAILER_PORT:-$SMTP_PORT}"
  WAYMARK_NOTIFY_BASE_URL="http://127.0.0.1:$NOTIFY_PORT" WAYMARK_NOTIFY_API_KEY="$notify_api_key"
  WAYMARK_NOTIFY_TEMPLATE_ID="$notify_template_id" WAYMARK_NOTIFY_CALLBACK_TOKEN="$notify_callback_token"
)
if [ -n "$dev_mode" ]; then
  env "${app_settings[@]}" ./mvnw -B quarkus:dev -Djib.skip -Dexec.skip -Dquarkus.analytics.disabled=true
else
  env "${app_settings[@]}" java -jar target/quarkus-app/quarkus-run.jar
fi
