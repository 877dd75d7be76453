import json
import os

CLASSES = json.load(open(os.environ.get("CLASSES_JSON", "classes.json")))
NUM_CLASSES = len(CLASSES)
PATCH = 64
BANDS = 13  # Sentinel-2 L1C
