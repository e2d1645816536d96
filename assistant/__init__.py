"""Offline, cited question answering over a policy research paper."""

from .assistant import Answer, Assistant, QuestionError
from .settings import Settings

__all__ = ["Answer", "Assistant", "QuestionError", "Settings"]
