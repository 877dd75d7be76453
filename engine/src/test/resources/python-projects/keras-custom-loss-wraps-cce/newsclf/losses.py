"""Project losses."""
import keras
from keras import ops


@keras.saving.register_keras_serializable(package="newsclf")
class SmoothedCategoricalCE(keras.losses.Loss):
    """Categorical cross-entropy with label smoothing towards the uniform distribution."""

    def __init__(self, smoothing=0.1, name="smoothed_cce", **kwargs):
        super().__init__(name=name, **kwargs)
        self.smoothing = smoothing

    def call(self, y_true, y_pred):
        num_classes = ops.cast(ops.shape(y_true)[-1], y_pred.dtype)
        y_true = y_true * (1.0 - self.smoothing) + self.smoothing / num_classes
        return keras.losses.categorical_crossentropy(y_true, y_pred, from_logits=True)

    def get_config(self):
        return {**super().get_config(), "smoothing": self.smoothing}
