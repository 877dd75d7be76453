import torch
import torch.nn as nn

from speaker.models import SpeakerNet


def main():
    net = SpeakerNet()
    loss_fn = nn.CrossEntropyLoss()
    opt = torch.optim.Adam(net.parameters(), lr=3e-4)
    for step in range(200):
        mel, spk = torch.randn(16, 40, 100), torch.randint(0, 50, (16,))
        loss = loss_fn(net(mel), spk)
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
