"""Custom training loop with explicit metric bookkeeping."""
import keras
import numpy as np
import tensorflow as tf

from fashion.net import conv_net

EPOCHS = 8
BATCH = 128

(x_train, y_train), (x_val, y_val) = keras.datasets.fashion_mnist.load_data()
x_train = (x_train[..., None] / 255.0).astype("float32")
x_val = (x_val[..., None] / 255.0).astype("float32")
train_ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(60000).batch(BATCH)

model = conv_net()
optimizer = keras.optimizers.Adam(learning_rate=1e-3)
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
train_acc = keras.metrics.SparseCategoricalAccuracy()
val_acc = keras.metrics.SparseCategoricalAccuracy()

for epoch in range(EPOCHS):
    for step, (x_batch, y_batch) in enumerate(train_ds):
        with tf.GradientTape() as tape:
            logits = model(x_batch, training=True)
            loss_value = loss_fn(y_batch, logits)
        grads = tape.gradient(loss_value, model.trainable_weights)
        optimizer.apply_gradients(zip(grads, model.trainable_weights))
        probs = keras.ops.softmax(logits)
        train_acc.update_state(y_batch, probs)
        if step % 100 == 0:
            print(f"epoch {epoch} step {step}: loss {float(loss_value):.4f}")

    val_probs = tf.nn.softmax(model(x_val, training=False))
    val_loss = keras.losses.sparse_categorical_crossentropy(y_val, val_probs)
    val_acc.update_state(y_val, val_probs)
    print(f"epoch {epoch}: train acc {float(train_acc.result()):.3f} "
          f"val loss {float(np.mean(val_loss)):.4f} val acc {float(val_acc.result()):.3f}")
    train_acc.reset_state()
    val_acc.reset_state()
