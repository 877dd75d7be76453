import numpy as np
import tensorflow as tf

from speechcls.model import emotion_gru
from speechcls.settings import COMPILE

EMOTIONS = ["neutral", "happy", "sad", "angry", "fearful", "disgust"]

mfcc = np.load("cache/ravdess_mfcc.npy")
labels = tf.keras.utils.to_categorical(np.load("cache/ravdess_labels.npy"), len(EMOTIONS))

model = emotion_gru(len(EMOTIONS))
model.compile(**COMPILE)
model.fit(mfcc, labels, epochs=40, batch_size=32, validation_split=0.1)
