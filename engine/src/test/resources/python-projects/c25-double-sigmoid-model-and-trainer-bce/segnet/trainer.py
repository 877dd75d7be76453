import torch
import torch.nn as nn
from tqdm import tqdm


class Trainer:
    def __init__(self, model, train_loader, val_loader, lr=1e-3, device="cpu"):
        self.model = model.to(device)
        self.train_loader = train_loader
        self.val_loader = val_loader
        self.device = device
        self.criterion = nn.BCELoss()
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=lr)

    def dice(self, probs, masks, eps=1e-6):
        inter = (probs * masks).sum()
        return (2 * inter + eps) / (probs.sum() + masks.sum() + eps)

    def train_epoch(self):
        self.model.train()
        total = 0.0
        for images, masks in tqdm(self.train_loader):
            images = images.to(self.device)
            masks = masks.to(self.device).float()
            outputs = self.model(images)
            # squash to probabilities for BCE
            loss = self.criterion(torch.sigmoid(outputs), masks)
            self.optimizer.zero_grad()
            loss.backward()
            self.optimizer.step()
            total += loss.item()
        return total / len(self.train_loader)
