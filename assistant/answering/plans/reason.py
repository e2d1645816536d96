"""Why and how: the sentence giving the reason, with the claim it leans on, in the document's order."""

from __future__ import annotations

import re

from ...types import Fact
from ..candidates import Candidate
from ..lexicon import ASKS_ABILITY, ASKS_WHY, CAUSAL, CONCLUDES, ENABLING, LEANS_BACK
from ..render import Composition
from ..understanding import Understanding
from .base import ExtractivePlan, Selection

# "how does X hold its parts together?", "how are the piers joined?": the way a thing is done (not "how come")
_ASKS_MANNER = re.compile(r"^\W*(?:(?:and|so|but)\s+)?how\b(?!\s+come\b)", re.I)


class ReasonPlan(ExtractivePlan):
    answer_types = ("reason",)

    def joins_neighbour_sentence(self, u: Understanding) -> bool:
        return True

    def quotes_fact(self, u: Understanding, fact: Fact) -> bool:
        # a why-question wants the document's reasoning, which lives in its own sentence
        return fact.kind not in ("figure", "date")

    def write(self, sel: Selection) -> Composition:
        return super().write(self._enabling(self._grounding(self._leaning_back(sel))))

    @classmethod
    def _grounding(cls, sel: Selection) -> Selection:
        """"Why should R&D be the core?", where the best evidence only restates the claim and a close candidate is
        the ground the document draws a conclusion from (its next sentence opens "Therefore, ..."): that ground."""
        best = sel.best
        if not ASKS_WHY.search(sel.u.english) or sel.u.asserted_numbers:
            return sel  # "how does X hold together?" asks a way; "why only 20?" a premise, which the figures check
        if CAUSAL.search(best.text) or cls._concluded_from(sel, best):
            return sel
        return cls._switch_to_close(sel, lambda c: cls._concluded_from(sel, c) and not CAUSAL.search(c.text))

    @staticmethod
    def _concluded_from(sel: Selection, c: Candidate) -> bool:
        """Whether the sentence after ``c``'s (its quote's, for a fact) in its paragraph draws a conclusion from it
        ("Therefore, ...", "That's why ...")."""
        return bool(CONCLUDES.match(sel.composer.gates.sentence_after(c)))

    @classmethod
    def _enabling(cls, sel: Selection) -> Selection:
        """"Why can X rebuild Y?", "what lets X do Y?": the best evidence may only say that X wants Y; a sentence that
        says what makes it possible ("after X is solved, X has the foundation to ...") answers, when it scores close."""
        best = sel.best
        if not ASKS_ABILITY.search(sel.u.english) or ENABLING.search(best.text):
            return sel
        return cls._switch_to_close(sel, lambda c: c.kind == "sentence" and bool(ENABLING.search(c.text)))

    @classmethod
    def _leaning_back(cls, sel: Selection) -> Selection:
        """"Why is X the pillar?", where the best evidence only states that X is the pillar and a sentence of its
        paragraph (or a conclusion in another) says "That's why X is the pillar": that sentence, with the reasons
        before it, answers."""
        best = sel.best
        if CAUSAL.search(best.text) or _ASKS_MANNER.match(sel.u.english):
            return sel  # "how does X hold together?" asks the way it is done, which no "That's why" gives
        floor = sel.composer.weights.compose.context_ratio * best.score
        for c in sel.candidates:
            if c is best or c.kind != "sentence" or c.score < floor:
                continue
            # in another paragraph, only a conclusion ("That's why ...") stating the asked claim as fully as the best
            # evidence does: a sentence opening with "Its ..." there leans on something else
            elsewhere = (c.doc_id, c.paragraph_id) != (best.doc_id, best.paragraph_id)
            if elsewhere and (c.coverage < best.coverage or not CONCLUDES.match(c.text)):
                continue
            if LEANS_BACK.match(c.text) and CAUSAL.search(c.text):
                switched = cls._switch(sel, c)
                if switched is not None:
                    return switched
        return sel
