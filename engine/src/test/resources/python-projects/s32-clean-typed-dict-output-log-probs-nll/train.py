import torch
import torch.nn.functional as F

from pos.tagger import BiLSTMTagger

tagger = BiLSTMTagger(vocab=12000, n_tags=17)
opt = torch.optim.Adam(tagger.parameters())


def batch_loss(words, tags):
    pred = tagger(words)
    return F.nll_loss(pred["log_probs"].flatten(0, 1), tags.flatten(), ignore_index=-1)


for words, tags in torch.load("ud_batches.pt"):
    opt.zero_grad()
    batch_loss(words, tags).backward()
    opt.step()
