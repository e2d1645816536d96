"""Figures and dates: the fact's statement, or the sentence holding the number; a stated number is checked."""

from __future__ import annotations

import re
from dataclasses import replace

from ...numbers import numbers_in
from ...text import STOPWORDS, content_tokens
from ..candidates import Candidate
from ..derive import ShareOfWhole, shares_of_whole
from ..lexicon import NOT_PLACES, PLAN_ASKED, PLAN_GIVEN, TOTAL_GIVEN
from ..render import Composition, phrase
from .base import ExtractivePlan, Selection

_ASKS_COUNT = re.compile(r"\bhow many\b|\bnumber of\b|\bcount\b", re.I)
_ASKS_TOTAL = re.compile(
    r"\b(?:in total|altogether|all together|in all|combined|all told|overall|total)\b|"
    # "taking all the departments together", "counting every one together", "all of them together", "between
    # them": a sum over the parties, in a verb of counting ("how many firms work together?" asks no total)
    r"\b(?:tak(?:e|es|en|ing)|count(?:s|ed|ing)?|add(?:s|ed|ing)?|put(?:s|ting)?|lump(?:s|ed|ing)?)\b[^?.]{0,60}?"
    r"\btogether\b|\ball (?:of )?(?:the |its |their |these |those )?(?:[\w'’-]+ ){0,4}together\b|\bbetween them\b|"
    # "一共有多少", "总共几家", "加起来": the same total, asked in Chinese
    r"一共|总共|合计|共计|总计|总数|加起来|加在一起",
    re.I)
# "How many X? Give two examples.", "..., and which are they?", "有几家？举两个例子": the count's members are asked too
_ASKS_MEMBERS = re.compile(
    r"\b(?:give|name|list|cite)\b[^?.!]{0,20}\b(?:examples?|them|some|one|two|three|a few)\b|"
    r"\b(?:which|what) (?:ones|are they|were they|are those|are these)\b|"
    r"举[一两二三几]?个?例|分别是(?:哪|什么)|都(?:是|有)(?:哪|什么)|是哪(?:些|几)", re.I)
# "how many institutes does X have?", "the number of sheds in X": the noun counted (its last word is its head)
_COUNTED = re.compile(r"\b(?:how many|number of)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
                      r"(?=\s+(?:does|do|did|is|are|was|were|has|have|had|in|of|at|for|across|exist\w*|there)\b|\s*[?.,]|$)|"
                      # "nnmi member count?", "the company count": the noun before a count named last
                      r"\b([a-z][\w-]*)\s+(?:count|tally|headcount|number)"
                      r"(?=(?:\s+(?:in|as of|by|for|at)(?:\s+[\w'’-]+){1,3})?\s*[?.!]*\s*$)", re.I)
# a number and the noun it counts, a few words apart ("14 Innovation Institutes", "45 manufacturing ... institutes")
_COUNT_GAP = 4
# what a share of a whole is ("... were farmers", "farmers made up ..."): the verb of being or making up, then the part
_BEING = r"(?:were|was|are|is|being|made up|make up|makes up|accounted for|account for|accounts for|formed|form|forms)"
_PART_AFTER = re.compile(r"\s*" + _BEING + r"\s+(.+)", re.I)
_PART_BEFORE = re.compile(r"(?:^|[,;:]\s)([^,;:]+?)\s+" + _BEING + r"\s*$", re.I)
# "what share is that of the total?": the total is the whole a part is measured against, not what is asked
_PART_OF = re.compile(r"\b(?:share|percent\w*|proportion|fraction|ratio)\b|\bof (?:the|a|its|their) total\b", re.I)


def _typed(c: Candidate) -> str:
    return f"{c.fact.statement} {c.fact.attribute}" if c.fact is not None else c.text


