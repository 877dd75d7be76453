from .module import DefectModule
