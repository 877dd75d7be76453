#!/usr/bin/env bash
# Benchmarks: warm API throughput (JMH) and cold CLI wall time for linting samples/.
# Usage: bench/run.sh [jmh|warm|warm-pair|read|cold|lsp|python|confirm|capture|web|hardening|rss|scale|all]   (default: all). Builds first (SKIP_BUILD=1 reuses the
# jars of the last build); prints figures and ratios.
# 'cold' takes BASELINE=DIR too: another build's launcher (e.g. main's) alternated with this one's.
# 'lsp' times the language server: first diagnostics on a 62-file project, and didChange -> publishDiagnostics (bench/lsp_bench.py).
# 'warm' times JMH's readTree and validateSmallJsonUnseen in thread CPU time (bench/.../WarmCpu.java; JMH's wall-clock
# scores do not settle on a shared machine), RUNS=3 processes; BASELINE=DIR alternates another build's jar with this one's.
# 'warm-pair' (BASELINE=DIR required) times the same call of this build and BASELINE's in one JVM, round by round
# (bench/.../WarmPair.java): a comparison of two builds within ~3 %, where two processes differ by 10 % with the same code.
# 'read' reads a generated 500 MB Keras HDF5 model against a 1 KB description file, in the same JMH run.
# 'hardening' starts the web app on 127.0.0.1 and runs 60 s of mixed malformed and valid requests (bench/mixed_load.py)
# and 600 slow uploads for 20 s (bench/slow_clients.py), reporting 5xx answers and the growth of the server's log.
# 'scale' lints a generated file of 1k, 5k, 10k and 50k one-line loss calls, and trees of as many loss-calling files, and
# reports the wall and CPU (user + sys) time per 1,000 calls / files (a lint of one clean file, JVM start included, is
# subtracted as the baseline) and the ratio to the 1k run (linear work: at most 1.5). Each lint is cut after SCALE_TIMEOUT seconds (default 300).
# 'hardening' also measures slow clients of every mode (headers, bodies, multipart, from one and from 20 addresses) and
# the server's resident memory after the mixed load and after 26 Python bodies of 2 MB.
# 'rss' measures resident memory against the README's caps: the web app under 26 Python bodies of 2 MB and 26 of 1.4 MB
# (bench/rss_load.py: one at a time, then 4 at once, with /api/rules probed meanwhile), and lint of a generated 4 MB file.
# 'web' starts the web app on 127.0.0.1 and loads POST /api/validate with wrk (apt-get install -y wrk) for a
# bounded 15 s (after a 30 s warm-up), against a static file from the same server as the baseline.
# 'python' lints the Python tree of Debian's python3-torch (1,141 files, 15 MB; apt-get install -y python3-torch) end to
# end, JVM start included, in text and JSON, against CPython's own ast.parse over the same files, alternated in the same
# run (RUNS=5): wall and CPU time (user + sys, less sensitive to a shared machine's load) and peak RSS; BASELINE=DIR
# adds another build's launcher (a checkout before a change) to the alternation; the floor (a bare 'java -version' and a lint of
# one small script: JVM start, CLI and rule base) is measured in the same alternation.
# 'capture' runs bench/capture_train.py (a small CNN) under 'loss-advisor capture --batches 3' (stopped after 3 batches, JVM start,
# hooks and lint included) against the same script stopping itself after 3 batches, median of 5 each (goal: at most 1.5 x).
# 'confirm' compares 'loss-advisor confirm --task binary' with the same CNN and loop in Debian's python3-torch
# (bench/confirm_torch.py; install it with: apt-get install -y python3-torch).
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
shift || true

[ "${SKIP_BUILD:-}" = 1 ] || mvn -B -q clean package -DskipTests

if [ "$what" = jmh ] || [ "$what" = all ]; then
  mkdir -p bench/results
  java -jar bench/target/benchmarks.jar ValidateBenchmark -rf json -rff bench/results/jmh.json "$@" 2>&1 | grep -E "^(Benchmark|ValidateBenchmark)" || true
  python3 - <<'PY'
