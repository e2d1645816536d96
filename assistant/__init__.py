"""Offline, cited question answering over a policy research paper."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assistant import Answer, Assistant, QuestionError
    from .settings import Settings

__all__ = ["Answer", "Assistant", "QuestionError", "Settings"]


def __getattr__(name: str) -> Any:
    # Lazy: `assistant --help` and `assistant status` run `assistant/__init__` too, and must not pay for
    # LangChain, Chroma and the answer engine they never use.
    if name in ("Answer", "Assistant", "QuestionError"):
        from . import assistant as _module

        return getattr(_module, name)
    if name == "Settings":
        from .settings import Settings

        return Settings
    raise AttributeError(f"module 'assistant' has no attribute {name!r}")
