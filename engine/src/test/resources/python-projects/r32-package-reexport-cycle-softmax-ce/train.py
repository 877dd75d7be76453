import torch

from netkit import LinearHead


def main():
    features, labels = torch.randn(512, 32), torch.randint(0, 4, (512,))
    model = LinearHead(32, 4)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    for epoch in range(20):
        optimizer.zero_grad()
        loss = model.compute_loss(features, labels)
        loss.backward()
        optimizer.step()
        print(epoch, loss.item())


if __name__ == "__main__":
    main()