import json
r = {b["benchmark"].rsplit(".", 1)[1]: b["primaryMetric"]["score"] for b in json.load(open("bench/results/jmh.json"))}
base = r["baselineJacksonReadTree"]
for k, v in r.items():
    print(f"{k:28s} {v:12,.0f} ops/s   {v / base:6.3f} x Jackson readTree   {v / 50000:6.2f} x the 50k/s target")
PY
fi

if [ "$what" = warm ] || [ "$what" = all ]; then
  for _ in $(seq "${RUNS:-3}"); do
    for build in this ${BASELINE:+base}; do
      jar=engine/target/loss-advisor.jar
      [ "$build" = base ] && jar="$BASELINE/engine/target/loss-advisor.jar"
      echo "$build $(java -Xmx1g -cp "bench/target/classes:$jar" dev.lossadvisor.bench.WarmCpu)"
    done
  done | python3 -c '
import statistics, sys
ns = {}
for line in sys.stdin:
    build, _, read, _, validate = line.split()
    ns.setdefault(build, []).append((float(read), float(validate)))
for build, runs in ns.items():
    read, validate = statistics.median(r for r, _ in runs), statistics.median(v for _, v in runs)
    print(f"{build:5s} readTree {read:6.0f} ns  validateSmallJsonUnseen {validate:7.0f} ns  {read / validate:.4f} x readTree  ({len(runs)} runs)")
if "base" in ns:
    this, base = (statistics.median(v for _, v in ns[b]) for b in ("this", "base"))
    print(f"validate CPU per call, this / baseline: {this / base:.3f}")
'
fi

if [ "$what" = warm-pair ]; then
  # this build and BASELINE's in one JVM, alternated round by round (bench/.../WarmPair.java): ~3 % apart with the same code
  [ -n "${BASELINE:-}" ] || { echo "warm-pair: set BASELINE=DIR (another build's checkout)" >&2; exit 2; }
  for _ in $(seq "${RUNS:-3}"); do
    java -Xmx1g -cp bench/target/classes dev.lossadvisor.bench.WarmPair engine/target/loss-advisor.jar "$BASELINE/engine/target/loss-advisor.jar"
  done | python3 -c '
import statistics, sys
runs = [line.split() for line in sys.stdin]
this, base, read = (statistics.median(float(r[i]) for r in runs) for i in (1, 3, 5))
print(f"validateSmallJsonUnseen: this {this:.0f} ns ({read / this:.4f} x readTree), baseline {base:.0f} ns ({read / base:.4f} x), readTree {read:.0f} ns; this / baseline {this / base:.3f} ({len(runs)} processes)")
'
fi

if [ "$what" = read ] || [ "$what" = all ]; then
  mkdir -p bench/results
  java -jar bench/target/benchmarks.jar ReadBenchmark -rf json -rff bench/results/read.json "$@" 2>&1 | grep -E "^(Benchmark|ReadBenchmark|\[read\])" || true
  python3 - <<'PY'
import json
r = {b["benchmark"].rsplit(".", 1)[1]: b for b in json.load(open("bench/results/read.json"))}
base, h5 = r["baselineJsonDescription"]["primaryMetric"], r["hdf5Model"]["primaryMetric"]
mb = r["hdf5Model"]["params"]["weightsMb"]
print(f"read a 1 KB description: {base['score']:.1f} ± {base['scoreError']:.1f} us; a {mb} MB Keras HDF5 model: {h5['score']:.1f} ± {h5['scoreError']:.1f} us")
print(f"ratio HDF5 / description: {h5['score'] / base['score']:.2f} x (goal: at most 2 x, whatever the file size)")
PY
fi

