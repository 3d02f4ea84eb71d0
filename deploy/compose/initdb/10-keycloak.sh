#!/bin/sh
# Runs once, when the data volume is new: Keycloak's own database and user beside Waymark's.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
create user keycloak with password '${KEYCLOAK_DB_PASSWORD}';
create database keycloak owner keycloak;
SQL
