"""Records what each loss of a training run receives, for 'loss-advisor capture'.

The hooks only read: tensors are detached copies, no random number generator is touched, no graph is changed, and a
failure inside a hook is reported once and the run goes on.
"""
import importlib.abc
import sys

from . import _store

# module name -> the function that patches it once it is fully imported
_WATCHED = {}


def install():
    _store.configure()
    _WATCHED["torch"] = lambda m: _patch("torch", m)
    _WATCHED["torchvision"] = lambda m: _patch("torchvision", m)
    _WATCHED["keras"] = lambda m: _patch("keras", m)
    _WATCHED["tensorflow"] = lambda m: _patch("tensorflow", m)
    sys.meta_path.insert(0, _Finder())


def _patch(name, module):
    try:
        if name == "torch":
            from . import _torch

            _torch.install(module)
        elif name == "torchvision":
            from . import _torch

            _torch.install_torchvision(module)
        else:
            from . import _keras

            _keras.install(name, module)
    except Exception as e:
        _store.hook_failed("installing the %s hooks" % name, e)


class _Finder(importlib.abc.MetaPathFinder):
    """Wraps the loader of a watched top-level package so that its hooks go in as soon as it has run."""

    _loss_advisor = True

    def __init__(self):
        self._busy = set()

    def find_spec(self, fullname, path=None, target=None):
        if fullname not in _WATCHED or fullname in self._busy:
            return None
        self._busy.add(fullname)
        try:
            spec = None
            for finder in sys.meta_path:
                if finder is self or not hasattr(finder, "find_spec"):
                    continue
                spec = finder.find_spec(fullname, path, target)
                if spec is not None:
                    break
        finally:
            self._busy.discard(fullname)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _Loader(spec.loader, _WATCHED[fullname])
        return spec


class _Loader(importlib.abc.Loader):
    def __init__(self, inner, after):
        self._inner = inner
        self._after = after

    def create_module(self, spec):
        return self._inner.create_module(spec)

    def exec_module(self, module):
        self._inner.exec_module(module)
        self._after(module)

    def __getattr__(self, name):  # get_resource_reader, is_package, get_code... as the real loader answers
        return getattr(self._inner, name)
