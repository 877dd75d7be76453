import torch
import torch.nn as nn

from qa.ranker import AnswerRanker

ranker = AnswerRanker()
criterion = nn.NLLLoss()
optimizer = torch.optim.Adagrad(ranker.parameters(), lr=0.05)
for question, candidates, gold in torch.load("data/wikiqa_train.pt"):
    log_probs = ranker(question, candidates)
    loss = criterion(log_probs.view(1, -1), gold.view(1))
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
