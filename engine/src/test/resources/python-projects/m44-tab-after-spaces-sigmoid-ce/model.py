import torch
import torch.nn as nn
import torch.nn.functional as F


class EdgeScorer(nn.Module):
	def __init__(self, n_feat, n_rel):
		super(EdgeScorer, self).__init__()
		self.proj = nn.Linear(n_feat, 64)
 		self.out = nn.Linear(64, n_rel)

	def forward(self, x):
		h = F.relu(self.proj(x))
 		scores = self.out(h)
 		return torch.sigmoid(scores)
