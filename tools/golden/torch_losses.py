#!/usr/bin/python3
"""Writes the golden tables of PyTorch loss values that TorchGoldenTest checks Loss Advisor against.

torch 2.13 (the version users run) from the local wheel store, into a venv, then Debian's torch 1.13
(apt-get install -y python3-torch python3-torchvision), which marks where 1.13 differs with 2.13's result:
    V/bin/python tools/golden/torch_losses.py > engine/src/test/resources/golden/torch2-losses.jsonl
    /usr/bin/python3 tools/golden/torch_losses.py --follow engine/src/test/resources/golden/torch2-losses.jsonl \
        > engine/src/test/resources/golden/torch-losses.jsonl
One JSON object per line: the loss and its options as a Loss Advisor description writes them, sample outputs and
labels laid out as Loss Advisor takes them (see docs/losses.md), and what torch gives: "value" (a number, or a list
for reduction='none'), or "raises" with the first line of torch's error. Everything is float64 and seeded.
"""
import json
import math
import random
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

try:
    from torchvision.ops import sigmoid_focal_loss
except (ImportError, RuntimeError):
    # a torchvision wheel whose C++ ops do not match this torch: its focal loss is pure Python, load that file alone
    import importlib.util
    import types
    spec = importlib.util.find_spec("torchvision")
    path = spec.submodule_search_locations[0] + "/ops/focal_loss.py"
    source = open(path).read().replace("from ..utils import _log_api_usage_once", "_log_api_usage_once = lambda f: None")
    focal_module = types.ModuleType("focal_loss")
    exec(compile(source, path, "exec"), focal_module.__dict__)
    sigmoid_focal_loss = focal_module.sigmoid_focal_loss

torch.set_default_dtype(torch.float64)
rng = random.Random(20261123)
REDUCTIONS = [{}, {"reduction": "sum"}, {"reduction": "none"}, {"reduction": "mean"}]


def num(x):
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def matrix(rows, cols, lo=-3.0, hi=3.0):
    return [[rng.uniform(lo, hi) for _ in range(cols)] for _ in range(rows)]


def probs(rows, cols):
    m = [[rng.uniform(0.01, 1.0) for _ in range(cols)] for _ in range(rows)]
    return [[v / sum(r) for v in r] for r in m]


def log_probs(rows, cols):
    return [[math.log(v) for v in r] for r in probs(rows, cols)]


def binary(rows, cols):
    return [[float(rng.randint(0, 1)) for _ in range(cols)] for _ in range(rows)]


def signed(rows, cols):
    return [[float(rng.choice([-1, 1])) for _ in range(cols)] for _ in range(rows)]


def indices(rows, k):
    return [[float(rng.randrange(k))] for _ in range(rows)]


def tensor(m):
    return torch.tensor(m, dtype=torch.float64)


def sample_shapes():
    """(rows, classes) pairs: a batch of 1 and small batches; 1,000 classes are drawn separately."""
    return [(1, 3), (4, 2), (5, 4), (8, 6), (16, 10)]


CASES = []


def case(loss, options, outputs, labels, compute):
    """Runs compute(torch inputs) and records the value torch gives, or the error it raises."""
    entry = {"loss": loss, "options": options, "outputs": outputs, "labels": labels}
    try:
        v = compute()
        if v.dim() == 0:
            entry["value"] = num(v.item())
        else:
            entry["value"] = [num(x) for x in v.flatten().tolist()]
    except (RuntimeError, ValueError, IndexError, TypeError) as e:
        entry["raises"] = str(e).strip().splitlines()[0][:200]
    CASES.append(entry)


def torch_options(options):
    """Options as torch takes them: class weights and pos_weight as tensors."""
    out = {}
    for k, v in options.items():
        out[k] = tensor(v) if isinstance(v, list) else v
    return out


def module(name, options, *args):
    return getattr(nn, name)(**torch_options(options))(*args)


