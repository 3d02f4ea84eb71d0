#!/bin/sh
# Restores a backup made by backup.sh into the database named by PGDATABASE (with PGHOST, PGPORT, PGUSER,
# PGPASSWORD), replacing what is there. Stop Waymark first (docs/operations.md): nothing may write meanwhile.
# Usage: restore.sh <file>
set -eu
file=${1:?usage: restore.sh <file>}
pg_restore --list "$file" > /dev/null    # refuse a file that is not a complete backup before touching anything
pg_restore --clean --if-exists --exit-on-error --single-transaction --no-password --dbname="$PGDATABASE" "$file"
echo "Restored $file into $PGDATABASE"
