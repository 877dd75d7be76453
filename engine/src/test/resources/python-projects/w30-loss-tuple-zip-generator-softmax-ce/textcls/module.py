import torch
from torch import nn

from .config import EMBED_DIM, LOSS_WEIGHTS, N_INTENTS
from .losses import FocalLoss


class IntentModule(nn.Module):
    def __init__(self, hidden=256, dropout=0.2):
        super().__init__()
        self.mlp = nn.Sequential(
            nn.Linear(EMBED_DIM, hidden), nn.GELU(), nn.Dropout(dropout),
            nn.Linear(hidden, N_INTENTS), nn.Softmax(dim=-1),
        )
        self.criteria = (nn.CrossEntropyLoss(), FocalLoss(gamma=2.0))
        self.loss_weights = LOSS_WEIGHTS

    def forward(self, emb):
        return self.mlp(emb)

    def training_step(self, batch, batch_idx):
        emb, intent = batch
        scores = self(emb)
        return sum(w * crit(scores, intent) for w, crit in zip(self.loss_weights, self.criteria))

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=2e-4)
