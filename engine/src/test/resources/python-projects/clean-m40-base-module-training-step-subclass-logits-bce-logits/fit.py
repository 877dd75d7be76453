import torch

from detectors import MLPDetector


def fit(detector, loader, epochs=5):
    opt = torch.optim.Adam(detector.parameters(), lr=1e-3)
    for _ in range(epochs):
        for x, y in loader:
            detector.training_step(x, y, opt)
    return detector


if __name__ == "__main__":
    data = [(torch.randn(32, 20), torch.randint(0, 2, (32,))) for _ in range(10)]
    fit(MLPDetector(20), data)
