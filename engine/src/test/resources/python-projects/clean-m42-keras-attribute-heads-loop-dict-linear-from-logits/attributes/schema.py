# Each attribute of a garment photo and how many values it takes.
ATTRIBUTES = {
    "colour": 12,
    "pattern": 7,
    "sleeve_length": 4,
}
