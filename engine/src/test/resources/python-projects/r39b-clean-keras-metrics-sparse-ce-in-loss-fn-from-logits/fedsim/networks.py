"""Client models for the simulated federated EMNIST runs."""
import tensorflow as tf

NUM_CLASSES = 62


def build_cnn(compile_model=False, learning_rate=0.05):
  """A small CNN on flattened 28x28 digits; returns one score per class."""
  init = tf.keras.initializers.GlorotUniform(seed=7)
  layers = tf.keras.layers
  model = tf.keras.Sequential([
      layers.Reshape((28, 28, 1), input_shape=(784,)),
      layers.Conv2D(32, 3, activation='relu', kernel_initializer=init),
      layers.MaxPooling2D(2),
      layers.Conv2D(64, 3, activation='relu', kernel_initializer=init),
      layers.MaxPooling2D(2),
      layers.Flatten(),
      layers.Dense(256, activation='relu', kernel_initializer=init),
      layers.Dropout(0.25),
      layers.Dense(NUM_CLASSES, kernel_initializer=init),
  ])
  if compile_model:
    # keep the per-example losses averaged so the server sees a scalar
    def client_loss(y_true, y_pred):
      return tf.reduce_mean(
          tf.keras.metrics.sparse_categorical_crossentropy(
              y_true, y_pred, from_logits=True))

    model.compile(
        loss=client_loss,
        optimizer=tf.keras.optimizers.SGD(learning_rate=learning_rate))
  return model
