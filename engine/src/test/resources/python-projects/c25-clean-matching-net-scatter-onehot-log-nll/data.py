import numpy as np


class OmniglotNShot:
    def __init__(self, root, ways=5, shots=1, batch_size=32):
        self.images = np.load(root + "/images.npy")
        self.ways, self.shots, self.batch_size = ways, shots, batch_size

    def get_batch(self, split):
        rng = np.random.default_rng()
        classes = rng.choice(len(self.images), (self.batch_size, self.ways))
        x_support = self.images[classes][:, :, :self.shots].reshape(self.batch_size, -1, 1, 28, 28)
        y_support = np.repeat(np.arange(self.ways), self.shots)[None].repeat(self.batch_size, 0)
        x_target = self.images[classes][:, :, -1:].reshape(self.batch_size, -1, 1, 28, 28)
        y_target = np.arange(self.ways)[None].repeat(self.batch_size, 0)
        return x_support, y_support, x_target, y_target
