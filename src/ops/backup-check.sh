#!/usr/bin/env bash
# The round trip of a backup: backs the database up, restores it into a scratch database, and compares the two —
# the row count of every table and the bytes of every stored file (evidence, dossier papers, legal documents) —
# then drops the scratch database. Exits non-zero on any difference.
#
#   src/ops/backup-check.sh            (PGDATABASE, default thidua)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGDATABASE="${PGDATABASE:-thidua}"
work="$(mktemp -d)"
scratch="${PGDATABASE}_restore_check_$$"
trap 'dropdb --if-exists "$scratch" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

file="$("$here/backup.sh" "$work")"
echo "backup: $file ($(du -h "$file" | cut -f1))"
"$here/restore.sh" "$file" "$scratch" >/dev/null

summary() {
  local db="$1"
  for table in $(psql -d "$db" -Atqc "select tablename from pg_tables where schemaname = 'public' and tablename not like 'spring_session%' order by 1"); do
    echo "rows $table $(psql -d "$db" -Atqc "select count(*) from \"$table\"")"
  done
  for content in evidence_content:evidence_file_id dossier_content:dossier_file_id legal_document_content:legal_document_file_id; do
    table="${content%%:*}" key="${content##*:}"
    echo "bytes $table $(psql -d "$db" -Atqc "select count(*) || ' files, ' || coalesce(sum(length(bytes)), 0) || ' bytes, md5 ' || coalesce(md5(string_agg(md5(bytes), '' order by $key)), '-') from $table")"
  done
}
summary "$PGDATABASE" > "$work/original"
summary "$scratch" > "$work/restored"
tables=$(grep -c '^rows ' "$work/original")
rows=$(awk '/^rows /{s+=$3} END{print s}' "$work/original")
if diff -u "$work/original" "$work/restored"; then
  echo "OK: $tables tables, $rows rows compared and equal; stored files:"
  grep '^bytes ' "$work/original" | sed 's/^bytes /  /'
else
  echo "DIFFERENT: the restored database does not match (see above)" >&2
  exit 1
fi
