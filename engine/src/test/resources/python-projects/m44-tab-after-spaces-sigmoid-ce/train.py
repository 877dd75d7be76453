import torch
import torch.nn as nn
from model import EdgeScorer


def train(feats, rel, epochs=20):
	net = EdgeScorer(feats.shape[1], 4)
	opt = torch.optim.Adam(net.parameters(), lr=1e-3)
	xent = nn.CrossEntropyLoss()
	for epoch in range(epochs):
		opt.zero_grad()
		loss = xent(net(feats), rel)
		loss.backward()
		opt.step()
		print "epoch %d loss %.4f" % (epoch, loss.item())
	return net


if __name__ == "__main__":
	train(torch.randn(256, 32), torch.randint(0, 4, (256,)))
