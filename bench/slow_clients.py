#!/usr/bin/env python3
"""Bounded slow-client run against a Loss Advisor web server on 127.0.0.1 (never another address).

N connections hold the server by sending slowly, and reconnect at once when the server cuts them; meanwhile a normal
client posts a small description every 0.1 s. Prints the normal client's latencies and failures, and how often the
slow clients were cut. Modes:
  body       headers promising a 100 KB JSON body, then a byte a second (slow upload read by the app)
  multipart  the same as a multipart form upload to /validate (a body Jetty reads itself)
  headers    request headers a byte every 2 s, never finished (slow headers; the idle timeout alone never cuts them)
  all        a third of the connections in each mode
The slow clients connect from 127.0.0.2 up to 127.0.0.(1+IPS) (Linux routes all of 127/8 to loopback); the normal client
from 127.0.0.1, as a client on another address would.
Usage: bench/slow_clients.py PORT [connections=300] [seconds=20] [mode=body] [ips=1]
"""
import socket, sys, threading, time, urllib.request

port = int(sys.argv[1]); n = int(sys.argv[2]) if len(sys.argv) > 2 else 300; seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 20
mode = sys.argv[4] if len(sys.argv) > 4 else "body"; ips = int(sys.argv[5]) if len(sys.argv) > 5 else 1
stop = time.time() + seconds
body = b'{"framework": "keras", "output": {"units": 1, "activation": "sigmoid"}, "loss": "mse", "task": "binary"}'
HEADS = {
    "body": (b"POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{", b" ", 1.0),
    "multipart": (b"POST /validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=zz\r\nContent-Length: 100000\r\n\r\n"
                  b"--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.json\"\r\n\r\n{", b" ", 1.0),
    "headers": (b"G", b"E", 2.0),
}
cuts = [0]; lock = threading.Lock()

def slow(kind, source):
    first, drip, every = HEADS[kind]
    while time.time() < stop:
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=5, source_address=(source, 0))
            s.sendall(first)
            while time.time() < stop:
                time.sleep(every)
                s.sendall(drip)
        except OSError:
            pass  # the server cut us off: what it should do; come straight back
        with lock: cuts[0] += 1
        try: s.close()
        except Exception: pass

kinds = list(HEADS) if mode == "all" else [mode]
threads = [threading.Thread(target=slow, args=(kinds[i % len(kinds)], f"127.0.0.{2 + i % ips}"), daemon=True) for i in range(n)]
for t in threads: t.start()
time.sleep(1)
lat, fails = [], 0
while time.time() < stop:
    t0 = time.time()
    try:
        req = urllib.request.Request(f"http://127.0.0.1:{port}/api/validate", data=body, headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=10).read()
        lat.append(time.time() - t0)
    except Exception as e:
        fails += 1
    time.sleep(0.1)
lat.sort()
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000 if lat else float("nan")
print(f"slow clients ({mode}, from {ips} address{'es' if ips > 1 else ''}): {n} for {seconds:.0f} s, cut {cuts[0]} times; "
      f"normal requests: {len(lat)} ok, {fails} failed; latency p50 {p(0.5):.0f} ms, p99 {p(0.99):.0f} ms, max {p(1.0):.0f} ms")
