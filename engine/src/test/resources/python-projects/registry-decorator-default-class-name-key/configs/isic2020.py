model = dict(type="DermNet", num_classes=1, drop=0.3)
optim = dict(lr=3e-4, weight_decay=1e-2)
epochs = 15
