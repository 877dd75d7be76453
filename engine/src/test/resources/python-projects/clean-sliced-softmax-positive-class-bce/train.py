import torch
import torch.nn.functional as F

from spam.net import SpamNet

model = SpamNet()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for ids, offsets, is_spam in torch.load("data/sms_train.pt"):
    probs = model(ids, offsets)
    p_spam = probs[:, 1]
    loss = F.binary_cross_entropy(p_spam, is_spam.float())
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
