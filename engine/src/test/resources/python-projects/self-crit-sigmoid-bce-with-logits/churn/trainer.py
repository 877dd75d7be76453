import torch
import torch.nn as nn


class ChurnTrainer:
    def __init__(self, model, churn_rate=0.12, lr=5e-4):
        self.model = model
        # churners are rare: weight the positive class by the negative/positive ratio
        self.crit = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([(1 - churn_rate) / churn_rate]))
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def train_epoch(self, loader):
        self.model.train()
        for wide_x, deep_x, churned in loader:
            p = self.model(wide_x, deep_x)
            loss = self.crit(p, churned.float())
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
