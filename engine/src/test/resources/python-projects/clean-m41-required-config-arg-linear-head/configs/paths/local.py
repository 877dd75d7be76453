DATA_ROOT = "/data/kerbs"
CACHE = "/tmp/kerb-cache"
SPLITS = dict(train="train.txt", val="val.txt")
