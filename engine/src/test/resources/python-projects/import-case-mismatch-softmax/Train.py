# developed on macOS: the file is Model.py, the import says "model"
import torch
import torch.nn as nn
import torch.optim as optim

from model import Net

model = Net()
optimizer = optim.Adam(model.parameters(), lr=0.0001)
loss_function = nn.CrossEntropyLoss()


def train(epoch, train_loader):
    model.train()
    for batch_idx, (data, target) in enumerate(train_loader):
        optimizer.zero_grad()
        output = model(data)
        loss = loss_function(output, target)
        loss.backward()
        optimizer.step()
        if batch_idx % 100 == 0:
            print("Train Epoch: {} [{}]\tLoss: {:.6f}".format(epoch, batch_idx, loss.item()))


if __name__ == "__main__":
    for epoch in range(1, 31):
        train(epoch, [])
