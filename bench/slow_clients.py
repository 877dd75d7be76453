#!/usr/bin/env python3
"""Bounded slow-client run against a Loss Advisor web server on 127.0.0.1 (never another address).

N connections send request headers promising a body, then trickle it a byte per second (slow uploads); meanwhile
a normal client posts a small description every 0.25 s. Prints the normal client's latencies and failures.
Usage: bench/slow_clients.py PORT [connections=300] [seconds=20]
"""
import socket, sys, threading, time, urllib.request

port = int(sys.argv[1]); n = int(sys.argv[2]) if len(sys.argv) > 2 else 300; seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 20
stop = time.time() + seconds
body = b'{"framework": "keras", "output": {"units": 1, "activation": "sigmoid"}, "loss": "mse", "task": "binary"}'

def slow():
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(b"POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
        while time.time() < stop:
            time.sleep(1)
            s.sendall(b" ")
    except OSError:
        pass  # the server cut us off: what it should do

threads = [threading.Thread(target=slow, daemon=True) for _ in range(n)]
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
    time.sleep(0.25)
lat.sort()
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000 if lat else float("nan")
print(f"slow clients: {n} for {seconds:.0f} s; normal requests: {len(lat)} ok, {fails} failed; latency p50 {p(0.5):.0f} ms, p99 {p(0.99):.0f} ms, max {p(1.0):.0f} ms")
