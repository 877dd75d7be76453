import timm
import torch
from timm.data import Mixup
from timm.loss import SoftTargetCrossEntropy


def main(data="food101_loader.pt", epochs=30):
    model = timm.create_model("vit_small_patch16_224", pretrained=True, num_classes=101)
    mix = Mixup(mixup_alpha=0.8, cutmix_alpha=1.0, num_classes=101)
    criterion = SoftTargetCrossEntropy()
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4, weight_decay=0.05)
    for _ in range(epochs):
        for images, labels in torch.load(data):
            images, soft = mix(images, labels)
            probs = torch.softmax(model(images), dim=1)
            loss = criterion(probs, soft)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    main()
