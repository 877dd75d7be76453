import torch
from torch import nn

from speech.model import VADNet
from speech.trainer import Trainer

if __name__ == "__main__":
    model = VADNet()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    # the model outputs probabilities, so override the trainer's logits loss
    trainer = Trainer(model, optimizer, criterion=nn.BCELoss())
    for epoch in range(30):
        trainer.train_epoch([])
