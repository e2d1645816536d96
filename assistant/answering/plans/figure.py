"""Figures and dates: the fact's statement, or the sentence holding the number; a stated number is checked."""

from __future__ import annotations

import re
from dataclasses import replace

from ...numbers import numbers_in
from ...text import STOPWORDS
from ..candidates import Candidate
from ..lexicon import NOT_PLACES, TOTAL_GIVEN
from ..render import Composition
from .base import ExtractivePlan, Selection

_ASKS_COUNT = re.compile(r"\bhow many\b|\bnumber of\b|\bcount\b", re.I)
_ASKS_TOTAL = re.compile(
    r"\b(?:in total|altogether|all together|in all|combined|all told|overall|total)\b|"
    # "taking all the departments together", "counting every one together", "all of them together", "between
    # them": a sum over the parties, in a verb of counting ("how many firms work together?" asks no total)
    r"\b(?:tak(?:e|es|en|ing)|count(?:s|ed|ing)?|add(?:s|ed|ing)?|put(?:s|ting)?|lump(?:s|ed|ing)?)\b[^?.]{0,60}?"
    r"\btogether\b|\ball (?:of )?(?:the |its |their |these |those )?(?:[\w'’-]+ ){0,4}together\b|\bbetween them\b",
    re.I)
# "How many X? Give two examples.", "..., and which are they?", "有几家？举两个例子": the count's members are asked too
_ASKS_MEMBERS = re.compile(
    r"\b(?:give|name|list|cite)\b[^?.!]{0,20}\b(?:examples?|them|some|one|two|three|a few)\b|"
    r"\b(?:which|what) (?:ones|are they|were they|are those|are these)\b|"
    r"举[一两二三几]?个?例|分别是(?:哪|什么)|都(?:是|有)(?:哪|什么)|是哪(?:些|几)", re.I)
# "what share is that of the total?": the total is the whole a part is measured against, not what is asked
_PART_OF = re.compile(r"\b(?:share|percent\w*|proportion|fraction|ratio)\b|\bof (?:the|a|its|their) total\b", re.I)


def _typed(c: Candidate) -> str:
    return f"{c.fact.statement} {c.fact.attribute}" if c.fact is not None else c.text


class FigurePlan(ExtractivePlan):
    answer_types = ("figure", "date")

    def write(self, sel: Selection) -> Composition:
        count = self.count_of_list(sel) or self.stated_total(sel)
        if count is not None:
            sel = replace(sel, best=count, candidates=[count, *(c for c in sel.candidates if c is not count)])
        return super().write(sel)

    def extra_evidence(self, sel: Selection) -> list[Candidate]:
        """A count whose members are asked for too ("How many X? Name two."): the list that names the members of
        what it counts (a list fact of the same attribute and subject). Where one sentence gives both, the writer
        quotes it once."""
        best = sel.best
        asks_count = _ASKS_COUNT.search(sel.u.english) or re.search(r"几|多少", sel.u.question)
        if (best.fact is None or isinstance(best.fact.value, list) or not asks_count
                or not _ASKS_MEMBERS.search(sel.u.question)):
            return super().extra_evidence(sel)
        members = (c for c in sel.candidates[1:] if c.fact is not None and isinstance(c.fact.value, list)
                   and c.fact.attribute == best.fact.attribute and c.fact.subject == best.fact.subject)
        return next(([c] for c in members), [])

    def stated_total(self, sel: Selection) -> Candidate | None:
        """"How many X altogether?" whose best evidence gives one part of the whole: the evidence among the
        close candidates that states the total, from the same paragraph, answers it. So does "how many X were
        there by 2020?" whose best evidence counts the part of someone the question does not name ("the County
        Council had funded 6"): the question asks of no part, so of the whole."""
        best = sel.best
        asked = sel.u.asked
        whole = _ASKS_TOTAL.search(asked) or (_ASKS_COUNT.search(asked) and self._names_a_party(sel, best))
        if not whole or _PART_OF.search(asked) or TOTAL_GIVEN.search(_typed(best)):
            return None
        window = sel.candidates[1:sel.composer.weights.compose.gate_window]
        # the total of something else ("a total of 9 sheds" against "how many members in all?") answers nothing:
        # the total must speak of what is asked as fully as the best evidence does
        totals = (c for c in window if c.paragraph_id == best.paragraph_id and c.doc_id == best.doc_id
                  and TOTAL_GIVEN.search(_typed(c)) and numbers_in(_typed(c))
                  and sel.composer.same_subject(sel.u, best, c))
        found = sel.composer.first_passing(sel.u, totals, sel.candidates)
        return found[0] if found else None

    @staticmethod
    def _names_a_party(sel: Selection, c: Candidate) -> bool:
        """Whether the unit counts the part of a body or person the question does not name, and names none the
        question does ("the County Council had funded 6" for "how many sheds by 2020?", not for "how many did the
        council fund?"): a name of the glossary, or a capitalised word not opening a sentence."""
        glossary = sel.composer.kb.glossary
        asked_terms = {t.term for t, _ in glossary.matches(sel.u.asked)}
        asked_words = {w.lower() for w in re.findall(r"[\w-]+", sel.u.asked)}
        text = _typed(c)
        parties: list[bool] = []  # for each party the unit names: whether the question names it
        for term, variant in glossary.matches(text):
            if term.is_entity:
                parties.append(term.term in asked_terms)
            text = text.replace(variant, " ")  # the words of a term are no party of their own
        capitalised = re.findall(r"(?<![.!?:] )(?<!^)\b[A-Z][a-z][\w-]*", text)
        parties += [w.lower() in asked_words for w in capitalised if w.lower() not in STOPWORDS and w not in NOT_PLACES]
        return bool(parties) and not any(parties)

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
