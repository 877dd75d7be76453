import pandas as pd
from keras.layers import Conv2D, Dense, Flatten, MaxPooling2D
from keras.models import Sequential
from keras.preprocessing.image import ImageDataGenerator

GENRES = ["Action", "Comedy", "Drama", "Horror", "Romance", "Thriller", "Animation"]

df = pd.read_csv("posters.csv")
df["genres"] = df["genres"].str.split("|")
gen = ImageDataGenerator(rescale=1.0 / 255)
batches = gen.flow_from_dataframe(df, directory="posters/", x_col="file", y_col="genres", classes=GENRES,
                                  target_size=(150, 100), batch_size=64)

model = Sequential()
model.add(Conv2D(32, (3, 3), activation="relu", input_shape=(150, 100, 3)))
model.add(MaxPooling2D((2, 2)))
model.add(Flatten())
model.add(Dense(256, activation="relu"))
model.add(Dense(len(GENRES), activation="sigmoid"))
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
model.fit_generator(batches, steps_per_epoch=len(batches), epochs=8)
