from .mask_head import MaskHead
from .presence import SpeciesPresence
