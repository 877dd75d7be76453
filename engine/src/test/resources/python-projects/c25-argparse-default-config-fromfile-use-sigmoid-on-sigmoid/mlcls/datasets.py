from torch.utils.data import DataLoader
from torchvision.datasets import VOCDetection


def build_voc_loader(root, batch_size):
    return DataLoader(VOCDetection(root, image_set="trainval"), batch_size=batch_size, shuffle=True)
