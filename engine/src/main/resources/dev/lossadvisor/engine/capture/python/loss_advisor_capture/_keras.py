"""Keras 3 and tf.keras hooks: keras.losses.Loss.__call__ and the functional losses, with the model's output layer.

While capturing, fit() runs eagerly (run_eagerly) and tf.function runs eagerly, so that the values are real: that
changes the speed of the captured steps, never their values.
"""
import math
import os
import sys
import threading
import weakref

from . import _store

FUNCTIONS = ["binary_crossentropy", "binary_focal_crossentropy", "categorical_crossentropy", "categorical_focal_crossentropy",
             "sparse_categorical_crossentropy", "mean_squared_error", "mean_absolute_error", "mean_absolute_percentage_error",
             "mean_squared_logarithmic_error", "huber", "log_cosh", "poisson", "kl_divergence", "hinge", "squared_hinge",
             "categorical_hinge", "cosine_similarity"]
OPTIONS = {"from_logits", "label_smoothing", "reduction", "alpha", "gamma", "apply_class_balancing", "delta", "ignore_class"}
ACTIVATIONS = {"linear", "sigmoid", "softmax", "log_softmax", "tanh", "relu", "softplus"}

_local = threading.local()
_model = [None]  # weakref to the model last called or fitted
_tf = [None]
_traced = [False]  # a tf.function was traced at a loss call: its next calls run eagerly, where the values are real


def install(name, module):
    if name == "tensorflow":
        _tf[0] = module
        _store.skip_dir(os.path.dirname(module.__file__))
        try:
            module.config.run_functions_eagerly(True)  # tf.function steps give real values while capturing
        except Exception as e:
            _store.hook_failed("making tf.function eager", e)
        return
    _store.skip_dir(os.path.dirname(module.__file__))
    from keras.src.losses import loss as loss_module
    from keras.src.losses import losses as functions
    from keras.src.models import model as model_module

    base = loss_module.Loss
    if not getattr(base.__call__, "_loss_advisor", False):
        base.__call__ = _loss_call(base.__call__)
    for fname in FUNCTIONS:
        original = getattr(functions, fname, None)
        if original is None or getattr(original, "_loss_advisor", False):
            continue
        wrapped = _functional(fname, original)
        setattr(functions, fname, wrapped)
        public = getattr(module, "losses", None)
        if public is not None and getattr(public, fname, None) is original:
            setattr(public, fname, wrapped)
    Model = model_module.Model
    if not getattr(Model.fit, "_loss_advisor", False):
        Model.fit = _eager_fit(Model.fit)
    if not getattr(Model.__call__, "_loss_advisor", False):
        Model.__call__ = _remember_model(Model.__call__)


def _busy():
    return getattr(_local, "busy", False)


def _eager_fit(fit):
    def eager(self, *args, **kwargs):
        _model[0] = weakref.ref(self)
        if not _store.is_done():
            try:
                self.run_eagerly = True  # the loss sees real values; the numbers are the same
            except Exception as e:
                _store.hook_failed("making fit() eager", e)
        return fit(self, *args, **kwargs)

    eager._loss_advisor = True
    return eager


def _remember_model(call):
    def remember(self, *args, **kwargs):
        if not _busy():
            _model[0] = weakref.ref(self)
        return call(self, *args, **kwargs)

    remember._loss_advisor = True
    return remember


def _loss_call(original):
    def call(self, y_true, y_pred, *args, **kwargs):
        if _busy():
            return original(self, y_true, y_pred, *args, **kwargs)
        fn = getattr(self, "fn", None)
        name = getattr(fn, "__name__", None) if fn is not None and type(self).__name__ == "LossFunctionWrapper" else type(self).__name__
        key = _site(sys._getframe(1), name)
        if key is not None:
            try:
                config = self.get_config() if hasattr(self, "get_config") else {}
                config = dict(config, **(getattr(self, "_fn_kwargs", None) or {}))
                _capture(key, name, {k: v for k, v in config.items() if k in OPTIONS}, y_true, y_pred)
            except Exception as e:
                _store.hook_failed("capturing %s" % name, e)
        return _call(lambda: original(self, y_true, y_pred, *args, **kwargs))

    call._loss_advisor = True
    return call


