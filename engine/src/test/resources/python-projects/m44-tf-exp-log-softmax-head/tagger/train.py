import tensorflow as tf

from tagger.heads import IntentHead


def build(vocab_size, n_intents):
    tokens = tf.keras.Input((None,), dtype="int32")
    x = tf.keras.layers.Embedding(vocab_size, 128, mask_zero=True)(tokens)
    x = tf.keras.layers.GlobalAveragePooling1D()(x)
    return tf.keras.Model(tokens, IntentHead(n_intents, name="intent")(x))


model = build(30000, 21)
model.compile(optimizer=tf.keras.optimizers.Adam(1e-3),
              loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
              metrics=["accuracy"])
