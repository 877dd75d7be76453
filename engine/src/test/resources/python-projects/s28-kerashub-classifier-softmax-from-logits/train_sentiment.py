import keras
import keras_hub
import tensorflow as tf

BATCH = 32
train_ds = tf.data.Dataset.load("data/sst2_train").batch(BATCH)
val_ds = tf.data.Dataset.load("data/sst2_val").batch(BATCH)

classifier = keras_hub.models.DistilBertClassifier.from_preset(
    "distil_bert_base_en_uncased",
    num_classes=2,
    activation="softmax",
    dropout=0.1,
)
classifier.compile(
    optimizer=keras.optimizers.Adam(2e-5),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=[keras.metrics.SparseCategoricalAccuracy()],
)
classifier.fit(train_ds, validation_data=val_ds, epochs=3)
