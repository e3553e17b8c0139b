#!/usr/bin/env bash
# No-change mail sync benchmark (issue 12 item 2): after the first sync of N generated mails in a real Dovecot,
# sessions with nothing new, counted and timed on the wire by a relay. Prints one "BENCH mail-no-change" line per
# size. Usage: bench/mail-no-change.sh [N ...]   (default: 10000 50000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 50000)
mvn -B -q -DskipTests package
rm -f target/bench/mail-no-change.txt
for n in "${sizes[@]}"; do
  mvn -B -q failsafe:integration-test -Dit.test=MailNoChangeBenchmark -Dbench.messages="$n" \
    >target/bench-mail-no-change-"$n".log 2>&1 \
    || { echo "benchmark with $n messages failed: see target/bench-mail-no-change-$n.log"; exit 1; }
done
cat target/bench/mail-no-change.txt
