import tensorflow as tf


class CommandTrainer:
    def __init__(self, model, objective="xent", smoothing=0.1):
        self.model = model
        self.objective = objective
        self.optimizer = tf.keras.optimizers.Adam(3e-4)
        self.xent = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
        self.smooth = tf.keras.losses.CategoricalCrossentropy(from_logits=True, label_smoothing=smoothing)

    def _xent_objective(self, logits, labels):
        return self.xent(labels, logits)

    def _smooth_objective(self, logits, labels):
        return self.smooth(tf.one_hot(labels, 35), logits)

    @tf.function
    def train_step(self, audio, labels):
        with tf.GradientTape() as tape:
            loss = getattr(self, f"_{self.objective}_objective")(self.model(audio, training=True), labels)
        grads = tape.gradient(loss, self.model.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.model.trainable_variables))
        return loss
