import torch


def collate(batch):
    labels = torch.tensor([label for label, _ in batch], dtype=torch.float)
    texts = [torch.tensor(tokens, dtype=torch.long) for _, tokens in batch]
    offsets = torch.tensor([0] + [len(t) for t in texts[:-1]]).cumsum(dim=0)
    return torch.cat(texts), offsets, labels
