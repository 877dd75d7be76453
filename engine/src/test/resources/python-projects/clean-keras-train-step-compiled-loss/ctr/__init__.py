"""Click-through-rate models."""
