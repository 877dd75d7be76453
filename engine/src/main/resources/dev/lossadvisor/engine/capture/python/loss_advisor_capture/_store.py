"""What has been captured, per call site, written to the capture directory as Loss Advisor descriptions."""
import atexit
import json
import os
import sys
import threading

_lock = threading.RLock()
_sites = {}  # (file, line, loss) -> _Site
_errors = []
_config = {}
_skip_dirs = []
_user_code = {}  # code object -> True when it is the user's own
_state = {"stopped": False, "done": False, "written": False}
# at most this many numbers per call site (outputs and labels together): bounded memory whatever --rows says
_MAX_VALUES = 2_000_000


def configure():
    _config["dir"] = os.path.abspath(os.environ["LOSS_ADVISOR_CAPTURE_DIR"])
    _config["batches"] = max(1, int(os.environ.get("LOSS_ADVISOR_CAPTURE_BATCHES", "3")))
    _config["rows"] = max(1, int(os.environ.get("LOSS_ADVISOR_CAPTURE_ROWS", "256")))
    _config["then"] = os.environ.get("LOSS_ADVISOR_CAPTURE_THEN", "stop")
    _config["cwd"] = os.getcwd()
    _skip_dirs.append(os.path.dirname(os.path.abspath(__file__)) + os.sep)
    for p in {sys.prefix, sys.base_prefix, sys.exec_prefix}:
        _skip_dirs.append(os.path.join(os.path.abspath(p), "lib") + os.sep)
    atexit.register(write_run)


def batches():
    return _config["batches"]


def rows():
    return _config["rows"]


def is_done():
    return _state["done"]


def skip_dir(path):
    _skip_dirs.append(os.path.abspath(path) + os.sep)


def _is_user(code):
    known = _user_code.get(code)
    if known is None:
        f = code.co_filename
        known = not (f.startswith("<") or any(f.startswith(d) for d in _skip_dirs) or "site-packages" in f or "dist-packages" in f)
        _user_code[code] = known
    return known


def shown(path):
    """A file as the user would name it: relative to the directory the command ran in, when under it."""
    try:
        rel = os.path.relpath(path, _config["cwd"])
        return path if rel.startswith("..") else rel
    except ValueError:
        return path


def place(frame):
    """file:line of the first frame of the user's own code at or above this one, or None."""
    f = frame
    while f is not None:
        if _is_user(f.f_code):
            return f.f_code.co_filename, f.f_lineno
        f = f.f_back
    return None


class _Site:
    def __init__(self, key):
        self.key = key
        self.calls = 0
        self.captured = 0
        self.outputs = []
        self.labels = []
        self.values = 0
        self.description = None
        self.batches = []
        self.alone = False


def wants(key):
    """True while this call site still has batches to capture; counts the call."""
    with _lock:
        site = _sites.get(key)
        if site is None:  # a call site first reached late (a validation loop, a second phase) is captured too
            site = _sites[key] = _Site(key)
            _state["done"] = False
        site.calls += 1
        return site.captured < _config["batches"]


def record(key, description, captured, outputs, labels, alone=False):
    """Adds one captured batch of a call site and rewrites its file; returns True when every site has all its batches.

    alone: this batch's rows mean something only together (normalised over the batch axis): keep no other batch's.
    """
    with _lock:
        site = _sites[key]
        site.captured += 1
        if alone and site.captured == 1:
            site.alone = True
        room = 0 if site.alone and site.captured > 1 else _config["rows"] - len(site.outputs)
        if outputs is not None and room > 0:
            take = outputs[:room]
            width = sum(len(r) if isinstance(r, list) else 1 for r in take[:1]) or 1
            lwidth = sum(len(r) if isinstance(r, list) else 1 for r in (labels or [])[:1]) or 1
            fit = max(0, (_MAX_VALUES - site.values) // (width + lwidth))
            take = take[:fit]
            site.outputs.extend(take)
            if labels is not None:
                site.labels.extend(labels[: len(take)])
            site.values += len(take) * (width + lwidth)
        captured = dict(captured)
        captured["batch"] = site.calls
        site.batches.append({k: captured[k] for k in ("batch", "grad_fn", "activation_from") if k in captured})
        if site.description is None:
            site.description = description
            site.first = captured
        _write(site)
        _state["done"] = all(s.captured >= _config["batches"] for s in _sites.values())
        return _state["done"]


def _write(site):
    d = dict(site.description)
    if site.outputs:
        samples = {"outputs": site.outputs}
        if site.labels:
            samples["labels"] = site.labels
        d["samples"] = samples
    c = dict(site.first)
    c["batches_captured"] = site.captured
    c["batches_asked"] = _config["batches"]
    c["rows"] = len(site.outputs)
    c["per_batch"] = site.batches
    d["captured"] = c
    index = list(_sites).index(site.key) + 1
    name = "%02d-%s-%s-%d.json" % (index, site.key[2], os.path.basename(site.key[0]).replace(".", "_"), site.key[1])
    _dump(os.path.join(_config["dir"], name), d)


def _dump(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = "%s.%d.tmp" % (path, os.getpid())
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(obj, f, allow_nan=True, separators=(",", ":"))
    os.replace(tmp, path)


def stands_in_for(wrapper, original):
    """Makes a patched function look like the one it wraps (name, docs, inspect.signature) and marks it as ours."""
    wrapper._loss_advisor = True
    wrapper.__wrapped__ = original
    for a in ("__name__", "__qualname__", "__doc__", "__module__"):
        setattr(wrapper, a, getattr(original, a, None))
    return wrapper


def hook_failed(where, error):
    """A hook that failed: said once per place on stderr, kept for the report; the user's program goes on."""
    text = "%s: %s: %s" % (where, type(error).__name__, error)
    with _lock:
        if text in _errors:
            return
        _errors.append(text)
        if len(_errors) <= 5:
            sys.stderr.write("loss-advisor capture: a hook failed while %s (the run goes on)\n" % text)
    write_run()


def stop():
    """Ends the program cleanly once every call site is captured: finally blocks and atexit handlers run."""
    _state["stopped"] = True
    write_run()
    sys.stderr.write("loss-advisor capture: %d batch(es) captured at every loss call site; stopping the program (--then continue lets it finish)\n"
                     % _config["batches"])
    raise SystemExit(0)


def should_stop():
    return _state["done"] and _config["then"] == "stop"


def write_run():
    try:
        with _lock:
            run = {"pid": os.getpid(), "stopped": _state["stopped"], "errors": list(_errors),
                   "sites": [{"call_site": "%s:%d" % (shown(k[0]), k[1]), "loss": k[2], "calls": s.calls, "captured": s.captured}
                             for k, s in _sites.items()]}
        if run["sites"] or run["errors"]:
            _dump(os.path.join(_config["dir"], ".run-%d.json" % os.getpid()), run)
    except Exception:
        pass

