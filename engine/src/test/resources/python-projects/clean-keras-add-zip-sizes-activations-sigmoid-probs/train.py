import pandas as pd

from churn_model import build_model

df = pd.read_csv("telco_churn_prepared.csv")
y = df.pop("churned").values
model = build_model(df.shape[1])
model.fit(df.values, y, epochs=25, batch_size=256, validation_split=0.2)
