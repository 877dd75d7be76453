import tensorflow as tf

from distill.student import student

NUM_CLASSES = 10
model = student(NUM_CLASSES)
opt = tf.keras.optimizers.Adam(1e-3)


@tf.function
def train_step(images, labels):
    with tf.GradientTape() as tape:
        out = model(images, training=True)
        targets = tf.one_hot(labels, NUM_CLASSES)
        # TF 2 takes (labels, logits): `out` is already a softmax
        loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(targets, out))
    grads = tape.gradient(loss, model.trainable_variables)
    opt.apply_gradients(zip(grads, model.trainable_variables))
    return loss


(x_train, y_train), _ = tf.keras.datasets.cifar10.load_data()
for images, labels in tf.data.Dataset.from_tensor_slices((x_train / 255.0, y_train[:, 0])).batch(64):
    train_step(images, labels)
