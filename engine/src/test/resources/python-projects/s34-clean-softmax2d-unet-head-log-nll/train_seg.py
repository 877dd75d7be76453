import torch
from torch import nn

from segment.model import LesionNet

net = LesionNet(n_classes=4).cuda()
loss_fn = nn.NLLLoss(weight=torch.tensor([0.2, 1.0, 1.0, 2.0]).cuda())
opt = torch.optim.Adam(net.parameters(), lr=2e-4)
for epoch in range(80):
    for image, mask in torch.load("isic_train.pt"):
        pred = net(image.cuda())
        loss = loss_fn(torch.log(pred), mask.cuda())
        opt.zero_grad()
        loss.backward()
        opt.step()
