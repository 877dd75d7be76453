import torch
from torchvision.ops import sigmoid_focal_loss

from detector.heads import AnchorFreeClsHead

head = AnchorFreeClsHead(num_classes=20)
optimizer = torch.optim.SGD(head.parameters(), lr=0.01, momentum=0.9, weight_decay=1e-4)
for levels, targets, num_pos in torch.load("voc_fpn_levels.pt"):
    cls_scores = head(levels)
    loss = sigmoid_focal_loss(cls_scores, targets, reduction="sum") / max(num_pos, 1)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
