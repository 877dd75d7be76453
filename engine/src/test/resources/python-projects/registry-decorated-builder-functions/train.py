"""Google Speech Commands v2 (35 words) keyword spotting."""
import torch
import torch.nn as nn

import speechcmd.models  # noqa: F401
from config import CONFIG
from speechcmd.registry import get_model


def run(loader):
    model = get_model(CONFIG["model"], n_mels=CONFIG["n_mels"])
    loss_fn = nn.CrossEntropyLoss(label_smoothing=0.1)
    opt = torch.optim.AdamW(model.parameters(), lr=CONFIG["lr"])
    for epoch in range(CONFIG["epochs"]):
        for mel, word in loader:
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(mel), word)
            loss.backward()
            opt.step()


if __name__ == "__main__":
    run([])
