import argparse

import torch
import torch.nn.functional as F

import nets


def train_epoch(loader, model, seg_criterion, exist_criterion, optimizer):
    model.train()
    for images, masks, present in loader:
        seg_out, exist_out = model(images)
        seg_loss = seg_criterion(F.log_softmax(seg_out, dim=1), masks)
        exist_loss = exist_criterion(exist_out, present.float())
        loss = seg_loss + 0.1 * exist_loss
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--lr", type=float, default=0.01)
    args = parser.parse_args()

    model = nets.LaneNet(5)
    seg_criterion = torch.nn.NLLLoss(ignore_index=255)
    exist_criterion = torch.nn.BCEWithLogitsLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=0.9)
    loader = [(torch.randn(2, 3, 64, 128), torch.randint(0, 5, (2, 8, 16)), torch.randint(0, 2, (2, 4))) for _ in range(4)]
    for epoch in range(args.epochs):
        train_epoch(loader, model, seg_criterion, exist_criterion, optimizer)


if __name__ == "__main__":
    main()
