#%%
import tensorflow as tf
from tensorflow.keras import layers, Sequential, losses, optimizers, datasets

#%%
def preprocess(x, y):
    # scale and flatten one image; the label passes through
    x = tf.cast(x, dtype=tf.float32) / 255.
    x = tf.reshape(x, [28 * 28])
    return x, y

(x, y), (x_test, y_test) = datasets.fashion_mnist.load_data()
y = tf.convert_to_tensor(y, dtype=tf.int32)
y_test = tf.convert_to_tensor(y_test, dtype=tf.int32)

train_db = tf.data.Dataset.from_tensor_slices((x, y))
train_db = train_db.shuffle(10000).map(preprocess).batch(128)
test_db = tf.data.Dataset.from_tensor_slices((x_test, y_test)).map(preprocess).batch(128)

#%%
model = Sequential([
    layers.Dense(256, activation='relu'),
    layers.Dense(128, activation='relu'),
    layers.Dense(10),
])
model.build(input_shape=(None, 28 * 28))
model.summary()

#%%
# cross-entropy on the logits: the loss applies softmax itself
model.compile(optimizer=optimizers.Adam(learning_rate=1e-3),
              loss=losses.SparseCategoricalCrossentropy(from_logits=True),
              metrics=['accuracy'])
history = model.fit(train_db, epochs=10, validation_data=test_db, validation_freq=2)
