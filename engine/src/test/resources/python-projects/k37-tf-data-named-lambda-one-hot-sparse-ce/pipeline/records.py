import tensorflow as tf

N_GENRES = 8
SAMPLE_RATE = 16000

to_spectrogram = lambda wave, genre: (tf.abs(tf.signal.stft(wave, frame_length=512, frame_step=256)), genre)
one_hot_genre = lambda spec, genre: (spec, tf.one_hot(genre, N_GENRES))


def load(waves, genres, batch_size=32):
    ds = tf.data.Dataset.from_tensor_slices((waves, genres))
    return ds.shuffle(1000).map(to_spectrogram).map(one_hot_genre).batch(batch_size).prefetch(tf.data.AUTOTUNE)
