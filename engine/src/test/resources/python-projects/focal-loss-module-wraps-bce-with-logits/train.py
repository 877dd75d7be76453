import argparse

import torch
from torch.cuda.amp import GradScaler, autocast
from torch.utils.data import DataLoader

from pad.data import PadFrames
from pad.losses import WeightedFocalLoss
from pad.models.detector import SpoofDetector


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--train_csv", default="protocols/train.csv")
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--lr", type=float, default=1e-3)
    args = parser.parse_args()

    model = SpoofDetector().cuda()
    loader = DataLoader(PadFrames(args.train_csv), batch_size=32, shuffle=True, num_workers=4)
    optimizer = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=0.9, nesterov=True)
    depth_criterion = torch.nn.SmoothL1Loss().cuda()
    cls_criterion = WeightedFocalLoss(alpha=0.5, gamma=2).cuda()
    scaler = GradScaler()

    for epoch in range(1, args.epochs + 1):
        model.train()
        for images, labels, depth_gt in loader:
            images, labels, depth_gt = images.cuda(), labels.cuda(), depth_gt.cuda()
            optimizer.zero_grad()
            with autocast():
                score, depth = model(images)
                score = torch.squeeze(score)
                loss = cls_criterion(score.float(), labels.float()) + 10 * depth_criterion(depth, depth_gt)
            scaler.scale(loss).backward()
            scaler.step(optimizer)
            scaler.update()
        print(f"epoch {epoch}: loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
