"""Trains the review classifier on pre-tokenised batches (see data/)."""
import torch

from sentiment.model import Classifier


def predict(model, tokens, offsets):
    with torch.no_grad():
        return model(tokens, offsets).argmax(1)


if __name__ == "__main__":
    model = Classifier(vocab=20000)
    torch.save(model.state_dict(), "classifier.pt")
