import numpy as np
import torch
from torch import optim

from data_util import load_mnist


def build_model(input_dim, output_dim):
    model = torch.nn.Sequential()
    model.add_module("linear_1", torch.nn.Linear(input_dim, 256, bias=False))
    model.add_module("relu_1", torch.nn.ReLU())
    model.add_module("linear_2", torch.nn.Linear(256, output_dim, bias=False))
    model.add_module("softmax", torch.nn.Softmax(dim=1))
    return model


def train(model, loss, optimizer, x, y):
    optimizer.zero_grad()
    fx = model.forward(x)
    output = loss.forward(fx, y)
    output.backward()
    optimizer.step()
    return output.item()


def predict(model, x):
    with torch.no_grad():
        return model.forward(x).numpy().argmax(axis=1)


def main():
    torch.manual_seed(7)
    tr_x, te_x, tr_y, te_y = load_mnist()
    tr_x, te_x = torch.from_numpy(tr_x).float(), torch.from_numpy(te_x).float()
    tr_y = torch.from_numpy(tr_y).long()
    model = build_model(tr_x.shape[1], 10)
    loss = torch.nn.CrossEntropyLoss()
    optimizer = optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    batch = 128
    for epoch in range(20):
        cost = 0.0
        for k in range(len(tr_x) // batch):
            cost += train(model, loss, optimizer, tr_x[k * batch:(k + 1) * batch], tr_y[k * batch:(k + 1) * batch])
        print("epoch %d cost %.4f acc %.2f%%" % (epoch + 1, cost, 100.0 * np.mean(predict(model, te_x) == te_y)))


if __name__ == "__main__":
    main()
