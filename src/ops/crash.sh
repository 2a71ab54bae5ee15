#!/usr/bin/env bash
# Crash safety: a representative submits reports with evidence in a loop; the application is killed with kill -9
# midway and started again. Every submission that was answered with success must be there, with its file's exact
# bytes, and nothing half-written may be visible. Prints the counts; exits non-zero when a check fails.
#
#   src/ops/crash.sh            (needs: the jar — built if missing —, PostgreSQL on PGHOST/PGPORT)
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB=thidua_crash; PORT=18281; MPORT=18291; UNITS=400
work="$(mktemp -d)"
app=""
cleanup() { [ -n "$app" ] && kill -9 "$app" 2>/dev/null || true; wait 2>/dev/null || true; dropdb --if-exists "$DB" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }
sql() { psql -d "$DB" -Atqc "$1"; }

jar=$(ls target/thidua-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$jar" ] || { ./mvnw -B -q package -DskipTests; jar=$(ls target/thidua-*.jar | head -n 1); }
dropdb --if-exists "$DB"; createdb --encoding=UTF8 --template=template0 "$DB"

start() {
  SERVER_PORT=$PORT MANAGEMENT_PORT=$MPORT SPRING_PROFILES_ACTIVE=demo \
  DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DATABASE_USERNAME="$PGUSER" DATABASE_PASSWORD="${PGPASSWORD:-}" \
    java -Xmx256m -jar "$jar" >> "$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 90); do
    curl -fs "http://127.0.0.1:$MPORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && return 0
    sleep 1
  done
  fail "the application did not become ready"
}
start
echo "application ready on database $DB"

# rep1's agency gets $UNITS units taking part in the running campaign, whose 2026 annual period is open today
agency=$(sql "select agency_id from account where username = 'rep1'")
campaign=$(sql "select id from campaign where status = 'LAUNCHED' order by start_year limit 1")
area=$(sql "select id from content_area where campaign_id = $campaign and number = 3")
period=$(sql "select id from reporting_period where campaign_id = $campaign and kind = 'ANNUAL' order by year limit 1")
sql "update reporting_period set opens_on = current_date - 5, due_on = current_date + 10, closes_on = current_date + 20 where id = $period" >/dev/null
sql "with u as (insert into unit (agency_id, content_area_id, name, kind, search_key)
       select $agency, $area, 'Trường kiểm thử sự cố ' || g, 'SCHOOL', 'truong kiem thu su co ' || g from generate_series(1, $UNITS) g
       returning id)
     insert into participation (unit_id, campaign_id, content_area_id, registered_by) select id, $campaign, $area, 'crash' from u" >/dev/null
mapfile -t units < <(sql "select id from unit where name like 'Trường kiểm thử sự cố %' order by id")

base="http://127.0.0.1:$PORT"
cookies="$work/cookies"
curl -s -c "$cookies" -b "$cookies" -o "$work/page" "$base/login"
csrf() { grep -o 'name="_csrf" value="[^"]*"' "$work/page" | head -n 1 | sed 's/.*value="//;s/"$//'; }
[ "$(curl -s -o /dev/null -w '%{http_code}' -c "$cookies" -b "$cookies" -d "username=rep1&password=ThiDua@2025&_csrf=$(csrf)" "$base/login")" = 302 ] || fail "sign-in"
curl -s -c "$cookies" -b "$cookies" -o "$work/page" "$base/reports"
token=$(csrf)

