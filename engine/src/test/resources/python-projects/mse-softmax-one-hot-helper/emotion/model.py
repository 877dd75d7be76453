"""Facial expression recognition on 48x48 grayscale faces (FER-2013, 7 emotions)."""
import torch.nn as nn
import torch.nn.functional as F


class EmotionCNN(nn.Module):
    def __init__(self, n_emotions=7):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 32, 3, padding=1)
        self.conv2 = nn.Conv2d(32, 64, 3, padding=1)
        self.conv3 = nn.Conv2d(64, 128, 3, padding=1)
        self.fc = nn.Linear(128 * 6 * 6, n_emotions)

    def forward(self, face):
        x = F.max_pool2d(F.relu(self.conv1(face)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = F.max_pool2d(F.relu(self.conv3(x)), 2)
        return F.softmax(self.fc(x.flatten(1)), dim=1)
