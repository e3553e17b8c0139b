#!/bin/sh
# Calendar sync benchmark: 2,000 events (10 % weekly series) in a real Radicale (Debian's /usr/bin/radicale),
# the first two-way sync into an empty CRM calendar and a sync without changes. Prints events/s and the times.
# Usage: bench/calendar-sync.sh [events]   (run from anywhere; needs the warm local Maven repository)
set -eu
cd "$(dirname "$0")/.."
EVENTS="${1:-2000}"
mvn -B -q -o test -Dtest=CalendarBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.events="$EVENTS" \
    -DtrimStackTrace=true 2>&1 | grep -E '^BENCH|FAIL|ERROR' || true
