net = dict(type="FieldNet")
backbone = dict(type="SmallEncoder", width=16)
heads = dict(type="MaskHead", num_classes=4)
lr = 0.02
epochs = 20
data_root = "data/fields"
