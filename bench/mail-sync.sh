#!/usr/bin/env bash
# Mail sync benchmark: a real Dovecot mailbox with N generated messages (20 % from CRM contacts, some with
# attachments) synced by a real Tandem server process. Prints one "BENCH mail" line per size.
# Usage: bench/mail-sync.sh [N ...]   (default: 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
mvn -B -q -DskipTests package
rm -f target/bench/mail.txt
for n in "${sizes[@]}"; do
  mvn -B -q failsafe:integration-test -Dit.test=MailSyncBenchmark -Dbench.messages="$n" >target/bench-mail-"$n".log 2>&1 \
    || { echo "benchmark with $n messages failed: see target/bench-mail-$n.log"; exit 1; }
done
cat target/bench/mail.txt
