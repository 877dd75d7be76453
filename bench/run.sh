#!/usr/bin/env bash
# Benchmarks: warm API throughput (JMH) and cold CLI wall time for linting samples/.
# Usage: bench/run.sh [jmh|cold|confirm|all]   (default: all). Builds first; prints figures and ratios.
# 'confirm' compares 'loss-advisor confirm --task binary' with the same CNN and loop in Debian's python3-torch
# (bench/confirm_torch.py; install it with: apt-get install -y python3-torch).
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

if [ "$what" = confirm ] || [ "$what" = all ]; then
  if ! /usr/bin/python3 -c 'import torch' 2>/dev/null; then
    echo "confirm: skipped, python3-torch is not installed (apt-get install -y python3-torch)"
  else
    t0=$(date +%s%N); ./loss-advisor confirm --task binary --format json > bench/results/confirm-binary.json 2>/dev/null; t1=$(date +%s%N)
    java_ms=$(( (t1 - t0) / 1000000 ))
    inner_ms=$(python3 -c "import json; print(json.load(open('bench/results/confirm-binary.json'))['millis'])")
    t0=$(date +%s%N); /usr/bin/python3 bench/confirm_torch.py; t1=$(date +%s%N)
    torch_ms=$(( (t1 - t0) / 1000000 ))
    echo "confirm --task binary (4 candidates x 3 seeds): DJL ${java_ms} ms wall (${inner_ms} ms training), python3-torch ${torch_ms} ms wall"
    echo "ratio DJL / python3-torch: $(python3 -c "print(f'{$java_ms/$torch_ms:.2f}')") wall, $(python3 -c "print(f'{$inner_ms/$torch_ms:.2f}')") training only"
  fi
fi
