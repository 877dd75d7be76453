import torch
import torch.nn as nn
from torch.utils.data import DataLoader

from speech.keyword_net import KeywordSpotter


def run(epochs=25):
    net = KeywordSpotter()
    train_set = torch.load("data/speech_commands_mfcc_train.pt")
    loader = DataLoader(train_set, batch_size=64, shuffle=True)
    loss_fn = nn.CrossEntropyLoss()
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    for epoch in range(epochs):
        for mfcc, keyword in loader:
            opt.zero_grad()
            loss = loss_fn(net(mfcc), keyword)
            loss.backward()
            opt.step()


if __name__ == "__main__":
    run()
