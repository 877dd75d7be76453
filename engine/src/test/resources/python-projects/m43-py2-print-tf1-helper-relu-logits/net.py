import tensorflow as tf
import ops


def mlp(x, n_classes=20):
    h = ops.dense(x, "fc1", 512)
    h = ops.dense(h, "fc2", 256)
    return ops.dense(h, "out", n_classes)
