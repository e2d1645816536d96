"""Numbers in text, normalised so that "five", "5" and "5.0" compare equal.

Used by the answer check (every number in an answer must stand in a cited quote), by the
knowledge tests and by the evaluation's invented-number metric.
"""

from __future__ import annotations

import re

_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
    "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "twenty": "20",
    "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100",
    "half": "1/2", "two-thirds": "2/3", "one-third": "1/3", "a third": "1/3", "two thirds": "2/3",
}
_NUM = re.compile(
    r"(?<![\w.])(?:two[- ]thirds|one[- ]third|a third|"
    + "|".join(sorted((w for w in _WORDS if " " not in w and "-" not in w), key=len, reverse=True))
    + r")(?![\w-])|(?<![\w.])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:/\d+)?(?![\w])",
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
    found = []
    for m in _NUM.finditer(text):
        tok = m.group(0)
        if not words and not tok[0].isdigit():
            continue
        found.append(normalise(tok))
    return found


def digits_in(text: str) -> list[str]:
    return numbers_in(text, words=False)


_MARKER = re.compile(r"\[\d+(?:\s*[,\-–]\s*\d+)*\]")


def strip_markers(text: str) -> str:
    """Citation markers ([1], [6-7]) are not figures."""
    return _MARKER.sub(" ", text)


def unsupported_numbers(answer: str, quotes: list[str]) -> list[str]:
    """Numbers (in digits) in ``answer`` that no quote holds, in either form; markers are ignored."""
    answer = strip_markers(answer)
    held = set()
    for q in quotes:
        held.update(numbers_in(q))
    return [n for n in digits_in(answer) if n not in held]
