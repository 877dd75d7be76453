import torch
import torch.nn as nn
from torch.utils.data import DataLoader
from torchvision import datasets, models, transforms

tfm = transforms.Compose([transforms.Grayscale(3), transforms.Resize((224, 224)), transforms.ToTensor()])
train_set = datasets.ImageFolder("chest_xray/train", transform=tfm)
loader = DataLoader(train_set, batch_size=32, shuffle=True, num_workers=4)

backbone = models.densenet121(weights="DEFAULT")
backbone.classifier = nn.Sequential(nn.Dropout(0.2), nn.Linear(1024, 3))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(backbone.classifier.parameters(), lr=1e-3)

for epoch in range(8):
    backbone.train()
    for images, labels in loader:
        outputs = backbone.forward(images)
        loss = criterion(outputs, labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
