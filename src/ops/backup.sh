#!/usr/bin/env bash
# Backs up the whole application — records, audit trail, stored files (they live in PostgreSQL) — into one file in
# pg_dump's custom format (compressed, restorable table by table with pg_restore).
#
#   src/ops/backup.sh [directory]            default directory: ./backups
#
# The database is named by the usual PostgreSQL variables: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres),
# PGPASSWORD, PGDATABASE (thidua). Prints the file written.
set -euo pipefail
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGDATABASE="${PGDATABASE:-thidua}"
dir="${1:-backups}"
mkdir -p "$dir"
file="$dir/$PGDATABASE-$(date -u +%Y%m%d-%H%M%S).dump"
# the sessions are not worth keeping: a restored installation signs everyone in again
pg_dump --format=custom --compress=6 --no-owner --no-privileges \
  --exclude-table-data=spring_session --exclude-table-data=spring_session_attributes \
  --file="$file.part" "$PGDATABASE"
mv "$file.part" "$file"
echo "$file"
