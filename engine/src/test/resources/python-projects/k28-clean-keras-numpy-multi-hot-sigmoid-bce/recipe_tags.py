import numpy as np
from tensorflow import keras

TAGS = ["vegan", "spicy", "quick", "dessert", "gluten_free", "budget"]
recipes = [("lentil curry", [0, 1, 5]), ("brownies", [3]), ("stir fry", [0, 1, 2]), ("rice bowl", [2, 4, 5])]

features = np.random.rand(len(recipes), 300).astype("float32")
labels = np.zeros((len(recipes), len(TAGS)), dtype="float32")
for i, (_, tag_ids) in enumerate(recipes):
    labels[i, tag_ids] = 1.0

net = keras.Sequential([
    keras.layers.Dense(128, activation="relu"),
    keras.layers.Dense(len(TAGS), activation="sigmoid"),
])
net.compile(optimizer="adam", loss="binary_crossentropy", metrics=[keras.metrics.AUC(multi_label=True)])
net.fit(features, labels, epochs=30, batch_size=2)
