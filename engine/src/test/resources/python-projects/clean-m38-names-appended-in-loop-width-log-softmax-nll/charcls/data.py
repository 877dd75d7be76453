import glob
import os

all_categories = []
category_lines = {}
for path in sorted(glob.glob("data/names/*.txt")):
    category = os.path.splitext(os.path.basename(path))[0]
    all_categories.append(category)
    with open(path, encoding="utf-8") as fh:
        category_lines[category] = [line.strip() for line in fh if line.strip()]

n_categories = len(all_categories)
