#!/usr/bin/env python3
"""Writes the golden table of Keras 3 loss values that KerasGoldenTest checks Loss Advisor against.

Keras 3.15.1 from the local wheel store, into a venv (see docs/losses.md for the pip line), then:
    KERAS_BACKEND=numpy V/bin/python tools/golden/keras_losses.py > engine/src/test/resources/golden/keras-losses.jsonl
    KERAS_BACKEND=numpy V/bin/python tools/golden/keras_losses.py --seed 7 > /tmp/fresh.jsonl   # a fresh seeded set
With tensorflow_cpu installed too, each case is also run on the TensorFlow backend (a subprocess) and, where the
two backends disagree, the case carries "tensorflow": TensorFlow's value or refusal, which Loss Advisor follows.
One JSON object per line: the loss and its options as a Loss Advisor description writes them (epsilon is
keras.config.epsilon(), class_weight is fit()'s), outputs and labels as Loss Advisor takes them, and what Keras gives:
"value" (a number, or a list for reduction 'none'), or "raises" with the first line of the error. float64, seeded.
"""
import json
import math
import os
import random
import subprocess
import sys

import numpy as np

os.environ.setdefault("KERAS_BACKEND", "numpy")
import keras  # noqa: E402
from keras.src.trainers.data_adapters.data_adapter_utils import class_weight_to_sample_weights  # noqa: E402

keras.config.set_floatx("float64")
keras.config.set_dtype_policy("float64")
DEFAULT_EPSILON = keras.config.epsilon()

# Loss Advisor's sample layout -> the tensors Keras takes
SEQUENCE = {"CTC", "ctc"}
# losses whose labels are a vector of class indices (Loss Advisor: one index per row)
INDEX_VECTOR = {"CategoricalGeneralizedCrossEntropy", "Circle", "circle"}
# Keras 2 spellings Keras 3 only keeps in keras._legacy (a Keras 2 file still names them): the function each names
LEGACY = {"logcosh": "log_cosh", "kullback_leibler_divergence": "kl_divergence", "cosine_proximity": "cosine_similarity"}


def num(x):
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def make_loss(name, options):
    """The Keras loss as compile() builds it: a class with its options, or a function wrapped with its options."""
    opts = {k: v for k, v in options.items() if k not in ("epsilon", "class_weight")}
    if hasattr(keras.losses, name) and isinstance(getattr(keras.losses, name), type):
        return getattr(keras.losses, name)(**opts)
    fn = keras.losses.get(LEGACY.get(name, name))
    reduction = opts.pop("reduction", "sum_over_batch_size")
    return keras.src.losses.LossFunctionWrapper(fn, reduction=reduction, **opts)


def evaluate(c):
    """Keras's value for one case, or what it raises."""
    name, options = c["loss"], c["options"]
    out = np.array(c["outputs"], dtype="float64")
    lab = np.array(c["labels"], dtype="float64")
    keras.config.set_epsilon(options.get("epsilon", DEFAULT_EPSILON))
    try:
        loss = make_loss(name, options)
        if name in SEQUENCE:
            out, lab = out[None, :, :], lab.astype("int32")
        if name in INDEX_VECTOR:
            lab = lab.reshape(-1)
        sample_weight = None
        if "class_weight" in options:
            cw = options["class_weight"]
            cw = {int(k): v for k, v in cw.items()} if isinstance(cw, dict) else cw
            sample_weight = class_weight_to_sample_weights(lab, cw)
        v = np.asarray(loss(lab, out, sample_weight=sample_weight))
        return {"value": num(v)} if v.ndim == 0 else {"value": [num(x) for x in v.flatten()]}
    except Exception as e:  # noqa: BLE001 - every refusal Keras raises is a result here
        text = (str(e).strip().splitlines() or [type(e).__name__])[0]
        return {"raises": (type(e).__name__ + ": " + text)[:200]}
    finally:
        keras.config.set_epsilon(DEFAULT_EPSILON)