# the loop: start the unit's report, upload a PDF of its own, submit; every answer with success is written down
acks="$work/acks"; : > "$acks"
(
  i=0
  for unit in "${units[@]}"; do
    i=$((i + 1))
    location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$cookies" -b "$cookies" -d "unitId=$unit&periodId=$period&_csrf=$token" "$base/reports") || exit 0
    report=$(echo "$location" | sed -n 's#.*/reports/\([0-9]*\)/edit.*#\1#p')
    [ -n "$report" ] || continue
    echo "report $report" >> "$acks"
    printf '%%PDF-1.4\n%% evidence %s of unit %s\n%%%%EOF\n' "$i" "$unit" > "$work/e.pdf"
    sum=$(sha256sum "$work/e.pdf" | cut -d' ' -f1)
    code=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$cookies" -b "$cookies" \
      -F "file=@$work/e.pdf;type=application/pdf;filename=minh-chung-$i.pdf" -F "_csrf=$token" "$base/reports/$report/evidence") || exit 0
    case "$code" in 302*edit*) echo "evidence $report $sum" >> "$acks" ;; esac
    curl -s -c "$cookies" -b "$cookies" -o "$work/edit" "$base/reports/$report/edit" || exit 0
    version=$(grep -o 'name="version" value="[0-9]*' "$work/edit" | head -n 1 | grep -o '[0-9]*$')
    # a self-assessment of 1 point for every criterion of the unit's content area
    scores=$(grep -o 'name="selfScores\[[0-9]*\]"' "$work/edit" | sed 's/name="\(.*\)"/\1=1/' | paste -sd '&' -)
    code=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$cookies" -b "$cookies" \
      --data-urlencode "narrative=Báo cáo kiểm thử sự cố số $i" -d "initiativeRows=0&version=$version&action=submit&_csrf=$token" \
      ${scores:+-d "$scores"} "$base/reports/$report") || exit 0
    case "$code" in "302 $base/reports/$report") echo "submitted $report" >> "$acks" ;; esac
  done
) &
loop=$!
sleep "${CRASH_AFTER:-8}"
kill -9 "$app"; app=""
echo "killed the application with kill -9 after ${CRASH_AFTER:-8} s"
wait "$loop" 2>/dev/null || true

start
echo "application restarted"
reports=$(grep -c '^report ' "$acks" || true); evidence=$(grep -c '^evidence ' "$acks" || true); submitted=$(grep -c '^submitted ' "$acks" || true)
[ "$reports" -gt 0 ] || fail "nothing was acknowledged before the kill"
missing=0
while read -r kind report sum; do
  case "$kind" in
    report) [ "$(sql "select count(*) from report where id = $report")" = 1 ] || { echo "lost: report $report"; missing=$((missing + 1)); } ;;
    evidence) [ "$(sql "select count(*) from evidence_file f join evidence_content c on c.evidence_file_id = f.id
                       where f.report_id = $report and f.sha256 = '$sum' and encode(sha256(c.bytes), 'hex') = '$sum'")" = 1 ] \
                || { echo "lost: evidence of report $report"; missing=$((missing + 1)); } ;;
    submitted) [ "$(sql "select count(*) from report where id = $report and status = 'SUBMITTED' and submitted_at is not null")" = 1 ] \
                || { echo "lost: submission of report $report"; missing=$((missing + 1)); } ;;
  esac
done < "$acks"
half_files=$(sql "select count(*) from evidence_file f where not exists (select 1 from evidence_content c where c.evidence_file_id = f.id)")
half_reports=$(sql "select count(*) from report where status = 'SUBMITTED' and (submitted_at is null or narrative is null)")
in_db=$(sql "select count(*) from report r join unit u on u.id = r.unit_id where u.name like 'Trường kiểm thử sự cố %'")
files_db=$(sql "select count(*) from evidence_file f join report r on r.id = f.report_id join unit u on u.id = r.unit_id where u.name like 'Trường kiểm thử sự cố %'")
echo "acknowledged before the kill: $reports reports started, $evidence evidence files, $submitted submissions"
echo "found after the restart: $in_db reports, $files_db evidence files (the one in flight at the kill may be either way)"
echo "lost: $missing; half-written: $half_files files without their bytes, $half_reports submitted reports without their content"
[ "$missing" = 0 ] && [ "$half_files" = 0 ] && [ "$half_reports" = 0 ] || fail "a success was lost or something half-written is visible"
[ "$in_db" -le $((reports + 1)) ] || fail "more reports than were started"
echo "OK: every submission answered with success survived kill -9, with its file's bytes; nothing half-written"
