import torch
import torch.nn as nn
import torch.nn.functional as F


class Classifier(nn.Module):
    def __init__(self, in_features=784, num_classes=10):
        super().__init__()
        self.hidden = nn.Linear(in_features, 128)
        self.out = nn.Linear(128, num_classes)

    def forward(self, x):
        x = F.relu(self.hidden(x.flatten(1)))
        return F.log_softmax(self.out(x), dim=1)


model = Classifier()
criterion = nn.NLLLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
images, labels = torch.randn(32, 1, 28, 28), torch.randint(0, 10, (32,))
loss = criterion(model(images), labels)
loss.backward()
optimizer.step()
