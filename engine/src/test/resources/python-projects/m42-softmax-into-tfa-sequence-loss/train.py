import tensorflow as tf
import tensorflow_addons as tfa

from tagger import build_tagger

NUM_TAGS = 17
model = build_tagger(vocab_size=20000, num_tags=NUM_TAGS)
optimizer = tf.keras.optimizers.Adam(1e-3)


@tf.function
def train_step(tokens, tags):
    mask = tf.cast(tf.not_equal(tokens, 0), tf.float32)
    with tf.GradientTape() as tape:
        tag_probs = model(tokens, training=True)
        loss = tfa.seq2seq.sequence_loss(tag_probs, tags, mask)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss
