#!/usr/bin/env bash
# Freshness benchmark (issue 12 item 3): a mail appended to INBOX in a real Dovecot, from a CRM contact, until
# GET /api/activities lists it; IMAP IDLE wakes the session. Prints one "BENCH mail-freshness" line with median,
# p95 and worst over N appends. Usage: bench/mail-freshness.sh [N]   (default: 20)
set -euo pipefail
cd "$(dirname "$0")/.."
appends="${1:-20}"
mvn -B -q -DskipTests package
rm -f target/bench/mail-freshness.txt
mvn -B -q failsafe:integration-test -Dit.test=MailFreshnessBenchmark -Dbench.appends="$appends" \
  >target/bench-mail-freshness.log 2>&1 \
  || { echo "benchmark failed: see target/bench-mail-freshness.log"; exit 1; }
cat target/bench/mail-freshness.txt
