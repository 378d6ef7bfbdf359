#!/usr/bin/env bash
# Reruns every figure of docs/benchmarks.md, printing the machine and its load before each one.
# Usage: bench/measure.sh [calls|bdn|bulk|sweep|all]   (default all; bulk takes ~10 minutes, sweep ~15)
# Timings mean something only on a quiet machine: check `uptime` first.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
bench=(dotnet bench/bin/Release/net10.0/CrmTiering.Bench.dll)

machine() {
  echo
  echo "== $1"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo); $(date -u +%FT%TZ);" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

dotnet build bench -c Release -nologo -v quiet
# npm install, not npm ci: the registry here serves only the Linux x64 DuckDB bindings, so the lock
# file lacks the other platforms' optional packages and npm ci refuses it as out of sync.
(cd bench/duckdb && npm install --no-audit --no-fund --loglevel=error)

if [[ $what == all || $what == calls ]]; then
  machine "calls per event"
  "${bench[@]}" calls
fi
if [[ $what == all || $what == bdn ]]; then
  machine "BenchmarkDotNet"
  "${bench[@]}" --filter '*' --exporters github
fi
if [[ $what == all || $what == bulk ]]; then
  machine "bulk review, 100 000 accounts"
  "${bench[@]}" bulk --accounts 100000 --opportunities 1000000
  machine "bulk review, largest under ten minutes"
  "${bench[@]}" bulk --accounts 1000000 --opportunities 20000000 --reuse
  machine "done"
fi
if [[ $what == all || $what == sweep ]]; then
  for accounts in 1000 10000 50000; do
    machine "sweep and backfill by page, $accounts accounts (commit $(git rev-parse --short HEAD))"
    "${bench[@]}" sweep --accounts "$accounts"
  done
fi
