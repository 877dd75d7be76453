"""Human activity recognition from 3-axis accelerometer windows (6 activities)."""
