"""PyTorch hooks: every torch.nn loss module call, every torch.nn.functional loss, torchvision's sigmoid_focal_loss.

A global forward hook remembers which module made each tensor, so that a loss input can be traced to its layer.
"""
import inspect
import math
import os
import sys
import threading
import weakref

from . import _store

FUNCTIONS = ["binary_cross_entropy", "binary_cross_entropy_with_logits", "cross_entropy", "nll_loss", "mse_loss", "l1_loss",
             "smooth_l1_loss", "huber_loss", "kl_div", "multilabel_soft_margin_loss", "hinge_embedding_loss", "soft_margin_loss",
             "poisson_nll_loss", "ctc_loss", "multi_margin_loss", "multilabel_margin_loss", "cosine_embedding_loss",
             "triplet_margin_loss", "margin_ranking_loss", "gaussian_nll_loss"]
# the class scores are dimension 1 of the input: (N, C, d1, ...)
CLASS_DIM = {"cross_entropy", "nll_loss", "CrossEntropyLoss", "NLLLoss", "NLLLoss2d"}
# options as the catalogue names them; anything else a loss takes (size_average, reduce) is folded into reduction
OPTIONS = {"reduction", "weight", "pos_weight", "ignore_index", "label_smoothing", "beta", "delta", "log_target", "log_input",
           "full", "eps", "margin", "p", "swap", "blank", "zero_infinity", "alpha", "gamma"}
# several tensors side by side in one sample row (docs/losses.md), then the labels, if any
SEVERAL = {"margin_ranking_loss": (2, 2), "MarginRankingLoss": (2, 2), "cosine_embedding_loss": (2, 2),
           "CosineEmbeddingLoss": (2, 2), "triplet_margin_loss": (3, None), "TripletMarginLoss": (3, None),
           "gaussian_nll_loss": ((0, 2), 1), "GaussianNLLLoss": ((0, 2), 1)}
NO_SAMPLES = {"ctc_loss", "CTCLoss"}
# autograd nodes that keep what a tensor is: views, copies, indexing, clamping, scaling by a constant
PASS = {"View", "Reshape", "ReshapeAlias", "UnsafeView", "Squeeze", "Unsqueeze", "Permute", "Transpose", "T", "Select", "Slice",
        "Clone", "ToCopy", "Expand", "Index", "Unbind", "Split", "SplitWithSizes", "Clamp", "ClampMin", "ClampMax", "Alias",
        "AsStrided", "Narrow", "Mul", "Div", "Add", "Sub", "Flatten", "Contiguous", "Cat", "Stack", "Where", "MaskedFill"}
ACTIVATION = {"Softmax": "softmax", "LogSoftmax": "log_softmax", "Sigmoid": "sigmoid", "Tanh": "tanh", "Relu": "relu",
              "Softplus": "softplus", "Addmm": "linear", "Mm": "linear", "Mv": "linear", "Bmm": "linear", "Linear": "linear",
              "Convolution": "linear", "MkldnnConvolution": "linear", "SlowConv2D": "linear", "MkldnnLinear": "linear",
              "NativeBatchNorm": "linear", "NativeLayerNorm": "linear", "Embedding": "linear", "Matmul": "linear"}

_local = threading.local()
_torch = None
_loss_base = None
_made = {}  # id(tensor) -> (weakref to the tensor, weakref to the module, (file, line) of the call)
_made_by_node = {}  # id(grad_fn) -> (grad_fn, the entry of the tensor it made)
_roots = []  # weakrefs to the last top-level modules called
_depth = [0]
_hooks = []


def install(torch):
    global _torch, _loss_base
    _torch = torch
    _store.skip_dir(os.path.dirname(torch.__file__))
    import torch.nn.functional as F
    import torch.nn.modules.loss as L
    from torch.nn.modules import module as M

    _loss_base = L._Loss
    for name in FUNCTIONS:
        original = getattr(F, name, None)
        if original is not None and not getattr(original, "_loss_advisor", False):
            setattr(F, name, _functional(name, original))
    original_call = L._Loss.__call__
    if not getattr(original_call, "_loss_advisor", False):
        L._Loss.__call__ = _module_call(original_call)
    _hooks.append(M.register_module_forward_pre_hook(_pre_hook))
    _hooks.append(M.register_module_forward_hook(_post_hook))


