N_GESTURES = 3

# placeholder names, one per gesture; load_names() renames them from the annotation file
CLASS_NAMES = []
for _ in range(N_GESTURES):
    CLASS_NAMES.append("gesture")


def load_names(path):
    with open(path) as f:
        for i, line in enumerate(f):
            CLASS_NAMES[i] = line.strip()
