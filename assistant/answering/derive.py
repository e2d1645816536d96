"""Derived figures: arithmetic on two structured facts, always with its working shown.

A comparison may combine two figures the documents give ("8 − 5 = 3 more institutes"), but only figures that
can be combined: both plain numbers, in the same unit, as of the same date. Every result comes with the working
that produced it, written so that :func:`assistant.numbers.derived_numbers` can check it against the quoted
operands. Nothing here knows any document: it works on ``Fact`` records alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..numbers import FRACTION_WORDS, normalise
from ..types import Fact

# what a question asks to be done with two figures (general English cues)
SUM = re.compile(r"\b(together|combined|in total|total|altogether|in all|sum|add(?:s|ed|ing)? up|adding|summing|"
                 # "加起来呢？": a sum in Chinese ("一共", "总共" also stress one body's count: no sum)
                 r"between them)\b|加起来|加在一起|相加|之和", re.I)
_DIFFERENCE = re.compile(r"\b(?:gaps?|differences?|differ\w*)\b", re.I)
RATIO = re.compile(r"\b(times|ratio|twice|double|half as|how many fold|-fold|(?:by )?what factor|multiple of)\b|"
                   r"(几倍|多少倍|倍数)", re.I)  # "国防部资助的数量是能源部的几倍？"
SHARE = re.compile(r"\b(share|percentage|percent|proportion|fraction)\b", re.I)
# what is left of a plan or a target once what was done is taken away
REMAIN = re.compile(r"\b(remain\w*|left (?:to|over)|still (?:to|had to|has to|have to|needed|need)|yet to|to go|"
                    r"outstanding|short of|(?:fall|fell|falls|falling|far|much) short|"
                    # "how many were not yet funded?", "still unbuilt": what a plan still lacks
                    r"behind (?:(?:its|the|their|his|her) )?(?:\w+ )?(?:schedule|target|plan|goal)|not yet|"
                    r"still un\w+|"
                    # "the shortfall against the plan", "how many were still missing / had not been funded"
                    r"shortfalls?|missing|lacking|(?:had|has|have) not (?:yet )?been \w+ed|"
                    # "how many more would be needed to reach the planned total?", "extra ... to meet the plan"
                    r"(?:more|extra|additional|further)\b[^?]{0,40}?\b"
                    r"(?:(?:would be |are |is |were )?(?:needed|required)|"
                    r"(?:must|would have to|will have to|have to|has to) be \w+|would it take|will it take|"
                    r"to (?:reach|hit|meet|complete|achieve|fulfil|fulfill)\b)|"
                    # "how far was the network from its planned 50?", "how far off the target was it?"
                    r"how far\b[^?]{0,40}?\b(?:from|off|behind))\b|"
                    # ("相差多少": how far apart two figures are, no remainder)
                    r"还剩|剩下|剩余|尚未|还需|还要|还差|(?<!相)差多少|缺口", re.I)


def number_of(fact: Fact) -> float | None:
    """The fact's value as a number, when it is one written in digits ("8", 8, "1,200"); else None."""
    if isinstance(fact.value, bool | list | dict) or fact.value is None:
        return None
    text = normalise(str(fact.value).strip())
    if not re.fullmatch(r"\d+(?:\.\d+)?", text):
        return None  # "two-thirds", "most exports": not an operand one can show as digits
    return float(text)


def show(x: float) -> str:
    """A number as the working shows it: 8, 1.6, 0.41."""
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return f"{x:.2f}".rstrip("0").rstrip(".")


def percent(part: float, whole: float) -> str:
    """"= 10%", "≈ 57%", or "= 17.5%" for a share that is exact at one decimal (rounding 17.5 to a whole number
    would put the shown figure half a point off, which the number check rightly refuses)."""
    pct = 100 * part / whole
    if abs(pct - round(pct)) < 1e-9:
        return f"= {round(pct)}%"
    if abs(pct * 10 - round(pct * 10)) < 1e-9:
        return f"= {show(pct)}%"
    return f"≈ {round(pct)}%"


def _unit(fact: Fact) -> str:
    return re.sub(r"\s+", " ", (fact.unit or "").strip().lower())


def same_unit(a: Fact, b: Fact) -> bool:
    """Whether two figures count the same kind of thing ("institutes" and "institutes")."""
    return bool(_unit(a)) and _unit(a) == _unit(b)


