import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn

from nets import classifier

CONFIG = {"width": 512, "classes": 10, "head": "linear", "lr": 0.1, "epochs": 30}


def main_worker(rank, ngpus, cfg):
    if ngpus > 1:
        dist.init_process_group("nccl", init_method="tcp://127.0.0.1:23456", world_size=ngpus, rank=rank)
    model = classifier(cfg["width"], cfg["classes"], cfg["head"]).cuda(rank)
    if ngpus > 1:
        model = nn.parallel.DistributedDataParallel(model, device_ids=[rank])
    criterion = nn.CrossEntropyLoss().cuda(rank)
    optimizer = torch.optim.SGD(model.parameters(), cfg["lr"], momentum=0.9)
    for epoch in range(cfg["epochs"]):
        for images, target in make_loader(rank, ngpus):
            loss = criterion(model(images.cuda(rank)), target.cuda(rank))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    ngpus = torch.cuda.device_count()
    mp.spawn(main_worker, nprocs=ngpus, args=(ngpus, CONFIG))
