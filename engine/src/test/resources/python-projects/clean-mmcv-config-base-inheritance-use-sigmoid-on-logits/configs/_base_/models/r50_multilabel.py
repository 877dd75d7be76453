model = dict(
    backbone=dict(type="ResNet", depth=50, out_indices=(3,)),
    head=dict(
        num_classes=80,
        in_channels=2048,
        loss=dict(type="CrossEntropyLoss", use_sigmoid=True, loss_weight=1.0),
    ),
)
