"""Figures and dates: the fact's statement, or the sentence holding the number; a stated number is checked."""

from __future__ import annotations

import re
from dataclasses import replace

from ..candidates import Candidate
from ..render import Composition
from .base import ExtractivePlan, Selection

_ASKS_COUNT = re.compile(r"\bhow many\b|\bnumber of\b|\bcount\b", re.I)


class FigurePlan(ExtractivePlan):
    answer_types = ("figure", "date")

    def write(self, sel: Selection) -> Composition:
        count = self.count_of_list(sel)
        if count is not None:
            sel = replace(sel, best=count, candidates=[count, *(c for c in sel.candidates if c is not count)])
        return super().write(sel)

    def count_of_list(self, sel: Selection) -> Candidate | None:
        """"How many X?" whose best evidence lists the X by name: the fact that counts that same list answers
        it (the list then joins as what the count names)."""
        best = sel.best
        if best.fact is None or not isinstance(best.fact.value, list) or not _ASKS_COUNT.search(sel.u.asked):
            return None  # "is X one of them?" checks a membership: the list answers it
        window = sel.candidates[1:sel.composer.weights.compose.gate_window]
        counts = (c for c in window if c.fact is not None and c.fact.attribute == best.fact.attribute
                  and not isinstance(c.fact.value, list))
        found = sel.composer.first_passing(sel.u, counts, sel.candidates)
        return found[0] if found else None