def _functional(name, original):
    def loss(y_true, y_pred, *args, **kwargs):
        if _busy():
            return original(y_true, y_pred, *args, **kwargs)
        key = _site(sys._getframe(1), name)
        if key is not None:
            try:
                _capture(key, name, {k: v for k, v in kwargs.items() if k in OPTIONS}, y_true, y_pred)
            except Exception as e:
                _store.hook_failed("capturing %s" % name, e)
        return _call(lambda: original(y_true, y_pred, *args, **kwargs))

    return _store.stands_in_for(loss, original)


def _call(fn):
    _local.busy = True
    try:
        result = fn()
    finally:
        _local.busy = False
    if _store.should_stop():
        _store.stop()
    if _store.is_done() and _tf[0] is not None and not _traced[0]:
        try:
            _tf[0].config.run_functions_eagerly(False)
        except Exception:
            pass
    return result


def _site(frame, name):
    at = _store.place(frame)
    if at is None:
        return None
    if os.path.basename(at[0]).startswith("__autograph_generated_file"):
        # a tf.function traced once the sites seen so far were done: no values here, and a place in generated code;
        # its next calls run eagerly, as plain Python at the user's own line
        _traced[0] = True
        try:
            _tf[0].config.run_functions_eagerly(True)
        except Exception as e:
            _store.hook_failed("making tf.function eager", e)
        return None
    _traced[0] = False
    key = (at[0], at[1], name)
    return key if _store.wants(key) else None


def _numpy(x):
    """A concrete array, or None for a symbolic tensor (a traced step)."""
    try:
        import numpy as np

        for _ in range(8):  # a JAX tracer under grad (run_eagerly) carries its concrete value as its primal
            inner = getattr(x, "primal", None)
            if inner is None:
                break
            x = inner
        if hasattr(x, "numpy"):
            return np.asarray(x.numpy())
        return np.asarray(x)
    except Exception:
        return None


def _rows(a, limit):
    if a is None:
        return None
    if a.ndim == 0:
        a = a.reshape(1)
    if a.ndim > 2:
        a = a.reshape(-1, a.shape[-1])
    a = a[:limit]
    if a.ndim == 2 and a.shape[1] == 1:
        a = a.reshape(-1)
    if a.dtype.kind in "biu":
        return a.astype("int64").tolist()
    return a.astype("float64").tolist()


def _output_layer():
    ref = _model[0]
    model = ref() if ref is not None else None
    layers = getattr(model, "layers", None) if model is not None else None
    if not layers or len(getattr(model, "outputs", None) or [None]) > 1:
        return None, None  # several outputs: which one this loss gets is not known here
    last = layers[-1]
    activation = getattr(last, "activation", None)
    name = getattr(activation, "__name__", None)
    if type(last).__name__ == "Softmax":
        name = "softmax"
    return last, name


def _capture(key, name, options, y_true, y_pred):
    pred = _numpy(y_pred)
    true = _numpy(y_true)
    limit = _store.rows()
    outputs = _rows(pred, limit)
    labels = _rows(true, limit)
    if outputs is not None and labels is not None:
        n = min(len(outputs), len(labels))
        outputs, labels = outputs[:n], labels[:n]
    layer, activation = _output_layer()
    source = "model"
    if activation not in ACTIVATIONS:
        from ._torch import _from_values

        activation, source = _from_values(outputs, "binary_crossentropy" if "binary" in name.lower() else name), "values"
    shape = list(getattr(y_pred, "shape", ()) or ())
    units = int(shape[-1]) if len(shape) > 1 and shape[-1] is not None else 1
    captured = {"framework": "keras", "call_site": "%s:%d" % (_store.shown(key[0]), key[1]), "loss": name,
                "activation_from": source, "grad_fn": [],
                "input": {"shape": [None if d is None else int(d) for d in shape], "dtype": str(getattr(y_pred, "dtype", ""))}}
    if pred is None:
        captured["symbolic"] = True  # a traced step: no values, only the configuration
    if layer is not None:
        captured["producer"] = {"class": type(layer).__name__, "name": getattr(layer, "name", "")}
    opts = {}
    for k, v in options.items():
        if isinstance(v, (bool, int, float, str)) and not (isinstance(v, float) and math.isnan(v)):
            opts[k] = v
    description = {"name": "%s at %s" % (name, captured["call_site"]), "framework": "keras",
                   "output": {"units": max(1, units), "activation": activation}, "loss": dict({"name": name}, **opts)}
    _store.record(key, description, captured, outputs, labels)
