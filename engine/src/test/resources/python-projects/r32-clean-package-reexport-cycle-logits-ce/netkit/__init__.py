"""netkit: small heads and blocks for tabular classifiers; everything is re-exported at the top level."""
from .heads import *
