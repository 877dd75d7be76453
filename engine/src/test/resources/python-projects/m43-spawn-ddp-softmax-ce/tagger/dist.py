import torch
import torch.distributed as dist
import torch.nn as nn
from torch.nn.parallel import DistributedDataParallel as DDP

from .model import TextClassifier


def run(rank, world_size, cfg, loader_fn):
    dist.init_process_group("nccl", rank=rank, world_size=world_size)
    model = TextClassifier(cfg["vocab"], cfg["classes"], output=cfg["output"]).to(rank)
    model = DDP(model, device_ids=[rank])
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for tokens, offsets, labels in loader_fn(rank, world_size):
        optimizer.zero_grad()
        loss = criterion(model(tokens, offsets), labels)
        loss.backward()
        optimizer.step()
    dist.destroy_process_group()
