from sklearn.datasets import load_wine
from sklearn.preprocessing import StandardScaler

from cvkit.crossval import cross_validate
from cvkit.net import WineNet

features, labels = load_wine(return_X_y=True)
features = StandardScaler().fit_transform(features)
mean, std = cross_validate(WineNet(), features, labels)
print(f"5-fold accuracy {mean:.3f} +/- {std:.3f}")