class FigurePlan(ExtractivePlan):
    answer_types = ("figure", "date")

    def write(self, sel: Selection) -> Composition:
        count = self.count_of_list(sel) or self.stated_total(sel) or self.counting_the_noun(sel)
        if count is not None:
            sel = replace(sel, best=count, candidates=[count, *(c for c in sel.candidates if c is not count)])
        comp = super().write(sel)
        share = self.share_counted(sel)
        held = set(numbers_in(" ".join(c.quote for c in comp.citations)))
        if share is not None and {share.whole, share.share.rstrip("%")} <= held:
            # "how many members were manufacturers?" of "two-thirds of the 830 members were manufacturers": the
            # count the share stands for, with its working
            line = phrase("share_count", sel.composer.titles, working=share.working)
            comp = replace(comp, answer=f"{comp.answer} {line}")
        return comp

    @staticmethod
    def counting_the_noun(sel: Selection) -> Candidate | None:
        """"How many members does X have?", "X member count?" whose best evidence counts only a part of the members
        ("177 of X's members were universities"): the close evidence whose number counts the members ("X had 830
        members"), if it passes every gate, answers it."""
        noun = _counted_noun(sel.u.asked)
        # only a part of the noun's whole counted ("177 of the NNMI's members"): another noun ("11 companies" for
        # "how many platforms?") may be the documents' word for the same things
        if not noun or _PART_OF.search(sel.u.asked) or _counts(_typed(sel.best), noun) or not _part_of(
                _typed(sel.best), noun):
            return None
        window = sel.candidates[1:sel.composer.weights.compose.gate_window]
        counting = (c for c in window if _counts(_typed(c), noun) and sel.composer.same_subject(sel.u, sel.best, c))
        found = sel.composer.first_passing(sel.u, counting, sel.candidates)
        return found[0] if found else None

    @staticmethod
    def share_counted(sel: Selection) -> ShareOfWhole | None:
        """The share of a counted whole that the best evidence gives of what a how-many question counts ("two-thirds
        of the 830 members were manufacturers" for "how many members were manufacturers?"): the question names
        something the evidence says outside the share and its whole (the part), and asks no share itself."""
        u, best = sel.u, sel.best
        counted = _ASKS_COUNT.search(u.asked) or re.search(r"多少|几", u.question)
        if not counted or _PART_OF.search(u.asked) or re.search(r"比例|占比|比重|百分|几成|份额|几分之", u.question):
            return None
        text = best.fact.statement if best.fact is not None else best.text
        own = [c for c in u.concepts if not c.from_history and not c.is_entity]
        for share in shares_of_whole(text):
            start = text.index(share.span)
            end = start + len(share.span)
            # the clause the share stands in: the whole's noun and what the share of it is ("were manufacturers")
            after = re.split(r"[,;:]\s|\.(?:\s|$)", text[end:])[0]
            if share.span[-1].isdigit():
                after = re.sub(r"^\s*[\w-]+", "", after)  # "(of the 830) members were X": the whole's noun
            # what the share is: "(a third of whom) were farmers", or "farmers made up (a third of the 600)"
            part = _PART_AFTER.match(after)
            before = _PART_BEFORE.search(text[:start])
            said = set(content_tokens(share.span))
            rest = set(content_tokens(" ".join(m.group(1) for m in (part, before) if m))) - said
            if any(c.matched(rest) and not c.matched(said) for c in own):
                return share
        return None

    def _members(self, sel: Selection) -> list[Candidate]:
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

    def extra_evidence(self, sel: Selection) -> list[Candidate]:
        achieved = self.achieved_beside_plan(sel)
        return [achieved] if achieved is not None else self._members(sel)

    def achieved_beside_plan(self, sel: Selection) -> Candidate | None:
        """"How many X does Y have?" whose best evidence counts the X that are planned ("plans to build 45 X"): the
        close evidence that counts X with no word of a plan ("by 2017 there were 14 X") joins it, since the plan
        alone would read as the count there is. A question that asks of the plan ("how many does Y plan?") is
        answered by the plan alone."""
        best, asked = sel.best, sel.u.asked
        noun = _counted_noun(asked)
        # ("the planned number", "the eventual target", "designed to have": the question asks of the plan too)
        of_plan = PLAN_ASKED.search(asked) or PLAN_GIVEN.search(asked) or re.search(r"\bdesign\w* (?:to|for)\b", asked)
        if not noun or of_plan or not PLAN_GIVEN.search(_typed(best)) or not _counts(_typed(best), noun):
            return None
        window = sel.candidates[1:sel.composer.weights.compose.gate_window]
        achieved = [c for c in window if c.text != best.text and not PLAN_GIVEN.search(_typed(c))
                    and _counts(_typed(c), noun)]
        # in the plan's own paragraph, the count reached speaks of what the plan does; elsewhere it must pass the
        # gates as any answer does
        beside = next((c for c in achieved if (c.doc_id, c.paragraph_id) == (best.doc_id, best.paragraph_id)), None)
        if beside is not None:
            return beside
        found = sel.composer.first_passing(sel.u, achieved, sel.candidates)
        return found[0] if found else None

    def stated_total(self, sel: Selection) -> Candidate | None:
        """"How many X altogether?" whose best evidence gives one part of the whole: the evidence among the
        close candidates that states the total, from the same paragraph, answers it. So does "how many X were
        there by 2020?" whose best evidence counts the part of someone the question does not name ("the County
        Council had funded 6"): the question asks of no part, so of the whole."""
        best = sel.best
        asked = sel.u.asked
        whole = (_ASKS_TOTAL.search(asked) and not self._counts_the_party_named(sel, best)) or (
            _ASKS_COUNT.search(asked) and self._names_a_party(sel, best))
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
    def _counts_the_party_named(sel: Selection, c: Candidate) -> bool:
        """Whether the unit counts the part of the body the question names, and the question names no other
        ("how many did Defense fund in total?", "国防部一共资助了几个？"): the word of a total then only stresses
        that body's count. A place named ("the US", "美国") is whose whole it is, no party; a body the unit does
        not name ("Defense, Energy and Commerce altogether") asks a sum."""
        asked = _parties(sel, sel.u.asked)
        return bool(asked) and asked <= _parties(sel, _typed(c))

    @staticmethod
    def _names_a_party(sel: Selection, c: Candidate) -> bool:
        """Whether the unit counts the part of a body or person the question does not name, and names none the
        question does ("the County Council had funded 6" for "how many sheds by 2020?", not for "how many did the
        council fund?"): a name of the glossary, or a capitalised word not opening a sentence. A place the question
        shares with a unit that names a body too says whose whole is asked ("how many did US federal departments
        fund?" against "the US Department of Defense had funded 8"), not which part."""
        asked = {t.term for t, _ in sel.composer.kb.glossary.matches(sel.u.asked)}
        asked |= {w.lower() for w in re.findall(r"[\w-]+", sel.u.asked)}
        parties, bodies = _parties(sel, _typed(c), places=True), _parties(sel, _typed(c))
        return bool(parties) and not bodies & asked and (bool(bodies) or not parties & asked)

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


