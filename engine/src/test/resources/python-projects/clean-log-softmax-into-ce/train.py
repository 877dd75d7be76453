import torch.nn as nn
import torch.nn.functional as F

fc = nn.Linear(32, 4)
criterion = nn.CrossEntropyLoss()
for x, y in []:
    # log_softmax before CrossEntropyLoss is redundant but harmless: log_softmax is idempotent
    loss = criterion(F.log_softmax(fc(x), dim=1), y)
