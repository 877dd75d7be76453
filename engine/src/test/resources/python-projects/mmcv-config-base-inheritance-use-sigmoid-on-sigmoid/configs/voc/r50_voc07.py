_base_ = ["../_base_/models/r50_multilabel.py", "../_base_/default_runtime.py"]

model = dict(head=dict(num_classes=20))
data = dict(samples_per_gpu=16, root="data/VOCdevkit/VOC2007")
optimizer = dict(lr=0.01)
