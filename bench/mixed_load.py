#!/usr/bin/env python3
"""Bounded mixed load against a Loss Advisor web server on 127.0.0.1 (never another address).

Four workers send, for SECONDS, a mix of valid requests and malformed ones (multipart without its boundary, broken
chunks, lying lengths, garbage JSON, other sites' origins, rebound host names), and Python: training scripts, zipped
projects and notebooks from the corpus (engine/src/test/resources/python-projects), mutated copies of them, zips with
entries outside the project, and now and then a script whose analysis is costly (it meets the analysis deadline).
Prints the answers by status, the 5xx count, and the latency of the valid requests.
Usage: bench/mixed_load.py PORT [seconds=60]
"""
import collections, io, json, os, random, socket, sys, threading, time, zipfile

port = int(sys.argv[1]); seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 60
corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "engine", "src", "test", "resources", "python-projects")
desc = b'{"framework": "keras", "output": {"units": 1, "activation": "sigmoid"}, "loss": "mse", "task": "binary"}'
def req(method, path, headers, body=b"", close=True):
    return (f"{method} {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + ("Connection: close\r\n" if close else "")
            + "\r\n").encode() + body
host = ("Host", "127.0.0.1")
def post(body, path="/api/validate", ctype="application/octet-stream"):
    return req("POST", path, [host, ("Content-Type", ctype), ("Content-Length", len(body))], body)

projects = sorted(d for d in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, d)))
def sources(project):
    root = os.path.join(corpus, project)
    for d, _, files in os.walk(root):
        for f in sorted(files):
            if f.endswith(".py"):
                p = os.path.join(d, f)
                yield os.path.relpath(p, root), open(p, "rb").read()
def zipped(entries):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries: z.writestr(name, data)
    return b.getvalue()
def notebook(code):
    cell = {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": code.decode("utf-8", "replace").splitlines(True)}
    return json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [cell]}).encode()
def mutate(r, data):
    b = bytearray(data)
    for _ in range(1 + r.randrange(8)):
        op = r.randrange(4)
        if op == 0 and b: b[r.randrange(len(b))] = r.randrange(256)
        elif op == 1 and b: del b[r.randrange(len(b)):][:r.randrange(1, 40)]
        elif op == 2: i = r.randrange(len(b) + 1); b[i:i] = r.choice([b"(", b"[", b"\\", b"'''", b"\t", "é".encode(), b"\r", b"\x00", b"lambda: "])
        else: i = r.randrange(len(b) + 1); b[i:i] = bytes(b[i:i + r.randrange(200)])
    return bytes(b)

scripts = {p: max(sources(p), key=lambda e: len(e[1])) for p in projects}
valid = {
    "valid validate": lambda r: req("POST", "/api/validate", [host, ("Content-Type", "application/json"), ("Content-Length", len(desc))], desc),
    "valid page": lambda r: req("GET", "/rules", [host]),
    "valid form": lambda r: req("POST", "/recommend", [host, ("Content-Type", "application/x-www-form-urlencoded"), ("Content-Length", 11)], b"task=binary"),
    "valid python file": lambda r: post(scripts[r.choice(projects)][1]),
    "valid zipped project": lambda r: post(zipped(sources(r.choice(projects)))),
    "notebook": lambda r: post(notebook(scripts[r.choice(projects)][1])),
}
malformed = {
    "multipart without boundary": lambda r: req("POST", "/validate", [host, ("Content-Type", "multipart/form-data; boundary=zz"), ("Content-Length", 2)], b"{}"),
    "broken chunk": lambda r: req("POST", "/recommend", [host, ("Transfer-Encoding", "chunked"), ("Content-Type", "application/x-www-form-urlencoded")], b"ZZ\r\nabc\r\n0\r\n\r\n"),
    "lying length": lambda r: req("POST", "/api/validate", [host, ("Content-Length", 5)], desc),
    "garbage json": lambda r: req("POST", "/api/validate", [host, ("Content-Length", 9)], b"{'a': nul"),
    "cross-site": lambda r: req("POST", "/api/confirm", [host, ("Origin", "http://evil.example"), ("Content-Length", 17)], b'{"task": "binary"}'[:17]),
    "rebound host": lambda r: req("GET", "/api/rules", [("Host", "attacker.example")]),
    "pickle upload": lambda r: req("POST", "/api/validate", [host, ("Content-Length", 6)], b"\x80\x04\x95\x00\x00\x00"),
    "mutated python file": lambda r: post(mutate(r, scripts[r.choice(projects)][1])),
    "mutated zipped project": lambda r: post(zipped((n, mutate(r, d)) for n, d in sources(r.choice(projects)))),
    "mutated notebook": lambda r: post(mutate(r, notebook(scripts[r.choice(projects)][1]))),
    "zip entry outside": lambda r: post(zipped([(r.choice(["/etc/evil.py", "../up.py", "C:/x.py", "a/../../b.py"]), scripts[projects[0]][1])])),
}
# one request in 200: 20,000 loss calls in one script, which meets the analysis deadline rather than being answered
costly = {"costly python": lambda r: post(b"import torch.nn as nn\n" + b"nn.MSELoss()(a, b)\n" * 20_000)}
counts = collections.Counter(); latency = []; lock = threading.Lock(); stop = time.time() + seconds
def worker(seed):
    r = random.Random(seed)
    while time.time() < stop:
        x = r.random()
        kind = costly if x < 0.005 else valid if x < 0.5 else malformed
        name = r.choice(list(kind))
        data = kind[name](r)
        t0 = time.time()
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=30); s.sendall(data)
            head = s.recv(12).decode("latin-1"); s.close()
            status = head[9:12] if head.startswith("HTTP/1.1") else "no answer"
        except OSError:
            status = "closed"
        with lock:
            counts[(name, status)] += 1
            if kind is valid and status.startswith("2"): latency.append(time.time() - t0)
threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
total = sum(counts.values()); fivexx = sum(n for (k, st), n in counts.items() if st.startswith("5"))
latency.sort()
p = lambda q: latency[min(len(latency) - 1, int(q * len(latency)))] * 1000 if latency else float("nan")
print(f"mixed load: {total} requests in {seconds:.0f} s, 5xx: {fivexx}; valid requests answered 2xx: {len(latency)}, p50 {p(0.5):.0f} ms, p99 {p(0.99):.0f} ms")
for (name, st), n in sorted(counts.items()): print(f"  {name:28s} {st:10s} {n}")
