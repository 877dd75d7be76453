# Lesson 5: resume a saved network; what it ends in is whatever was saved.
import sys

import torch

from mnistlab.data import mnist_loader
from mnistlab.loops import fit

checkpoint = torch.load(sys.argv[1])
fit(checkpoint, mnist_loader(64), epochs=1)
