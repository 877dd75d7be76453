import tensorflow as tf

from birds.losses import PolyCrossEntropy

N_SPECIES = 200

train = tf.keras.utils.image_dataset_from_directory("cub/train", image_size=(224, 224), batch_size=32)

base = tf.keras.applications.EfficientNetB0(include_top=False, pooling="avg", input_shape=(224, 224, 3))
x = tf.keras.layers.Dropout(0.2)(base.output)
out = tf.keras.layers.Dense(N_SPECIES)(x)
model = tf.keras.Model(base.input, out)
model.compile(optimizer=tf.keras.optimizers.Adam(1e-4), loss=PolyCrossEntropy(N_SPECIES), metrics=["accuracy"])
model.fit(train, epochs=12)
