"""Derived figures: arithmetic on two structured facts, always with its working shown.

A comparison may combine two figures the documents give ("8 − 5 = 3 more institutes"), but only figures that
can be combined: both plain numbers, in the same unit, as of the same date. Every result comes with the working
that produced it, written so that :func:`assistant.numbers.derived_numbers` can check it against the quoted
operands. Nothing here knows any document: it works on ``Fact`` records alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..numbers import normalise
from ..types import Fact

# what a question asks to be done with two figures (general English cues)
SUM = re.compile(r"\b(together|combined|in total|total|altogether|in all|sum|add(?:ed)? up|between them)\b", re.I)
RATIO = re.compile(r"\b(times|ratio|twice|double|half as|how many fold|-fold)\b", re.I)
SHARE = re.compile(r"\b(share|percentage|percent|proportion|fraction)\b", re.I)


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


def _unit(fact: Fact) -> str:
    return re.sub(r"\s+", " ", (fact.unit or "").strip().lower())


def comparable(a: Fact, b: Fact) -> bool:
    """Whether two facts' figures may be combined: both numbers, the same unit, the same date (or both undated),
    and two different facts."""
    if a.id == b.id or number_of(a) is None or number_of(b) is None:
        return False
    return bool(_unit(a)) and _unit(a) == _unit(b) and (a.as_of or "") == (b.as_of or "")


@dataclass
class Derivation:
    """Two figures combined: which is larger, and the working of the figure asked for."""

    larger: Fact | None  # None when the two are equal
    smaller: Fact | None
    operation: str  # difference | sum | ratio | share
    working: str  # "8 − 5 = 3"
    result: str  # "3"
    unit: str
    shares: tuple[str, str] = ("", "")  # for a share: each figure's share of the two together, "8 / 13 ≈ 62%"

    @property
    def equal(self) -> bool:
        return self.larger is None


def derive(a: Fact, b: Fact, question: str = "") -> Derivation | None:
    """Combine two comparable facts as the question asks: a sum ("together"), a ratio ("how many times"), a
    share of their total ("what share"), else the difference ("how many more", "which ... more")."""
    if not comparable(a, b):
        return None
    x, y = number_of(a), number_of(b)
    assert x is not None and y is not None
    hi, lo = (a, b) if x >= y else (b, a)
    vh, vl = max(x, y), min(x, y)
    larger, smaller = (None, None) if x == y else (hi, lo)
    unit = _unit(a)
    if SUM.search(question):
        total = x + y
        return Derivation(larger, smaller, "sum", f"{show(x)} + {show(y)} = {show(total)}", show(total), unit)
    if RATIO.search(question) and vl > 0:
        r = vh / vl
        eq = "=" if abs(r * 100 - round(r * 100)) < 1e-9 else "≈"
        return Derivation(larger, smaller, "ratio", f"{show(vh)} / {show(vl)} {eq} {show(r)}", show(r), unit)
    if SHARE.search(question) and x + y > 0:
        # each figure's share of the two together: the sum first, then the shares
        total = x + y

        def share(v: float) -> str:
            pct = 100 * v / total
            eq = "=" if abs(pct - round(pct)) < 1e-9 else "≈"
            return f"{show(v)} / {show(total)} {eq} {round(pct)}%"

        working = f"{show(x)} + {show(y)} = {show(total)}"
        return Derivation(larger, smaller, "share", working, show(total), unit, (share(x), share(y)))
    diff = vh - vl
    return Derivation(larger, smaller, "difference", f"{show(vh)} − {show(vl)} = {show(diff)}", show(diff), unit)


def pairs(side_a: list[Fact], side_b: list[Fact]) -> list[tuple[Fact, Fact]]:
    """Comparable pairs (one fact of each side), those with the same attribute first, in the sides' order."""
    same, other = [], []
    for fa in side_a:
        for fb in side_b:
            if comparable(fa, fb):
                (same if fa.attribute.strip().lower() == fb.attribute.strip().lower() else other).append((fa, fb))
    return same + other


__all__ = ["Derivation", "comparable", "derive", "number_of", "pairs", "show"]
