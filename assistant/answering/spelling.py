"""Typo repair: a word no document uses, one slip from one that a document does ("membrship")."""

from __future__ import annotations

import re
from functools import cached_property

from ..text import STOPWORDS, has_cjk, stem
from .lexicon import ABBREVIATIONS, PEOPLE_NAMED, PEOPLES, QUESTION_WORD_SLIP, QUESTION_WORD_SLIPS


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
    # a dropped letter is the commonest slip: the longer word is tried first ("relased" is "released", not
    # "related"; measured on every word of the paper, slipped each way once: 3,292 of 3,304 repaired, 3,274 with the
    # same length first)
    for n in (len(token) + 1, len(token), len(token) - 1):
        for cand in vocab_by_len.get(n, []):
            if _edits1(token, cand):
                return cand
    return None


_TWO_SLIPS_FROM = 6  # a shorter word is two slips from too many others to guess


def _two_dropped(token: str, word: str) -> bool:
    """True when token is word with two of its letters dropped ("instutes" / "institutes")."""
    if len(word) != len(token) + 2:
        return False
    letters = iter(word)
    return all(ch in letters for ch in token)  # token is a subsequence of word


def nearest_word_two_slips(token: str, vocab_by_len: dict[int, list[str]]) -> str | None:
    """The one word a long token is with two letters dropped ("instutes" / "institutes"); none when two words are.
    Only drops, the commonest slips: two substitutions turn real words the documents lack into theirs ("bounding"
    into "branding", "restated" into "repeated")."""
    if len(token) < _TWO_SLIPS_FROM:
        return None
    near = [c for c in vocab_by_len.get(len(token) + 2, []) if _two_dropped(token, c)]
    return near[0] if len(near) == 1 else None


# the words a question asks for an answer's form with ("summarise", "recommendations", "weaknesses"): a typo of
# one is repaired even where no document uses the word
REQUEST_WORDS = frozenset("""summary summaries summarise summarize overview gist recommend recommends recommendation
recommendations suggestion suggestions lesson lessons weakness weaknesses strength strengths advantage advantages
disadvantage disadvantages shortcoming shortcomings takeaway takeaways conclusion conclusions priority priorities
according authors compare comparison difference implications define defined definition meaning""".split())


