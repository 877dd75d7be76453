import torch
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

from protoclust.losses import UniformPriorLoss
from protoclust.model import Encoder

augment = transforms.Compose([
    transforms.RandomResizedCrop(96, scale=(0.3, 1.0)),
    transforms.RandomHorizontalFlip(),
    transforms.ColorJitter(0.4, 0.4, 0.4, 0.1),
    transforms.ToTensor(),
])


class TwoViews:
    def __init__(self, tf):
        self.tf = tf

    def __call__(self, img):
        return self.tf(img), self.tf(img)


def main():
    data = datasets.STL10("data", split="unlabeled", download=True, transform=TwoViews(augment))
    loader = DataLoader(data, batch_size=256, shuffle=True, num_workers=8, drop_last=True)
    model = Encoder()
    criterion = UniformPriorLoss(temperature=0.1, prior_weight=1.0)
    optim = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=0.05)
    for epoch in range(100):
        for (view_a, view_b), _ in loader:
            loss = criterion(model(view_a), model(view_b), model.prototypes)
            optim.zero_grad()
            loss.backward()
            optim.step()
        print(f"epoch {epoch} loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
