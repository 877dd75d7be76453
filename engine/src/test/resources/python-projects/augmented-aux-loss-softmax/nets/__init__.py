from .inception_lite import InceptionLite
