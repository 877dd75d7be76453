"""Warm-path benchmark of 'loss-advisor server': a JSON-RPC client over the server's stdio.

Usage: python3 bench/lsp_bench.py LAUNCHER [EDITS]
Builds a 62-file project with a cross-file double softmax (model.py, train.py, data.py and 59 utility modules),
opens every file, then edits model.py back and forth (fixed, broken) and times each didChange until the
publishDiagnostics that reflects it. Baseline, in the same run: the round trip of a hover where there is no
finding, through the same pipe and the same lint thread.
"""
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import threading
import queue
import time

MODEL = '''import torch.nn as nn
import torch.nn.functional as F


class Classifier(nn.Module):
    def __init__(self, features=20, classes=4):
        super().__init__()
        self.hidden = nn.Linear(features, 64)
        self.out = nn.Linear(64, classes)
        self.softmax = nn.Softmax(dim=1)

    def forward(self, x):
        x = self.out(F.relu(self.hidden(x)))
        return self.softmax(x)
'''
TRAIN = '''import torch
from torch import nn

from model import Classifier


def train_epoch(model, loader, criterion, optimizer):
    for x, y in loader:
        optimizer.zero_grad()
        outputs = model(x)
        loss = criterion(outputs, y)
        loss.backward()
        optimizer.step()


def main():
    model = Classifier()
    train_epoch(model, [], nn.CrossEntropyLoss(), torch.optim.SGD(model.parameters(), lr=0.1))


if __name__ == "__main__":
    main()
'''
HELPER = '''import math
import random


def warmup_lr(step, base=0.1, warmup={n}):
    if step < warmup:
        return base * (step + 1) / warmup
    return 0.5 * base * (1 + math.cos(math.pi * (step - warmup) / 1000))


class Meter:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += value * n
        self.count += n


def shuffled(items, seed={n}):
    items = list(items)
    random.Random(seed).shuffle(items)
    return items
'''


def project(root):
    files = {"model.py": MODEL, "train.py": TRAIN, "data.py": "import torch\n\n\ndef batch(n=8):\n    return torch.randn(n, 20)\n",
             "utils/__init__.py": ""}
    for i in range(58):
        files[f"utils/helpers_{i:02d}.py"] = HELPER.format(n=i + 10)
    for name, text in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    return files


class Client:
    def __init__(self, command, cwd):
        self.p = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.q = queue.Queue()
        self.ids = 0
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        out = self.p.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            self.q.put((time.perf_counter(), json.loads(out.read(length))))

    def send(self, msg):
        body = json.dumps(dict(msg, jsonrpc="2.0")).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()

    def request(self, method, params):
        self.ids += 1
        self.send({"id": self.ids, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == self.ids and "method" not in m)

    def wait(self, wanted, timeout=120):
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            at, m = self.q.get(timeout=timeout)
            if wanted(m):
                return at, m
        raise TimeoutError


def main():
    launcher, edits = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 40
    root = pathlib.Path(tempfile.mkdtemp())
    files = project(root)
    c = Client([os.path.abspath(launcher), "server"], root)
    c.request("initialize", {"processId": os.getpid(), "rootUri": root.as_uri(), "capabilities": {}})
    c.send({"method": "initialized", "params": {}})
    t0 = time.perf_counter()
    for name, text in files.items():
        c.send({"method": "textDocument/didOpen", "params": {"textDocument": {"uri": (root / name).as_uri(), "languageId": "python",
                                                                            "version": 1, "text": text}}})
    uri = (root / "model.py").as_uri()

    def diagnostics(broken):
        return lambda m: (m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
                          and bool(m["params"]["diagnostics"]) == broken)
    at, _ = c.wait(diagnostics(True))
    first = at - t0
    fixed = MODEL.replace("return self.softmax(x)", "return x")
    times, hovers = [], []
    for v in range(2, 2 + 10 + edits):
        broken = v % 2 == 1
        start = time.perf_counter()
        c.send({"method": "textDocument/didChange", "params": {"textDocument": {"uri": uri, "version": v},
                                                              "contentChanges": [{"text": MODEL if broken else fixed}]}})
        at, _ = c.wait(diagnostics(broken))
        h0 = time.perf_counter()
        h1, _ = c.request("textDocument/hover", {"textDocument": {"uri": (root / "data.py").as_uri()}, "position": {"line": 0, "character": 0}})
        if v >= 12:  # after 10 warm-up edits
            times.append((at - start) * 1000)
            hovers.append((h1 - h0) * 1000)
    # edits in a module no flow reaches: the last analysis stands
    helper = (root / "utils/helpers_00.py").as_uri()
    elsewhere = []
    for v in range(2, 2 + 10 + edits):
        start = time.perf_counter()
        c.send({"method": "textDocument/didChange", "params": {"textDocument": {"uri": helper, "version": v},
                                                              "contentChanges": [{"text": HELPER.format(n=v)}]}})
        at, _ = c.wait(diagnostics(True))
        if v >= 12:
            elsewhere.append((at - start) * 1000)
    c.request("shutdown", None)
    c.send({"method": "exit"})
    c.p.wait(timeout=30)
    med, base = statistics.median(times), statistics.median(hovers)
    print(f"first diagnostics after opening 62 files: {first * 1000:.0f} ms (target: at most 3 s)")
    print(f"didChange -> publishDiagnostics, median of {len(times)} edits after warm-up: {med:.1f} ms (target: at most 50 ms); "
          f"p90 {statistics.quantiles(times, n=10)[-1]:.1f} ms")
    print(f"didChange of a module no flow reaches -> publishDiagnostics, median: {statistics.median(elsewhere):.1f} ms")
    print(f"baseline: a no-op hover round trip on the same pipe and thread: {base:.1f} ms; re-lint = {med / base:.1f} x the round trip")


if __name__ == "__main__":
    main()