if [ "$what" = cold ] || [ "$what" = all ]; then
  # cold CLI starts as pre-commit hooks and editors make them: one description, then samples/, text and JSON, through the
  # launcher with its start-up cache (CDS archive on JDK 17, the AOT cache on JDK 24+), against a bare 'java -version'
  # of the same JDK and flags in the same run; for the PATH's java and, when installed, Temurin 25
  for jdk in "" /usr/lib/jvm/temurin-25-jdk-amd64; do
    [ -z "$jdk" ] || [ -x "$jdk/bin/java" ] || continue
    java_bin="$(command -v "${jdk:+$jdk/bin/}java")"
    rm -f engine/target/loss-advisor.jsa engine/target/loss-advisor.jdk*.aot
    # each start-up cache trains on its first run (JDK 24+ keeps one for lints of JSON files only, one for the rest)
    JAVA_HOME="$jdk" ./loss-advisor lint samples/mse-for-classification/bad.json >/dev/null 2>&1 || true
    for _ in $(seq 180); do ls engine/target/loss-advisor.jsa engine/target/loss-advisor.jdk*.aot >/dev/null 2>&1 && break; sleep 1; done
    if ls engine/target/loss-advisor.jdk*.aot >/dev/null 2>&1; then
      JAVA_HOME="$jdk" ./loss-advisor lint samples/ >/dev/null 2>&1 || true
      for _ in $(seq 180); do [ "$(ls engine/target/loss-advisor.jdk*.aot 2>/dev/null | wc -l)" -ge 2 ] && break; sleep 1; done
    fi
    if [ -n "${BASELINE:-}" ]; then  # the other build's launcher makes its own cache on its first run
      JAVA_HOME="$jdk" "$BASELINE/loss-advisor" lint samples/mse-for-classification/bad.json >/dev/null 2>&1 || true
      for _ in $(seq 180); do
        [ -z "$jdk" ] && ls "$BASELINE"/engine/target/loss-advisor.jsa >/dev/null 2>&1 && break
        [ -n "$jdk" ] && ls "$BASELINE"/engine/target/loss-advisor.jdk*.aot >/dev/null 2>&1 && break
        sleep 1
      done
    fi
    echo "cold start on $("$java_bin" -version 2>&1 | head -1), $(uptime | sed 's/.*load/load/')"
    python3 bench/cold_bench.py "$java_bin" "${RUNS:-7}"
  done
fi

if [ "$what" = lsp ] || [ "$what" = all ]; then
  # the language server's warm path: didChange -> publishDiagnostics on a 62-file project, over the server's stdio
  python3 bench/lsp_bench.py ./loss-advisor "${EDITS:-40}"
fi