def comparable(a: Fact, b: Fact) -> bool:
    """Whether two facts' figures may be combined: both numbers, the same unit, the same date (or both undated),
    and two different facts."""
    if a.id == b.id or number_of(a) is None or number_of(b) is None:
        return False
    return same_unit(a, b) and (a.as_of or "") == (b.as_of or "")


def unit_class(fact: Fact) -> str:
    """What a figure measures, broadly: "percent" (a share in per cent), "fraction" ("two-thirds of"), or
    "count" (institutes, companies, jobs ...)."""
    unit = _unit(fact)
    if re.search(r"\b(percent\w*|per cent)\b|%", unit):
        return "percent"
    if re.search(r"\b(fraction|share|ratio|proportion)\b", unit):
        return "fraction"
    return "count"


def combinable(a: Fact, b: Fact) -> bool:
    """Whether a question that names both figures may have them combined: like figures (``comparable``), or two
    counts or two percentages of one subject as of one date (the small businesses and the universities among a
    network's members), or a figure of a plan and one of its progress (one of them undated, the same unit).
    A percentage is never combined with a count, nor a fraction with anything."""
    if comparable(a, b):
        return True
    if a.id == b.id or number_of(a) is None or number_of(b) is None:
        return False
    kind = unit_class(a)
    if kind != unit_class(b) or kind == "fraction" or not (_unit(a) and _unit(b)):
        return False
    same_date = (a.as_of or "") == (b.as_of or "")
    if a.subject.strip().lower() == b.subject.strip().lower() and same_date:
        return True
    return _unit(a) == _unit(b) and not (a.as_of and b.as_of)


@dataclass
class Derivation:
    """Two figures combined: which is larger, and the working of the figure asked for."""

    larger: Fact | None  # None when the two are equal
    smaller: Fact | None
    operation: str  # difference | remaining | sum | ratio | share | part
    working: str  # "8 − 5 = 3"
    result: str  # "3"
    unit: str
    shares: tuple[str, str] = ("", "")  # for a share: each figure's share of the two together, "8 / 13 ≈ 62%"

    @property
    def equal(self) -> bool:
        return self.larger is None


def derive(a: Fact, b: Fact, question: str = "", check: Callable[[Fact, Fact], bool] = comparable) -> Derivation | None:
    """Combine two facts that ``check`` accepts (by default: like figures) as the question asks: a sum
    ("together"), a ratio ("how many times"), a share of their total ("what share"), what remains of a plan
    ("how many remain"), else the difference ("how many more", "which ... more")."""
    if not check(a, b):
        return None
    x, y = number_of(a), number_of(b)
    assert x is not None and y is not None
    hi, lo = (a, b) if x >= y else (b, a)
    vh, vl = max(x, y), min(x, y)
    larger, smaller = (None, None) if x == y else (hi, lo)
    unit = _unit(a)
    # "the gap between them" is no sum, nor is "how far off its planned total" (what remains of it)
    if SUM.search(question) and not _DIFFERENCE.search(question) and not REMAIN.search(question):
        total = x + y
        return Derivation(larger, smaller, "sum", f"{show(x)} + {show(y)} = {show(total)}", show(total), unit)
    if RATIO.search(question) and vl > 0:
        r = vh / vl
        eq = "=" if abs(r * 100 - round(r * 100)) < 1e-9 else "≈"
        return Derivation(larger, smaller, "ratio", f"{show(vh)} / {show(vl)} {eq} {show(r)}", show(r), unit)
    if SHARE.search(question) and x + y > 0 and unit_class(a) == "count":  # two shares are compared, not shared
        # each figure's share of the two together: the sum first, then the shares
        total = x + y

        def share(v: float) -> str:
            return f"{show(v)} / {show(total)} {percent(v, total)}"

        working = f"{show(x)} + {show(y)} = {show(total)}"
        return Derivation(larger, smaller, "share", working, show(total), unit, (share(x), share(y)))
    diff = vh - vl
    operation = "remaining" if REMAIN.search(question) else "difference"
    if operation == "remaining" and _unit(a) != _unit(b):
        return None  # what is left of a plan is counted in the plan's own unit: 50 sites less 3 aims is nothing
    return Derivation(larger, smaller, operation, f"{show(vh)} − {show(vl)} = {show(diff)}", show(diff), unit)


