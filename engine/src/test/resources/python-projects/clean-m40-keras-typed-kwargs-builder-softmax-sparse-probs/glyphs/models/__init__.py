from .classifier import GlyphClassifier, glyph_classifier

__all__ = ["GlyphClassifier", "glyph_classifier"]
