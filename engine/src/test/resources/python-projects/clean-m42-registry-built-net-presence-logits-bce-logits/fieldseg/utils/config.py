import os.path as osp
import sys
from importlib import import_module


class AttrDict(dict):
    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError as e:
            raise AttributeError(key) from e

    def __setattr__(self, key, value):
        self[key] = value


class Config:
    """Loads a Python config module as nested attribute dicts."""

    def __init__(self, values, filename=None):
        super().__setattr__("_values", AttrDict(values))
        super().__setattr__("filename", filename)

    @staticmethod
    def fromfile(path):
        folder, base = osp.split(osp.abspath(path))
        sys.path.insert(0, folder)
        module = import_module(osp.splitext(base)[0])
        sys.path.pop(0)
        values = {k: v for k, v in vars(module).items() if not k.startswith("_")}
        return Config(values, filename=path)

    def haskey(self, key):
        return key in self._values

    def __getattr__(self, key):
        return getattr(self._values, key)

    def __setattr__(self, key, value):
        setattr(self._values, key, value)
