"""Scoring features of a candidate answer unit, each a named, registered function of the question and the unit.

A unit's score is the weighted sum of its features, with the weights of ``weights.json`` (fitted by
``evals/fit_weights.py``). Every candidate keeps its feature values, so ``--explain`` can show why it won.
Features are computed in registration order; a feature that does not apply is 0.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..numbers import figures_in, numbers_in
from ..text import STOPWORDS, content_tokens, stem, words
from ..types import Fact
from .lexicon import (
    CAUSAL,
    CHECKING,
    DATE_TEXT,
    DEFINING_VERB,
    GENERIC_KINDS,
    NOT_PLACES,
    TOTAL_GIVEN,
    WHICH_SINGULAR_HEAD,
    YEAR,
    subject_before,
)
from .understanding import Understanding

KIND_FOR_TYPE = {"figure": "figure", "date": "date", "entity": "entity", "list": "list",
                 "definition": "definition"}
_TOTAL_ASKED = re.compile(r"\b(in total|total|altogether|in all|combined|overall)\b")
_SHARE_ASKED = re.compile(r"percent|%|proportion|what share|fraction|\bhalf\b|\bthird\b|\bquarter\b|"
                          r"\b(?:a|one|two|three|four|nine)[- ](?:fifth|sixth|eighth|tenth)s?\b")
_SHARE_GIVEN = re.compile(r"%|percent|two-thirds|one-third|half", re.I)
# "X was released by whom?", "... by which organisation?", "... by what body?": a doer asked after its verb (not a
# time, a measure or a kind of thing: "by which year", "by what margin", "by what means")
_BY_WHICH = (r"by\s+(?:whom\b|(?:which|what)\s+(?!(?:year|date|month|day|time|point|percent|percentage|amount|"
             r"margin|share|factor|much|many)s?\b)([a-z]+))")
_BY_WHOM = re.compile(r"\b([a-z]+ed)\s+" + _BY_WHICH, re.I)
_BY_WHOM_ANY = re.compile(r"\b" + _BY_WHICH, re.I)  # "put forward by whom?": a name asked for, whatever the verb
# "In its 1998 budget, which mayor ...?", "Within the guild, who ...?": a phrase of time or scope set off before the
# who / which question, which asks as it would without it
_SET_OFF_SCOPE = re.compile(r"^\s*(?:in|within|among|amongst|for|per|according to|by|on|at|under|during|of|from|across|"
                            r"throughout|inside)\s+[^,?;:]{1,60}?,\s+(?=(?:and\s+)?(?:which|who|whom|whose)\b)", re.I)


# "which mayor proposed X?": the verb after a singular head, whose doer is asked
_WHICH_DOER_VERB = re.compile(r"\s*" + WHICH_SINGULAR_HEAD + r"([a-z]{2,}ed)\b", re.I)


def _doer_asked(text: str) -> bool:
    m = _BY_WHOM_ANY.search(text)
    return bool(m) and not (m.group(1) and stem(m.group(1).lower()) in GENERIC_KINDS)


@dataclass
class QuestionView:
    """What every feature needs of the question, computed once per question rather than once per unit."""

    u: Understanding
    number_df: dict[str, int]
    asks_sources: bool
    numbers_asked: set[str] = field(init=False)
    must_hold: set[str] = field(init=False)
    asked_tokens: set[str] = field(init=False)
    own_tokens: set[str] = field(init=False)  # the tokens of the concepts this question names itself
    asked_pairs: set[tuple[str, str]] = field(init=False)
    checking: bool = field(init=False)
    asks_name: bool = field(init=False)
    asked_words: set[str] = field(init=False)
    who_verb: str = field(init=False)
    # the verbs whose doer is asked for: the typed one and the documents' word for it ("came up with" is
    # "proposed" in the glossary)
    doer_verbs: set[str] = field(init=False)
    english: str = field(init=False)
    asked_years: set[str] = field(init=False)
    # what several features test of the question alone, tested once per question rather than once per unit
    claims: bool = field(init=False)  # a yes/no check of a claim ("..., right?"), whatever the answer type
    asks_total: bool = field(init=False)
    asks_share: bool = field(init=False)

    def __post_init__(self) -> None:
        u = self.u
        self.numbers_asked = set(u.clue_numbers)
        # in a which/who question a stated number (not a year) identifies the answer: the evidence must hold it
        self.must_hold = ({n for n in self.numbers_asked if not YEAR.fullmatch(n)}
                          if u.answer_type in ("entity", "list") else set())
        self.asked_tokens = {t for c in u.concepts for a in c.alternatives for t in a}
        self.own_tokens = {t for c in u.concepts if not c.from_history for a in c.alternatives for t in a}
        # the form of the question is read from what is asked, not from the sentences of context set aside before
        # it ("I am new here. Who proposed X?" asks for a name as "Who proposed X?" does)
        asked = u.asked or u.question
        # word pairs inside one name ("Architecture 2.0") only repeat the name; pairs across words say more
        self.asked_pairs = {p for p in word_pairs(content_tokens(asked))
                            if not any(set(p) <= c.typed for c in u.concepts)}
        # "It only planned 14, right?": the number is the claim under test; the evidence must not be chosen for it
        self.checking = bool(CHECKING.search(asked)) and u.answer_type not in ("entity", "list")
        # "X was released by whom?" asks for a name as "who released X?" does, with the verb before "by whom"
        by_whom = _BY_WHOM.search(asked) if _doer_asked(asked) else None
        core = _SET_OFF_SCOPE.sub("", asked)
        which = re.match(r"\s*which\b\s*([a-z]*)", core, re.I)  # ("which 4 ...": no word of kind)
        self.asks_name = bool(re.match(r"\s*(?:\w+,?\s+)?(?:and\s+)?(who|whom|whose)\b", core, re.I) or (
            # "which areas ...?" asks for things as "what areas ...?" does, no name
            u.answer_type in ("entity", "list") and which and stem(which.group(1).lower()) not in GENERIC_KINDS)
            or u.answer_type == "place" or _doer_asked(asked))
        self.asked_words = {w.lower() for w in words(u.question)}
        # "who proposed X?", "which mayor proposed X?": the verb whose doer is asked
        verb = (re.match(r"\s*who\s+(?:has\s+|had\s+|first\s+)?([a-z]+)", core, re.I)
                or _WHICH_DOER_VERB.match(core)
                or by_whom)
        self.who_verb = stem(verb.group(1).lower()) if verb else ""
        self.doer_verbs = {self.who_verb} - {""} | {
            stem(c.name) for c in u.concepts if not c.from_history and not c.is_entity
            and re.fullmatch(r"[a-z]+ed", c.name) and c.typed and not c.typed <= {stem(c.name)}}
        self.english = u.english.lower()
        self.asked_years = set(YEAR.findall(self.english))
        self.claims = bool(CHECKING.search(asked))
        self.asks_total = bool(_TOTAL_ASKED.search(self.english))
        self.asks_share = bool(_SHARE_ASKED.search(self.english)) or (u.dependent and "share" in self.english)


@dataclass
class Unit:
    """One candidate unit as the features see it."""

    kind: str  # fact | sentence
    text: str  # the statement (fact) or the sentence
    tokens: set[str]
    quote: str
    para_kind: str  # body | front | caption | reference ...
    coverage: float
    dense: float
    paragraph_coverage: float = 0.0
    paragraph_dense: float = 0.0
    fact: Fact | None = None

    @property
    def typed_text(self) -> str:
        """The text that carries the unit's units ("%", a year): a fact's statement with its unit and date."""
        f = self.fact
        return f"{f.statement} {f.unit or ''} {f.as_of or ''}" if f is not None else self.text


Feature = Callable[[QuestionView, Unit], float]
FEATURES: dict[str, tuple[Feature, str]] = {}


def feature(name: str, doc: str) -> Callable[[Feature], Feature]:
    """Register a scoring feature under ``name`` (the key of its weight in weights.json)."""
    def register(fn: Feature) -> Feature:
        FEATURES[name] = (fn, doc)
        return fn
    return register


def compute(q: QuestionView, unit: Unit, names: list[str]) -> dict[str, float]:
    """The values of the features ``names`` (the weighted ones, in the weights' order) for one unit."""
    return {n: FEATURES[n][0](q, unit) for n in names}


# -- features -----------------------------------------------------------------------------------------

@feature("coverage", "weighted share of the question's concepts that the unit names")
def _coverage(q: QuestionView, x: Unit) -> float:
    return x.coverage


@feature("paragraph_coverage", "the same, for the unit's whole paragraph")
def _paragraph_coverage(q: QuestionView, x: Unit) -> float:
    return x.paragraph_coverage


@feature("paragraph_dense", "embedding similarity of the question and the unit's passage (rescaled)")
def _paragraph_dense(q: QuestionView, x: Unit) -> float:
    return x.paragraph_dense


@feature("dense", "embedding similarity of the question and the unit itself (rescaled)")
def _dense(q: QuestionView, x: Unit) -> float:
    return x.dense


@feature("precision", "share of the unit's words that the question asks about")
def _precision(q: QuestionView, x: Unit) -> float:
    return len(x.tokens & q.asked_tokens) / max(1, len(x.tokens))


@feature("bias", "1: a constant, the prior for the unit's kind")
def _bias(q: QuestionView, x: Unit) -> float:
    return 1.0


@feature("kind_match", "the structured fact is of the kind the question wants (figure, date, list ...)")
def _kind_match(q: QuestionView, x: Unit) -> float:
    return float(x.fact is not None and KIND_FOR_TYPE.get(q.u.answer_type) == x.fact.kind)


def _value_numbers(f: Fact) -> set[str]:
    return set(numbers_in(str(f.value))) | set(numbers_in(f.as_of or ""))


def _clue_rarity(q: QuestionView, x: Unit) -> tuple[float, bool]:
    """(rarity of the asked number the fact's value holds, whether the value is that number), or (0, False)."""
    if x.fact is None or q.checking:
        return 0.0, False
    shared = q.numbers_asked & _value_numbers(x.fact)
    if not shared:
        return 0.0, False
    # "Which agency funded five?": the number is the given, and the strongest clue, the more so when few
    # facts carry it ("40" in "top 40" is everywhere, "12" is not)
    return max(q.number_df.get(n, 1) ** -0.5 for n in shared), str(x.fact.value) in q.numbers_asked


_NAME_TYPES = ("entity", "general", "list")


@feature("clue_exact", "a which-question's number is the fact's value (weighted by the number's rarity)")
def _clue_exact(q: QuestionView, x: Unit) -> float:
    rarity, exact = _clue_rarity(q, x)
    return rarity if exact and q.u.answer_type in _NAME_TYPES else 0.0


@feature("clue_value", "a which-question's number stands in the fact's value (weighted by rarity)")
def _clue_value(q: QuestionView, x: Unit) -> float:
    rarity, exact = _clue_rarity(q, x)
    return rarity if not exact and q.u.answer_type in _NAME_TYPES else 0.0


@feature("clue_other", "another question's number stands in the fact's value (weighted by rarity)")
def _clue_other(q: QuestionView, x: Unit) -> float:
    rarity, _ = _clue_rarity(q, x)
    return rarity if q.u.answer_type not in _NAME_TYPES else 0.0


@feature("clue_in_quote", "a number of the question stands in the fact's quote, not its value")
def _clue_in_quote(q: QuestionView, x: Unit) -> float:
    if x.fact is None or q.checking or q.numbers_asked & _value_numbers(x.fact):
        return 0.0
    return float(bool(q.numbers_asked & set(figures_in(x.quote))))


@feature("clue_in_text", "a number of the question stands in the sentence")
def _clue_in_text(q: QuestionView, x: Unit) -> float:
    return float(not q.checking and bool(q.numbers_asked & set(figures_in(x.text))))


@feature("clue_missing", "a which-question's identifying number is missing from the unit")
def _clue_missing(q: QuestionView, x: Unit) -> float:
    if not q.must_hold:
        return 0.0
    if x.fact is None:
        return float(q.checking or not q.numbers_asked & set(figures_in(x.text)))
    f = x.fact
    # "which 5 companies": a list of five holds the 5, though less surely than a stated figure does
    counted = {str(len(f.value))} if isinstance(f.value, list) else set()
    return float(not q.must_hold & (_value_numbers(f) | counted | set(numbers_in(f.statement))))


@feature("checked_year", "a yes/no question about a year: the unit holds a year that can confirm or correct it")
def _checked_year(q: QuestionView, x: Unit) -> float:
    return float(bool(q.asked_years) and q.claims and bool(YEAR.search(x.typed_text)))


@feature("asked_year", "the unit is dated the year the question asks about")
def _asked_year(q: QuestionView, x: Unit) -> float:
    if not q.asked_years or q.claims:
        return 0.0
    return float(bool(q.asked_years & set(YEAR.findall(x.typed_text))))


@feature("other_year", "the unit is dated, but not the year the question asks about")
def _other_year(q: QuestionView, x: Unit) -> float:
    if not q.asked_years or q.claims:
        return 0.0
    years = set(YEAR.findall(x.typed_text))
    return float(bool(years) and not q.asked_years & years)


@feature("total_given", "a question about a total, answered by a unit that states one")
def _total_given(q: QuestionView, x: Unit) -> float:
    return float(q.asks_total and bool(TOTAL_GIVEN.search(x.typed_text)))


def _asks_share(q: QuestionView) -> bool:
    return q.asks_share


@feature("share_given", "a question about a share, answered by a unit with a percentage or fraction")
def _share_given(q: QuestionView, x: Unit) -> float:
    return float(_asks_share(q) and bool(_SHARE_GIVEN.search(x.typed_text)))


@feature("share_missing", "a question about a share, and the unit has no percentage or fraction")
def _share_missing(q: QuestionView, x: Unit) -> float:
    return float(_asks_share(q) and not _SHARE_GIVEN.search(x.typed_text))


@feature("date_has_year", "a when-question, and the unit holds a year")
def _date_has_year(q: QuestionView, x: Unit) -> float:
    return float(not _asks_share(q) and q.u.answer_type == "date" and bool(DATE_TEXT.search(x.typed_text)))


@feature("phrase_pairs", "pairs of question words side by side in the unit (at most 2)")
def _phrase_pairs(q: QuestionView, x: Unit) -> float:
    if not q.asked_pairs:
        return 0.0
    return float(min(2, len(q.asked_pairs & word_pairs(content_tokens(x.text)))))


@feature("new_name", "a who/which/where question: +1 when the unit names something the question does not, else -1")
def _new_name(q: QuestionView, x: Unit) -> float:
    if not q.asks_name:
        return 0.0
    names = {m.lower() for m in re.findall(r"(?<!^)(?<![.!?] )\b[A-Z][A-Za-z-]+", x.text)}
    # a month or a weekday is capitalised but names no one ("released in April 2020" is no answer to "by whom"),
    # and a word of a name the question asks about ("China" of the glossary's full name) is no news
    new = [n for n in names - q.asked_words - STOPWORDS - NOT_PLACES if not set(content_tokens(n)) <= q.asked_tokens]
    return 1.0 if new else -1.0


@feature("passive_doer", "'who proposed X?' answered by '... proposed by <Name>'")
def _passive_doer(q: QuestionView, x: Unit) -> float:
    if not q.asks_name or not q.doer_verbs:
        return 0.0
    return float(any(re.search(re.escape(v) + r"\w*\s+by\s+(?:the\s+)?[A-Z]", x.text, re.I) for v in q.doer_verbs))


@feature("head_noun", "'which company ...': the unit names the kind of thing asked for")
def _head_noun(q: QuestionView, x: Unit) -> float:
    return float(any(c.matched(x.tokens) for c in q.u.heads))


@feature("repeats", "a 'tell me more' follow-up, and the unit only repeats the last exchange")
def _repeats(q: QuestionView, x: Unit) -> float:
    return float(repeats(q.u, x.text))


@feature("wrong_type", "the unit cannot be of the answer type wanted (a figure question, no number)")
def _wrong_type(q: QuestionView, x: Unit) -> float:
    return float(not type_ok(q.u.answer_type, x.text, x.fact))


@feature("list_value", "a list question, and the fact is a list")
def _list_value(q: QuestionView, x: Unit) -> float:
    return float(q.u.answer_type == "list" and x.fact is not None and isinstance(x.fact.value, list))


@feature("not_list_value", "a list question, and the fact is not a list")
def _not_list_value(q: QuestionView, x: Unit) -> float:
    return float(q.u.answer_type == "list" and x.fact is not None and not isinstance(x.fact.value, list))


@feature("causal", "a why-question, and the sentence gives a reason ('because', 'that's why')")
def _causal(q: QuestionView, x: Unit) -> float:
    return float(q.u.answer_type == "reason" and bool(CAUSAL.search(x.text)))


# "A smart grid is ...", "'Advanced' is defined as ...", "In NNMI, X refers to ...": the unit says what its subject is
@feature("defines_asked", "a definition question, and the unit says what the asked thing is ('X is ...', 'X is defined "
                          "as ...')")
def _defines_asked(q: QuestionView, x: Unit) -> float:
    if q.u.answer_type != "definition" or not q.own_tokens:
        return 0.0
    subject = set(content_tokens(subject_before(x.text, DEFINING_VERB).rsplit(",", 1)[-1]))
    # the subject names an asked thing whole ("'Advanced' is ..."), not only words found among the asked things'
    # other names ("the planning is ...", where "plan" is a word of one of them)
    named = any(a and a <= subject for c in q.u.concepts if not c.from_history for a in c.alternatives)
    return float(bool(subject) and subject <= q.own_tokens and named)


# "The board includes three growers, ...", "the fleet is made up of ...": a finite verb of inclusion after
# its subject (not "..., including 34 companies", which adds to another clause)
_INCLUDES = re.compile(r"\b(?:includes|include|included|comprises|comprise|comprised|contains|contain|"
                       r"(?:consists|consist|consisted) of|(?:is|are|was|were) (?:made up|composed|comprised) of)\b",
                       re.I)


@feature("includes_asked", "a list question, and the unit says what an asked thing includes ('X includes A, B and C')")
def _includes_asked(q: QuestionView, x: Unit) -> float:
    if q.u.answer_type != "list" or not q.own_tokens:
        return 0.0
    for m in _INCLUDES.finditer(x.text):
        subject = content_tokens(re.split(r"[,;:()]", x.text[:m.start()])[-1])[-3:]
        if subject and subject[-1] in q.own_tokens:
            return 1.0
    return 0.0


@feature("set_aside", "the unit names what the question sets aside ('a regular (not skilled) job', 'rather than X')")
def _set_aside(q: QuestionView, x: Unit) -> float:
    return 1.0 if q.u.set_aside & x.tokens else 0.0


@feature("caption", "the unit is a figure caption, which names a figure but rarely answers anything")
def _caption(q: QuestionView, x: Unit) -> float:
    return float(x.para_kind == "caption")


@feature("reference", "the unit is in a reference list and the question is not about sources")
def _reference(q: QuestionView, x: Unit) -> float:
    return float(x.para_kind == "reference" and not q.asks_sources)


# -- helpers shared with the composer -----------------------------------------------------------------

def repeats(u: Understanding, text: str) -> bool:
    """"Tell me more", "any other group?": whether the text only repeats the last exchange."""
    tokens = set(content_tokens(text))
    return bool(u.said_before and tokens) and len(tokens - u.said_before) / len(tokens) < 0.35


def word_pairs(tokens: list[str]) -> set[tuple[str, str]]:
    return set(zip(tokens, tokens[1:], strict=False))


def dense_norm(sim: float | None) -> float:
    """Cosine similarity rescaled to 0..1 over the range where it tells related text from unrelated."""
    if sim is None:
        return 0.0
    return min(1.0, max(0.0, (sim - 0.2) / 0.6))


def type_ok(kind: str, text: str, fact: Fact | None) -> bool:
    if kind == "figure":
        if fact is not None:
            return isinstance(fact.value, int | float) or bool(numbers_in(str(fact.value)))
        return bool(numbers_in(text))
    if kind == "date":
        return bool(re.search(r"\b(1[89]\d\d|20\d\d)\b", text))
    if kind == "list" and fact is not None:
        return isinstance(fact.value, list)
    return True
