import numpy as np
import pandas as pd

from fraud.model import make_classifier

frame = pd.read_parquet("data/transactions_features.parquet")
labels = frame.pop("is_fraud").to_numpy(dtype=np.float32)
classifier = make_classifier(frame.shape[1])
classifier.fit(frame.to_numpy(dtype=np.float32), labels, batch_size=1024, epochs=20, validation_split=0.1,
               class_weight={0: 1.0, 1: 25.0})
classifier.save("artifacts/fraud_mlp.keras")