if [ "$what" = python ] || [ "$what" = all ]; then
  torch=/usr/lib/python3/dist-packages/torch
  if [ ! -d "$torch" ]; then
    echo "python: $torch not found; install it with: apt-get install -y python3-torch" >&2
  else
    # the .py files alone, as ast.parse sees them (the package also ships .so, .pyi and headers)
    tree=$(mktemp -d)
    (cd "$(dirname "$torch")" && find torch -name '*.py' -print0 | tar --null -T - -cf -) | tar -C "$tree" -xf -
    runs=${RUNS:-5}
    median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
    timed() {  # runs "$@" under /usr/bin/time; prints "wall_ms cpu_ms peak_rss_kb" (cpu: user + sys)
      /usr/bin/time -o "$tree.time" -f '%e %U %S %M' "$@" >/dev/null 2>&1 || true
      tail -1 "$tree.time" | awk '{printf "%d %d %d\n", $1 * 1000, ($2 + $3) * 1000, $4}'  # (a first line says when the exit status was not 0)
    }
    ./loss-advisor lint --fail-on never "$tree/torch" > bench/results-python-lint.txt 2>&1 || true  # also records the start-up cache
    # the floor no analysis can go under, in the same alternation: a bare JVM start (java -version, the launcher's flags)
    # and a lint of one small script (JVM start, the CLI and the rule base)
    mkdir -p "$tree/one" && printf 'import torch.nn as nn\ncriterion = nn.MSELoss()\n' > "$tree/one/train.py"
    declare -A wall cpu rss
    kinds="ast text json${BASELINE:+ base} jvm one"
    for _ in $(seq $runs); do  # alternated, so that the machine's load falls on all alike
      for kind in $kinds; do
        case $kind in
          ast) read -r w c r < <(timed /usr/bin/python3 -c "import ast, pathlib, sys
for p in pathlib.Path(sys.argv[1]).rglob('*.py'): ast.parse(p.read_bytes())" "$tree/torch") ;;
          text) read -r w c r < <(timed ./loss-advisor lint --fail-on never "$tree/torch") ;;
          json) read -r w c r < <(timed ./loss-advisor lint --fail-on never --format json "$tree/torch") ;;
          base) read -r w c r < <(timed "$BASELINE/loss-advisor" lint --fail-on never "$tree/torch") ;;  # another build's launcher
          jvm) read -r w c r < <(timed java -XX:+UseSerialGC -Xmx512m -XX:TieredStopAtLevel=1 -Xshare:auto -version) ;;
          one) read -r w c r < <(timed ./loss-advisor lint --fail-on never "$tree/one") ;;
        esac
        wall[$kind]+="$w " cpu[$kind]+="$c " rss[$kind]+="$r "
      done
    done
    med() { printf '%s\n' $1 | median; }
    files=$(find "$tree/torch" -name '*.py' | wc -l)
    aw=$(med "${wall[ast]}") ac=$(med "${cpu[ast]}") ar=$(med "${rss[ast]}")
    echo "python3-torch's $files .py files, median of $runs alternated runs (load: $(cut -d' ' -f1-3 /proc/loadavg))"
    echo "baseline: CPython ast.parse of the same files: ${aw} ms wall, ${ac} ms CPU (user + sys), peak RSS $((ar / 1024)) MB"
    for kind in $kinds; do
      [ $kind = ast ] && continue
      w=$(med "${wall[$kind]}") c=$(med "${cpu[$kind]}") r=$(med "${rss[$kind]}")
      target=" (target: at most 0.5 x wall)"
      case $kind in jvm) label="floor: java -version" target="" ;; one) label="floor: lint of one small script" target="" ;; *) label="lint ($kind), JVM start included" ;; esac
      echo "$label: ${w} ms wall = $(python3 -c "print(f'{$w/$aw:.2f}')") x ast.parse, ${c} ms CPU = $(python3 -c "print(f'{$c/$ac:.2f}')") x, peak RSS $((r / 1024)) MB = $(python3 -c "print(f'{$r/$ar:.2f}')") x$target"
    done
    echo "what lint found there: $(tail -1 bench/results-python-lint.txt)"
    rm -rf "$tree" "$tree.time" bench/results-python-lint.txt
  fi
fi

if [ "$what" = capture ] || [ "$what" = all ]; then
  if ! /usr/bin/python3 -c 'import torch' >/dev/null 2>&1; then
    echo "capture: /usr/bin/python3 cannot import torch; install it with: apt-get install -y python3-torch" >&2
  else
    runs=5
    median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
    out=$(mktemp -d)
    plain_times=() capture_times=()
    for _ in $(seq $runs); do
      t0=$(date +%s%N); /usr/bin/python3 bench/capture_train.py --batches 3; t1=$(date +%s%N)
      plain_times+=($(( (t1 - t0) / 1000000 )))
      t0=$(date +%s%N); ./loss-advisor capture --batches 3 --out "$out" -- /usr/bin/python3 bench/capture_train.py >/dev/null 2>&1 || true; t1=$(date +%s%N)
      capture_times+=($(( (t1 - t0) / 1000000 )))
    done
    plain=$(printf '%s\n' "${plain_times[@]}" | median)
    captured=$(printf '%s\n' "${capture_times[@]}" | median)
    echo "capture: 3 batches of a small CNN without capture: median ${plain} ms; under 'loss-advisor capture --batches 3' (JVM, hooks, lint): median ${captured} ms"
    echo "capture: ratio $(python3 -c "print(f'{$captured/$plain:.2f}')") x (goal: at most 1.5 x)"
    rm -rf "$out"
  fi
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

if [ "$what" = scale ] || [ "$what" = all ]; then
  tree=$(mktemp -d)
  limit=${SCALE_TIMEOUT:-300}
  python3 - "$tree" <<'GEN'
