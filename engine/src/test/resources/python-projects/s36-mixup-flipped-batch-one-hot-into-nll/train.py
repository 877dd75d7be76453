import torch
import torch.nn.functional as F
import torchvision

from data.mixup import mix_batch

model = torchvision.models.mobilenet_v3_small(num_classes=100)
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=0.05)

for epoch in range(90):
    for images, labels in torch.load("cifar100_train.pt"):
        images, targets = mix_batch(images, labels, num_classes=100)
        logits = model(images)
        loss = F.nll_loss(F.log_softmax(logits, dim=1), targets)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
