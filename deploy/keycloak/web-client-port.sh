#!/usr/bin/env bash
# Lets the realm's web client (waymark-web) sign people in to Waymark on another port: signing in brings the browser
# back to the application, so the client must accept its address as a redirect, a web origin and a place to land
# after signing out. Used by deploy/local/run.sh and by the browser tests (support/KeycloakResource), through
# Keycloak's own admin CLI.
# Usage: web-client-port.sh <Keycloak's home> <Keycloak's address> <file with the admin's password> <application port>
set -euo pipefail
keycloak_home=${1:?Keycloak\'s home}
keycloak_url=${2:?Keycloak\'s address, http://localhost:8180}
password_file=${3:?the file with the admin account\'s password}
app_port=${4:?the application\'s port}

kcadm="$keycloak_home/bin/kcadm.sh"
config=(--config "$keycloak_home/data/kcadm.config")
KC_CLI_PASSWORD="$(cat "$password_file")" "$kcadm" config credentials "${config[@]}" --server "$keycloak_url" \
  --realm master --user admin > /dev/null
client_id=$("$kcadm" get clients "${config[@]}" -r waymark -q clientId=waymark-web --fields id --format csv --noquotes)
"$kcadm" update "clients/$client_id" "${config[@]}" -r waymark \
  -s "redirectUris=[\"http://localhost:$app_port/*\"]" -s "webOrigins=[\"http://localhost:$app_port\"]" \
  -s "attributes.\"post.logout.redirect.uris\"=http://localhost:$app_port/*"
