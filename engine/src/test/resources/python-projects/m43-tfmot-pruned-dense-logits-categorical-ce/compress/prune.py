import tensorflow as tf
import tensorflow_model_optimization as tfmot

from compress.models import baseline, pruned

(x_train, y_train), _ = tf.keras.datasets.mnist.load_data()
x_train = x_train[..., None] / 255.0
y_train = tf.keras.utils.to_categorical(y_train, 10)

dense = baseline()
dense.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
dense.fit(x_train, y_train, batch_size=128, epochs=2)

schedule = tfmot.sparsity.keras.PolynomialDecay(initial_sparsity=0.5, final_sparsity=0.9, begin_step=0, end_step=2000)
sparse = pruned(schedule)
sparse.compile(optimizer="adam", loss=tf.keras.losses.categorical_crossentropy, metrics=["accuracy"])
sparse.fit(x_train, y_train, batch_size=128, epochs=2, callbacks=[tfmot.sparsity.keras.UpdatePruningStep()])

export = tfmot.sparsity.keras.strip_pruning(sparse)
export.save("pruned.h5")
