"""Which of the things a question lists has more, or the most, from the documents' own sentences ("Did the freight
group or the passenger group have more boats, and by how many?", "Weavers or dyers: which group is bigger?", "Of
the freight, passenger and fishing groups, which has the most boats?"): for documents with no structured facts.
Each side's figure is the one number of the clause that names it (and no other side); every side's sentence is
quoted and cited, and the working is shown ("11 − 7 = 4") or the extreme named.

The comparison and superlative plans answer first from the structured facts; this plan serves what they do not
cover.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...numbers import numbers_in
from ...text import STOPWORDS, content_tokens, has_cjk
from ..derive import show
from ..lexicon import ASKS_WHY, YEAR
from ..render import Composition, as_sentence
from .compare import COMPARE
from .points import Writer
from .superlative import FEWEST, MOST

if TYPE_CHECKING:
    from ..candidates import Candidate
    from . import AnswerContext

# a comparison of amounts: "more boats", "which has more?", "which group is bigger?", "by how many" (not "more
# optimistic", "a higher standing": a quality, which no count measures)
_AMOUNT_COMPARED = re.compile(r"\b(?:more|fewer|less)\s+(?:[\w'’-]+\s+)?[\w'’-]*[^s\W]s\b|\b(?:more|fewer)\s*[?.!,:]|"
                              r"\b(?:bigger|larger|smaller)\b|\bby how (?:many|much)\b", re.I)
# the most or the fewest of an amount: "the most boats", "the fewest members", "the largest number", "which has the
# most?", "which group is the largest?" (not "the most profitable", "the highest standing": a quality)
_AMOUNT_EXTREME = re.compile(r"\b(?:most|fewest|least)\s+(?:[\w'’-]+\s+)?[\w'’-]*[^s\W]s\b|"
                             r"\b(?:largest|greatest|highest|smallest|lowest|biggest) number\b|"
                             r"\b(?:most|fewest|largest|biggest|smallest)(?:\s+(?:one|group|category|part|share))?"
                             r"\s*(?:[?.!,:]|$)", re.I)
# the words that join the last two sides ("and" only in a list of which one has the most: "A, B and C")
_JOIN_WORDS = frozenset({"or", "vs", "vs.", "versus"})
# words that open a question or its clause, before the first side: "which group is bigger: A or B", "did A or B",
# "of A, B and C, which ..."
_OPENERS = frozenset("""which what who whose did does do is are was were has have had there of among amongst between
out from""".split())
# words that close the last side: "did A or B have more boats", "A or B with more members"
_CLOSERS = frozenset("""have has had is are was were do does did with in by for at on and that which who what how
when where why counts count counted hold holds held got get gets own owns owned more fewer less bigger larger smaller
than""".split())
_ARTICLES = frozenset({"the", "a", "an", "its", "their"})
_SIDE_WORDS = 4  # the longest side, in words
_MOST_SIDES = 6
_CLAUSE_BREAK = re.compile(r"[;:,()]|\s(?:and|while|whereas|but)\s", re.I)
# the thing counted, after the comparative: "more boats", "fewer members"
_COUNTED = re.compile(r"\b(?:more|fewer|less)\s+([a-z][\w-]*s)\b", re.I)
_CANDIDATES = 40  # the sentences looked through for each side's clause
_PERCENT = re.compile(r"%|\bper ?cent\b", re.I)


def _is_word(w: str) -> bool:
    return bool(re.match(r"[\w'’]", w))


def _sides(question: str, lists: bool = False) -> list[list[str]] | None:
    """The words of the sides the question joins: two by "or" / "versus" ("the freight group", "the passenger
    group"), or with ``lists`` a list of them ("A, B and C"); None when it joins none."""
    words = re.findall(r"[\w'’.-]+|[^\w\s]", question)
    joins = [i for i, w in enumerate(words) if w.lower() in _JOIN_WORDS or (lists and w.lower() == "and")]
    if not joins and not lists:
        return _sides_of_than(question)
    if not joins or (len(joins) > 1 and not lists):
        return None
    j = joins[0]
    right: list[str] = []
    for w in words[j + 1:]:
        if not _is_word(w) or w.lower() in _CLOSERS or len(right) == _SIDE_WORDS:
            break
        right.append(w)
    sides = [right]
    side: list[str] = []
    # (a comma may stand before the join: "A, or B")
    for w in reversed(words[:j - 1] if j and words[j - 1] == "," else words[:j]):
        if w == "," and lists and side and len(sides) < _MOST_SIDES:
            sides.insert(0, side)  # "A, B and C": one more side before the comma
            side = []
            continue
        if not _is_word(w) or w.lower() in _OPENERS or len(side) == _SIDE_WORDS:
            break
        side.insert(0, w)
    sides.insert(0, side)
    # (an article alone is no side: "the A or B" names A and B)
    if any(not set(map(str.lower, s)) - _ARTICLES for s in sides):
        return None
    return sides


# "does A have more boats than B?", "did A carry more crates than B?": the subject, and what "than" sets against it
_HAS_MORE_THAN = re.compile(
    r"^\s*(?:does|do|did|has|have|had|is|are|was|were)\s+(?!there\b)(?P<a>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
    r"(?:(?!more|fewer|less)[\w'’-]+\s+)?(?:more|fewer|less)\s+[\w'’-]+s\s+than\s+(?P<b>[^?.!,;]+)", re.I)
# "were there more weavers than dyers?": the two things counted
_MORE_A_THAN_B = re.compile(r"\b(?:more|fewer|less)\s+(?P<a>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+than\s+(?P<b>[^?.!,;]+)",
                            re.I)


def _sides_of_than(question: str) -> list[list[str]] | None:
    """The two sides of "A ... more X than B" ("does the freight group have more boats than the passenger group?",
    "were there more weavers than dyers?"); None when the question sets none against another."""
    m = _HAS_MORE_THAN.match(question) or _MORE_A_THAN_B.search(question)
    if m is None:
        return None
    right: list[str] = []
    for w in m.group("b").split():
        if w.lower() in _CLOSERS or len(right) == _SIDE_WORDS:
            break
        right.append(w)
    sides = [m.group("a").split(), right]
    return sides if all(set(map(str.lower, s)) - _ARTICLES for s in sides) else None


def _own_tokens(sides: list[list[str]]) -> list[set[str]]:
    """The words that tell each side from the others ("freight" of "the freight group"); the last side's closing noun
    is the whole list's when the others lack it ("the freight, passenger and fishing groups")."""
    tokens = [set(content_tokens(" ".join(w for w in s if w.lower() not in _ARTICLES))) - STOPWORDS for s in sides]
    head = _list_head(sides)
    if head:
        tokens[-1] -= set(content_tokens(head))
    return [t - set().union(*(o for k, o in enumerate(tokens) if k != n)) for n, t in enumerate(tokens)]


def _list_head(sides: list[list[str]]) -> str:
    """The noun that closes the last side and belongs to every side ("groups" of "the freight, passenger and fishing
    groups"): the last side's last word, when that side has another word and no other side has it; else ""."""
    last = [w for w in sides[-1] if w.lower() not in _ARTICLES]
    if len(last) < 2:
        return ""
    head = set(content_tokens(last[-1]))
    return last[-1] if head and not any(head & set(content_tokens(" ".join(s))) for s in sides[:-1]) else ""


def _names(sides: list[list[str]]) -> list[str]:
    """How the answer names each side: its words, with the list's closing noun, in the singular ("the freight
    group")."""
    head = _list_head(sides)
    one = re.sub(r"(?<=[^s])s$", "", head) if head else ""
    names = []
    for k, s in enumerate(sides):
        words = s[:-1] if head and k == len(sides) - 1 else s
        names.append(" ".join([*words, one]) if one else " ".join(words))
    return names


def _figure_of(clause: str) -> str | None:
    """The clause's one number, not a year ("12", or "12%" for a share); None when it has none or several."""
    found = [n for n in numbers_in(clause) if not YEAR.fullmatch(n)]
    if len(found) != 1 or not re.fullmatch(r"\d+(?:\.\d+)?", found[0]):
        return None
    return found[0] + "%" if _PERCENT.search(clause) else found[0]


class CountComparePlan:
    name = "count-compare"
    broad = True
    specific = True

    def answer(self, ctx: AnswerContext) -> Composition | None:
        q = ctx.u.asked or ctx.u.question
        if has_cjk(q) or ASKS_WHY.search(q):
            return None
        most, fewest = MOST.search(q), FEWEST.search(q)
        extreme = bool(most) != bool(fewest) and bool(_AMOUNT_EXTREME.search(q))
        if not extreme and not (COMPARE.search(q) and _AMOUNT_COMPARED.search(q)):
            return None
        sides = _sides(q, lists=extreme)
        if sides is None or (len(sides) != 2 and not extreme):
            return None
        own = _own_tokens(sides)
        if not all(own):
            return None
        table = self._clauses(ctx)
        clauses = [self._clause_for(table, own[k], set().union(*(o for n, o in enumerate(own) if n != k)))
                   for k in range(len(sides))]
        found = [c for c in clauses if c is not None]
        if len(found) < len(sides):
            return None
        figures = [f for _, f in found]
        if len({f.endswith("%") for f in figures}) > 1:
            return None  # a share and a count are no two amounts of one kind
        writer = Writer(ctx)
        lines: list[str] = []
        for c, _ in found:
            line = f"{as_sentence(c.text)} [{writer.cite(c.doc_id, c.paragraph_id, c.text)}]"
            if line not in lines:
                lines.append(line)
        names = _names(sides)
        values = [float(f.rstrip("%")) for f in figures]
        if extreme:
            best = max(values) if most else min(values)
            if values.count(best) > 1:
                return None  # a tie names no one thing
            name = names[values.index(best)]
            line = writer.phrase("synth_most" if most else "synth_fewest", name=name, value=figures[values.index(best)])
        elif values[0] == values[1]:
            line = writer.phrase("synth_equal", value=show(values[0]), unit="")
        else:
            (larger, hi), (smaller, lo) = sorted(zip(names, values, strict=True), key=lambda p: -p[1])
            counted = _COUNTED.search(q)
            # ("more boats"; not "more weavers than dyers", where what follows "more" is a side)
            unit = counted.group(1) if counted and not set(content_tokens(counted.group(1))) & set().union(*own) else ""
            line = writer.phrase("synth_more", larger=larger, smaller=smaller,
                                 working=f"{show(hi)} − {show(lo)} = {show(hi - lo)}", unit=unit,
                                 result=show(hi - lo), measure="")
        lines.append(line[:1].upper() + line[1:])
        return writer.compose(lines)

    @staticmethod
    def _clauses(ctx: AnswerContext) -> list[tuple[Candidate, set[str], str | None]]:
        """The clauses of the best-scored sentences, in order, each with its words and its one number (read once
        for every side)."""
        return [(c, set(content_tokens(clause)), _figure_of(clause))
                for c in ctx.candidates[:_CANDIDATES] if c.kind == "sentence" for clause in _CLAUSE_BREAK.split(c.text)]

    @staticmethod
    def _clause_for(clauses: list[tuple[Candidate, set[str], str | None]], own: set[str],
                    others: set[str]) -> tuple[Candidate, str] | None:
        """The first sentence with a clause that names this side (and no other) and gives one number, and that
        number."""
        return next(((c, figure) for c, toks, figure in clauses
                     if own <= toks and not (others & toks) and figure is not None), None)