def install_torchvision(torchvision):
    _store.skip_dir(os.path.dirname(torchvision.__file__))
    import torchvision.ops as ops
    import torchvision.ops.focal_loss as focal

    original = focal.sigmoid_focal_loss
    if getattr(original, "_loss_advisor", False):
        return
    wrapped = _functional("sigmoid_focal_loss", original)
    focal.sigmoid_focal_loss = wrapped
    ops.sigmoid_focal_loss = wrapped


def _busy():
    return getattr(_local, "busy", False)


def _functional(name, original):
    signature = inspect.signature(original)

    def loss(*args, **kwargs):
        if _busy():
            return original(*args, **kwargs)
        key = _site(sys._getframe(1), name)
        if key is not None:
            try:
                bound = signature.bind(*args, **kwargs)
                bound.apply_defaults()
                values = list(bound.arguments.items())
                tensors = [v for k, v in values if isinstance(v, _torch.Tensor) and k not in OPTIONS]
                options = {k: v for k, v in values if k in OPTIONS}
                _capture(key, name, options, tensors)
            except Exception as e:
                _store.hook_failed("capturing %s" % name, e)
        return _call(original, args, kwargs)  # quiet inside, captured or not: the losses it calls are its own

    return _store.stands_in_for(loss, original)


def _module_call(original_call):
    def call(self, *args, **kwargs):
        if _busy():
            return original_call(self, *args, **kwargs)
        name = _loss_name(type(self))
        if name is None:
            return original_call(self, *args, **kwargs)  # a loss of the user's own: the losses it calls are captured
        key = _site(sys._getframe(1), name)
        if key is not None:
            try:
                params = inspect.signature(type(self).forward).bind(self, *args, **kwargs)
                tensors = [v for k, v in params.arguments.items() if isinstance(v, _torch.Tensor)]
                options = {}
                for p in inspect.signature(type(self).__init__).parameters:
                    if p in OPTIONS and hasattr(self, p):
                        options[p] = getattr(self, p)
                _capture(key, name, options, tensors, module=self)
            except Exception as e:
                _store.hook_failed("capturing %s" % name, e)
        return _call(lambda *a, **k: original_call(self, *a, **k), args, kwargs)

    call._loss_advisor = True
    return call


def _call(fn, args, kwargs):
    """Runs the loss itself with the hooks quiet (a loss module calls its functional form), then stops when asked."""
    _local.busy = True
    try:
        result = fn(*args, **kwargs)
    finally:
        _local.busy = False
    if _store.should_stop():
        _store.stop()
    return result


def _loss_name(cls):
    """The torch.nn loss class a module is, or is derived from; None for a loss of the user's own (a custom _Loss)."""
    for c in cls.__mro__:
        if c.__module__ == "torch.nn.modules.loss" and not c.__name__.startswith("_"):
            return c.__name__
    return None


def _site(frame, name):
    at = _store.place(frame)
    key = None if at is None else (at[0], at[1], name)
    if key is None or not _store.wants(key):
        _made.clear()
        _made_by_node.clear()
        return None
    return key


