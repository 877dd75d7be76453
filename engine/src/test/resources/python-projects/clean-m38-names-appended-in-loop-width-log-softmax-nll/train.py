import random
import string

import torch
from torch import nn

from charcls.data import all_categories, category_lines, n_categories
from charcls.model import CharRNN

LETTERS = string.ascii_letters + " .,;'"

rnn = CharRNN(len(LETTERS), 128, n_categories)
criterion = nn.NLLLoss()
optimizer = torch.optim.SGD(rnn.parameters(), lr=0.005)


def line_tensor(line):
    t = torch.zeros(len(line), 1, len(LETTERS))
    for i, ch in enumerate(line):
        t[i][0][LETTERS.find(ch)] = 1
    return t


for step in range(100000):
    category = random.choice(all_categories)
    line = random.choice(category_lines[category])
    target = torch.tensor([all_categories.index(category)], dtype=torch.long)
    hidden = rnn.init_hidden()
    for letter in line_tensor(line):
        output, hidden = rnn(letter, hidden)
    loss = criterion(output, target)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