def part_of(part: Fact, whole: Fact) -> Derivation | None:
    """The share one figure makes up of another that contains it ("4 of the 40": 4 / 40 = 10%)."""
    x, y = number_of(part), number_of(whole)
    if x is None or y is None or y <= 0 or x > y or part.id == whole.id:
        return None
    shown = percent(x, y)
    return Derivation(whole, part, "part", f"{show(x)} / {show(y)} {shown}", shown.split()[-1], "")


def total_of(facts: list[Fact]) -> tuple[float, list[str]] | None:
    """The sum of several figures, as the steps the number check accepts ("5 + 1 = 6", then "6 + 2 = 8"):
    one binary step at a time, each result an operand of the next."""
    values = [number_of(f) for f in facts]
    if len(values) < 2 or any(v is None for v in values):
        return None
    total, steps = values[0], []
    for v in values[1:]:
        steps.append(f"{show(total)} + {show(v)} = {show(total + v)}")
        total += v
    return total, steps


def pairs(side_a: list[Fact], side_b: list[Fact]) -> list[tuple[Fact, Fact]]:
    """Comparable pairs (one fact of each side), those with the same attribute first, in the sides' order."""
    same, other = [], []
    for fa in side_a:
        for fb in side_b:
            if comparable(fa, fb):
                (same if fa.attribute.strip().lower() == fb.attribute.strip().lower() else other).append((fa, fb))
    return same + other


__all__ = ["REMAIN", "Derivation", "combinable", "comparable", "derive", "number_of", "pairs", "part_of", "show",
           "total_of", "unit_class"]


# "two-thirds of the network's 830 members", "41% of its 830 members", "half of the 14 sheds": a share of a whole
# the text counts (the share, up to four words naming whose whole, the whole's number, the words after it); the
# fraction words are the ones the number check reads ("two-thirds" is 2/3), so every share found can be checked
_SHARE = (r"(" + "|".join(dict.fromkeys("[- ]".join(map(re.escape, re.split(r"[- ]", w)))
                                       for w in sorted(FRACTION_WORDS, key=len, reverse=True)))
          + r"|\d+(?:\.\d+)?\s?(?:%|percent|per cent))")
_SHARE_OF_WHOLE = re.compile(r"(?<![\w.])" + _SHARE + r"\s+of\s+(?:[\w'’-]+\s+){0,4}?(\d[\d,]*)(?![\d,]*\s*%)\b", re.I)
# "830 members, two-thirds of which are manufacturers": the whole first, then the share of it
_WHOLE_THEN_SHARE = re.compile(r"(?<![\w.,])(\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+" + _SHARE
                               + r"\s+of\s+(?:which|whom|them|these|those)\b", re.I)


@dataclass
class ShareOfWhole:
    """A share of a whole a text counts, as the working of the part's count shows it."""

    share: str  # "2/3", "41%"
    whole: str  # "830"
    span: str  # the words of the text it was read from: "two-thirds of the NNMI's 830"
    working: str  # "2/3 × 830 ≈ 553"
    result: str  # "553"


def shares_of_whole(text: str) -> list[ShareOfWhole]:
    """The shares of a counted whole that ``text`` gives ("two-thirds of the 830 members"), each with the working
    of the count it stands for, rounded to a whole number ("2/3 × 830 ≈ 553"). Nothing here knows a document."""
    out = []
    found = [(m.group(0), m.group(1), m.group(2)) for m in _SHARE_OF_WHOLE.finditer(text)]
    found += [(m.group(0), m.group(2), m.group(1)) for m in _WHOLE_THEN_SHARE.finditer(text)]
    for span, share_words, whole in found:
        share_words, whole = share_words.lower(), normalise(whole)
        if not re.fullmatch(r"\d+", whole):
            continue
        pct = re.match(r"(\d+(?:\.\d+)?)", share_words)
        if pct:
            value, share = float(pct.group(1)) / 100, f"{pct.group(1)}%"
        else:
            share = normalise(share_words)  # "two-thirds" -> "2/3", as the number check reads it
            top, bottom = share.split("/")
            value = int(top) / int(bottom)
        if not 0 < value < 1:
            continue
        exact = value * int(whole)
        result = show(exact) if abs(exact - round(exact)) < 1e-9 else str(round(exact))
        sign = "=" if result == show(exact) else "≈"
        out.append(ShareOfWhole(share, whole, span, f"{share} × {whole} {sign} {result}", result))
    return out
