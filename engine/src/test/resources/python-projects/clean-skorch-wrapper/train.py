import torch.nn as nn
import torch.nn.functional as F
from skorch import NeuralNetClassifier


class Module(nn.Module):
    def __init__(self):
        super().__init__()
        self.dense = nn.Linear(20, 2)

    def forward(self, x):
        return F.softmax(self.dense(x), dim=-1)


# skorch's NeuralNetClassifier takes the log of the probabilities itself before NLLLoss
net = NeuralNetClassifier(Module, criterion=nn.NLLLoss, max_epochs=10, lr=0.1)
net.fit(X, y)
