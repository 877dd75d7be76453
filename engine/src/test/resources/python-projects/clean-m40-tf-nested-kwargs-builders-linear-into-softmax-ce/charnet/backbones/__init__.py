from .mobile import mobile_small, mobile_large
