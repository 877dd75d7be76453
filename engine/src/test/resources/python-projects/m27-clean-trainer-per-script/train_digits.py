import torch.nn as nn

from data import loaders
from models import DigitNet
from trainkit.trainer import Trainer

if __name__ == "__main__":
    train_loader, test_loader = loaders("MNIST")
    trainer = Trainer(model=DigitNet(), criterion=nn.CrossEntropyLoss(), lr=1e-3)
    trainer.fit(train_loader, test_loader, epochs=5)
