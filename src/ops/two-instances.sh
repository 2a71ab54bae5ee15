#!/usr/bin/env bash
# Two application processes on one database behind HAProxy (round robin), as a province with two servers runs it:
# signs in through HAProxy, opens pages and saves a record spread over both instances, stops one instance in the
# middle and goes on through the other, and shows that a scheduled job runs on one instance only. Prints what it
# checked; exits non-zero when a check fails.
#
#   src/ops/two-instances.sh            (needs: the jar — built if missing —, PostgreSQL on PGHOST/PGPORT, haproxy)
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB=thidua_two_instances
LB=18080; A=18081; B=18082; MA=18091; MB=18092
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]:-}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  dropdb --if-exists "$DB" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

command -v haproxy >/dev/null || fail "haproxy is not installed (Debian: apt-get install haproxy)"
jar=$(ls target/thidua-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$jar" ] || { ./mvnw -B -q package -DskipTests; jar=$(ls target/thidua-*.jar | head -n 1); }

dropdb --if-exists "$DB"; createdb --encoding=UTF8 --template=template0 "$DB"

start() { # name port management-port
  # the deadline reminders come due every 10 s on both instances: ShedLock lets one of them run it per minute
  SERVER_PORT=$2 MANAGEMENT_PORT=$3 SPRING_PROFILES_ACTIVE=demo \
  DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DATABASE_USERNAME="$PGUSER" DATABASE_PASSWORD="${PGPASSWORD:-}" \
  THIDUA_NOTICES_REMINDERS_CRON="*/10 * * * * *" \
    java -Xmx256m -jar "$jar" > "$work/$1.log" 2>&1 &
  pids+=($!)
  echo $! > "$work/$1.pid"
}
ready() { # management-port
  for _ in $(seq 1 90); do
    curl -fs "http://127.0.0.1:$1/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && return 0
    sleep 1
  done
  return 1
}
# the first loads the demo; the second starts once it is there (it finds the data and loads nothing)
start a $A $MA; ready $MA || fail "instance a did not become ready"
start b $B $MB; ready $MB || fail "instance b did not become ready"
echo "instances a (:$A) and b (:$B) ready on database $DB"

cat > "$work/haproxy.cfg" <<CFG
global
  log stdout format raw local0 warning
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  option redispatch
  retries 2
frontend web
  bind 127.0.0.1:$LB
  default_backend app
backend app
  balance roundrobin
  option httpchk GET /actuator/health/readiness
  http-check expect string UP
  http-response set-header X-Served-By %s
  server a 127.0.0.1:$A check port $MA inter 1s fall 2 rise 1
  server b 127.0.0.1:$B check port $MB inter 1s fall 2 rise 1
CFG
haproxy -f "$work/haproxy.cfg" > "$work/haproxy.log" 2>&1 &
pids+=($!)
sleep 2
base="http://127.0.0.1:$LB"
jar_="$work/cookies"
# which instance answered each request, one line each (HAProxy's X-Served-By)
served_by() { grep -i '^x-served-by:' "$work/headers" | tr -d '\r' | awk '{print $2}' >> "$work/served"; }
get() { # path → status
  local out
  out=$(curl -s -o "$work/page" -D "$work/headers" -w '%{http_code}' -b "$jar_" -c "$jar_" "$base$1")
  served_by
  echo "$out"
}
token() { grep -o 'name="_csrf" value="[^"]*"' "$work/page" | head -n 1 | sed 's/.*value="//;s/"$//'; }

[ "$(get /login)" = 200 ] || fail "login page"
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar_" -c "$jar_" -d "username=staff&password=ThiDua@2025&_csrf=$(token)" "$base/login")
[ "$status" = 302 ] || fail "sign-in answered $status"
echo "signed in as staff through HAProxy"

pages=(/ /dashboard /reports /pledges /agencies /nominations /decisions /periods /notices /audit)
for p in "${pages[@]}"; do
  [ "$(get "$p")" = 200 ] || fail "GET $p through HAProxy"
  grep -q 'Trần Thị Bình' "$work/page" || fail "GET $p: not signed in on the instance that answered"
done
echo "opened ${#pages[@]} pages through HAProxy, signed in whichever instance answered"

# a submission: staff create an agency (the form comes from one instance, the post goes to the other)
[ "$(get /agencies/new)" = 200 ] || fail "agency form"
name="Hội Kiểm thử Hai Máy $(date +%s)"
status=$(curl -s -o /dev/null -D "$work/headers" -w '%{http_code}' -b "$jar_" -c "$jar_" \
  --data-urlencode "name=$name" --data-urlencode "shortName=" -d "kind=OTHER&parentId=&clusterId=&address=&phone=&email=&contactPerson=" \
  -d "_csrf=$(token)" "$base/agencies")
served_by
[ "$status" = 302 ] || fail "creating an agency answered $status"
[ "$(psql -d "$DB" -Atqc "select count(*) from agency where name = '$name'")" = 1 ] || fail "the agency is not in the database"
echo "created the agency \"$name\": form served by $(tail -n 2 "$work/served" | head -n 1), post by $(tail -n 1 "$work/served")"

count() { grep -c "^$1\$" "$work/served" || true; }
ca=$(count a); cb=$(count b)
[ "$ca" -gt 0 ] && [ "$cb" -gt 0 ] || fail "round robin: a served $ca, b served $cb"
echo "before the stop: instance a served $ca requests, instance b $cb"

# instance a stops (gracefully, as an upgrade would stop it); the user goes on through b, still signed in
kill -TERM "$(cat "$work/a.pid")"
sleep 3
: > "$work/served"
for p in "${pages[@]}" /agencies; do
  [ "$(get "$p")" = 200 ] || fail "GET $p after a stopped"
  grep -q 'Trần Thị Bình' "$work/page" || fail "GET $p after a stopped: signed out"
done
grep -q "$name" "$work/page" || fail "the new agency is not listed by b"
ca=$(count a); cb=$(count b)
[ "$ca" = 0 ] && [ "$cb" -gt 0 ] || fail "after the stop: a served $ca, b served $cb"
echo "after stopping a: $cb requests, all served by b, still signed in, the new agency listed"

# the scheduled job came due every 10 s on both: ShedLock let one instance at a time run it (at most once a minute)
runs_a=$(grep -c 'Deadline reminders:' "$work/a.log" || true)
runs_b=$(grep -c 'Deadline reminders:' "$work/b.log" || true)
locks=$(psql -d "$DB" -Atqc "select count(*) from shedlock where name = 'deadlineReminders'")
elapsed=$(( $(date +%s) - $(stat -c %Y "$work/haproxy.cfg") + 20 ))
echo "deadline reminders: due every 10 s on each instance for about ${elapsed} s; ran $runs_a time(s) on a and $runs_b on b (one ShedLock row: $locks)"
[ $(( runs_a + runs_b )) -ge 1 ] || fail "the scheduled job never ran"
[ $(( runs_a + runs_b )) -le $(( elapsed / 60 + 1 )) ] || fail "the scheduled job ran more than once a minute"
echo "OK: two instances, one database, one session store, one run of each scheduled job at a time"
