import json
import sys

import tensorflow as tf

from model import classifier

settings = json.loads(sys.stdin.read())
model = classifier(settings["classes"], settings["export_probabilities"])
model.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=not settings["export_probabilities"]))
