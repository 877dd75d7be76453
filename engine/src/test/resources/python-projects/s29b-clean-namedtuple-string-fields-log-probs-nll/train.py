import torch
import torch.nn.functional as F

from seg.net import KeywordNet


def train(loader, epochs=10, device="cpu"):
    net = KeywordNet().to(device)
    opt = torch.optim.Adam(net.parameters(), lr=3e-4)
    for epoch in range(epochs):
        for mels, keyword in loader:
            out = net(mels.to(device))
            loss = F.nll_loss(out.log_probs, keyword.to(device))
            opt.zero_grad()
            loss.backward()
            opt.step()
    return net


if __name__ == "__main__":
    from torch.utils.data import DataLoader
    from torchaudio.datasets import SPEECHCOMMANDS

    train(DataLoader(SPEECHCOMMANDS("data", download=True), batch_size=32))
