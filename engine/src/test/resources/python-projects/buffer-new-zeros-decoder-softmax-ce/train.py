import torch
import torch.nn as nn

from nmt.decoder import AttnDecoder

PAD = 0
decoder = AttnDecoder()
criterion = nn.CrossEntropyLoss(ignore_index=PAD)
optimizer = torch.optim.Adam(decoder.parameters(), lr=3e-4)

for memory, hidden, targets in torch.load("data/encoded_batches.pt"):
    optimizer.zero_grad()
    scores = decoder(targets[:, :-1], hidden, memory)
    loss = criterion(scores.reshape(-1, decoder.vocab_size), targets[:, 1:].reshape(-1))
    loss.backward()
    nn.utils.clip_grad_norm_(decoder.parameters(), 1.0)
    optimizer.step()
