import torch.nn as nn
import torch.nn.functional as F


class IntentClassifier(nn.Module):
    """Bag-of-embeddings intent model; the chatbot calls predict_proba on every utterance."""

    def __init__(self, vocab_size=5000, dim=64, n_intents=12):
        super().__init__()
        self.embed = nn.EmbeddingBag(vocab_size, dim)
        self.out = nn.Linear(dim, n_intents)

    def scores(self, tokens):
        return self.out(F.relu(self.embed(tokens)))

    def predict_proba(self, tokens):
        return F.softmax(self.scores(tokens), dim=-1)

    forward = predict_proba