# ---- element-wise losses: outputs and labels of the same shape ----
def per_column(opts, cols):
    """Options whose value is "cols" get one positive weight per column; a list stays as given."""
    return {k: ([rng.uniform(0.2, 4.0) for _ in range(cols)] if v == "cols" else v) for k, v in opts.items()}


def elementwise(name, make_out, make_lab, option_sets, extra=()):
    for rows, cols in [(1, 1), (1, 3), (4, 2), (5, 4), (8, 6), (2, 50)] * 2:
        for opts in option_sets:
            for red in REDUCTIONS:
                o = dict(per_column(opts, cols), **red)
                out, lab = make_out(rows, cols), make_lab(rows, cols)
                case(name, o, out, lab, lambda: module(name, o, tensor(out), tensor(lab)))
    for out, lab, o in extra:
        case(name, o, out, lab, lambda: module(name, o, tensor(out), tensor(lab)))


def unit_probs(rows, cols):
    return [[rng.uniform(0.0, 1.0) for _ in range(cols)] for _ in range(rows)]


def soft(rows, cols):
    return [[rng.uniform(0.0, 1.0) for _ in range(cols)] for _ in range(rows)]


elementwise("BCELoss", unit_probs, binary, [{}, {"weight": "cols"}],
            extra=[([[0.0, 1.0, 1.0, 0.0]], [[0.0, 1.0, 0.0, 1.0]], {}),
                   ([[0.0, 1.0]], [[1.0, 0.0]], {"reduction": "none"}),
                   ([[0.3, 0.7]], [[0.25, 0.8]], {}),
                   ([[1.2, 0.5]], [[1.0, 0.0]], {}),
                   ([[-0.1, 0.5]], [[0.0, 0.0]], {})])
elementwise("BCELoss", unit_probs, soft, [{}])
elementwise("BCEWithLogitsLoss", matrix, binary, [{}, {"pos_weight": [3.0]}, {"pos_weight": "cols"},
                                                 {"weight": "cols"}, {"weight": "cols", "pos_weight": [4.0]}],
            extra=[([[100.0, -100.0, 100.0, -100.0]], [[1.0, 0.0, 0.0, 1.0]], {}),
                   ([[100.0, -100.0]], [[0.0, 1.0]], {"pos_weight": [10.0], "reduction": "none"}),
                   ([[0.0, 0.0]], [[0.3, 0.9]], {})])
elementwise("BCEWithLogitsLoss", matrix, soft, [{}])
elementwise("MSELoss", matrix, matrix, [{}])
elementwise("L1Loss", matrix, matrix, [{}])
elementwise("SmoothL1Loss", matrix, matrix, [{}, {"beta": 0.5}, {"beta": 2.0}, {"beta": 0.0}])
elementwise("HuberLoss", matrix, matrix, [{}, {"delta": 0.5}, {"delta": 2.5}])
elementwise("SoftMarginLoss", matrix, signed, [{}],
            extra=[([[100.0, -100.0]], [[-1.0, 1.0]], {})])
elementwise("HingeEmbeddingLoss", matrix, signed, [{}, {"margin": 2.0}, {"margin": 0.5}],
            extra=[([[0.5, -0.5, 2.0]], [[0.0, 1.0, 0.0]], {})])
elementwise("PoissonNLLLoss", matrix, lambda r, c: [[float(rng.randint(0, 6)) for _ in range(c)] for _ in range(r)],
            [{}, {"full": True}])
elementwise("PoissonNLLLoss", lambda r, c: [[rng.uniform(0.0, 5.0) for _ in range(c)] for _ in range(r)],
            lambda r, c: [[float(rng.randint(0, 6)) for _ in range(c)] for _ in range(r)],
            [{"log_input": False}, {"log_input": False, "full": True}, {"log_input": False, "eps": 0.01}],
            extra=[([[0.0, 2.0]], [[0.0, 3.0]], {"log_input": False})])
elementwise("MultiLabelSoftMarginLoss", matrix, binary, [{}, {"weight": "cols"}],
            extra=[([[100.0, -100.0, 3.0]], [[1.0, 0.0, 0.0]], {})])
