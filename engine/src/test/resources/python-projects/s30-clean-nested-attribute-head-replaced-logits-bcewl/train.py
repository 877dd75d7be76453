import torch

from xray.net import MultiFinding


def train(loader):
    model = MultiFinding()
    criterion = torch.nn.BCEWithLogitsLoss()
    opt = torch.optim.AdamW(model.parameters(), lr=3e-4)
    for img, findings in loader:
        opt.zero_grad()
        criterion(model(img), findings).backward()
        opt.step()
