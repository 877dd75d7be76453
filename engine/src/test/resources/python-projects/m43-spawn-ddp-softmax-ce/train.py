import torch
import torch.multiprocessing as mp

from tagger.data import shard_loader
from tagger.dist import run

CONFIG = {"vocab": 30000, "classes": 14, "output": "probs", "lr": 1e-3}

if __name__ == "__main__":
    world = torch.cuda.device_count()
    mp.spawn(run, args=(world, CONFIG, shard_loader), nprocs=world, join=True)
