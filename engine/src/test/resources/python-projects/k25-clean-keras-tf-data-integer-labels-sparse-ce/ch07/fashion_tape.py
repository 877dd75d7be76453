#%%
import tensorflow as tf
from tensorflow.keras import layers, Sequential, optimizers, datasets

(x, y), _ = datasets.fashion_mnist.load_data()
x = tf.convert_to_tensor(x, dtype=tf.float32) / 255.
y = tf.convert_to_tensor(y, dtype=tf.int32)
train_db = tf.data.Dataset.from_tensor_slices((x, y)).shuffle(10000).batch(128)

model = Sequential([layers.Flatten(), layers.Dense(128, activation='relu'), layers.Dense(10)])
optimizer = optimizers.Adam(learning_rate=1e-3)

#%%
for epoch in range(10):
    for step, (xb, yb) in enumerate(train_db):
        with tf.GradientTape() as tape:
            logits = model(xb)
            loss = tf.reduce_mean(tf.losses.sparse_categorical_crossentropy(yb, logits, from_logits=True))
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        if step % 100 == 0:
            print(epoch, step, 'loss:', float(loss))
