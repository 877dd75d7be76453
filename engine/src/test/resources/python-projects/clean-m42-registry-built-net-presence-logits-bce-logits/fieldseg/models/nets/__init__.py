from .field_net import FieldNet
