import torch

from defect.model import DefectScorer
from defect.trainer import Trainer

trainer = Trainer(DefectScorer())
for _ in range(100):
    trainer.step(torch.randn(16, 1, 64, 64), torch.randint(0, 2, (16,)))