elementwise("KLDivLoss", log_probs, probs, [{}, {"reduction": "batchmean"}],
            extra=[([[-1.0, -2.0, -0.5]], [[0.0, 1.0, 0.0]], {"reduction": "batchmean"}),
                   ([[0.2, 0.5, 0.3]], [[0.1, 0.6, 0.3]], {"reduction": "batchmean"})])
elementwise("KLDivLoss", log_probs, log_probs, [{"log_target": True}, {"log_target": True, "reduction": "batchmean"}])


# ---- torchvision's sigmoid_focal_loss: reduction 'none' by default ----
def focal_case(out, lab, o):
    case("sigmoid_focal_loss", o, out, lab, lambda: sigmoid_focal_loss(tensor(out), tensor(lab), **o))


for rows, cols in [(1, 3), (4, 2), (6, 5)]:
    for opts in [{}, {"alpha": 0.75}, {"alpha": -1.0}, {"gamma": 0.0}, {"gamma": 5.0, "alpha": 0.5}]:
        for red in [{}, {"reduction": "mean"}, {"reduction": "sum"}]:
            focal_case(matrix(rows, cols), binary(rows, cols), dict(opts, **red))
focal_case([[100.0, -100.0]], [[1.0, 0.0]], {"reduction": "mean"})


# ---- GaussianNLLLoss: outputs hold [mean | variance] side by side ----
for rows, cols in [(1, 1), (4, 2), (5, 3)]:
    for opts in [{}, {"full": True}, {"eps": 0.1}]:
        for red in REDUCTIONS[:3]:
            o = dict(opts, **red)
            mean, var, lab = matrix(rows, cols), [[rng.uniform(0.001, 3.0) for _ in range(cols)] for _ in range(rows)], matrix(rows, cols)
            out = [m + v for m, v in zip(mean, var)]
            case("GaussianNLLLoss", o, out, lab,
                 lambda: module("GaussianNLLLoss", o, tensor(out)[:, :cols], tensor(lab), tensor(out)[:, cols:]))
case("GaussianNLLLoss", {}, [[0.5, -0.2]], [[0.1]], lambda: nn.GaussianNLLLoss()(tensor([[0.5]]), tensor([[0.1]]), tensor([[-0.2]])))
case("GaussianNLLLoss", {}, [[0.5, 0.0]], [[0.1]], lambda: nn.GaussianNLLLoss()(tensor([[0.5]]), tensor([[0.1]]), tensor([[0.0]])))


# ---- class-index losses: outputs (N, C), labels one index per row ----
def index_target(lab):
    return torch.tensor([int(r[0]) for r in lab], dtype=torch.long)


def indexed(name, make_out, option_sets, soft_targets=False):
    for rows, k in sample_shapes():
        for opts in option_sets:
            for red in REDUCTIONS:
                o = dict(opts, **red)
                if "weight" in o:
                    o["weight"] = [rng.uniform(0.2, 3.0) for _ in range(k)]
                out, lab = make_out(rows, k), indices(rows, k)
                if "ignore_index" in o or "ignore" in opts:
                    o.pop("ignore", None)
                    lab[0][0] = float(o.get("ignore_index", -100))
                case(name, o, out, lab, lambda: module(name, o, tensor(out), index_target(lab)))
                if soft_targets and "ignore_index" not in o and "ignore" not in opts:
                    p = probs(rows, k)
                    case(name, o, out, p, lambda: module(name, o, tensor(out), tensor(p)))


CE_OPTIONS = [{}, {"weight": True}, {"label_smoothing": 0.1}, {"label_smoothing": 0.3, "weight": True},
              {"ignore": True}, {"ignore_index": 2}, {"ignore": True, "weight": True}, {"ignore": True, "label_smoothing": 0.2}]
