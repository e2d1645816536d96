"""Typo repair: a word no document uses, one slip from one that a document does ("membrship")."""

from __future__ import annotations


def _edits1(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion, substitution or swap."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) <= 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                   and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def _swapped(a: str, b: str) -> bool:
    """True when b is a with two neighbouring letters swapped ("wiht" / "with")."""
    diff = [i for i in range(len(a)) if a[i] != b[i]] if len(a) == len(b) else []
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def nearest_word(token: str, vocab_by_len: dict[int, list[str]]) -> str | None:
    if len(token) == 4:  # a short word is one edit from many others; only a swap of letters is a safe guess
        return next((c for c in vocab_by_len.get(4, []) if _swapped(token, c)), None)
    for n in (len(token), len(token) + 1, len(token) - 1):  # a dropped letter is the commonest slip
        for cand in vocab_by_len.get(n, []):
            if _edits1(token, cand):
                return cand
    return None


