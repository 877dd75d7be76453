"""Runs recommend snippets as printed, on synthetic data in the label format each one states.

Usage: run_snippets.py SNIPPETS.json pytorch|keras
SNIPPETS.json holds [{"id", "task", "snippet"}]. Prints one JSON line per snippet: {"id", "losses"} with the loss of
every training step (PyTorch: every backward(); Keras: every epoch of model.fit), {"id", "error"}, or {"id", "skipped"}.
The labels are a function of x, so a loss that trains falls.
"""
import contextlib
import io
import json
import os
import sys
import traceback

import numpy as np

K = 3  # the class count the snippets are printed with (or the K they name when printed without one)


def labels(task, keras, n=128, d=8):
    """x (n, d) and the labels each task's snippets take, by name; Keras wants (n, 1) where PyTorch wants (n,)."""
    rng = np.random.default_rng(0)
    x = rng.normal(size=(n, d)).astype('float32')
    s = x @ rng.normal(size=d) / np.sqrt(d)
    scores = x @ rng.normal(size=(d, K))
    one = (lambda v: v.reshape(-1, 1)) if keras else (lambda v: v)
    floats = lambda v: np.asarray(v, dtype='float32')
    standardise = lambda v: (v - v.mean()) / v.std()
    if task == 'regression':
        return x, {'y': one(floats(standardise(s + 0.1 * rng.normal(size=n))))}
    if task == 'regression-outliers':
        noise = np.where(rng.random(n) < 0.05, 10.0, 0.1) * rng.normal(size=n)
        return x, {'y': one(floats(standardise(s + noise)))}
    if task == 'count':
        return x, {'y': one(floats(rng.poisson(np.exp(s))))}
    if task == 'binary':
        return x, {'y': one(floats(s > 0))}
    if task == 'soft-binary':
        return x, {'y': one(floats(1 / (1 + np.exp(-2 * s))))}
    if task == 'imbalanced-binary':
        return x, {'y': one(floats(s > np.quantile(s, 0.85)))}
    if task == 'margin-binary':
        return x, {'y': one(floats(np.where(s > 0, 1, -1)))}
    if task == 'multiclass':
        cls = scores.argmax(1)
        return x, {'y': floats(np.eye(K)[cls]) if keras else cls}
    if task == 'multiclass-large':
        return x, {'y': scores.argmax(1)}
    if task == 'multilabel':
        return x, {'y': floats(scores > 0)}
    if task == 'multilabel-imbalanced':
        return x, {'y': floats(scores > 1.0)}
    if task == 'ordinal':
        return x, {'y': np.digitize(s, [-0.5, 0.5])}
    if task == 'distillation':
        teacher = 2 * scores
        if keras:
            e = np.exp(teacher / 4.0 - (teacher / 4.0).max(1, keepdims=True))
            return x, {'y': floats(e / e.sum(1, keepdims=True))}
        return x, {'teacher_logits': floats(teacher)}
    if task == 'object-detection':
        obj = scores.max(1) > 0.5  # the other anchors are background
        y_cls = floats(np.eye(K)[scores.argmax(1)] * obj[:, None])
        y_box = floats((x @ rng.normal(size=(d, 4))) * obj[:, None])
        return x, {'y_cls': y_cls, 'y_box': y_box}
    raise ValueError('no synthetic labels for task ' + task)


def run_pytorch(item, out):
    import torch
    losses = []
    backward = torch.Tensor.backward

    def recording(self, *args, **kwargs):
        losses.append(float(self.detach()))
        return backward(self, *args, **kwargs)

    x, ys = labels(item['task'], keras=False)
    env = {'K': K, 'x': torch.from_numpy(x)}
    env.update({name: torch.from_numpy(v) for name, v in ys.items()})
    torch.manual_seed(0)
    torch.Tensor.backward = recording
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(item['snippet'], item['id'], 'exec'), env)
    finally:
        torch.Tensor.backward = backward
    return losses


def run_keras(item, out):
    import keras
    x, ys = labels(item['task'], keras=True)
    env = {'K': K, 'x': x, **ys}
    keras.utils.set_random_seed(0)
    with contextlib.redirect_stdout(out):
        exec(compile(item['snippet'], item['id'], 'exec'), env)
    return [float(v) for v in env['model'].history.history['loss']]


def main():
    items = json.load(open(sys.argv[1]))
    framework = sys.argv[2]
    missing = None
    if framework == 'pytorch':
        try:
            import torchvision  # noqa: F401
        except Exception as e:  # a torch without a matching torchvision: its snippets cannot import
            missing = 'torchvision does not import here (%s: %s)' % (type(e).__name__, str(e).splitlines()[0])
    run = run_pytorch if framework == 'pytorch' else run_keras
    for item in items:
        if missing and 'torchvision' in item['snippet']:
            result = {'id': item['id'], 'skipped': missing}
        else:
            try:
                result = {'id': item['id'], 'losses': run(item, io.StringIO())}
            except Exception:
                result = {'id': item['id'], 'error': traceback.format_exc(limit=-3)}
        print(json.dumps(result), flush=True)


if __name__ == '__main__':
    main()
