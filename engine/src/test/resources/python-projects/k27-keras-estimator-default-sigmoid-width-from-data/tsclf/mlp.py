"""A multilayer perceptron for time series classification, scikit-learn style."""
import numpy as np
from sklearn.preprocessing import LabelEncoder, OneHotEncoder


class MLPClassifier:
    """Three dense layers with dropout.

    Parameters
    ----------
    n_epochs : int, default=2000
    batch_size : int, default=16
    loss : str, default="categorical_crossentropy"
    activation : str, default="sigmoid"
        Activation of the output layer.
    """

    def __init__(self, n_epochs=2000, batch_size=16, loss="categorical_crossentropy", activation="sigmoid", metrics=None):
        self.n_epochs = n_epochs
        self.batch_size = batch_size
        self.loss = loss
        self.activation = activation
        self.metrics = metrics

    def build_model(self, input_shape, n_classes):
        from tensorflow import keras

        metrics = ["accuracy"] if self.metrics is None else self.metrics
        input_layer = keras.layers.Input(input_shape)
        x = keras.layers.Flatten()(input_layer)
        for _ in range(3):
            x = keras.layers.Dropout(0.2)(x)
            x = keras.layers.Dense(500, activation="relu")(x)
        output_layer = keras.layers.Dense(units=n_classes, activation=self.activation)(x)
        model = keras.models.Model(inputs=input_layer, outputs=output_layer)
        model.compile(loss=self.loss, optimizer=keras.optimizers.Adadelta(), metrics=metrics)
        return model

    def fit(self, X, y):
        self.label_encoder_ = LabelEncoder()
        y = self.label_encoder_.fit_transform(y)
        self.classes_ = self.label_encoder_.classes_
        self.n_classes_ = len(self.classes_)
        y_onehot = OneHotEncoder(sparse_output=False).fit_transform(y.reshape(-1, 1))
        self.model_ = self.build_model(X.shape[1:], self.n_classes_)
        self.model_.fit(X, y_onehot, batch_size=self.batch_size, epochs=self.n_epochs, verbose=0)
        return self

    def predict_proba(self, X):
        return self.model_.predict(X, self.batch_size)

    def predict(self, X):
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]
