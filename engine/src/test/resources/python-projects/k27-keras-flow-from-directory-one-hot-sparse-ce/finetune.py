from keras.applications.mobilenet import MobileNet
from keras.layers import Dense, GlobalAveragePooling2D
from keras.models import Model
from keras.optimizers import Adam
from keras.preprocessing.image import ImageDataGenerator

NUM_CLASSES = 12
TRAIN_DIR = "dataset/train"
VALID_DIR = "dataset/valid"

train_gen = ImageDataGenerator(rescale=1.0 / 255, rotation_range=20, horizontal_flip=True)
valid_gen = ImageDataGenerator(rescale=1.0 / 255)
train_batches = train_gen.flow_from_directory(TRAIN_DIR, target_size=(224, 224), batch_size=32)
valid_batches = valid_gen.flow_from_directory(VALID_DIR, target_size=(224, 224), batch_size=32)

base = MobileNet(weights="imagenet", include_top=False, input_shape=(224, 224, 3))
x = GlobalAveragePooling2D()(base.output)
x = Dense(512, activation="relu")(x)
preds = Dense(NUM_CLASSES, activation="softmax")(x)
model = Model(inputs=base.input, outputs=preds)
for layer in base.layers:
    layer.trainable = False

model.compile(optimizer=Adam(lr=1e-4), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit_generator(train_batches, steps_per_epoch=train_batches.n // 32, epochs=15,
                    validation_data=valid_batches, validation_steps=valid_batches.n // 32)
model.save("mobilenet_finetuned.h5")
