"""Numbers in text, normalised so that "five", "5" and "5.0" compare equal.

Used by the answer check (every number in an answer must stand in a cited quote), by the
knowledge tests and by the evaluation's invented-number metric.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
    "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "twenty": "20",
    "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100",
    "half": "1/2", "two-thirds": "2/3", "one-third": "1/3", "a third": "1/3", "two thirds": "2/3",
}
# the fraction words a number is read from ("two-thirds" is 2/3): what a share may be written as, and checked against
FRACTION_WORDS = tuple(w for w, v in _WORDS.items() if "/" in v)
# A number stands between non-alphanumeric neighbours; Chinese characters count as neighbours that end it
# ("资助了8个" holds 8), as they carry no Latin letters or digits.
_NUM = re.compile(
    r"(?<![A-Za-z0-9_.])(?:two[- ]thirds|one[- ]third|a third|"
    + "|".join(sorted((w for w in _WORDS if " " not in w and "-" not in w), key=len, reverse=True))
    + r")(?![A-Za-z0-9_-])|(?<![A-Za-z0-9_.])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:/\d+)?(?![A-Za-z0-9_])",
    re.IGNORECASE,
)


def normalise(token: str) -> str:
    t = token.lower().replace(" ", "-")
    if t in _WORDS:
        return _WORDS[t]
    if t.replace("-", " ") in _WORDS:
        return _WORDS[t.replace("-", " ")]
    t = t.replace(",", "")
    if re.fullmatch(r"\d+\.0+", t):
        t = t.split(".")[0]
    return t


def numbers_in(text: str, words: bool = True) -> list[str]:
    """Normalised numbers in ``text``. With ``words=False`` only numerals written in digits."""
    return list(_numbers_in(text, words))  # a fresh list: the cached tuple must not be changed by a caller


# The features and gates look for numbers in the same corpus sentences for every question: cached per text.
@lru_cache(maxsize=1 << 16)
def _numbers_in(text: str, words: bool) -> tuple[str, ...]:
    found = []
    for m in _NUM.finditer(text):
        tok = m.group(0)
        if not words and not tok[0].isdigit():
            continue
        found.append(normalise(tok))
    return tuple(found)


def digits_in(text: str) -> list[str]:
    return numbers_in(text, words=False)


_MARKER = re.compile(r"\[\d+(?:\s*[,\-–]\s*\d+)*\]")


def strip_markers(text: str) -> str:
    """Citation markers ([1], [6-7]) are not figures."""
    return _MARKER.sub(" ", text)


# "(1) take R&D as the core; (2) connect ...", "1) provide ...": the numbers that count a list's items
_ENUMERATOR = re.compile(r"\(\d{1,2}\)|(?<![\w.,)])\d{1,2}\)")


def figures_in(text: str, words: bool = True) -> list[str]:
    """The numbers of ``text`` that are figures: not the enumerators of its list items nor citation markers
    (with ``words=False``, only those written in digits)."""
    return numbers_in(_ENUMERATOR.sub(" ", strip_markers(text)), words)


_OPERAND = r"(\d[\d,]*(?:\.\d+)?)"
# a factor may also be a fraction or a percentage the quotes give ("2/3 × 830 ≈ 553" from "two-thirds of the 830")
_FACTOR = r"(\d[\d,]*(?:\.\d+)?(?:/\d+(?![\d.])|%)?)"
_DERIVATION = re.compile(_FACTOR + r"\s*([-+−×x*/÷])\s*" + _FACTOR + r"\s*(=|≈)\s*" + _OPERAND + r"\s*(%?)")
_OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "−": lambda a, b: a - b, "×": lambda a, b: a * b,
        "x": lambda a, b: a * b, "*": lambda a, b: a * b, "/": lambda a, b: a / b if b else None,
        "÷": lambda a, b: a / b if b else None}


def derived_numbers(text: str, held: set[str]) -> set[str]:
    """Results of the working shown in ``text`` ("8 − 5 = 3", "341 / 830 ≈ 41%") whose operands are ``held``
    (or earlier results) and whose arithmetic is right: a derived figure is accepted only with its working."""
    known, out = set(held), set()
    for m in _DERIVATION.finditer(strip_markers(text)):
        a, op, b, eq, result, percent = m.groups()
        na, nb, nr = normalise(a), normalise(b), normalise(result)
        if na.rstrip("%") not in known or nb.rstrip("%") not in known:
            continue
        value = _OPS[op](_factor(na), _factor(nb))
        if value is None:
            continue
        value = value * 100 if percent else value
        # "=" must be exact (to the digits shown); "≈" may round to the digits shown
        places = len(nr.split(".")[1]) if "." in nr else 0
        if abs(value - float(nr)) < (0.5 * 10 ** -places if eq == "≈" else 1e-9):
            known.add(nr)
            out.add(nr)
    return out


def _factor(token: str) -> float:
    """A factor's value: 830, 2/3 (0.667), 41% (0.41)."""
    if "/" in token:
        top, bottom = token.split("/")
        return float(top) / float(bottom) if float(bottom) else float("nan")
    return float(token[:-1]) / 100 if token.endswith("%") else float(token)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_ZH_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月")  # 2012年3月: March 2012


def without_names(text: str, names: Sequence[str]) -> str:
    """``text`` with the documents' titles taken out: a number in a title ("The Guild Survey of 1790", "Annual
    Report 2023") names the document an answer or a refusal speaks of, and states no figure."""
    for name in sorted(names, key=len, reverse=True):
        if any(ch.isdigit() for ch in name):
            text = text.replace(name, " ")
    return text


def unsupported_numbers(answer: str, quotes: list[str]) -> list[str]:
    """Numbers (in digits) in ``answer`` that no quote holds, in either form, and that are not the result of
    working shown from quoted numbers; markers are ignored. The month of a Chinese date ("2012年3月") stands in
    a quote that names the month ("March 2012")."""
    quoted = " ".join(quotes).lower()

    def month(m: re.Match[str]) -> str:
        n = int(m.group(2))
        named = 1 <= n <= 12 and re.search(rf"\b{_MONTHS[n - 1]}\b", quoted)
        return f"{m.group(1)}年" if named else m.group(0)

    answer = _ZH_DATE.sub(month, strip_markers(answer))
    held = set()
    for q in quotes:
        held.update(numbers_in(q))
    held |= derived_numbers(answer, held)
    return [n for n in digits_in(answer) if n not in held]
