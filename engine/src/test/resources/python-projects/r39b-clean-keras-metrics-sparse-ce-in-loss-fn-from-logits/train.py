"""Centralised sanity run of the client model before the federated rounds."""
import numpy as np

from fedsim import networks


def main():
  rng = np.random.default_rng(0)
  x = rng.random((512, 784), dtype=np.float32)
  y = rng.integers(0, networks.NUM_CLASSES, size=(512,))
  model = networks.build_cnn(compile_model=True)
  model.fit(x, y, batch_size=32, epochs=2)


if __name__ == '__main__':
  main()
