import tensorflow as tf

from glyphs.net import GlyphNet

N_GLYPHS = 47
EPOCHS = 5


def glyph_loss(scores, labels):
    labels = tf.cast(labels, tf.int64)
    per_image = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=scores)
    return tf.reduce_mean(per_image)


def load(split):
    images, labels = tf.keras.datasets.mnist.load_data()[0 if split == "train" else 1]
    images = tf.cast(images[..., None], tf.float32) / 255.0
    return tf.data.Dataset.from_tensor_slices((images, labels % N_GLYPHS)).shuffle(10_000).batch(64)


net = GlyphNet(N_GLYPHS)
optimizer = tf.keras.optimizers.Adam(1e-3)


@tf.function
def train_step(images, labels):
    with tf.GradientTape() as tape:
        loss = glyph_loss(net(images, is_training=True), labels)
    grads = tape.gradient(loss, net.trainable_variables)
    optimizer.apply_gradients(zip(grads, net.trainable_variables))
    return loss


for epoch in range(EPOCHS):
    for images, labels in load("train"):
        loss = train_step(images, labels)
    probs = net(next(iter(load("test")))[0])
    print(f"epoch {epoch}: loss {float(loss):.4f}, first prediction {int(tf.argmax(probs[0]))}")
