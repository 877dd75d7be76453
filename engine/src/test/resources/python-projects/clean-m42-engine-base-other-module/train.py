import torch

from net import GenreNet
from tasks.multilabel import MultiLabelEngine

loader = [(torch.randn(8, 128, 200), torch.randint(0, 2, (8, 10))) for _ in range(4)]
engine = MultiLabelEngine(GenreNet(), lr=3e-4)
for epoch in range(3):
    print(epoch, engine.run_epoch(loader))