def _capture(key, name, options, tensors, module=None):
    if not tensors:
        return
    x = tensors[0]
    opts = {}
    for k, v in options.items():
        if v is None:
            continue
        if isinstance(v, _torch.Tensor):
            if v.numel() > 10000:
                continue
            v = v.detach().to(_torch.float64).cpu().reshape(-1).tolist()
            v = v[0] if len(v) == 1 and k == "pos_weight" else v
        opts[k] = v
    chain = _grad_chain(x)
    activation, source = _activation(chain)
    class_dim = name in CLASS_DIM
    rows_wanted = _store.rows()
    outputs = labels = None
    if name not in NO_SAMPLES:
        layout = SEVERAL.get(name)
        if layout is None:
            outputs = _rows(x, class_dim, rows_wanted)
            if len(tensors) > 1:
                labels = _rows(tensors[1], class_dim and tensors[1].dim() == x.dim() and tensors[1].is_floating_point(), rows_wanted)
        else:
            inputs, label_at = layout
            picked = [tensors[i] for i in (range(inputs) if isinstance(inputs, int) else inputs) if i < len(tensors)]
            parts = [_rows(t.unsqueeze(-1) if t.dim() == 1 else t, False, rows_wanted) for t in picked]
            outputs = [sum((r if isinstance(r, list) else [r] for r in row), []) for row in zip(*parts)]
            if label_at is not None and label_at < len(tensors):
                labels = _rows(tensors[label_at], False, rows_wanted)
        if labels is not None:
            n = min(len(outputs), len(labels))
            outputs, labels = outputs[:n], labels[:n]
            keep = [i for i in range(n) if _finite(labels[i])]
            if len(keep) < n:
                outputs, labels = [outputs[i] for i in keep], [labels[i] for i in keep]
    if activation is None:
        activation, source = _from_values(outputs, name), "values"
    units = (x.shape[1] if class_dim and x.dim() > 1 else x.shape[-1] if class_dim or x.dim() == 2 else 1) if x.dim() > 0 else 1
    if name in SEVERAL:
        units = int(x.shape[-1]) if x.dim() > 1 else 1
    producer = _producer(x, module)
    captured = {
        "framework": "pytorch",
        "call_site": "%s:%d" % (_store.shown(key[0]), key[1]),
        "loss": name,
        "grad_enabled": x.requires_grad,
        "grad_fn": chain,
        "activation_from": source,
        "input": {"shape": list(x.shape), "dtype": str(x.dtype).replace("torch.", "")},
    }
    if len(tensors) > 1:
        captured["target"] = {"shape": list(tensors[1].shape), "dtype": str(tensors[1].dtype).replace("torch.", "")}
    if producer is not None:
        captured["producer"] = producer
    description = {
        "name": "%s at %s" % (name, captured["call_site"]),
        "framework": "pytorch",
        "output": {"units": max(1, int(units)), "activation": activation},
        "loss": dict({"name": name}, **opts),
    }
    _made.clear()
    _made_by_node.clear()  # the graph of this batch is the user's again
    _store.record(key, description, captured, outputs, labels, alone=_batch_normalised(outputs))
    if _store.is_done() and not _store.should_stop() and _hooks:
        for h in _hooks:  # every site is captured and the run goes on: give the model its speed back
            h.remove()
        _hooks.clear()
        _made.clear()
        _made_by_node.clear()


def _finite(v):
    if isinstance(v, list):
        return all(_finite(x) for x in v)
    return not (isinstance(v, float) and (math.isnan(v) or math.isinf(v)))


