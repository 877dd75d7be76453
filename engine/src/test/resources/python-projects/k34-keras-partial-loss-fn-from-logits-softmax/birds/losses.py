import functools

from tensorflow import keras

# label smoothing for the noisy crowd-sourced labels
smoothed_crossentropy = functools.partial(keras.losses.categorical_crossentropy, from_logits=True, label_smoothing=0.05)
