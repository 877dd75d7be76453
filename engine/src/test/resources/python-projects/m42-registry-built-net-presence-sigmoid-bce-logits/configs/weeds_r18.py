net = dict(type="FieldNet")
backbone = dict(type="SmallEncoder", width=32)
heads = dict(
    type="MaskHead",
    num_classes=4,
    presence=dict(type="SpeciesPresence", num_species=3),
)
lr = 0.01
epochs = 40
data_root = "data/fields"
