"""Registries shared by every downstream project of the lab."""
from mmengine.registry import Registry

MODELS = Registry("model", locations=["basecls.models"])
