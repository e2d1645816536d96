"""Word-level helpers shared by retrieval and answering: tokens, light stemming, stopwords."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

_STOPWORD_TEXT = (
    "a about above after again against all also am an and any are as at be because been before being "
    "below between both but by can could did do does doing down during each few for from further had has "
    "have having he her here hers him his how i if in into is it its itself just me more most my no nor "
    "not now of off on once only or other our ours out over own same she should so some such than that "
    "the their theirs them then there these they this those through to too under until up very was we "
    "were what when where which while who whom why will with would you your yours paper article study "
    "document according say says said tell me please give show list name many much number does did do "
    "whats what's s t kind sort lot ones mostly pls plz kindly whose themselves ourselves yourselves himself herself "
    "myself "
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# Counts in a question ("the three recommendations") say how many items, not what they are about.
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve first second third".split())

_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*|[\u4e00-\u9fff]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


# Lone surrogates are what Python makes of bytes that are not UTF-8 (argv and stdin decode them with
# surrogateescape; JSON allows "\ud800"); the tokenizer and every encoder reject them. Control characters
# other than tab and newlines are never meant. Both are replaced, not fatal: the rest of the text stands.
_NOT_TEXT = re.compile(r"[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """``text`` with lone surrogates made U+FFFD and control characters made spaces (the rest unchanged)."""
    return _NOT_TEXT.sub(lambda m: " " if m.group(0) < "\x80" else "\ufffd", text)


def not_text(text: str) -> list[str]:
    """What ``clean_text`` would replace, described for a message: byte values for undecodable bytes
    (``0xE9``), code points for the rest (``U+D800``, ``U+0000``)."""
    out = []
    for m in _NOT_TEXT.finditer(text):
        c = ord(m.group(0))
        out.append(f"0x{c - 0xDC00:02X}" if 0xDC80 <= c <= 0xDCFF else f"U+{c:04X}")
    return out


_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Porter2 stem, so "recommends" and "recommendations" meet."""
    if word.isdigit() or has_cjk(word):
        return word
    spelled = american_spelling(word.replace("'s", ""))
    stemmed = _STEMMER.stemWord(spelled)
    # Porter2 stems "authorized" and "authority" to "author": a bill that authorised X is no writer of it
    if stemmed == "author" and word.lower().startswith("authori"):
        return "authori"
    # nor does it keep a verb made with -ize apart from the word it is made of: "mobilize" and "Mobile" both stem to
    # "mobil", "normalize" and "normal" to "normal"; the verb and its nouns keep their "iz" ("mobiliz")
    if _MADE_WITH_IZE.search(spelled) and not stemmed.endswith("iz"):
        return stemmed + "iz"
    # nor a noun in -y with its adjective in -ic: "economy" / "economic", "strategy" / "strategic", "academy" /
    # "academic", "geography" / "geographic" (-logy / -logical already meet; "factory" / "factor" must not)
    if _NOUN_OF_IC_ADJECTIVE.search(stemmed):
        return stemmed[:-1]
    return stemmed


_NOUN_OF_IC_ADJECTIVE = re.compile(r"(?<=\w\w)(?:nom|teg|dem|graph|soph)i$")


_MADE_WITH_IZE = re.compile(r"(?<=\w{3})iz(?:e|es|ed|ing|ation|ations|er|ers)$", re.I)


_BRITISH = re.compile(r"(?<=\w{4})is(ation|ations|e|ed|es|ing)$|(?<=\w{3})our(s|ed|ing)?$|(?<=\w{3})tre(s|d)?$")


# the few nouns spelt -ence in Britain and -ense in America (most -ence words have one spelling: "science")
_BRITISH_ENCE = re.compile(r"^((?:de|of)fen|licen|preten)ce(s)?$")


def american_spelling(word: str) -> str:
    """British spellings meet American ones ("organisations" and "organizations", "labour" and "labor",
    "defence" and "defense")."""
    word = _BRITISH_ENCE.sub(r"\1se\2", word)
    m = _BRITISH.search(word)
    if not m:
        return word
    if m.group(1) is not None:
        return word[:m.start()] + "iz" + m.group(1)
    if m.group(0).startswith("our"):
        return word[:m.start()] + "or" + (m.group(2) or "")
    return word[:m.start()] + "ter" + {"d": "ed", "s": "s"}.get(m.group(3) or "", "")  # "centred" / "centered"


_RD = re.compile(r"\br\s*(?:&|and)\s*d\b", re.I)


# a Latin letter with an accent: a question typed without accents meets its document's "fiancée", "Fécamp", "café"
# (which had split into "fianc" and a dropped "e")
_ACCENTED = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")


def _unaccented(m: re.Match[str]) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", m.group()) if not unicodedata.combining(ch))


def unaccented(text: str) -> str:
    """The text with every accented Latin letter as its plain letter ("Léon" -> "Leon")."""
    return text if text.isascii() else _ACCENTED.sub(_unaccented, text)


def words(text: str) -> list[str]:
    # "R&D", "R & D" and "R and D" are one word, or they vanish as single letters
    text = unaccented(text)
    text = _RD.sub(" rd ", text.replace("’", "'"))
    return _TOKEN.findall(text.lower().replace("&", " and "))


def _with_parts(token: str) -> list[str]:
    if "-" not in token:
        return [token]
    return [token, *(p for p in token.split("-") if p)]


def content_tokens(text: str) -> list[str]:
    """Stemmed tokens without stopwords: what BM25 and overlap scores compare.

    Hyphenated words also yield their parts, so "Haier" finds "Haier-COSMOPLAT"."""
    got = _TOKENS.get(text)
    if got is None:
        if len(_TOKENS) >= _TOKENS_MAX:
            _TOKENS.clear()
        got = _TOKENS[text] = _content_tokens(text)
    return list(got)  # a fresh list: callers may extend it; the table's tuple stays intact


# The answer engine tokenises the same corpus sentences for every question (features, repeats, pairs), and
# every process tokenises the whole corpus to build its tables (stemming is most of a cold start's 0.2 s of
# it): a text's tokens are kept in this table, which ``token_table`` / ``add_tokens`` let a process save
# and load (assistant/cache.py). A pure function of the text, so nothing else changes.
_TOKENS: dict[str, tuple[str, ...]] = {}
_TOKENS_MAX = 1 << 16


def token_table() -> dict[str, tuple[str, ...]]:
    """A copy of the texts tokenised so far and their tokens."""
    return dict(_TOKENS)


def add_tokens(table: dict[str, tuple[str, ...]]) -> None:
    """Take texts' tokens from a table that ``token_table`` gave (with the same code)."""
    if len(_TOKENS) + len(table) < _TOKENS_MAX:
        _TOKENS.update(table)


def _content_tokens(text: str) -> tuple[str, ...]:
    out = []
    for w in (part for token in words(text) for part in _with_parts(token)):
        w = w.replace("'s", "")
        if w in STOPWORDS or w in NUMBER_WORDS or (len(w) == 1 and not w.isdigit() and not has_cjk(w)):
            continue
        out.append(stem(w))
    return tuple(out)


def word_position(text: str, word: str, whole: bool = True) -> int:
    """Where ``word`` starts a word of ``text`` (-1 when it does not): "us" is not the "us" inside "focus"; with
    ``whole`` false it may end inside one (a stem). Chinese has no spaces between words: found anywhere."""
    if has_cjk(word):
        return text.find(word)
    m = re.search(r"(?<!\w)" + re.escape(word) + (r"(?!\w)" if whole else ""), text)
    return m.start() if m else -1
