import torch
import torch.nn as nn

from objectives import Objective, build_objective


class SentenceClassifier(nn.Module):
    def __init__(self, dim=384, n_intents=21):
        super().__init__()
        self.dropout = nn.Dropout(0.2)
        self.proj = nn.Linear(dim, n_intents)

    def forward(self, sentence_embedding):
        return self.proj(self.dropout(sentence_embedding))


model = SentenceClassifier()
objective = build_objective(Objective.CE)
optimizer = torch.optim.AdamW(model.parameters(), lr=2e-4)
for emb, intent in loader:
    optimizer.zero_grad()
    loss = objective(model(emb), intent)
    loss.backward()
    optimizer.step()
