import keras
import numpy as np

from ctr.model import ClickModel

items = np.load("logs/items.npy")
dense = np.load("logs/dense.npy")
clicked = np.load("logs/clicked.npy").astype("float32")

model = ClickModel(n_items=50_000)
model.compile(optimizer=keras.optimizers.Adagrad(0.05), metrics=[keras.metrics.AUC()])
model.fit((items, dense), clicked, batch_size=1024, epochs=3)
