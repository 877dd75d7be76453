import torch

from mil.engine import train_one_epoch
from mil.model import GatedAttentionMIL

if __name__ == "__main__":
    model = GatedAttentionMIL()
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-4, weight_decay=1e-5)
    for epoch in range(50):
        train_one_epoch(model, [], optimizer)
