heads = dict(
    type="SegmentHead",
    in_channels=64,
    num_classes=5,
    presence=dict(type="PresenceHead", in_channels=64, num_lanes=4),
)
epochs = 12
lr = 0.025
