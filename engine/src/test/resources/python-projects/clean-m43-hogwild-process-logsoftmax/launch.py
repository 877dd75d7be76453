import torch.multiprocessing as mp

from net import DigitNet
from worker import worker

OPTS = {"batch_size": 64, "lr": 0.01, "epochs": 5}

if __name__ == "__main__":
    model = DigitNet()
    model.share_memory()
    procs = []
    for rank in range(4):
        p = mp.Process(target=worker, args=(rank, OPTS, model), kwargs={"seed": 7})
        p.start()
        procs.append(p)
    for p in procs:
        p.join()