indexed("CrossEntropyLoss", matrix, CE_OPTIONS, soft_targets=True)
indexed("NLLLoss", log_probs, [{}, {"weight": True}, {"ignore": True}, {"ignore_index": 1}, {"ignore": True, "weight": True}])
indexed("NLLLoss", matrix, [{}])
indexed("MultiMarginLoss", matrix, [{}, {"p": 2}, {"margin": 0.5}, {"weight": True}, {"p": 2, "margin": 2.0, "weight": True}])
for name, make_out in [("CrossEntropyLoss", matrix), ("NLLLoss", log_probs), ("MultiMarginLoss", matrix)]:
    for opts in [{}, {"reduction": "sum"}]:
        wide, lab = make_out(3, 1000), indices(3, 1000)
        case(name, opts, wide, lab, lambda: module(name, opts, tensor(wide), index_target(lab)))
    case(name, {}, [[0.1, 0.2, 0.3]], [[3.0]], lambda: module(name, {}, tensor([[0.1, 0.2, 0.3]]), torch.tensor([3])))
    case(name, {}, [[0.1, 0.2, 0.3]], [[-1.0]], lambda: module(name, {}, tensor([[0.1, 0.2, 0.3]]), torch.tensor([-1])))
case("CrossEntropyLoss", {}, [[0.1, 0.2], [0.3, 0.4]], [[-100.0], [-100.0]],
     lambda: nn.CrossEntropyLoss()(tensor([[0.1, 0.2], [0.3, 0.4]]), torch.tensor([-100, -100])))
case("CrossEntropyLoss", {}, [[100.0, -100.0, 0.0]], [[1.0]], lambda: nn.CrossEntropyLoss()(tensor([[100.0, -100.0, 0.0]]), torch.tensor([1])))
case("CrossEntropyLoss", {}, [[0.1, 0.2, 0.3]], [[0.2, 0.3]],
     lambda: nn.CrossEntropyLoss()(tensor([[0.1, 0.2, 0.3]]), tensor([[0.2, 0.3]])))


# ---- MultiLabelMarginLoss: labels are class indices, padded with -1 after the last ----
for rows, k in [(1, 3), (4, 4), (5, 6)]:
    for red in REDUCTIONS[:3]:
        out = matrix(rows, k)
        lab = []
        for _ in range(rows):
            chosen = rng.sample(range(k), rng.randint(1, k - 1))
            lab.append([float(c) for c in chosen] + [-1.0] * (k - len(chosen)))
        case("MultiLabelMarginLoss", red, out, lab,
             lambda: nn.MultiLabelMarginLoss(**red)(tensor(out), torch.tensor(lab, dtype=torch.long)))


# ---- pairs and triplets: outputs hold the inputs side by side ----
for rows, d in [(1, 3), (4, 2), (6, 5)]:
    for opts in [{}, {"margin": 0.3}, {"margin": -0.5}]:
        for red in REDUCTIONS[:3]:
            o = dict(opts, **red)
            out, lab = matrix(rows, 2 * d), signed(rows, 1)
            case("CosineEmbeddingLoss", o, out, lab, lambda: module("CosineEmbeddingLoss", o, tensor(out)[:, :d], tensor(out)[:, d:],
                                                                   tensor(lab)[:, 0]))
case("CosineEmbeddingLoss", {}, [[0.0, 0.0, 1.0, 2.0]], [[1.0]],
     lambda: nn.CosineEmbeddingLoss()(tensor([[0.0, 0.0]]), tensor([[1.0, 2.0]]), tensor([1.0])))
for rows in [1, 4, 7]:
    for opts in [{}, {"margin": 1.0}, {"margin": 0.5}]:
        for red in REDUCTIONS[:3]:
            o = dict(opts, **red)
            out, lab = matrix(rows, 2), signed(rows, 1)
            case("MarginRankingLoss", o, out, lab, lambda: module("MarginRankingLoss", o, tensor(out)[:, 0], tensor(out)[:, 1],
                                                                 tensor(lab)[:, 0]))
