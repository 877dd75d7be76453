import torch
from torch import nn
from torch.utils.data import DataLoader, Subset


class Client:
    def __init__(self, opts, dataset, indices):
        self.opts = opts
        self.loader = DataLoader(Subset(dataset, list(indices)), batch_size=opts.local_batch, shuffle=True)
        self.criterion = nn.CrossEntropyLoss()

    def fit(self, net):
        net.train()
        optim = torch.optim.SGD(net.parameters(), lr=self.opts.lr, momentum=0.5)
        running = []
        for _ in range(self.opts.local_epochs):
            for images, targets in self.loader:
                images, targets = images.to(self.opts.device), targets.to(self.opts.device)
                optim.zero_grad()
                scores = net(images)
                loss = self.criterion(scores, targets)
                loss.backward()
                optim.step()
                running.append(loss.item())
        return net.state_dict(), sum(running) / max(len(running), 1)
