"""Axis names shared by the model and the data pipeline."""
STEP_AXIS = 0
FEATURE_AXIS = -1
