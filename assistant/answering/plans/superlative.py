"""Which of several things has the most or the fewest ("Which department funded the most institutes?", "哪个部门资助的
研究院最少？"): the structured facts that give the same figure (one attribute, one unit, one date) for different
subjects, the extreme one named, with every figure it was chosen from shown and cited.

A stated total ("14 in total") is not one of the things compared; fewer than two such facts answer nothing here
(the extractive path answers or refuses).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...types import Fact
from ..derive import comparable, number_of, show
from ..lexicon import ASKS_WHY, TOTAL_GIVEN
from ..render import Composition
from .points import Writer
from .wholes import fact_lines, figure_facts, subject_name

if TYPE_CHECKING:
    from . import AnswerContext

MOST = re.compile(r"\b(most|largest|biggest|highest|greatest|maximum)\b|最多|最大|最高", re.I)
FEWEST = re.compile(r"\b(fewest|least|smallest|lowest|minimum)\b|最少|最小|最低", re.I)
# "rank the departments by institutes funded", "order them from most to fewest", "按数量排序": every figure, in order
RANKING = re.compile(r"(?:^|[,:;]\s*|\b(?:please|you|me|us)\s+)(?:rank|order|sort|arrange)\s+(?!to\b)[^?.!]*?"
                     r"\b(?:by|from (?:most|highest|largest|biggest|least|fewest|lowest|smallest)|in (?:descending|"
                     r"ascending|size) order)\b|\bin (?:descending|ascending) order\b|"
                     r"排名|排序|从多到少|从高到低|从大到小", re.I)
ASCENDING = re.compile(r"\bascending\b|\bfrom (?:least|fewest|lowest|smallest)\b|从少到多|从低到高|从小到大", re.I)
# the question asks which thing: "which department ...", "who funded ...", "what agency ...", "哪个", "谁"
# ("Of the three departments, which funded the most?", "Among X (a, b, c), which one ...": the scope fronted)
ASKS_WHICH = re.compile(r"^\s*(?:(?:of|among|amongst|between|out of)\b[^?]*?,\s*)?(?:and\s+)?"
                        r"(?:which|who|whom|what)\b|哪|谁", re.I)


class SuperlativePlan:
    name = "superlative"
    broad = True
    specific = True

    def answer(self, ctx: AnswerContext) -> Composition | None:
        q = ctx.u.asked or ctx.u.question
        if RANKING.search(q) and not ASKS_WHY.search(q):
            return self._ranking(ctx, q)
        most, fewest = MOST.search(q), FEWEST.search(q)
        if bool(most) == bool(fewest) or not ASKS_WHICH.search(q) or ASKS_WHY.search(q):
            return None
        group = self._group(ctx)
        if len(group) < 2 or not self._asked_of(ctx, group[0]):
            return None
        group.sort(key=lambda f: number_of(f) or 0.0, reverse=bool(most))
        top = group[0]
        if number_of(group[1]) == number_of(top):
            return None  # a tie names no one thing
        writer = Writer(ctx)
        lines, markers = fact_lines(ctx, writer, group)
        key = "synth_most" if most else "synth_fewest"
        line = writer.phrase(key, name=subject_name(ctx, top), value=show(number_of(top) or 0.0))
        return writer.compose([*lines, f"{line} {markers}"])

    def _ranking(self, ctx: AnswerContext, q: str) -> Composition | None:
        """Every figure of the group, in order (largest first unless an ascending order is asked), with the
        order said in one line."""
        group = self._group(ctx)
        if len(group) < 3 or not self._asked_of(ctx, group[0]):
            return None  # two figures are a comparison, the comparison plan's
        ascending = bool(ASCENDING.search(q))
        group.sort(key=lambda f: number_of(f) or 0.0, reverse=not ascending)
        writer = Writer(ctx)
        lines, markers = fact_lines(ctx, writer, group)
        order = " < " if ascending else " > "
        ranked = order.join(f"{subject_name(ctx, f)} ({show(number_of(f) or 0.0)})" for f in group)
        return writer.compose([*lines, f"{writer.phrase('synth_ranking', ranked=ranked)} {markers}"])

    @staticmethod
    def _asked_of(ctx: AnswerContext, fact: Fact) -> bool:
        """Whether the figures are what the question is about: they count what it counts ("which institute has the
        most patents?" is not answered by counts of companies), and when the best evidence is in another document,
        the best of them speaks of the question as fully ("who is the largest broadcaster?" is not answered by
        comparing one document's institutes that share a word with it, when another says who is the largest)."""
        c = next((c for c in ctx.candidates if c.fact is not None and c.fact.id == fact.id), None)
        if c is None:
            return False
        counted = ctx.composer.gates.counted_concepts(ctx.u)
        if counted and not any(k.matched(ctx.composer.chooser.fact_tokens[fact.id]) for k in counted):
            return False
        best = ctx.candidates[0]  # there is one: the fact's own candidate is among them
        return c.doc_id == best.doc_id or ctx.composer.same_subject(ctx.u, best, c)

    @staticmethod
    def _group(ctx: AnswerContext) -> list[Fact]:
        """The best retrieved figure fact and the others that give its figure for other subjects."""
        facts = [f for f, _ in figure_facts(ctx) if not TOTAL_GIVEN.search(f.statement)]
        if not facts:
            return []
        first = facts[0]
        group = [first]
        for f in facts[1:]:
            if comparable(first, f) and f.attribute == first.attribute and f.subject not in {g.subject for g in group}:
                group.append(f)
        return group
