import json

import torch

from hopqa.model import CandidateScorer


def batches(path):
    with open(path) as f:
        for line in f:
            ex = json.loads(line)
            yield (torch.tensor(ex["query"]), torch.tensor(ex["mentions"]), ex["candidates"],
                   torch.tensor([ex["answer_one_hot"]], dtype=torch.float))


model = CandidateScorer(hidden=256)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-4)
for epoch in range(5):
    for query, mentions, candidates, target in batches("data/wikihop_train.jsonl"):
        _, loss = model(query, mentions, candidates, target)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
