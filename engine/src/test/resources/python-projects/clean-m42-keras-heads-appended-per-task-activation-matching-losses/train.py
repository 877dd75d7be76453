import numpy as np
import tensorflow as tf

from model import multitask_text_model
from tasks import TASKS

model = multitask_text_model()
model.compile(
    optimizer="adam",
    loss={name: loss for name, _, _, loss in TASKS},
    metrics={name: "accuracy" for name, _, _, _ in TASKS},
)
batch = np.load("posts.npz")
model.fit(batch["tokens"], [batch[name] for name, _, _, _ in TASKS], epochs=4)
