import torch
from torch import nn

from worldmodel.predictor import FramePredictor


def masked_cell_loss(maps, next_frames, visible):
    criterion = nn.CrossEntropyLoss()
    scores = maps.permute(0, 2, 3, 4, 1).reshape(-1, 2)
    targets = next_frames.long().permute(0, 2, 3, 1).reshape(-1)
    keep = visible.permute(0, 2, 3, 1).reshape(-1)
    return criterion(scores[keep == 1], targets[keep == 1])


def fit(model, batches, epochs=3):
    opt = torch.optim.AdamW(model.parameters(), lr=3e-4)
    for _ in range(epochs):
        for frames, next_frames, visible in batches:
            loss = masked_cell_loss(model(frames), next_frames, visible)
            opt.zero_grad()
            loss.backward()
            opt.step()


if __name__ == "__main__":
    frames = torch.rand(8, 4, 9, 9)
    nxt = (torch.rand(8, 4, 9, 9) > 0.5).float()
    fit(FramePredictor(), [(frames, nxt, torch.ones_like(nxt))])
