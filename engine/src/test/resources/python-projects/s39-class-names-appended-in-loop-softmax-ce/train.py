import torch
import torch.nn as nn

from model import gesture_net

net = gesture_net()
loss_fn = nn.CrossEntropyLoss()
opt = torch.optim.Adam(net.parameters(), lr=3e-3)
keypoints = torch.randn(512, 42)
gesture = torch.randint(0, 3, (512,))
for epoch in range(30):
    opt.zero_grad()
    loss = loss_fn(net(keypoints), gesture)
    loss.backward()
    opt.step()
