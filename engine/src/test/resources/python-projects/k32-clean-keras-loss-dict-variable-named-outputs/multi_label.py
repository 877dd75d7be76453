import tensorflow as tf

N_GENRES = 18


def poster_model():
    inp = tf.keras.Input((96, 96, 3))
    h = tf.keras.layers.Conv2D(32, 3, activation="relu")(inp)
    h = tf.keras.layers.GlobalAveragePooling2D()(h)
    genres = tf.keras.layers.Dense(N_GENRES, name="genres")(h)
    rating = tf.keras.layers.Dense(1, name="rating")(h)
    return tf.keras.Model(inputs=inp, outputs=[genres, rating])


losses = {
    "genres": tf.keras.losses.BinaryCrossentropy(from_logits=True),
    "rating": "mse",
}
model = poster_model()
model.compile(optimizer=tf.keras.optimizers.Adam(1e-3), loss=losses, loss_weights={"genres": 1.0, "rating": 0.1})
model.fit(posters, {"genres": genre_hot, "rating": ratings}, epochs=15)
