#!/usr/bin/env bash
# Restores a backup made by src/ops/backup.sh into a new, empty database (it refuses one that exists).
#
#   src/ops/restore.sh <backup file> <new database name>
#
# Same variables as src/ops/backup.sh for the server. Point the application's DATABASE_URL at the new database (or
# rename databases) once it is restored; Flyway then migrates it if it came from an older release.
set -euo pipefail
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
file="${1:?usage: src/ops/restore.sh <backup file> <new database name>}"
target="${2:?usage: src/ops/restore.sh <backup file> <new database name>}"
if psql -d postgres -Atqc "select 1 from pg_database where datname = '$target'" | grep -q 1; then
  echo "The database $target exists already; restore into a new one." >&2
  exit 1
fi
createdb --encoding=UTF8 --template=template0 "$target"
pg_restore --no-owner --no-privileges --exit-on-error --dbname="$target" "$file"
echo "restored $file into $target"
