import torch
import torch.nn as nn
from torch.autograd import Variable

from model import MultiTaskNet

criterions = {
    'attr': nn.BCEWithLogitsLoss(),
    'smile': nn.BCELoss(),
}
weights = {'attr': 1.0, 'smile': 0.5}


def train_epoch(net, loader, optimizer):
    net.train()
    for i, (feats, targets) in enumerate(loader):
        feats = Variable(feats.cuda())
        outputs = net(feats)
        loss = 0
        for name, crit in criterions.iteritems():
            loss += weights[name] * crit(outputs[name], Variable(targets[name].float().cuda()))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if i % 50 == 0:
            print '[%d] loss %.4f' % (i, loss.data[0])


if __name__ == '__main__':
    net = MultiTaskNet().cuda()
    loader = torch.load('celeba_feats.pt')
    optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
    for epoch in xrange(30):
        train_epoch(net, loader, optimizer)
