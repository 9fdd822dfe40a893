"""Forward, backward and updates in NumPy. No Qt, no file I/O."""

from .compiled import CompiledNetwork, NotTrainableError
from .training import Callback, StepResult, Trainer, TrainingDiverged

__all__ = ["Callback", "CompiledNetwork", "NotTrainableError", "StepResult", "Trainer", "TrainingDiverged"]
