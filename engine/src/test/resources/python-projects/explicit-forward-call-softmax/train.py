from flowers.fit import fit
from flowers.net import FlowerHead

if __name__ == "__main__":
    fit(FlowerHead(), [])
