import torch
import torch.nn as nn

from net import SceneNet

N_ATTRIBUTES = 102  # SUN attributes: several per image

model = nn.DataParallel(SceneNet()).cuda()
# new task: scene attributes, keep the features
model.module.classifier = nn.Sequential(nn.Dropout(0.5), nn.Linear(64, N_ATTRIBUTES), nn.Sigmoid())
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.SGD(model.module.classifier.parameters(), lr=0.01, momentum=0.9)

for step in range(200):
    images = torch.randn(32, 3, 224, 224).cuda()
    attributes = torch.randint(0, 2, (32, N_ATTRIBUTES)).float().cuda()
    optimizer.zero_grad()
    loss = criterion(model(images), attributes)
    loss.backward()
    optimizer.step()
