from .head import CenterHead
from .loss import DetectionLoss
