"""Human activity recognition from accelerometer windows."""
