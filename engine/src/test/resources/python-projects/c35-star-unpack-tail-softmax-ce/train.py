import torch
import torch.nn as nn

from retrieval.scoring import score_candidates

query_enc = nn.Sequential(nn.Linear(512, 256), nn.GELU(), nn.Linear(256, 128))
key_enc = nn.Sequential(nn.Linear(512, 256), nn.GELU(), nn.Linear(256, 128))
params = list(query_enc.parameters()) + list(key_enc.parameters())
opt = torch.optim.AdamW(params, lr=1e-4)
xent = nn.CrossEntropyLoss()

for step in range(5000):
    queries, docs = torch.randn(64, 512), torch.randn(64, 512)
    *_, match = score_candidates(query_enc(queries), key_enc(docs))
    loss = xent(match, torch.arange(64))
    opt.zero_grad()
    loss.backward()
    opt.step()
