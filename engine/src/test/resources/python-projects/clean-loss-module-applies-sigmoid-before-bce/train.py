import torch
from torch.utils.data import DataLoader

from seg.losses import DiceBCELoss
from seg.unet import SmallUNet

device = "cuda" if torch.cuda.is_available() else "cpu"
model = SmallUNet().to(device)
criterion = DiceBCELoss(bce_weight=0.7)
optimizer = torch.optim.Adam(model.parameters(), lr=3e-4)
loader = DataLoader(torch.load("data/polyps_train.pt"), batch_size=8, shuffle=True)

for epoch in range(40):
    for images, masks in loader:
        images, masks = images.to(device), masks.to(device).float()
        logits = model(images)
        loss = criterion(logits, masks)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    torch.save(model.state_dict(), f"checkpoints/unet_{epoch:03d}.pt")
