import torch

from audio_tagging.cnn import build_tagger


def train(loader):
    tagger = build_tagger()
    criterion = torch.nn.BCEWithLogitsLoss()
    opt = torch.optim.Adam(tagger.parameters(), lr=1e-3)
    for spec, tags in loader:
        opt.zero_grad()
        loss = criterion(tagger(spec), tags)
        loss.backward()
        opt.step()
