#!/usr/bin/env python3
"""Bounded mixed load against a Loss Advisor web server on 127.0.0.1 (never another address).

Four workers send, for SECONDS, a mix of valid requests and malformed ones (multipart without its boundary, broken
chunks, lying lengths, garbage JSON, other sites' origins, rebound host names). Prints the answers by status.
Usage: bench/mixed_load.py PORT [seconds=60]
"""
import collections, random, socket, sys, threading, time

port = int(sys.argv[1]); seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 60
desc = b'{"framework": "keras", "output": {"units": 1, "activation": "sigmoid"}, "loss": "mse", "task": "binary"}'
def req(method, path, headers, body=b""):
    return (f"{method} {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "Connection: close\r\n\r\n").encode() + body
host = ("Host", "127.0.0.1")
requests = {
    "valid validate": req("POST", "/api/validate", [host, ("Content-Type", "application/json"), ("Content-Length", len(desc))], desc),
    "valid page": req("GET", "/rules", [host]),
    "valid form": req("POST", "/recommend", [host, ("Content-Type", "application/x-www-form-urlencoded"), ("Content-Length", 11)], b"task=binary"),
    "multipart without boundary": req("POST", "/validate", [host, ("Content-Type", "multipart/form-data; boundary=zz"), ("Content-Length", 2)], b"{}"),
    "broken chunk": req("POST", "/recommend", [host, ("Transfer-Encoding", "chunked"), ("Content-Type", "application/x-www-form-urlencoded")], b"ZZ\r\nabc\r\n0\r\n\r\n"),
    "lying length": req("POST", "/api/validate", [host, ("Content-Length", 5)], desc),
    "garbage json": req("POST", "/api/validate", [host, ("Content-Length", 9)], b"{'a': nul"),
    "cross-site": req("POST", "/api/confirm", [host, ("Origin", "http://evil.example"), ("Content-Length", 17)], b'{"task": "binary"}'[:17]),
    "rebound host": req("GET", "/api/rules", [("Host", "attacker.example")]),
    "pickle upload": req("POST", "/api/validate", [host, ("Content-Length", 6)], b"\x80\x04\x95\x00\x00\x00"),
}
counts = collections.Counter(); lock = threading.Lock(); stop = time.time() + seconds
def worker(seed):
    r = random.Random(seed)
    while time.time() < stop:
        name = r.choice(list(requests))
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=5); s.sendall(requests[name])
            try: s.shutdown(socket.SHUT_WR)
            except OSError: pass
            head = s.recv(12).decode("latin-1"); s.close()
            status = head[9:12] if head.startswith("HTTP/1.1") else "no answer"
        except OSError:
            status = "closed"
        with lock: counts[(name, status)] += 1
threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
total = sum(counts.values()); fivexx = sum(n for (k, st), n in counts.items() if st.startswith("5"))
print(f"mixed load: {total} requests in {seconds:.0f} s, 5xx: {fivexx}")
for (name, st), n in sorted(counts.items()): print(f"  {name:28s} {st:10s} {n}")
