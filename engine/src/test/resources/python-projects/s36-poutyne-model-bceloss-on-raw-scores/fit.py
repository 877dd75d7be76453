import torch
import torch.nn as nn
from poutyne import Model
from torch.utils.data import DataLoader, TensorDataset

from tabular.network import make_network

x_train, y_train = torch.load("adult_income_train.pt")
train_loader = DataLoader(TensorDataset(x_train, y_train.float().unsqueeze(1)), batch_size=256, shuffle=True)

network = make_network(x_train.shape[1])
optimizer = torch.optim.Adam(network.parameters(), lr=1e-3)
model = Model(network, optimizer, nn.BCELoss(), batch_metrics=["bin_acc"])
model.fit_generator(train_loader, epochs=25)