import os, sys
root = sys.argv[1]
os.makedirs(f"{root}/base")
open(f"{root}/base/train.py", "w").write("import torch.nn as nn\ncriterion = nn.MSELoss()\n")
for n in (1000, 5000, 10000, 50000):
    os.makedirs(f"{root}/calls{n}")
    open(f"{root}/calls{n}/train.py", "w").write("import torch.nn as nn\n" + "nn.MSELoss()(a, b)\n" * n)
    for i in range(n):
        d = f"{root}/files{n}/pkg{i // 1000}"
        os.makedirs(d, exist_ok=True)
        open(f"{d}/m{i}.py", "w").write("import torch.nn as nn\ncriterion = nn.CrossEntropyLoss()\ndef g(model, x, y):\n    return criterion(model(x), y)\n")
GEN
  ms() {  # "wall_ms cpu_ms" of a lint (cpu: user + sys, less sensitive to a shared machine's load), or "timeout"
    local rc=0
    /usr/bin/time -o "$tree/time" -f '%e %U %S' timeout "$limit" ./loss-advisor lint --fail-on never "$1" >/dev/null 2>&1 || rc=$?
    if [ $rc = 124 ]; then echo timeout; else tail -1 "$tree/time" | awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}'; fi
  }
  read -r base base_cpu < <(ms "$tree/base/train.py")
  echo "baseline: lint of one clean script, JVM start included: ${base} ms wall, ${base_cpu} ms CPU (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  for kind in calls files; do
    first="" first_cpu=""
    for n in 1000 5000 10000 50000; do
      target="$tree/$kind$n"; [ $kind = calls ] && target="$target/train.py"
      read -r t c < <(ms "$target")
      if [ "$t" = timeout ]; then echo "$kind $n: over ${limit} s (cut)"; continue; fi
      per=$(python3 -c "print(f'{max($t - $base, 1) / ($n / 1000):.0f}')")
      per_cpu=$(python3 -c "print(f'{max($c - $base_cpu, 1) / ($n / 1000):.0f}')")
      [ -z "$first" ] && first=$per first_cpu=$per_cpu
      echo "$kind $n: ${t} ms wall, ${per} ms per 1,000 $kind (baseline subtracted), ratio to 1k $(python3 -c "print(f'{$per / $first:.2f}')"); CPU ${c} ms, ${per_cpu} ms per 1,000, ratio to 1k $(python3 -c "print(f'{$per_cpu / $first_cpu:.2f}')") (target: at most 1.5)"
    done
  done
  rm -rf "$tree"
fi

if [ "$what" = web ] || [ "$what" = all ]; then
  if ! command -v wrk >/dev/null; then
    echo "web: skipped, wrk is not installed (apt-get install -y wrk)"
  else
    port=7199
    java -Dai.djl.offline=true -jar web/target/loss-advisor-web.jar --port $port >/dev/null 2>&1 &
    server=$!
    trap 'kill $server 2>/dev/null || true' EXIT
    for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/api/rules" >/dev/null && break; sleep 0.1; done
    url="http://127.0.0.1:$port"
    load() {  # wrk with 1 thread (the server has the other core), 16 connections, bounded time; prints "req/s p99"
      wrk -t1 -c16 -d"$1" --latency --timeout 2s "${@:2}" | awk '/Requests\/sec/ {r=$2} /^ +99%/ {p=$2} /Non-2xx/ {b=$NF} /Socket errors/ {e=$0} END {print r, p, b+0, (e == "" ? "none" : e)}'
    }
    export BODY_FILE=samples/mse-for-classification/bad.json
    # warm-up: the JIT needs ~30 s of this load to compile the rules (measured: 0.7k req/s in the first 5 s, 10k after 30 s)
    load 30s -s bench/post.lua "$url/api/validate" >/dev/null
    load 5s "$url/static/favicon.svg" >/dev/null
    read -r vr vp vbad verr < <(load 15s -s bench/post.lua "$url/api/validate")
    read -r sr sp _ serr < <(load 15s "$url/static/favicon.svg")
    echo "POST /api/validate (churn sample, $(wc -c < $BODY_FILE) B): ${vr} req/s, p99 ${vp}, non-2xx ${vbad}, socket errors: ${verr}"
    echo "baseline GET /static/favicon.svg (same server): ${sr} req/s, p99 ${sp}, socket errors: ${serr}"
    echo "ratio validate / static: $(python3 -c "print(f'{$vr/$sr:.2f}')") x throughput (wrk and the server share the 2 cores)"
    kill $server; wait $server 2>/dev/null || true
    trap - EXIT
  fi
