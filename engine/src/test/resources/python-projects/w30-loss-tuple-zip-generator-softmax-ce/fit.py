import torch

from textcls.module import IntentModule


def fit(epochs=5):
    module = IntentModule()
    opt = module.configure_optimizers()
    batches = torch.load("data/intents_train.pt")
    for _ in range(epochs):
        for i, batch in enumerate(batches):
            opt.zero_grad()
            module.training_step(batch, i).backward()
            opt.step()


if __name__ == "__main__":
    fit()
