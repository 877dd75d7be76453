import torch
from torch import nn
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

from histo.engine import evaluate, train_one_epoch
from histo.model import PatchClassifier


def main():
    device = "cuda" if torch.cuda.is_available() else "cpu"
    tf = transforms.Compose([transforms.Resize(224), transforms.ToTensor()])
    train_ds = datasets.ImageFolder("data/patches/train", transform=tf)
    val_ds = datasets.ImageFolder("data/patches/val", transform=tf)
    train_dl = DataLoader(train_ds, batch_size=64, shuffle=True, num_workers=4)
    val_dl = DataLoader(val_ds, batch_size=128)

    model = PatchClassifier(num_classes=len(train_ds.classes)).to(device)
    criterion = nn.CrossEntropyLoss(label_smoothing=0.05)
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4, weight_decay=1e-4)
    for epoch in range(12):
        loss = train_one_epoch(model, train_dl, criterion, optimizer, device, chunks=4)
        acc = evaluate(model, val_dl, device)
        print(f"epoch {epoch:02d} loss {loss:.4f} val_acc {acc:.3f}")
    torch.save(model.state_dict(), "patch_classifier.pt")


if __name__ == "__main__":
    main()
