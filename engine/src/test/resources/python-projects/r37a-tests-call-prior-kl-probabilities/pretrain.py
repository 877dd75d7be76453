import torch
import torch.nn as nn
import torchvision
from torchvision import transforms

from protossl.losses import ZipfPrototypeLoss


class Encoder(nn.Module):
    def __init__(self, dim=128, num_prototypes=512):
        super().__init__()
        backbone = torchvision.models.resnet18()
        backbone.fc = nn.Identity()
        self.backbone = backbone
        self.projection = nn.Sequential(nn.Linear(512, 512), nn.ReLU(), nn.Linear(512, dim))
        self.prototypes = nn.Parameter(torch.randn(num_prototypes, dim))

    def forward(self, x):
        return self.projection(self.backbone(x))


augment = transforms.Compose([transforms.RandomResizedCrop(96), transforms.RandomHorizontalFlip(), transforms.ToTensor()])
data = torchvision.datasets.STL10("data", split="unlabeled", download=True, transform=augment)
loader = torch.utils.data.DataLoader(data, batch_size=128, shuffle=True, drop_last=True)

model = Encoder()
criterion = ZipfPrototypeLoss(exponent=0.25, temperature=0.1)
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)

for epoch in range(100):
    for images, _ in loader:
        anchors = model(images)
        with torch.no_grad():
            targets = model(images.flip(-1))
        loss = criterion(anchors, targets, model.prototypes)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
