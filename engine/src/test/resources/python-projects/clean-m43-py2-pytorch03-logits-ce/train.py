import argparse
import torch
import torch.nn as nn
import torch.optim as optim
from torch.autograd import Variable
from torchvision import datasets, transforms

from models import LeNet
from utils import AverageMeter, mkdir_p

parser = argparse.ArgumentParser(description='LeNet on MNIST (PyTorch 0.3)')
parser.add_argument('--epochs', type=int, default=10)
parser.add_argument('--lr', type=float, default=0.01)
parser.add_argument('--save', default='checkpoints')
args = parser.parse_args()

train_loader = torch.utils.data.DataLoader(
    datasets.MNIST('data', train=True, download=True,
                   transform=transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.1307,), (0.3081,))])),
    batch_size=64, shuffle=True)

model = LeNet().cuda()
criterion = nn.CrossEntropyLoss()
optimizer = optim.SGD(model.parameters(), lr=args.lr, momentum=0.9)
mkdir_p(args.save)

for epoch in xrange(1, args.epochs + 1):
    losses = AverageMeter()
    model.train()
    for batch_idx, (data, target) in enumerate(train_loader):
        data, target = Variable(data.cuda()), Variable(target.cuda())
        optimizer.zero_grad()
        output = model(data)
        loss = criterion(output, target)
        loss.backward()
        optimizer.step()
        losses.update(loss.data[0], data.size(0))
        if batch_idx % 100 == 0:
            print 'epoch %d [%d/%d] loss %.4f' % (epoch, batch_idx * len(data), len(train_loader.dataset), losses.avg)
    torch.save(model.state_dict(), '%s/lenet_%d.pth' % (args.save, epoch))
    print >>open('%s/log.txt' % args.save, 'a'), epoch, `losses.avg`
