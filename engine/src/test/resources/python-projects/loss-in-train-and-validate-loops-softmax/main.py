import torch
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

from cifar.engine import evaluate, train_one_epoch
from cifar.net import VGGSmall


def main():
    device = "cuda" if torch.cuda.is_available() else "cpu"
    tf = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.49, 0.48, 0.45), (0.25, 0.24, 0.26))])
    train_loader = DataLoader(datasets.CIFAR10("data", train=True, download=True, transform=tf), batch_size=128, shuffle=True)
    test_loader = DataLoader(datasets.CIFAR10("data", train=False, transform=tf), batch_size=256)
    model = VGGSmall().to(device)
    ema = VGGSmall().to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, weight_decay=5e-4)
    for epoch in range(30):
        train_one_epoch(model, train_loader, optimizer, device)
        val_loss, val_acc = evaluate(model, test_loader, device)
        ema.load_state_dict(model.state_dict())
        ema_loss, ema_acc = evaluate(ema, test_loader, device)
        print(f"{epoch}: val {val_loss:.3f}/{val_acc:.3f} ema {ema_loss:.3f}/{ema_acc:.3f}")


if __name__ == "__main__":
    main()
