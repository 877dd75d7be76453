heads = dict(
    type="SegmentHead",
    in_channels=64,
    num_classes=5,
)
epochs = 12
lr = 0.025
