import numpy as np
import tensorflow as tf
from sklearn.model_selection import StratifiedKFold

template = tf.keras.Sequential([
    tf.keras.layers.Input(shape=(57,)),
    tf.keras.layers.Dense(64, activation="relu"),
    tf.keras.layers.Dropout(0.3),
    tf.keras.layers.Dense(1, activation="sigmoid"),
])

X = np.load("spambase_x.npy")
y = np.load("spambase_y.npy")
scores = []
for fold, (tr, va) in enumerate(StratifiedKFold(n_splits=5, shuffle=True, random_state=0).split(X, y)):
    model = tf.keras.models.clone_model(template)
    model.compile(optimizer=tf.keras.optimizers.Adam(1e-3),
                  loss=tf.keras.losses.BinaryCrossentropy(from_logits=True),
                  metrics=[tf.keras.metrics.AUC()])
    model.fit(X[tr], y[tr], epochs=20, batch_size=64, verbose=0)
    scores.append(model.evaluate(X[va], y[va], verbose=0)[1])
print("AUC per fold:", scores)
