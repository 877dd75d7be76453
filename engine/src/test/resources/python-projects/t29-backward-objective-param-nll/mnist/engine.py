import torch


def fit(net, objective, loader, opt, device, epochs=1):
    net.train()
    for epoch in range(epochs):
        running = 0.0
        for step, (x, y) in enumerate(loader):
            x, y = x.to(device), y.to(device)
            opt.zero_grad()
            err = objective(net(x), y)
            err.backward()
            opt.step()
            running += err.item()
            if step % 100 == 99:
                print(f"[{epoch + 1}, {step + 1}] {running / 100:.3f}")
                running = 0.0


@torch.no_grad()
def accuracy(net, loader, device):
    net.eval()
    hits = total = 0
    for x, y in loader:
        pred = net(x.to(device)).argmax(1)
        hits += (pred == y.to(device)).sum().item()
        total += y.numel()
    return hits / total
