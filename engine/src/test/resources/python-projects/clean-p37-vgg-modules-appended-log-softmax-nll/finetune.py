"""Dogs vs cats: fine-tune the last layer of an ImageNet VGG16."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader
from torchvision import datasets, models, transforms

device = "cuda" if torch.cuda.is_available() else "cpu"
prep = transforms.Compose([
    transforms.Resize(224),
    transforms.CenterCrop(224),
    transforms.ToTensor(),
    transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225]),
])
train_set = datasets.ImageFolder("dogscats/train", prep)
loader = DataLoader(train_set, batch_size=64, shuffle=True, num_workers=6)

model_vgg = models.vgg16(weights="DEFAULT")
for param in model_vgg.parameters():
    param.requires_grad = False
# replace the 1000-way layer by a 2-way one and put a log-softmax after it
model_vgg.classifier._modules["6"] = nn.Linear(4096, 2)
model_vgg.classifier._modules["7"] = torch.nn.LogSoftmax(dim=1)
model_vgg = model_vgg.to(device)

criterion = nn.NLLLoss()
optimizer = torch.optim.SGD(model_vgg.classifier[6].parameters(), lr=1e-3)

for epoch in range(2):
    running = 0.0
    for inputs, labels in loader:
        inputs, labels = inputs.to(device), labels.to(device)
        outputs = model_vgg(inputs)
        loss = criterion(outputs, labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        running += loss.item() * inputs.size(0)
    print(f"epoch {epoch}: loss {running / len(train_set):.4f}")
