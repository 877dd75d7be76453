import argparse

import torch
from torch import nn
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

from petclf.hooks import as_probabilities
from petclf.model import build_model


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data/pets")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--lr", type=float, default=1e-3)
    args = parser.parse_args()

    tf = transforms.Compose([transforms.RandomResizedCrop(224), transforms.ToTensor()])
    train_set = datasets.OxfordIIITPet(args.data, split="trainval", transform=tf, download=True)
    loader = DataLoader(train_set, batch_size=64, shuffle=True, num_workers=4)

    device = "cuda" if torch.cuda.is_available() else "cpu"
    model = build_model().to(device)
    hook = model.register_forward_hook(as_probabilities)
    criterion = nn.CrossEntropyLoss(label_smoothing=0.1)
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr)

    for epoch in range(args.epochs):
        model.train()
        for images, breeds in loader:
            images, breeds = images.to(device), breeds.to(device)
            loss = criterion(model(images), breeds)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        print(f"epoch {epoch}: {loss.item():.3f}")
    hook.remove()
    torch.save(model.state_dict(), "pets_resnet18.pt")


if __name__ == "__main__":
    main()