# British and American spellings of one word ("summarise" / "summarize", "analyse", "labour", "centre", "defence"):
# the other spelling of a word is no typo of it, and one edit from it may stand another word ("summaries")
_SPELLING_PAIRS = [
    (re.compile(r"(?<=\w{3})is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=\w{3})iz(e|ed|es|ing|ation|ations|er|ers)$"), r"is\1"),
    (re.compile(r"(?<=\w{2})ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w{2})yz(e|ed|es|ing)$"), r"ys\1"),
    (re.compile(r"(?<=\w{2})our(s|ed|ing|ite|ites|able)?$"), r"or\1"),
    (re.compile(r"(?<=\w{2})tre(s|d)?$"), r"ter\1"),
    (re.compile(r"(?<=\w{2})ence(s)?$"), r"ense\1"),
    (re.compile(r"(?<=\w{2})ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"(?<=\w{2})ogue(s)?$"), r"og\1"),
]


_MADE_VERB = re.compile(r"^([a-z]{3,}?)(?:is|iz)(?:e|ed|es|ing|ation|ations)$")


def made_verb(word: str, known: set[str] | frozenset[str]) -> bool:
    """Whether ``word`` is a verb made of a known word with -ise / -ize ("prioritise" of "priority",
    "modernise" of "modern"): a word in its own right, however rare."""
    m = _MADE_VERB.match(word)
    return bool(m) and any(base in known for base in (m.group(1), m.group(1) + "y", m.group(1) + "e"))


def spelling_variants(word: str) -> list[str]:
    """The word in the other English spelling(s): "summarise" -> ["summarize"], "labour" -> ["labor"]."""
    return [v for pattern, repl in _SPELLING_PAIRS if (v := pattern.sub(repl, word)) != word]


class Speller:
    """Repairs a question's words against the documents' words (``corpus_words``) and an English ``dictionary``,
    and spells out common abbreviations and the knowledge's ``shorthands``."""

    def __init__(self, corpus_words: set[str], dictionary: frozenset[str], vocabulary: set[str],
                 shorthands: dict[str, str]) -> None:
        self.corpus_words = corpus_words
        self.dictionary = dictionary
        self.vocabulary = vocabulary
        self.shorthands = shorthands
        self._corrections: dict[str, str | None] = {}  # lower-case word -> its correction, or None
        self._two_slips: dict[str, str | None] = {}  # the same, two dropped letters away
        self._plural_slips: dict[str, str | None] = {}  # the same, for a plural the documents never write
        self._words_by_len: dict[int, list[str]] = {}
        for w in sorted(corpus_words):
            if w.isalpha():
                self._words_by_len.setdefault(len(w), []).append(w)
        self._request_by_len: dict[int, list[str]] = {}
        for w in sorted(REQUEST_WORDS - corpus_words):
            self._request_by_len.setdefault(len(w), []).append(w)

    @cached_property
    def _related_words_by_len(self) -> dict[int, list[str]]:
        """English words the documents do not use whose stem they do, by length (built on the first typo)."""
        by_len: dict[int, list[str]] = {}
        for w in sorted(self.dictionary - self.corpus_words):
            if w.isalpha() and len(w) >= 4 and stem(w) in self.vocabulary:
                by_len.setdefault(len(w), []).append(w)
        return by_len

    def _slip_in_plural(self, low: str) -> str | None:
        """"petrochemcials": a slip in the plural of a word the documents use only in the singular; the plural of
        the word its singular is one slip from, or None."""
        # ("steers": an English word's own -s form is no slip)
        if len(low) < 6 or not low.endswith("s") or low.endswith("ss") or low[:-1] in self.dictionary:
            return None
        if low not in self._plural_slips:
            single = nearest_word(low[:-1], self._words_by_len)
            self._plural_slips[low] = single + "s" if single else None
        return self._plural_slips[low]

    def _country_of_people(self, m: re.Match[str]) -> str:
        """"and the Brits?" asks of Britain: a people is read as its country, in the first of the country's names
        the documents use (a people whose country they never name is kept, and stays a name they lack)."""
        for name in PEOPLES[m.group(1).lower()]:
            if all(w.lower() in self.corpus_words for w in name.split()):
                return name
        return m.group(0)

    def correct(self, text: str) -> str:
        """Replace words the documents never use that are one edit from a word they do ("membrship"),
        spell out common abbreviations ("Dept") and the knowledge's shorthands ("mfg", "中美"), and read a people
        named for its country as the country ("the Brits": Britain)."""
        def fix(m: re.Match[str]) -> str:
            w = m.group(0)
            low = w.lower()
            if low in ABBREVIATIONS or low in self.shorthands:
                return ABBREVIATIONS.get(low) or self.shorthands[low]
            if len(w) == 3 and w.isupper() and low not in self.corpus_words:
                # "GPD" for "GDP": a short acronym, typed in capitals, with two letters swapped (a short lower-case
                # word is one edit from too many others to guess)
                swapped = [c for c in self._words_by_len.get(3, []) if _swapped(low, c)]
                return swapped[0].upper() if len(swapped) == 1 else w
            if len(low) < 4 or low in self.corpus_words or low in STOPWORDS:
                return w
            variants = spelling_variants(low)
            used = next((v for v in variants if v in self.corpus_words), None)
            if used is not None:  # the documents' spelling of it ("organization" for "organisation", "Defense")
                return used.capitalize() if w[0].isupper() else used
            if low in self.dictionary:
                return w
            # "companys", "policys": a plural made with -s where the word takes -ies
            plural = low[:-2] + "ies" if re.search(r"[^aeiou]ys$", low) else ""
            if plural and (plural in self.corpus_words or plural in self.dictionary):
                return plural
            if low in REQUEST_WORDS or any(v in self.dictionary or v in REQUEST_WORDS for v in variants) or made_verb(
                    low, self.dictionary) or made_verb(low, self.corpus_words):
                return w  # a word in the other spelling, or made of a known one: not a typo
            if low not in self._corrections:
                # failing a word of the documents, another form of one ("implment" -> "implement", which the
                # documents use as "implementing"): an English word whose stem a document uses
                self._corrections[low] = (nearest_word(low, self._words_by_len)
                                          or nearest_word(low, self._request_by_len)
                                          or nearest_word(low, self._related_words_by_len))
            correction = self._corrections[low]
            if correction is None and w.islower():
                # a slip in the plural of a word the documents write only in the singular ("petrochemcials"); not in
                # a capitalised word ("Issacs"): a name they lack is not guessed into one they have
                correction = self._slip_in_plural(low)
            if correction is None and w.islower() and stem(low) not in self.vocabulary:
                # failing those, two dropped letters ("instutes"); not in a made form of a word the documents use
                # ("authoring"), nor in a capitalised word: a name they lack is not guessed into one they have
                if low not in self._two_slips:
                    self._two_slips[low] = nearest_word_two_slips(low, self._words_by_len)
                correction = self._two_slips[low]
            # the cache holds corrections only: a word kept as typed keeps its own case ("Summarize" seen
            # first must not turn a later "summarize" into a capitalised name)
            return correction or w

        # "wen was X released?": a slip of the word that asks, where a question or a clause opens
        text = QUESTION_WORD_SLIP.sub(lambda m: m.group(0).replace(m.group(1), QUESTION_WORD_SLIPS[m.group(1).lower()]),
                                      text)
        # "TL;DR" asks for a summary; its capitals name nothing ("DR" is no unknown name)
        text = re.sub(r"\btl;?dr\b", "tl;dr", text, flags=re.I)
        # "boston v denver", "A v. B": a lower-case "v" between two words is "versus" (a capital V may be a
        # numeral: "Henry V")
        text = re.sub(r"(?<=\w) v\.? (?=\w)", " vs ", text)
        text = PEOPLE_NAMED.sub(self._country_of_people, text)
        text = re.sub(r"[A-Za-z]+", fix, text)
        if has_cjk(text):  # a Chinese shorthand of the knowledge ("中美" for two countries at once) spelt out
            for short, word in self.shorthands.items():
                if has_cjk(short):
                    text = text.replace(short, word)
        return text
