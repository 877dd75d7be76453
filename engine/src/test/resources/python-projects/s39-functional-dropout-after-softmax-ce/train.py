import torch
import torch.nn as nn

from models.textcnn import TextCNN

model = TextCNN(vocab_size=20000, n_classes=4)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
tokens = torch.randint(1, 20000, (64, 50))
labels = torch.randint(0, 4, (64,))
for step in range(200):
    model.train()
    optimizer.zero_grad()
    loss = criterion(model(tokens), labels)
    loss.backward()
    optimizer.step()
