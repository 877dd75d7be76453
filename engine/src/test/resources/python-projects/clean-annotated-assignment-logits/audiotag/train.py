from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import torch
from torch import Tensor, nn

from audiotag.model import AudioTagger


@dataclass
class TrainConfig:
    epochs: int = 40
    lr: float = 3e-4
    weight_decay: float = 1e-4


class Trainer:
    def __init__(self, model: nn.Module, cfg: TrainConfig) -> None:
        self.model = model
        self.cfg = cfg
        self.criterion: nn.Module = nn.CrossEntropyLoss()
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)

    def step(self, spec: Tensor, target: Tensor) -> float:
        logits: Tensor = self.model(spec)
        loss: Tensor = self.criterion(logits, target)
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def fit(self, loader: Iterable[tuple[Tensor, Tensor]]) -> None:
        for epoch in range(self.cfg.epochs):
            losses: list[float] = [self.step(spec, target) for spec, target in loader]
            print(f"epoch {epoch}: {sum(losses) / max(len(losses), 1):.4f}")


if __name__ == "__main__":
    Trainer(AudioTagger(), TrainConfig()).fit([])
