import torch
import torch.nn.functional as F
import torchvision
import yaml


class Trainer:
    def __init__(self, cfg_path="configs/plants.yaml"):
        with open(cfg_path) as f:
            self.cfg = yaml.safe_load(f)
        self.model = torchvision.models.mobilenet_v3_small(num_classes=self.cfg["num_classes"])
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=self.cfg["lr"])

    def train_step(self, images, labels):
        scores = self.model(images)
        loss = F.nll_loss(F.log_softmax(scores, dim=1), labels)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()
