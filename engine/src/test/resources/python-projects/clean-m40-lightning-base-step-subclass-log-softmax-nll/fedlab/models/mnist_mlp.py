import torch

from fedlab.models.base import FedModel


class MnistMLP(FedModel):
    def __init__(self, num_classes=10, learning_rate=1e-3):
        super().__init__(num_classes, learning_rate)
        self.criterion = torch.nn.NLLLoss()
        self.fc1 = torch.nn.Linear(28 * 28, 256)
        self.fc2 = torch.nn.Linear(256, num_classes)

    def forward(self, x):
        x = torch.relu(self.fc1(x.flatten(1)))
        x = self.fc2(x)
        return torch.log_softmax(x, dim=1)
