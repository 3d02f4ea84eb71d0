#!/bin/sh
# Backs up Waymark's database to one file (pg_dump's custom format: compressed, restorable table by table).
# Connection from the usual libpq variables: PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.
# Usage: backup.sh <file>      (docs/operations.md: run it inside the postgres container, or next to the database)
set -eu
file=${1:?usage: backup.sh <file>}
pg_dump --format=custom --compress=6 --no-password --file="$file.partial"
# Only a complete dump takes the name, so a failed run never leaves a file that looks like a backup.
mv "$file.partial" "$file"
echo "Backed up ${PGDATABASE:-$PGUSER} to $file ($(wc -c < "$file") bytes)"
