import torch

from speech.model import XVector
from speech.trainer import Trainer

if __name__ == "__main__":
    model = XVector()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    trainer = Trainer(model, optimizer)
    for epoch in range(30):
        trainer.train_epoch([])
