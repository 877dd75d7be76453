import os

os.environ["KERAS_BACKEND"] = "jax"

import jax
import keras


class JaxStepModel(keras.Model):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.ce = keras.losses.CategoricalCrossentropy(from_logits=True, label_smoothing=0.1)

    def loss_and_state(self, trainable, non_trainable, x, y):
        y_pred, non_trainable = self.stateless_call(trainable, non_trainable, x, training=True)
        return self.ce(y, y_pred), non_trainable

    def train_step(self, state, data):
        trainable, non_trainable, opt_vars, metric_vars = state
        x, y = data
        (loss, non_trainable), grads = jax.value_and_grad(self.loss_and_state, has_aux=True)(trainable, non_trainable, x, y)
        trainable, opt_vars = self.optimizer.stateless_apply(opt_vars, grads, trainable)
        return {"loss": loss}, (trainable, non_trainable, opt_vars, metric_vars)
