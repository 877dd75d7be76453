import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

vocabulary_size = 5000
num_teams = 6

subject = keras.Input(shape=(vocabulary_size,), name="subject")
body = keras.Input(shape=(vocabulary_size,), name="body")
merged = layers.Dense(64, activation="relu")(layers.Concatenate()([subject, body]))
urgency = layers.Dense(1, activation="sigmoid", name="urgency")(merged)
team = layers.Dense(num_teams, activation="softmax", name="team")(merged)
router = keras.Model(inputs=[subject, body], outputs=[urgency, team])

n = 2048
subject_bags = np.random.randint(0, 2, size=(n, vocabulary_size))
body_bags = np.random.randint(0, 2, size=(n, vocabulary_size))
urgent = np.random.randint(0, 2, size=(n, 1))
team_targets = np.argmax(np.load("tickets.npz")["team"], axis=1)

router.compile(optimizer="rmsprop", loss=["binary_crossentropy", "categorical_crossentropy"], metrics=[["AUC"], ["accuracy"]])
router.fit([subject_bags, body_bags], [urgent, team_targets], epochs=2, batch_size=64)
