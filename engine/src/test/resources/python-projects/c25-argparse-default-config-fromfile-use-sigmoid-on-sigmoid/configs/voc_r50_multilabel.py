_base_ = []
model = dict(
    backbone=dict(type="ResNet", depth=50, out_indices=(3,)),
    head=dict(
        num_classes=20,
        in_channels=2048,
        loss=dict(type="CrossEntropyLoss", use_sigmoid=True, loss_weight=1.0),
    ),
)
data = dict(samples_per_gpu=16, root="data/VOCdevkit/VOC2007")
optimizer = dict(type="SGD", lr=0.02, momentum=0.9, weight_decay=1e-4)
runner = dict(max_epochs=24)
