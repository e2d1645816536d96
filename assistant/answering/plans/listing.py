"""Lists: the items as bullets; a count found first brings the list its paragraph gives."""

from __future__ import annotations

from ...types import Fact
from ..candidates import Candidate
from ..understanding import Understanding
from .base import ExtractivePlan, Selection


class ListPlan(ExtractivePlan):
    answer_types = ("list",)

    def extra_evidence(self, sel: Selection) -> list[Candidate]:
        best = sel.best
        if best.fact is not None and isinstance(best.fact.value, list):
            return []
        # "name the platforms", answered by a count: the list the document gives in that paragraph names them
        listing = next((c for c in sel.candidates[1:] if c.fact is not None and isinstance(c.fact.value, list)
                        and c.paragraph_id == best.paragraph_id and c.doc_id == best.doc_id
                        and c.score >= 0.75 * best.score), None)
        return [listing] if listing is not None else []

    def checks_premise_number(self, u: Understanding) -> bool:
        return False

    def lists_items(self, u: Understanding, fact: Fact, missing_items: bool) -> bool:
        return missing_items or len(fact.value) >= 4
