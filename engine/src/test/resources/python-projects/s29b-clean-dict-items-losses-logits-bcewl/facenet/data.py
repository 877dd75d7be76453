import torch
from torch.utils.data import DataLoader
from torchvision.datasets import CelebA
from torchvision import transforms


def celeba_loader(root, batch_size=64):
    tf = transforms.Compose([transforms.Resize(128), transforms.CenterCrop(128), transforms.ToTensor()])
    ds = CelebA(root, split="train", target_type=["attr", "identity"], transform=tf, download=False)

    def collate(batch):
        images = torch.stack([b[0] for b in batch])
        attrs = torch.stack([b[1][0] for b in batch]).float()
        ids = torch.tensor([int(b[1][1]) - 1 for b in batch])
        return images, {"attrs": attrs, "identity": ids}

    return DataLoader(ds, batch_size=batch_size, shuffle=True, num_workers=4, collate_fn=collate)
