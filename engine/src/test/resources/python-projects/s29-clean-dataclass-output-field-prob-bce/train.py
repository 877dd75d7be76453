import torch
import torch.nn.functional as F

from defect.net import DefectNet


def fit(model, loader, epochs=15):
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-4)
    for _ in range(epochs):
        for images, is_defect in loader:
            pred = model(images)
            loss = F.binary_cross_entropy(pred.prob, is_defect.float())
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    fit(DefectNet(), make_loader("data/train"))
