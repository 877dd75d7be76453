"""Character vocabulary for the next-character model."""

TEXT = "if you want to build a ship, don't drum up people to collect wood"
CHARS = sorted(set(TEXT))
INDEX = {c: i for i, c in enumerate(CHARS)}


def windows(length):
    xs, ys = [], []
    for start in range(len(TEXT) - length):
        piece = TEXT[start:start + length + 1]
        xs.append([INDEX[c] for c in piece[:-1]])
        ys.append([INDEX[c] for c in piece[1:]])
    return xs, ys