fi

if [ "$what" = rss ] || [ "$what" = all ]; then
  port=7199
  data=$(mktemp -d)
  java -Xmx2g -Dai.djl.offline=true -jar web/target/loss-advisor-web.jar --port $port --data "$data" >/dev/null 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/api/rules" >/dev/null && break; sleep 0.1; done
  python3 bench/rss_load.py $port $server 26 4 87000
  python3 bench/rss_load.py $port $server 26 4 60000
  echo "(caps: 2 GB heap, 3 GB resident)"
  kill $server; wait $server 2>/dev/null || true
  python3 -c "import sys; open(sys.argv[1], 'w').write('import torch.nn as nn\n' + 'criterion = nn.MSELoss()\n' * 167000)" "$data/train.py"
  /usr/bin/time -f "lint of a generated 4 MB file (-Xmx512m): %e s, peak resident %M KB (cap 768 MB), exit %x" \
    java -XX:+UseSerialGC -Xmx512m -XX:TieredStopAtLevel=1 -jar engine/target/loss-advisor.jar lint "$data/train.py" >/dev/null
  rm -rf "$data"
  trap - EXIT
fi

if [ "$what" = hardening ] || [ "$what" = all ]; then
  port=7198
  data=$(mktemp -d)
  log=$(mktemp)
  java -Xmx2g -Dai.djl.offline=true -jar web/target/loss-advisor-web.jar --port $port --data "$data" >"$log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/api/rules" >/dev/null && break; sleep 0.1; done
  rss() { grep -E '^(VmRSS|VmHWM)' /proc/$server/status | tr -s ' \t' ' ' | tr '\n' ' '; }
  python3 bench/mixed_load.py $port 60
  echo "server after the mixed load: $(rss)(caps: 2 GB heap, 3 GB resident)"
  # the slow clients connect from 127.0.0.2 and up, as clients of other addresses; the baseline runs none
  python3 bench/slow_clients.py $port 0 20 body
  for mode in body multipart headers; do python3 bench/slow_clients.py $port 600 20 $mode; done
  python3 bench/slow_clients.py $port 1000 20 all 20
  # 26 Python bodies of 2 MB (a loss per line), two at a time
  python3 -c "import sys; open(sys.argv[1], 'w').write('import torch.nn as nn\n' + 'criterion = nn.MSELoss()\n' * 87000)" "$data/big.py"
  for _ in $(seq 13); do
    curl -s -o /dev/null -w '%{http_code} ' --data-binary @"$data/big.py" "http://127.0.0.1:$port/api/validate" &
    curl -s -o /dev/null -w '%{http_code} ' --data-binary @"$data/big.py" "http://127.0.0.1:$port/api/validate"; wait
  done
  echo
  echo "server after 26 Python bodies of 2 MB: $(rss)(cap: 3 GB resident); alive: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/rules")"
  # a crafted .keras: 4 MB whose config.json inflates to 4 GB of numbers; baseline: a static file from the same server
  python3 - "$data/crafted.keras" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    with z.open('config.json', 'w', force_zip64=True) as f:
        f.write(b'{"class_name": "Sequential", "config": {"layers": [')
        for _ in range(4096): f.write(b'0,' * (1 << 19))
PY
  for _ in 1 2 3; do curl -s -o /dev/null --data-binary @"$data/crafted.keras" "http://127.0.0.1:$port/api/validate"; done  # warm-up
  crafted=$(curl -s -o /dev/null -w '%{time_total}' --data-binary @"$data/crafted.keras" "http://127.0.0.1:$port/api/validate")
  static=$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/static/style.css")
  echo "crafted .keras upload ($(( $(stat -c %s "$data/crafted.keras") / 1024 )) KB): ${crafted} s (goal < 0.5 s); static file: ${static} s"
  echo "server log after both runs: $(wc -l < "$log") lines, $(wc -c < "$log") bytes"
  kill $server
fi