def _rows(t, class_dim, limit):
    """The first rows of a tensor as lists: (N, C, d...) class scores become one row per position; width-1 rows are numbers."""
    x = t.detach()
    if x.dim() == 0:
        x = x.reshape(1)
    if x.dim() > 2:
        per_item = max(1, x[0].numel() // (x.shape[1] if class_dim else 1))
        x = x[: max(1, -(-limit // per_item))]
        x = x.movedim(1, -1).reshape(-1, x.shape[1]) if class_dim else x.reshape(-1)
    x = x[:limit]
    if x.dim() == 2 and x.shape[1] == 1:
        x = x.reshape(-1)
    if x.is_floating_point():
        return x.to(_torch.float64).cpu().tolist()
    if x.dtype == _torch.bool:
        x = x.to(_torch.int64)
    return x.cpu().tolist() if not x.is_complex() else None


def _grad_chain(t, steps=6):
    """The names of the autograd nodes that made the tensor, nearest first, a few steps up."""
    chain = []
    node = t.grad_fn
    while node is not None and len(chain) < steps:
        chain.append(type(node).__name__)
        nxt = [n for n, _ in node.next_functions if n is not None and type(n).__name__ != "AccumulateGrad"]
        node = nxt[0] if nxt else None
    return chain


def _base(node_name):
    name = node_name
    while name and name[-1].isdigit():
        name = name[:-1]
    return name[:-len("Backward")] if name.endswith("Backward") else name


def _activation(chain):
    """What the grad_fn chain says the input is, looking through views and scaling; (None, None) when it cannot tell."""
    seen = []
    for n in chain:
        b = _base(n)
        if b in PASS:
            continue
        seen.append(b)
        if b == "Log" or b == "Exp":
            continue  # log(softmax) is a log_softmax, exp(log_softmax) a softmax: look at what came before
        act = ACTIVATION.get(b)
        if act is None:
            return None, None
        if seen[:-1] == ["Log"] and act == "softmax":
            act = "log_softmax"
        elif seen[:-1] == ["Exp"] and act == "log_softmax":
            act = "softmax"
        elif seen[:-1] == ["Exp"] and act == "linear":
            act = "softplus"  # exp of a linear output: a positive rate, spelled as descriptions spell "exponential"
        elif len(seen) > 1:
            return None, None
        return act, "grad_fn"
    return None, None


def _batch_normalised(rows):
    """True when every column sums to 1 (or is a log-softmax) over the batch: softmax(x, dim=0)."""
    if not rows or not isinstance(rows[0], list) or len(rows[0]) < 2 or len(rows) < 2:
        return False
    try:
        columns = list(zip(*rows))
        return all(abs(sum(c) - 1) < 1e-3 for c in columns) or all(abs(sum(math.exp(v) for v in c) - 1) < 1e-3 for c in columns)
    except (TypeError, OverflowError):
        return False


def _from_values(rows, name):
    """With gradients off there is no grad_fn: what the values are (a softmax sums to 1 along each row)."""
    if not rows:
        return "linear"
    flat = [v for r in rows for v in (r if isinstance(r, list) else [r]) if isinstance(v, float) and math.isfinite(v)]
    if not flat:
        return "linear"
    if isinstance(rows[0], list) and len(rows[0]) > 1:
        sums = [sum(r) for r in rows if all(isinstance(v, float) and math.isfinite(v) for v in r)]
        if min(flat) >= 0 and sums and all(abs(s - 1) < 1e-3 for s in sums):
            return "softmax"
        if max(flat) <= 0 and sums and all(abs(sum(math.exp(v) for v in r) - 1) < 1e-3 for r in rows):
            return "log_softmax"
    # only where the loss takes probabilities: logits near 0 at the start of training look the same
    if min(flat) >= 0 and max(flat) <= 1 and name in ("BCELoss", "binary_cross_entropy", "binary_crossentropy"):
        return "sigmoid"
    return "linear"


def _pre_hook(module, inputs):
    if not isinstance(module, _loss_base):
        _depth[0] += 1


def _post_hook(module, inputs, output):
    if isinstance(module, _loss_base):
        return None
    try:
        _depth[0] = max(0, _depth[0] - 1)
        if _depth[0] == 0:
            if not any(r() is module for r in _roots):
                _roots.insert(0, weakref.ref(module))
                del _roots[4:]
        outs = output if isinstance(output, (tuple, list)) else tuple(output.values()) if isinstance(output, dict) else (output,)
        for o in outs[:8]:
            if isinstance(o, _torch.Tensor):
                _remember(o, module)
    except Exception as e:
        _store.hook_failed("following %s's output" % type(module).__name__, e)
    return None


def _remember(t, module):
    known = _made.get(id(t))
    if known is not None and known[0]() is t:
        return  # an inner module made it: keep the innermost
    if len(_made) > 512:  # forwards with no loss after them (inference): keep no graphs alive for long
        _made.clear()
        _made_by_node.clear()
    at = _store.place(sys._getframe(2))
    entry = (weakref.ref(t), weakref.ref(module), at)
    _made[id(t)] = entry
    node = t.grad_fn
    if node is not None and id(node) not in _made_by_node:
        _made_by_node[id(node)] = (node, entry)  # held until the next loss call, so that its id stays its own


def _producer(x, loss_module):
    """The module whose output the loss input is (looking through views): its name in the model, class and place."""
    _depth[0] = 0  # a forward that raised left it raised
    found = None
    known = _made.get(id(x))
    if known is not None and known[0]() is x:
        found = known
    node = x.grad_fn
    steps = 0
    while found is None and node is not None and steps < 8:
        known = _made_by_node.get(id(node))
        if known is not None and known[0] is node:
            found = known[1]
            break
        if _base(type(node).__name__) not in PASS:
            break
        nxt = [n for n, _ in node.next_functions if n is not None]
        node = nxt[0] if nxt else None
        steps += 1
    if found is None:
        return None
    module = found[1]()
    if module is None:
        return None
    name = None
    for ref in _roots:
        root = ref()
        if root is None:
            continue
        for n, m in root.named_modules():
            if m is module:
                name = n
                break
        if name is not None:
            break
    cls = type(module)
    at = found[2]
    forward = getattr(cls, "forward", None)
    code = getattr(forward, "__code__", None)
    if code is not None and _store._is_user(code):
        at = (code.co_filename, code.co_firstlineno)  # the user's own module: its forward() made the output
    producer = {"class": cls.__name__, "name": name if name else ""}
    if at is not None:
        producer["place"] = "%s:%d" % (_store.shown(at[0]), at[1])
    return producer
