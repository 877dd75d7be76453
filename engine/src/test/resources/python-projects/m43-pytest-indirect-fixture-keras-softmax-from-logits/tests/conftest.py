import pytest
import tensorflow as tf
from tensorflow import keras


def dense_classifier(n_features, n_classes):
    return keras.Sequential([
        keras.layers.InputLayer(input_shape=(n_features,)),
        keras.layers.Dense(n_classes),
        keras.layers.Softmax(),
    ])


@pytest.fixture(scope="module")
def tiny_classifier(request):
    n_features = request.param.get("n_features", 8)
    n_classes = request.param.get("n_classes", 4)
    model = dense_classifier(n_features, n_classes)
    loss = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    return model, loss
