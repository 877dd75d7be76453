import torch
import torch.nn.functional as F

from .model import BiLSTMTagger

PAD = 0
N_TAGS = 9  # CoNLL-2003 BIO tags


def train_epoch(model, loader, optimizer):
    model.train()
    for tokens, tags in loader:
        mask = tokens.ne(PAD)
        scores = model(tokens)
        # padded positions are scored 0 and ignored through ignore_index below
        scores = scores.masked_fill(~mask.unsqueeze(-1), 0.0)
        loss = F.cross_entropy(scores.reshape(-1, N_TAGS), tags.reshape(-1), ignore_index=-100)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def main(loader, vocab_size):
    model = BiLSTMTagger(vocab_size, N_TAGS)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(10):
        train_epoch(model, loader, optimizer)
    return model
