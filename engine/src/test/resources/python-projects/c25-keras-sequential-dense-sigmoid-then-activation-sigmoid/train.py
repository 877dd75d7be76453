import keras
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

from churn.model import build_model

df = pd.read_csv("data/telco_churn.csv")
y = (df.pop("Churn") == "Yes").astype("float32").values
x = StandardScaler().fit_transform(pd.get_dummies(df.drop(columns=["customerID"])).astype("float32"))
x_train, x_val, y_train, y_val = train_test_split(x, y, test_size=0.2, stratify=y, random_state=7)

model = build_model(x.shape[1])
model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="binary_crossentropy", metrics=["accuracy", keras.metrics.AUC(name="auc")])
model.fit(x_train, y_train, validation_data=(x_val, y_val), epochs=40, batch_size=64,
          callbacks=[keras.callbacks.EarlyStopping(patience=5, restore_best_weights=True)])
model.save("churn.keras")
