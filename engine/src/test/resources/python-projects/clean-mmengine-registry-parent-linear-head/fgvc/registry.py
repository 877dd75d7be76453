"""The fine-grained project's registry: builds fall through to the lab's shared one."""
from mmengine.registry import Registry

from basecls.registry import MODELS as BASE_MODELS

MODELS = Registry("model", parent=BASE_MODELS, locations=["fgvc.models"])
