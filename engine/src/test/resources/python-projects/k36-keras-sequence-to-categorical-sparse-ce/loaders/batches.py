import numpy as np
from tensorflow import keras


class SpectrogramBatches(keras.utils.Sequence):
    def __init__(self, paths, labels, n_classes, batch_size=16, **kwargs):
        super().__init__(**kwargs)
        self.paths, self.labels = paths, labels
        self.n_classes = n_classes
        self.batch_size = batch_size

    def __len__(self):
        return len(self.paths) // self.batch_size

    def __getitem__(self, i):
        chunk = slice(i * self.batch_size, (i + 1) * self.batch_size)
        x = np.stack([np.load(p) for p in self.paths[chunk]])
        y = np.asarray(self.labels[chunk])
        return x, keras.utils.to_categorical(y, num_classes=self.n_classes)
