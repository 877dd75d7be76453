import torch
import torch.nn.functional as F

from .network import GenreNet


def fit(loader, epochs=30, lr=3e-4, device="cpu"):
    model = GenreNet().to(device)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for epoch in range(epochs):
        for mfcc, genre in loader:
            mfcc, genre = mfcc.to(device), genre.to(device)
            probs = model(mfcc)
            loss = F.nll_loss(torch.log(probs + 1e-7), genre)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(f"epoch {epoch}: {loss.item():.4f}")
    return model
