import os
import torch
import torch.distributed as dist
import torch.nn as nn
from torch.nn.parallel import DistributedDataParallel as DDP

from nets import TextCNN


def setup():
    dist.init_process_group("nccl")
    torch.cuda.set_device(int(os.environ["LOCAL_RANK"]))


def train(loader, epochs=10):
    setup()
    rank = int(os.environ["LOCAL_RANK"])
    model = TextCNN(vocab_size=30000, num_classes=5).cuda(rank)
    model = DDP(model, device_ids=[rank])
    loss_fn = nn.CrossEntropyLoss()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for epoch in range(epochs):
        loader.sampler.set_epoch(epoch)
        for tokens, labels in loader:
            tokens, labels = tokens.cuda(rank), labels.cuda(rank)
            probs = model(tokens)
            loss = loss_fn(probs, labels)
            opt.zero_grad()
            loss.backward()
            opt.step()
    dist.destroy_process_group()
