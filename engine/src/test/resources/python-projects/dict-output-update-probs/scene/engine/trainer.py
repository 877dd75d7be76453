import torch
import torch.nn as nn


class Trainer:
    def __init__(self, model, lr=0.01):
        self.model = model
        self.criterion = nn.CrossEntropyLoss()
        self.optimizer = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)

    def train_step(self, images, labels):
        outputs = self.model(images)
        loss = self.criterion(outputs["probs"], labels)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        top1 = (outputs["probs"].argmax(1) == labels).float().mean()
        return {"loss": loss.item(), "top1": top1.item()}