def _parties(sel: Selection, text: str, places: bool = False) -> set[str]:
    """The bodies and persons a text names (``places``: and places): names of the glossary, and capitalised words
    not opening a sentence (lower-cased)."""
    found: set[str] = set()
    for term, variant in sel.composer.kb.glossary.matches(text):
        if term.is_entity and (places or not term.place):
            found.add(term.term)
        text = text.replace(variant, " ")  # the words of a term are no party of their own
    capitalised = re.findall(r"(?<![.!?:] )(?<!^)\b[A-Z][a-z][\w-]*", text)
    return found | {w.lower() for w in capitalised if w.lower() not in STOPWORDS and w not in NOT_PLACES}


def _counted_noun(asked: str) -> str:
    """The stem of the noun a how-many question counts ("how many institutes", "the member count"), or ""."""
    m = _COUNTED.search(asked)
    stems = content_tokens((m.group(1) or m.group(2)).split()[-1]) if m else []
    return stems[0] if stems else ""


def _counts(text: str, noun: str) -> bool:
    """Whether ``text`` gives a number of ``noun`` (a stem): the noun stands in the words right after a number that
    is no year, before a stopword or a punctuation mark ("14 Innovation Institutes", "20 timber piers along the
    coast"; not "177 universities and research institutions", which counts universities)."""
    words = text.split()
    for k, w in enumerate(words):
        number = w.strip(".,;:()")
        if not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", number) or re.fullmatch(r"(?:19|20)\d\d", number):
            continue
        phrase: list[str] = []
        for x in words[k + 1:k + 1 + _COUNT_GAP]:
            bare = x.strip(".,;:()")
            if not bare or bare.lower() in STOPWORDS:
                break
            phrase.append(bare)
            if bare != x:
                break  # punctuation ends the phrase
        if noun in content_tokens(" ".join(phrase)):
            return True
    return False


def _part_of(text: str, noun: str) -> bool:
    """Whether ``text`` counts a part of ``noun``'s whole: a number, then "of", then the noun within a few words
    ("177 of the NNMI's members")."""
    for m in re.finditer(r"(?<![\w.])\d[\d,]*\s+of\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)", text):
        if noun in content_tokens(m.group(1)):
            return True
    return False

