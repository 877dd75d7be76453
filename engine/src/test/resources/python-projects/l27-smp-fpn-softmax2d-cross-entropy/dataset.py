import glob
import os

import cv2
import torch
from torch.utils.data import Dataset


class LandCover(Dataset):
    def __init__(self, root, split):
        self.images = sorted(glob.glob(os.path.join(root, split, "img", "*.png")))

    def __len__(self):
        return len(self.images)

    def __getitem__(self, i):
        image = cv2.cvtColor(cv2.imread(self.images[i]), cv2.COLOR_BGR2RGB)
        mask = cv2.imread(self.images[i].replace("/img/", "/mask/"), cv2.IMREAD_GRAYSCALE)
        image = torch.from_numpy(image).permute(2, 0, 1).float() / 255.0
        return image, torch.from_numpy(mask)