for rows, d in [(1, 2), (4, 3), (5, 8)]:
    for opts in [{}, {"margin": 0.2}, {"p": 1.0}, {"swap": True}, {"eps": 0.01, "p": 3.0}]:
        for red in REDUCTIONS[:3]:
            o = dict(opts, **red)
            out = matrix(rows, 3 * d)
            case("TripletMarginLoss", o, out, None, lambda: module("TripletMarginLoss", o, tensor(out)[:, :d], tensor(out)[:, d:2 * d],
                                                                  tensor(out)[:, 2 * d:]))


# ---- CTCLoss: outputs are one sequence's log-probabilities, a row per time step; labels one row of targets ----
def ctc_case(out, lab, o):
    def run():
        lp = tensor(out).unsqueeze(1)
        tgt = torch.tensor([[int(v) for v in lab[0]]], dtype=torch.long)
        return nn.CTCLoss(**o)(lp, tgt, torch.tensor([len(out)]), torch.tensor([len(lab[0])]))
    case("CTCLoss", o, out, lab, run)


for t, c, s in [(5, 3, 2), (8, 4, 3), (12, 6, 4), (4, 5, 3), (3, 3, 1), (20, 10, 6)]:
    for opts in [{}, {"blank": c - 1}, {"zero_infinity": True}]:
        for red in REDUCTIONS[:3]:
            o = dict(opts, **red)
            blank = o.get("blank", 0)
            labels = [float(rng.choice([x for x in range(c) if x != blank])) for _ in range(s)]
            ctc_case(log_probs(t, c), [labels], o)
ctc_case(log_probs(2, 3), [[1.0, 2.0, 1.0]], {})
ctc_case(log_probs(2, 3), [[1.0, 2.0, 1.0]], {"zero_infinity": True})
ctc_case(log_probs(3, 3), [[1.0, 1.0]], {})
ctc_case(log_probs(4, 3), [[1.0, 1.0]], {})


# ---- the functional spellings take the same options ----
FUNCTIONAL = [("binary_cross_entropy", unit_probs, binary), ("binary_cross_entropy_with_logits", matrix, binary),
              ("mse_loss", matrix, matrix), ("l1_loss", matrix, matrix), ("smooth_l1_loss", matrix, matrix),
              ("huber_loss", matrix, matrix), ("kl_div", log_probs, probs), ("soft_margin_loss", matrix, signed),
              ("multilabel_soft_margin_loss", matrix, binary), ("hinge_embedding_loss", matrix, signed)]
for name, make_out, make_lab in FUNCTIONAL:
    for rows, cols in [(1, 2), (3, 3), (6, 4)]:
        for red in REDUCTIONS[:3]:
            out, lab = make_out(rows, cols), make_lab(rows, cols)
            case(name, red, out, lab, lambda: getattr(F, name)(tensor(out), tensor(lab), **red))
for name, make_out in [("cross_entropy", matrix), ("nll_loss", log_probs), ("multi_margin_loss", matrix)]:
    for rows, k in [(1, 2), (3, 3), (6, 4)]:
        for red in REDUCTIONS[:3]:
            out, lab = make_out(rows, k), indices(rows, k)
            case(name, red, out, lab, lambda: getattr(F, name)(tensor(out), index_target(lab), **red))

