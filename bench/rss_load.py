#!/usr/bin/env python3
"""Resident memory of a Loss Advisor web server under big Python uploads (127.0.0.1 only).

Sends BODIES Python files of about 2 MB (one loss call per line, so nothing is skipped) to POST /api/validate and, as a
browser would, to the /validate upload form: first one at a time, then CONCURRENT at once. Samples the server's VmRSS
every 50 ms from /proc/PID/status and prints the answers by status and the peak (VmHWM at the end). While the big bodies
are analysed, a client asks for GET /api/rules every 200 ms: its latency shows whether the server stays responsive.
LINES sets the lines per body (87,000 make the 2 MB of the attack, over the parser's token cap; 60,000 stay just under it).
Usage: bench/rss_load.py PORT PID [bodies=26] [concurrent=4] [lines=87000]
"""
import collections, sys, threading, time, urllib.request, uuid

port, pid = int(sys.argv[1]), int(sys.argv[2])
bodies = int(sys.argv[3]) if len(sys.argv) > 3 else 26
concurrent = int(sys.argv[4]) if len(sys.argv) > 4 else 4
lines = int(sys.argv[5]) if len(sys.argv) > 5 else 87_000
body = ("import torch.nn as nn\n" + "criterion = nn.MSELoss()\n" * lines).encode()
def status(field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field): return int(line.split()[1]) * 1024
    return 0
peak = [0]; done = threading.Event()
def sample():
    while not done.is_set():
        try: peak[0] = max(peak[0], status("VmRSS:"))
        except OSError: return
        time.sleep(0.05)
answers = collections.Counter()
def send(i):
    if i % 2:
        b = uuid.uuid4().hex
        data = (f"--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"train.py\"\r\n"
                f"Content-Type: text/x-python\r\n\r\n").encode() + body + f"\r\n--{b}--\r\n".encode()
        r = urllib.request.Request(f"http://127.0.0.1:{port}/validate", data, {"Content-Type": f"multipart/form-data; boundary={b}"})
    else:
        r = urllib.request.Request(f"http://127.0.0.1:{port}/api/validate", body, {"Content-Type": "text/x-python"})
    t0 = time.time()
    try:
        with urllib.request.urlopen(r, timeout=120) as resp: code = resp.status
    except urllib.error.HTTPError as e: code = e.code
    except OSError as e: code = type(e).__name__
    answers[(code, "form" if i % 2 else "api")] += 1
    return time.time() - t0
probes = []
def probe():
    while not done.is_set():
        t0 = time.time()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/rules", timeout=30) as resp: resp.read()
            probes.append(time.time() - t0)
        except OSError:
            probes.append(float("inf"))
        time.sleep(0.2)
threading.Thread(target=sample, daemon=True).start()
threading.Thread(target=probe, daemon=True).start()
start = status("VmRSS:")
t0 = time.time()
for i in range(bodies): send(i)
sequential = time.time() - t0
after_sequential = status("VmRSS:")
t0 = time.time()
for k in range(0, bodies, concurrent):
    ts = [threading.Thread(target=send, args=(i,)) for i in range(k, min(bodies, k + concurrent))]
    for t in ts: t.start()
    for t in ts: t.join()
parallel = time.time() - t0
done.set()
mb = lambda b: f"{b / 2**20:.0f} MB"
print(f"{bodies} bodies of {len(body) / 2**20:.1f} MB one at a time ({sequential:.0f} s), then {concurrent} at once ({parallel:.0f} s): "
      + ", ".join(f"{k[1]} {k[0]}: {n}" for k, n in sorted(answers.items(), key=str)))
print(f"server VmRSS before {mb(start)}, after the sequential run {mb(after_sequential)}, at the end {mb(status('VmRSS:'))}; "
      f"peak sampled {mb(peak[0])}, VmHWM {mb(status('VmHWM:'))}")
probes.sort()
print(f"GET /api/rules meanwhile: {len(probes)} answers, p50 {probes[len(probes) // 2] * 1000:.0f} ms, "
      f"p99 {probes[min(len(probes) - 1, int(0.99 * len(probes)))] * 1000:.0f} ms, failed {sum(p == float('inf') for p in probes)}")
