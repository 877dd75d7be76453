import torch

from nets.objective import LesionObjective
from nets.unet_small import TwoHeadNet

model = TwoHeadNet()
objective = LesionObjective(mask_weight=2.0)
optimizer = torch.optim.AdamW(model.parameters(), lr=2e-4)
for epoch in range(40):
    for image, mask, lesion_type in train_loader:
        optimizer.zero_grad()
        loss = objective(model(image), mask, lesion_type)
        loss.backward()
        optimizer.step()
