import tensorflow as tf

N_SEVERITIES = 5
severity_onehot = tf.keras.layers.CategoryEncoding(num_tokens=N_SEVERITIES, output_mode="one_hot")


def to_example(features, severity):
    x = tf.stack([features["duration"], features["attendees"]], axis=-1)
    return x, severity_onehot(severity)


def make_dataset(path):
    ds = tf.data.experimental.make_csv_dataset(path, batch_size=64, label_name="severity", num_epochs=1, shuffle=True)
    return ds.map(to_example).prefetch(tf.data.AUTOTUNE)
