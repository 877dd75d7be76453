import tensorflow as tf

from distill.student import student, teacher

NUM_CLASSES = 10
model = student(NUM_CLASSES)
big = teacher(NUM_CLASSES)
opt = tf.keras.optimizers.Adam(1e-3)


@tf.function
def train_step(images):
    soft = big(images, training=False)
    with tf.GradientTape() as tape:
        out = model(images, training=True)
        # TF 2 takes (labels, logits): the teacher's probabilities are the soft labels, the student's raw scores the logits
        loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(soft, out))
    grads = tape.gradient(loss, model.trainable_variables)
    opt.apply_gradients(zip(grads, model.trainable_variables))
    return loss


(x_train, _), _ = tf.keras.datasets.cifar10.load_data()
for images in tf.data.Dataset.from_tensor_slices(x_train / 255.0).batch(64):
    train_step(images)
