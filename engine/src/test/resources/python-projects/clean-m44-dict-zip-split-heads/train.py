import sys

import timm
import torch
import torch.nn.functional as F

from wildlife.heads import MultiTaskHead

backbone = timm.create_model("convnext_tiny", pretrained=True, num_classes=0)
head = MultiTaskHead(backbone.num_features)
params = list(backbone.parameters()) + list(head.parameters())
optimizer = torch.optim.AdamW(params, lr=2e-4, weight_decay=0.05)

for epoch in range(30):
    for batch in torch.load(sys.argv[1]):
        optimizer.zero_grad()
        pred = head(backbone(batch["image"]))
        loss = (
            F.nll_loss(pred["species"], batch["species"])
            + F.l1_loss(pred["age"], batch["age"])
            + F.cross_entropy(pred["sex"], batch["sex"])
        )
        loss.backward()
        optimizer.step()
