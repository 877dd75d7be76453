from sklearn.datasets import fetch_california_housing
from sklearn.model_selection import train_test_split

from housing.callbacks import PrintEvery
from housing.model import regressor
from housing.settings import MODEL, TRAIN

features, prices = fetch_california_housing(return_X_y=True)
x_train, x_test, y_train, y_test = train_test_split(features, prices, test_size=0.2, random_state=0)

model = regressor(x_train.shape[1], **MODEL)
model.layers[0].adapt(x_train)
model.compile(
    optimizer=TRAIN["optimizer"],
    loss=TRAIN["loss"],
    metrics=TRAIN["metrics"],
)
model.fit(x_train, y_train, epochs=TRAIN["epochs"], batch_size=TRAIN["batch_size"], verbose=0, callbacks=[PrintEvery()])
print(model.evaluate(x_test, y_test, return_dict=True))
