#!/usr/bin/env bash
# Benchmarks: warm API throughput (JMH) and cold CLI wall time for linting samples/.
# Usage: bench/run.sh [jmh|cold|all]   (default: all). Builds first; prints figures and ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
shift || true

mvn -B -q clean package -DskipTests

if [ "$what" = jmh ] || [ "$what" = all ]; then
  mkdir -p bench/results
  java -jar bench/target/benchmarks.jar -rf json -rff bench/results/jmh.json "$@" 2>&1 | grep -E "^(Benchmark|ValidateBenchmark)" || true
  python3 - <<'PY'
import json
r = {b["benchmark"].rsplit(".", 1)[1]: b["primaryMetric"]["score"] for b in json.load(open("bench/results/jmh.json"))}
base = r["baselineJacksonReadTree"]
for k, v in r.items():
    print(f"{k:28s} {v:12,.0f} ops/s   {v / base:6.3f} x Jackson readTree   {v / 50000:6.2f} x the 50k/s target")
PY
fi

if [ "$what" = cold ] || [ "$what" = all ]; then
  runs=10
  measure() {  # prints the median wall time in ms of running "$@" $runs times
    local times=()
    for _ in $(seq $runs); do
      local t0 t1
      t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
      times+=($(( (t1 - t0) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
  }
  files=$(find samples -name '*.json' | wc -l)
  lint=$(measure ./loss-advisor lint samples/)
  jvm=$(measure java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -version)
  echo "cold lint of samples/ ($files files): median ${lint} ms over $runs runs (target < 1000 ms)"
  echo "baseline: bare JVM start (java -version, same flags): median ${jvm} ms; lint = $(python3 -c "print(f'{$lint/$jvm:.1f}')") x JVM start"
fi