def generate(seed):
    rng = random.Random(seed)
    cases = []

    def case(loss, options, outputs, labels):
        cases.append({"loss": loss, "options": options, "outputs": outputs, "labels": labels})

    def matrix(r, k, lo=-3.0, hi=3.0):
        return [[rng.uniform(lo, hi) for _ in range(k)] for _ in range(r)]

    def unit(r, k):
        return [[rng.uniform(0.0, 1.0) for _ in range(k)] for _ in range(r)]

    def probs(r, k):
        m = [[rng.uniform(0.01, 1.0) for _ in range(k)] for _ in range(r)]
        return [[v / sum(row) for v in row] for row in m]

    def binary(r, k):
        return [[float(rng.randint(0, 1)) for _ in range(k)] for _ in range(r)]

    def onehot(r, k):
        rows = []
        for _ in range(r):
            row = [0.0] * k
            row[rng.randrange(k)] = 1.0
            rows.append(row)
        return rows

    def indices(r, k):
        return [[float(rng.randrange(k))] for _ in range(r)]

    def signed(r, k):
        return [[float(rng.choice([-1, 1])) for _ in range(k)] for _ in range(r)]

    def positive(r, k):
        return [[rng.uniform(0.1, 5.0) for _ in range(k)] for _ in range(r)]

    def counts(r, k):
        return [[float(rng.randint(0, 6)) for _ in range(k)] for _ in range(r)]

    shapes = [(1, 1), (1, 3), (4, 2), (5, 4), (8, 6), (3, 10)]
    reductions = [{}, {"reduction": "sum"}, {"reduction": "none"}, {"reduction": "mean"},
                  {"reduction": "mean_with_sample_weight"}]

    def sweep(names, make_out, make_lab, option_sets, shape_list=shapes, reds=reductions):
        for name in names:
            for r, k in shape_list:
                for opts in option_sets:
                    for red in reds:
                        case(name, dict(opts, **red), make_out(r, k), make_lab(r, k))

    few = [{}, {"reduction": "sum"}, {"reduction": "none"}]
    bce_opts = [{}, {"from_logits": True}, {"label_smoothing": 0.1}, {"from_logits": True, "label_smoothing": 0.3},
                {"axis": 0}, {"epsilon": 1e-3}]
    sweep(["BinaryCrossentropy"], unit, binary, bce_opts[:1] + bce_opts[2:3] + bce_opts[4:])
    sweep(["BinaryCrossentropy"], matrix, binary, [bce_opts[1], bce_opts[3]])
    sweep(["BinaryCrossentropy"], unit, unit, [{}], reds=few)
    focal = [{}, {"gamma": 0.0}, {"gamma": 5.0}, {"apply_class_balancing": True}, {"apply_class_balancing": True, "alpha": 0.7},
             {"alpha": 0.9}, {"label_smoothing": 0.2}, {"axis": 0}]
    sweep(["BinaryFocalCrossentropy"], unit, binary, focal, reds=few)
    sweep(["BinaryFocalCrossentropy"], matrix, binary, [dict(o, from_logits=True) for o in focal[:5]], reds=few)
    multi = [(1, 3), (4, 2), (5, 4), (8, 6), (3, 10)]
    sweep(["CategoricalCrossentropy"], probs, onehot, [{}, {"label_smoothing": 0.1}, {"axis": 0}, {"epsilon": 1e-3}], multi)
    sweep(["CategoricalCrossentropy"], unit, onehot, [{}], multi, few)
    sweep(["CategoricalCrossentropy"], matrix, onehot, [{"from_logits": True}, {"from_logits": True, "label_smoothing": 0.2},
                                                        {"from_logits": True, "axis": 0}], multi)
    sweep(["CategoricalCrossentropy"], probs, probs, [{}], multi, few)
    cfocal = [{}, {"alpha": 0.5}, {"gamma": 0.0}, {"gamma": 4.0, "alpha": 1.0}, {"label_smoothing": 0.1}, {"axis": 0}]
    sweep(["CategoricalFocalCrossentropy"], probs, onehot, cfocal, multi, few)
    sweep(["CategoricalFocalCrossentropy"], matrix, onehot, [{"from_logits": True}, {"from_logits": True, "gamma": 1.0}], multi, few)
    sweep(["SparseCategoricalCrossentropy"], probs, indices, [{}, {"epsilon": 1e-4}], multi)
    sweep(["SparseCategoricalCrossentropy"], matrix, indices, [{"from_logits": True}], multi)
    for r, k in multi:
        for red in reductions:
            for logits in (False, True):
                out, lab = (matrix if logits else probs)(r + 1, k), indices(r + 1, k)
                lab[0][0] = float(k - 1)
                o = dict({"ignore_class": k - 1}, **red)
                if logits:
                    o["from_logits"] = True
                case("SparseCategoricalCrossentropy", o, out, lab)

    sweep(["MeanSquaredError"], matrix, matrix, [{}])
    sweep(["MeanAbsoluteError"], matrix, matrix, [{}])
    sweep(["MeanAbsolutePercentageError"], matrix, matrix, [{}])
    sweep(["MeanAbsolutePercentageError"], matrix, lambda r, k: [[0.0 if rng.random() < 0.3 else rng.uniform(-2, 2) for _ in range(k)]
                                                                 for _ in range(r)], [{}, {"epsilon": 1e-2}], reds=few)
    sweep(["MeanSquaredLogarithmicError"], positive, positive, [{}, {"epsilon": 1e-2}])
    sweep(["MeanSquaredLogarithmicError"], matrix, matrix, [{}], reds=few)
    sweep(["Huber"], matrix, matrix, [{}, {"delta": 0.5}, {"delta": 2.5}])
    sweep(["LogCosh"], matrix, matrix, [{}])
    sweep(["Hinge", "SquaredHinge"], matrix, signed, [{}])
    sweep(["Hinge", "SquaredHinge"], matrix, binary, [{}], reds=few)
    sweep(["CategoricalHinge"], matrix, onehot, [{}], multi)
    sweep(["KLDivergence"], probs, probs, [{}, {"epsilon": 1e-3}], multi)
    sweep(["Poisson"], positive, counts, [{}, {"epsilon": 1e-3}])
    sweep(["CosineSimilarity"], matrix, matrix, [{}, {"axis": 0}, {"axis": 1}], multi)
    overlap_axes = [{}, {"axis": 0}, {"axis": 1}, {"axis": -1}]
    sweep(["Dice"], unit, binary, overlap_axes + [{"epsilon": 1e-2}], multi, few)
    tv = [{}, {"alpha": 0.7, "beta": 0.3}, {"alpha": 0.2, "beta": 0.9}, {"alpha": 0.7, "beta": 0.3, "axis": 1},
          {"alpha": 0.3, "beta": 0.7, "axis": 0}, {"epsilon": 1e-2}]
    sweep(["Tversky"], unit, binary, tv, multi, few)
    # Keras 3.15 expands the index vector to (N, 1) before one_hot: only a batch of one row computes
    sweep(["CategoricalGeneralizedCrossEntropy"], probs, indices, [{}, {"q": 0.2}, {"q": 0.8}], [(1, 3), (1, 5), (4, 3)])

    # circle: embeddings (unit-normalised rows) and one integer class per row
    def unit_rows(r, k):
        m = matrix(r, k)
        return [[v / math.sqrt(sum(x * x for x in row)) for v in row] for row in m]
    sweep(["Circle", "circle"], unit_rows, lambda r, k: [[float(rng.randrange(3))] for _ in range(r)],
          [{}, {"gamma": 10.0}, {"margin": 0.25}, {"remove_diagonal": False}], [(4, 3), (6, 5), (8, 4)], few)

    # CTC: one sequence, a row of logits per time step; labels one row of classes 1.., 0-padded
    for t, c, s in [(5, 3, 2), (8, 4, 3), (12, 6, 4), (6, 5, 3), (20, 10, 6)]:
        for red in few:
            labels = [float(rng.randrange(1, c)) for _ in range(s)]
            case("CTC", dict(red), matrix(t, c), [labels])
            case("CTC", dict(red), matrix(t, c), [labels[:-1] + [0.0, 0.0]])
            case("ctc", dict(red), matrix(t, c), [labels])
    case("CTC", {}, matrix(3, 3), [[1.0, 1.0]])
    case("CTC", {}, matrix(4, 3), [[1.0, 1.0]])

    # the functional spellings and Keras 2 aliases: defaults, a reduction and an option each takes
    aliases = [("binary_crossentropy", unit, binary), ("bce", unit, binary), ("BCE", unit, binary),
               ("binary_focal_crossentropy", unit, binary), ("categorical_crossentropy", probs, onehot),
               ("categorical_focal_crossentropy", probs, onehot), ("sparse_categorical_crossentropy", probs, indices),
               ("mean_squared_error", matrix, matrix), ("mse", matrix, matrix), ("MSE", matrix, matrix),
               ("mean_absolute_error", matrix, matrix), ("mae", matrix, matrix), ("MAE", matrix, matrix),
               ("mean_absolute_percentage_error", matrix, matrix), ("mape", matrix, matrix), ("MAPE", matrix, matrix),
               ("mean_squared_logarithmic_error", positive, positive), ("msle", positive, positive), ("MSLE", positive, positive),
               ("huber", matrix, matrix), ("log_cosh", matrix, matrix), ("logcosh", matrix, matrix),
               ("hinge", matrix, signed), ("squared_hinge", matrix, signed), ("categorical_hinge", matrix, onehot),
               ("kl_divergence", probs, probs), ("kld", probs, probs), ("KLD", probs, probs),
               ("kullback_leibler_divergence", probs, probs), ("poisson", positive, counts),
               ("cosine_similarity", matrix, matrix), ("cosine_proximity", matrix, matrix), ("dice", unit, binary), ("tversky", unit, binary)]
    for name, mo, ml in aliases:
        for r, k in [(1, 3), (4, 2), (6, 5)]:
            for red in few:
                case(name, dict(red), mo(r, k), ml(r, k))

    # fit(class_weight=...): a dict by class; classes it lacks weigh 1.0; labels of x.5 round half to even; a list fails
    for r, k in [(6, 1), (8, 1), (10, 1)]:
        for red in [{}, {"reduction": "sum"}, {"reduction": "mean_with_sample_weight"}, {"reduction": "none"}]:
            out, lab = unit(r, 1), binary(r, 1)
            case("BinaryCrossentropy", dict({"class_weight": {"0": 1.0, "1": rng.uniform(2, 9)}}, **red), out, lab)
            case("BinaryCrossentropy", dict({"class_weight": {"1": rng.uniform(2, 9)}}, **red), out, lab)
            case("MeanSquaredError", dict({"class_weight": {"0": 2.0, "1": 3.0, "2": 5.0}}, **red),
                 matrix(r, 1), [[rng.choice([0.5, 1.5, 2.5, 1.0, 0.4])] for _ in range(r)])
    for r, k in [(5, 3), (7, 4)]:
        for red in [{}, {"reduction": "sum"}, {"reduction": "mean_with_sample_weight"}]:
            cw = {str(i): rng.uniform(0.5, 4.0) for i in range(k - 1)}
            case("CategoricalCrossentropy", dict({"class_weight": cw}, **red), probs(r, k), onehot(r, k))
            case("SparseCategoricalCrossentropy", dict({"class_weight": cw}, **red), probs(r, k), indices(r, k))
    case("BinaryCrossentropy", {"class_weight": [1.0, 5.0]}, unit(4, 1), binary(4, 1))
    case("SparseCategoricalCrossentropy", {"class_weight": [1.0, 2.0, 3.0]}, probs(3, 3), indices(3, 3))

    # refusals: reductions Keras 3 does not have, labels out of range, options a loss does not take
    for bad in ["auto", "batchmean", "SUM"]:
        case("BinaryCrossentropy", {"reduction": bad}, unit(3, 2), binary(3, 2))
        case("MeanSquaredError", {"reduction": bad}, matrix(3, 2), matrix(3, 2))
        case("mse", {"reduction": bad}, matrix(3, 2), matrix(3, 2))
    case("SparseCategoricalCrossentropy", {}, probs(2, 3), [[3.0], [0.0]])
    case("MeanSquaredError", {"delta": 1.0}, matrix(2, 2), matrix(2, 2))
    case("Huber", {"from_logits": True}, matrix(2, 2), matrix(2, 2))
    case("CategoricalGeneralizedCrossEntropy", {"q": 1.5}, probs(2, 3), indices(2, 3))

    # edge values: probabilities of exactly 0 and 1, epsilon 0 (log(0) and 0 * log(0)), logits of +-100 and -inf
    edges = [[0.0, 1.0, 0.5], [1.0, 0.0, 0.25]]
    edge_labels = [[0.0, 1.0, 1.0], [1.0, 0.0, 0.0]]
    for name in ["BinaryCrossentropy", "BinaryFocalCrossentropy", "CategoricalCrossentropy", "CategoricalFocalCrossentropy",
                 "KLDivergence", "Poisson", "MeanSquaredLogarithmicError", "Dice", "Tversky"]:
        for eps in [{}, {"epsilon": 0.0}]:
            case(name, dict(eps), edges, edge_labels)
            case(name, dict(eps, reduction="none"), edges, edge_labels)
    case("CategoricalCrossentropy", {"epsilon": 0.0}, [[0.0, 1.0, 0.0]], [[0.0, 1.0, 0.0]])
    case("SparseCategoricalCrossentropy", {"epsilon": 0.0}, [[0.0, 1.0, 0.0]], [[1.0]])
    for name in ["BinaryCrossentropy", "BinaryFocalCrossentropy"]:
        case(name, {"from_logits": True}, [[100.0, -100.0, 100.0, -100.0]], [[1.0, 0.0, 0.0, 1.0]])
        case(name, {"from_logits": True, "reduction": "none"}, [[50.0, -50.0], [0.0, 30.0]], [[0.0, 1.0], [1.0, 0.0]])
    case("CategoricalCrossentropy", {"from_logits": True}, [[100.0, -100.0, 0.0]], [[0.0, 1.0, 0.0]])
    case("CategoricalCrossentropy", {"from_logits": True}, [[float("-inf"), 1.0, 0.0]], [[0.0, 1.0, 0.0]])
    case("CategoricalCrossentropy", {"from_logits": True}, [[float("-inf"), 1.0, 0.0]], [[1.0, 0.0, 0.0]])
    case("SparseCategoricalCrossentropy", {}, [[2.0, 1.0, 1.0], [0.2, 0.2, 0.2]], [[0.0], [2.0]])
    case("SparseCategoricalCrossentropy", {}, [[0.5, 0.7, 0.1]], [[1.0]])
    for c in cases:
        c.update(evaluate(c))
    return cases


