# Fine-grained birds, ResNet-50 at 448px.
model = dict(
    backbone=dict(type="ResNet", depth=50, frozen_stages=1),
    neck=dict(type="GlobalAveragePooling"),
    head=dict(type="LinearClsHead", in_channels=2048, num_classes=200, dropout=0.2),
)
optimizer = dict(type="SGD", lr=0.01, momentum=0.9, weight_decay=1e-4)
total_epochs = 100
