from .a2c import ActorCritic

__all__ = ["ActorCritic"]
