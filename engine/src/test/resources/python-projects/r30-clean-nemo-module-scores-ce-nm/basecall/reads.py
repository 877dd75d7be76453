import h5py
import torch
from nemo.backends.pytorch.nm import DataLayerNM


class WindowLayer(DataLayerNM):
    """Squiggle windows and their per-position base labels from an HDF5 file."""

    def __init__(self, path, batch_size=64, shuffle=True):
        super().__init__()
        with h5py.File(path, "r") as f:
            self._windows = torch.tensor(f["windows"][:], dtype=torch.float32)
            self._bases = torch.tensor(f["bases"][:], dtype=torch.int64)
        self._batch_size = batch_size
        self._shuffle = shuffle

    def __len__(self):
        return len(self._windows)
