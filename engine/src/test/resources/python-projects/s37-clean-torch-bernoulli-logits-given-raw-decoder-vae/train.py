import torch

from vae.model import BinaryVAE

model = BinaryVAE()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(50):
    for x, _ in torch.load("binarized_mnist_train.pt"):
        loss = model.negative_elbo(x.view(-1, 784))
        opt.zero_grad()
        loss.backward()
        opt.step()
