"""Figures and dates: the fact's statement, or the sentence holding the number; a stated number is checked."""

from __future__ import annotations

from .base import ExtractivePlan


class FigurePlan(ExtractivePlan):
    answer_types = ("figure", "date")
