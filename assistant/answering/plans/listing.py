"""Lists: the items as bullets; a count found first brings the list its paragraph gives; a list the document spreads
over sentences ("The North Council pays for the Alder line. The South Council pays for the Birch line.") is
gathered from them."""

from __future__ import annotations

import re

from ...text import content_tokens
from ...types import Fact
from ..candidates import Candidate
from ..understanding import Understanding
from .base import ExtractivePlan, Selection, listing_of

# a capitalised word that opens a sentence or a clause without naming anything
_NO_NAME = frozenset("The A An In On At By For Of To From With It Its This That These Those There Then But And Or As "
                     "When While After Before Since Each Both All Some Most Many Prior During Under Over Between Among "
                     "Despite However Thus Therefore Although Though Moreover Meanwhile Today Also Such Other".split())
# the name a sentence opens with, its subject ("The North Council pays for ..."): a list given one sentence per item
# names each item first
_SUBJECT = re.compile(r"(?:(?:The|A|An)\s+)?((?:[A-Z][\w&'’-]*\s+){0,4}[A-Z][\w&'’-]*)(?=\s+[a-z])")
_PARALLEL_MAX = 4  # sentences gathered beside the best one: a list of a few, not the whole document
_PREDICATE_CONCEPTS = 2  # the question's concepts a statement says of its names, at least: a verb and its object


def _names(text: str) -> set[str]:
    return {w for w in re.findall(r"\b[A-Z][\w&-]*", text)} - _NO_NAME


def _opening(text: str) -> tuple[str, str]:
    """The name a sentence opens with, its subject, and the word after it by its stem ("North Council", "pay" of
    "The North Council pays for ..."); ("", "") when it opens with no name."""
    m = _SUBJECT.match(text.strip())
    if m is None or m.group(1).split()[0] in _NO_NAME:
        return "", ""
    rest = content_tokens(text.strip()[m.end():])
    return m.group(1), rest[0] if rest else ""


def parallel_sentences(sel: Selection) -> list[Candidate]:
    """The sentences that say of other names what the best sentence says of one, as fully and as well (each opening
    with a name of its own and the best's verb, close in score, holding the same words of the question outside its
    names, lacking none of the question's names, passing every gate): the items of a list the document gives one
    sentence each."""
    best, composer = sel.best, sel.composer
    if best.kind != "sentence" or best.fact is not None:
        return []
    cw = composer.weights.compose
    concepts = [c for c in sel.u.concepts if not c.from_history]

    def predicate(text: str) -> set[str]:
        """The question's concepts a sentence says outside its names (in its words or their synonyms): what it says
        of them."""
        outside = set(content_tokens(text)) - set(content_tokens(" ".join(_names(text))))
        return {c.name for c in concepts if c.matched(outside)}

    said, named = predicate(best.text), _names(best.text)
    subject, verb = _opening(best.text)
    if len(said) < _PREDICATE_CONCEPTS or not named or not subject:
        return []  # ("... American academia ...": one shared concept is no shared statement)
    out: list[Candidate] = []
    texts, subjects = {best.text}, {subject}
    for c in sel.candidates[1:cw.gate_window]:
        if c.kind != "sentence" or c.fact is not None or c.score < cw.listing_ratio * best.score:
            continue
        if c.text in texts:
            continue
        own_subject, own_verb = _opening(c.text)
        if not own_subject or own_subject in subjects:
            continue  # each item named first, a name of its own
        if own_verb != verb:
            continue  # ... and the same said of it
        if predicate(c.text) != said or not _names(c.text) - named:
            continue  # another thing said, or the same names again
        # (its support is the best's: it says the same of the question's words; every other gate still holds)
        if not composer.same_subject(sel.u, best, c) or composer.gates.check(sel.u, c, sel.support) is not None:
            continue
        out.append(c)
        texts.add(c.text)
        subjects.add(own_subject)
        named |= _names(c.text)
        if len(out) == _PARALLEL_MAX:
            break
    return out


class ListPlan(ExtractivePlan):
    answer_types = ("list",)

    def extra_evidence(self, sel: Selection) -> list[Candidate]:
        # "name the platforms", answered by a count: the list the document gives in that paragraph names them
        return listing_of(sel) or parallel_sentences(sel)

    def checks_premise_number(self, u: Understanding) -> bool:
        return False

    def lists_items(self, u: Understanding, fact: Fact, missing_items: bool) -> bool:
        return missing_items or len(fact.value) >= 4
