import torch

from ner.tagger import BiLSTMTagger

model = BiLSTMTagger(vocab_size=23624)
optimizer = torch.optim.SGD(model.parameters(), lr=0.015, momentum=0.9)
for epoch in range(30):
    for tokens, tags in []:
        loss = model.loss(tokens, tags)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