def tensorflow_values(cases):
    """Each case's result on the TensorFlow backend, run in a subprocess (the backend is fixed at import)."""
    env = dict(os.environ, KERAS_BACKEND="tensorflow", TF_CPP_MIN_LOG_LEVEL="3", CUDA_VISIBLE_DEVICES="")
    proc = subprocess.run([sys.executable, __file__, "--evaluate"], input="\n".join(json.dumps(c) for c in cases),
                          capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        sys.stderr.write("TensorFlow backend not run: " + proc.stderr.strip().splitlines()[-1] + "\n")
        return None
    return [json.loads(line) for line in proc.stdout.splitlines()]


def same(a, b):
    if "raises" in a or "raises" in b:
        return ("raises" in a) == ("raises" in b)
    x, y = a["value"], b["value"]
    xs, ys = (x if isinstance(x, list) else [x]), (y if isinstance(y, list) else [y])
    if len(xs) != len(ys):
        return False
    for p, q in zip(xs, ys):
        if isinstance(p, str) or isinstance(q, str):
            if p != q:
                return False
        elif abs(p - q) > 1e-6 * max(1.0, abs(p)):
            return False
    return True


def main():
    if "--evaluate" in sys.argv:
        for line in sys.stdin:
            c = json.loads(line)
            sys.stdout.write(json.dumps(evaluate(c)) + "\n")
        return
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 20261205
    cases = generate(seed)
    tf = tensorflow_values(cases)
    differ = 0
    if tf is not None:
        for c, t in zip(cases, tf):
            if not same(c, t):
                c["tensorflow"] = t
                differ += 1
    for c in cases:
        sys.stdout.write(json.dumps(c, separators=(",", ":")) + "\n")
    sys.stderr.write("%d cases, %d raise, %d differ on TensorFlow\n" % (len(cases), sum(1 for c in cases if "raises" in c), differ))


if __name__ == "__main__":
    main()
