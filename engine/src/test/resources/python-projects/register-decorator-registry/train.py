"""DBpedia-14 topic classification."""
import torch
import torch.nn as nn

import textcls.models  # noqa: F401  (fills the registry)
from textcls.registry import build_model

MODEL_NAME = "gru_clf"


def main():
    model = build_model(MODEL_NAME, vocab_size=50000)
    criterion = nn.NLLLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=5e-4)
    for epoch in range(8):
        for tokens, topic in []:
            loss = criterion(model(tokens), topic)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    main()
