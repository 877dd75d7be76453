import os.path as osp
import sys
from importlib import import_module


class ConfigDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)


class Config:
    """Reads a Python config file into attribute-style dicts (a trimmed copy of the detection toolkits' Config)."""

    def __init__(self, cfg_dict, filename=None):
        self._cfg = ConfigDict(cfg_dict)
        self.filename = filename

    @staticmethod
    def _file2dict(filename):
        filename = osp.abspath(filename)
        folder, name = osp.split(filename)
        sys.path.insert(0, folder)
        mod = import_module(osp.splitext(name)[0])
        sys.path.pop(0)
        return {k: v for k, v in mod.__dict__.items() if not k.startswith("__")}

    @staticmethod
    def fromfile(filename):
        return Config(Config._file2dict(filename), filename=filename)

    def __getattr__(self, name):
        return getattr(self._cfg, name)
