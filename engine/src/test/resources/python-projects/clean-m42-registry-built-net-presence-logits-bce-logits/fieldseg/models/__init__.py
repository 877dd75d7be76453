from .backbone import SmallEncoder
from .heads import MaskHead, SpeciesPresence
from .nets import FieldNet
