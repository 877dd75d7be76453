"""Diabetic retinopathy grading (5 grades) from fundus photographs."""
import torch.nn as nn
import torch.nn.functional as F


class FundusGrader(nn.Module):
    def __init__(self, num_grades=5):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 32, 3, stride=2), nn.ReLU(),
            nn.Conv2d(32, 64, 3, stride=2), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(),
        )
        self.grade = nn.Linear(64, num_grades)

    def forward(self, image):
        logits = self.grade(self.features(image))
        return {
            "logits": logits,
            "probs": F.softmax(logits, dim=1),
        }
