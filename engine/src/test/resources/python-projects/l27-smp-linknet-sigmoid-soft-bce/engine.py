import torch
from segmentation_models_pytorch import Linknet
from segmentation_models_pytorch.losses import SoftBCEWithLogitsLoss


class CloudMaskTrainer:
    def __init__(self, encoder, lr, smooth, device="cpu"):
        self.device = device
        self.model = Linknet(encoder_name=encoder, classes=1, activation="sigmoid").to(device)
        self.criterion = SoftBCEWithLogitsLoss(smooth_factor=smooth)
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=lr)

    def train_one_epoch(self, loader):
        self.model.train()
        total = 0.0
        for batch in loader:
            x = batch["image"].to(self.device)
            y = batch["mask"].to(self.device)
            pred = self.model(x)
            loss = self.criterion(pred, y)
            self.optimizer.zero_grad()
            loss.backward()
            self.optimizer.step()
            total += loss.item()
        return total / max(len(loader), 1)
