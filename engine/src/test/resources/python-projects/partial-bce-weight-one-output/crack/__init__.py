from .net import CrackDetector
