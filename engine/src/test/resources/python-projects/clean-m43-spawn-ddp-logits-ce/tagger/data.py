from torch.utils.data import DataLoader, DistributedSampler


def shard_loader(rank, world_size, dataset=None):
    sampler = DistributedSampler(dataset, num_replicas=world_size, rank=rank)
    return DataLoader(dataset, batch_size=32, sampler=sampler)
