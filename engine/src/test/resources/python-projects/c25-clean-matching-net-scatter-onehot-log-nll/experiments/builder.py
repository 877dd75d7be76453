import torch
from torch.autograd import Variable

from fewshot import MatchingNet


class OneShotBuilder:
    def __init__(self, data, classes_per_set=5, lr=1e-3, cuda=False):
        self.data = data
        self.classes_per_set = classes_per_set
        self.cuda = cuda
        self.net = MatchingNet(channels=1)
        if cuda:
            self.net.cuda()
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=lr)

    def run_epoch(self, batches):
        total_loss = 0.0
        total_acc = 0.0
        for _ in range(batches):
            x_support, y_support, x_target, y_target = self.data.get_batch("train")
            x_support = Variable(torch.from_numpy(x_support)).float()
            y_support = Variable(torch.from_numpy(y_support), requires_grad=False).long()
            x_target = Variable(torch.from_numpy(x_target)).float()
            y_target = Variable(torch.from_numpy(y_target), requires_grad=False).long()

            y_support = torch.unsqueeze(y_support, 2)
            batch_size, n_support = y_support.size()[:2]
            y_support_onehot = torch.zeros(batch_size, n_support, self.classes_per_set).scatter_(2, y_support, 1)

            if self.cuda:
                acc, loss = self.net(x_support.cuda(), y_support_onehot.cuda(), x_target.cuda(), y_target.cuda())
            else:
                acc, loss = self.net(x_support, y_support_onehot, x_target, y_target)
            self.optimizer.zero_grad()
            loss.backward()
            self.optimizer.step()
            total_loss += loss.item()
            total_acc += acc.item()
        return total_loss / batches, total_acc / batches
