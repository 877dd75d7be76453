model = dict(
    type="FineGrainedClassifier",
    pretrained=True,
    head=dict(type="LinearClsHead", in_channels=2048, num_classes=200, dropout=0.3),
)
train = dict(epochs=90, lr=0.01, batch_size=32)
