"""Leaf disease classifier: EfficientNet-B0 from timm, fine-tuned on 5 classes."""
import timm
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

NUM_CLASSES = 5


def get_loader(root, train):
    tf = transforms.Compose([
        transforms.RandomResizedCrop(224) if train else transforms.Resize((224, 224)),
        transforms.ToTensor(),
        transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225]),
    ])
    return DataLoader(datasets.ImageFolder(root, tf), batch_size=32, shuffle=train, num_workers=4)


def main():
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model = timm.create_model("efficientnet_b0", pretrained=True, num_classes=NUM_CLASSES).to(device)
    criterion = nn.NLLLoss()
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4, weight_decay=1e-2)
    train_loader = get_loader("leaves/train", True)
    for epoch in range(15):
        model.train()
        correct = 0
        for images, labels in train_loader:
            images, labels = images.to(device), labels.to(device)
            outputs = F.log_softmax(model(images), dim=1)
            loss = criterion(outputs, labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            correct += (outputs.argmax(1) == labels).sum().item()
        print(f"epoch {epoch} acc {correct / len(train_loader.dataset):.3f}")


if __name__ == "__main__":
    main()