# ---- the functional spellings of the losses with several inputs ----
for red in REDUCTIONS[:3]:
    out, lab = matrix(4, 6), signed(4, 1)
    case("cosine_embedding_loss", red, out, lab, lambda: F.cosine_embedding_loss(tensor(out)[:, :3], tensor(out)[:, 3:], tensor(lab)[:, 0], **red))
    out, lab = matrix(5, 2), signed(5, 1)
    case("margin_ranking_loss", red, out, lab, lambda: F.margin_ranking_loss(tensor(out)[:, 0], tensor(out)[:, 1], tensor(lab)[:, 0], **red))
    out = matrix(3, 6)
    case("triplet_margin_loss", red, out, None, lambda: F.triplet_margin_loss(tensor(out)[:, :2], tensor(out)[:, 2:4], tensor(out)[:, 4:], **red))
    mean, var, lab = matrix(3, 2), [[rng.uniform(0.01, 2.0) for _ in range(2)] for _ in range(3)], matrix(3, 2)
    out = [m + v for m, v in zip(mean, var)]
    case("gaussian_nll_loss", red, out, lab, lambda: F.gaussian_nll_loss(tensor(out)[:, :2], tensor(lab), tensor(out)[:, 2:], **red))
    out, lab = matrix(4, 3), [[float(rng.randint(0, 5)) for _ in range(3)] for _ in range(4)]
    case("poisson_nll_loss", red, out, lab, lambda: F.poisson_nll_loss(tensor(out), tensor(lab), **red))
    out = matrix(3, 4)
    lab = [[2.0, 0.0, -1.0, -1.0], [1.0, -1.0, -1.0, -1.0], [3.0, 1.0, 2.0, -1.0]]
    case("multilabel_margin_loss", red, out, lab, lambda: F.multilabel_margin_loss(tensor(out), torch.tensor(lab, dtype=torch.long), **red))
    lp, targets = log_probs(6, 4), [[1.0, 3.0, 2.0]]
    case("ctc_loss", red, lp, targets, lambda: F.ctc_loss(tensor(lp).unsqueeze(1), torch.tensor([[1, 3, 2]]), torch.tensor([6]), torch.tensor([3]), **red))

# ---- options a loss does not have: torch refuses them ----
# ---- labels outside [0, 1] for BCELoss: torch 1.13 computes a value, torch 2.x raises ----
for name in ["BCELoss", "binary_cross_entropy"]:
    for lab in ([[1.5, 0.0]], [[-0.2, 1.0]], [[1.0, 0.0]]):
        out = unit_probs(1, 2)
        case(name, {}, out, lab, lambda: (module(name, {}, tensor(out), tensor(lab)) if name[0].isupper()
                                          else F.binary_cross_entropy(tensor(out), tensor(lab))))

for name, opts, make_out, make_lab in [("BCELoss", {"label_smoothing": 0.1}, unit_probs, binary),
                                       ("SmoothL1Loss", {"delta": 0.5}, matrix, matrix),
                                       ("MSELoss", {"pos_weight": [2.0]}, matrix, matrix),
                                       ("HuberLoss", {"beta": 2.0}, matrix, matrix),
                                       ("NLLLoss", {"label_smoothing": 0.1}, log_probs, lambda r, c: indices(r, c)),
                                       ("BCELoss", {"pos_weight": [2.0]}, unit_probs, binary)]:
    out, lab = make_out(3, 2), make_lab(3, 2)
    case(name, opts, out, lab, lambda: module(name, opts, tensor(out), tensor(lab)))



def result(entry):
    return {k: entry[k] for k in ("value", "raises") if k in entry}


def same(a, b):
    """The same result: both raise, or the values agree to 1e-9 relative (NaN and infinities exactly)."""
    if ("raises" in a) or ("raises" in b):
        return ("raises" in a) == ("raises" in b)
    xs, ys = a["value"], b["value"]
    xs, ys = (xs if isinstance(xs, list) else [xs]), (ys if isinstance(ys, list) else [ys])
    return len(xs) == len(ys) and all(p == q if isinstance(p, str) or isinstance(q, str) else abs(p - q) <= 1e-9 * max(1.0, abs(p))
                                      for p, q in zip(xs, ys))


follow = None
if "--follow" in sys.argv:
    with open(sys.argv[sys.argv.index("--follow") + 1]) as f:
        follow = [json.loads(line) for line in f]
    if len(follow) != len(CASES):
        sys.exit("--follow: the other table has %d cases, this run %d (same seed, same cases expected)" % (len(follow), len(CASES)))
differ = 0
for i, entry in enumerate(CASES):
    if follow is not None and not same(result(entry), result(follow[i])):
        entry["torch2"] = result(follow[i])
        differ += 1
    sys.stdout.write(json.dumps(entry, separators=(",", ":")) + "\n")
sys.stderr.write("torch %s: %d cases, %d raise, %d differ from the followed table\n"
                 % (torch.__version__, len(CASES), sum(1 for c in CASES if "raises" in c), differ))
