channels = 32
visible_head = dict(type="SigmoidFlag", channels=32)
lr = 1e-3
data_root = "data/kerbs"
