channels = 16
visible_head = dict(type="LinearFlag", channels=16)
lr = 2e-3
data_root = "data/kerbs"
