#!/usr/bin/env bash
# Response times of the main pages of a running Thi đua (./mvnw spring-boot:run, demo data), and the
# application's memory. Sends only to the given base URL (default http://localhost:8080), a bounded number of
# sequential requests per page.
#   src/bench/pages.sh [base-url] [requests-per-page]
# EXTRA: more pages to measure as staff, separated by spaces (e.g. the filtered lists of a generated dataset:
#   EXTRA="/dashboard/units?campaign=1 /reports?campaign=1&period=1&status=ACCEPTED" src/bench/pages.sh http://127.0.0.1:18381)
set -euo pipefail
BASE=${1:-http://localhost:8080}
N=${2:-50}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

login() { # user → cookie jar
  local jar="$WORK/$1.jar"
  curl -s -c "$jar" -b "$jar" "$BASE/login" -o "$WORK/login.html"
  local token
  token=$(grep -oP 'name="_csrf" value="\K[^"]+' "$WORK/login.html")
  curl -s -c "$jar" -b "$jar" -o /dev/null -X POST --data-urlencode "username=$1" \
    --data-urlencode "password=ThiDua@2025" --data-urlencode "_csrf=$token" "$BASE/login"
  echo "$jar"
}

measure() { # jar path → one line: p50, p95, max in ms
  local jar=$1 path=$2 times="$WORK/times"
  : > "$times"
  for _ in $(seq 1 "$N"); do
    curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$path" >> "$times"
  done
  if grep -qv '^200 ' "$times"; then echo "$path: not 200 ($(grep -v '^200 ' "$times" | head -1))"; return; fi
  awk '{print $2 * 1000}' "$times" | sort -n | awk -v path="$path" '
    { v[NR] = $1 } END { printf "%-48s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d requests)\n",
      path, v[int(NR * 0.5)], v[int(NR * 0.95)], v[NR], NR }'
}

PID=$(pgrep -f 'vn.mttq.thidua.ThiDuaApplication' | head -1 || true)
rss() { [ -n "$PID" ] && awk '/VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$PID/status" || echo "n/a"; }

echo "Thi đua at $BASE, $N requests per page; application RSS before: $(rss)"
STAFF=$(login staff)
REP=$(login rep1)
for path in "/" "/agencies" "/agencies?q=so+y+te" "/pledges" "/pledges?status=SUBMITTED" "/reports" \
            "/reports?status=SUBMITTED" "/rankings" "/periods" "/campaigns/1" ${EXTRA:-}; do
  measure "$STAFF" "$path"
done
for path in "/" "/pledges" "/reports"; do
  measure "$REP" "$path"
done
echo "application RSS after: $(rss)"
