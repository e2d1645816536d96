"""Why and how: the sentence giving the reason, with the claim it leans on, in the document's order."""

from __future__ import annotations

from dataclasses import replace

from ...types import Fact
from ..lexicon import CAUSAL, LEANS_BACK
from ..render import Composition
from ..understanding import Understanding
from .base import ExtractivePlan, Selection


class ReasonPlan(ExtractivePlan):
    answer_types = ("reason",)

    def joins_neighbour_sentence(self, u: Understanding) -> bool:
        return True

    def quotes_fact(self, u: Understanding, fact: Fact) -> bool:
        # a why-question wants the document's reasoning, which lives in its own sentence
        return fact.kind not in ("figure", "date")

    def write(self, sel: Selection) -> Composition:
        return super().write(self._leaning_back(sel))

    @staticmethod
    def _leaning_back(sel: Selection) -> Selection:
        """"Why is X the pillar?", where the best evidence only states that X is the pillar and a sentence of its
        paragraph says "That's why X is the pillar": that sentence, with the reasons before it, answers."""
        best, composer = sel.best, sel.composer
        if CAUSAL.search(best.text):
            return sel
        floor = composer.weights.compose.context_ratio * best.score
        for c in sel.candidates:
            if c is best or c.kind != "sentence" or (c.doc_id, c.paragraph_id) != (best.doc_id, best.paragraph_id):
                continue
            if c.score >= floor and LEANS_BACK.match(c.text) and CAUSAL.search(c.text):
                support = composer.support(sel.u, c)
                if not composer.gates.check(sel.u, c, support):
                    return replace(sel, best=c, support=support,
                                   candidates=[c] + [x for x in sel.candidates if x is not c])
        return sel
