import tensorflow as tf

from labelprop.attend import attend

N_CLASSES = 5
EMB = 64

encoder = tf.keras.Sequential([
    tf.keras.layers.Conv2D(32, 3, activation="relu"),
    tf.keras.layers.GlobalAveragePooling2D(),
    tf.keras.layers.Dense(EMB),
])
optimizer = tf.keras.optimizers.Adam(1e-3)


def episode_loss(support_x, support_y, query_x, query_y):
    support_rows = tf.one_hot(support_y, N_CLASSES)
    scores = attend(encoder(query_x), encoder(support_x), support_rows)
    xent = tf.nn.softmax_cross_entropy_with_logits(labels=tf.one_hot(query_y, N_CLASSES), logits=scores)
    return tf.reduce_mean(xent)


@tf.function
def train_step(support_x, support_y, query_x, query_y):
    with tf.GradientTape() as tape:
        loss = episode_loss(support_x, support_y, query_x, query_y)
    grads = tape.gradient(loss, encoder.trainable_variables)
    optimizer.apply_gradients(zip(grads, encoder.trainable_variables))
    return loss
