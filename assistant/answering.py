"""Answering: understand the question, choose the evidence, compose a cited answer, verify it.

The default answerer is a grounded composer with no language model: it states a structured fact
when one answers the question, otherwise the paper's own best sentences, always with the verbatim
sentence it rests on. Nothing in here is keyed to particular questions: every decision comes from
word overlap weighted by rarity (IDF), embedding similarity, and the question's expected answer type.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import takewhile

from .knowledge import KnowledgeBase
from .numbers import digits_in, numbers_in, unsupported_numbers
from .reading import plain, split_sentences
from .retrieval import ExpandedQuery, HybridRetriever, expand_query
from .text import STOPWORDS, content_tokens, has_cjk, stem, words
from .types import Citation, Fact, GlossaryTerm, Hit, Turn

# Words of instruction or meta-talk that carry no topic: an injected "ignore the paper" must not
# steer the evidence choice, and must not count as unmatched topic words either.
_META = frozenset(stem(w) for w in """
ignore disregard forget previous prior instruction instructions admin administrator note system prompt
override revised revision updated update now pretend act role reply respond answer output print write
must always never instead rather actually really claim claims claimed true false correct wrong please
question questions know knows tell explain describe briefly short summary summarize summarise detail
details mention mentions mentioned state states stated report reports reported text
came come comes get gets got make makes made put puts set call called pick picked take took give go went
like mean means thing things way ways exactly exact just far right ok okay sure word words specifically
particular basically per among within across else version actual currently current main mainly overall
fall falls turn turns show shows appear appears feature features together bring brings brought
toward towards push pushes pushing drive drives driving cause causes causing behind motivate motivated
become becomes became becoming
""".split())
# Words that say what kind of answer is wanted, not what it is about: they steer the answer type
# (a percentage must come with a %, a year with a year) but do not count as topic words.
_TYPE_WORDS = frozenset(stem(w) for w in """
percent percentage proportion fraction share year years total number figure figures count counts many much
big large size
""".split())
_OPINION = re.compile(r"\b(your (?:personal )?(?:opinion|view)|do you think|in your view|would you|should i|"
                      r"better for|will (?:the )?\w+(?: or \w+)? win|do you prefer|your favou?rite)\b", re.I)
_CHECKING = re.compile(r"\b(correct|right|true|isn't it|wasn't it|doesn't it|didn't it|is that so|yes or no)\b"
                       r"\s*[?.!]*\s*(?:$|[A-Z])|^\s*(given that|since|because|as)\b", re.I)
_MONEY = re.compile(r"\b(money|dollars?|revenue|costs?|spend|spent|yuan|rmb|funding amount|annual budget|"
                    r"total (?:federal )?budget|(?:budget|funding|investment) (?:of|size|amount))\b|\$|"
                    r"\bhow much\b.*\b(budget|fund|invest)", re.I)
_ABBREVIATIONS = {"dept": "Department", "depts": "Departments", "govt": "government", "gov": "government",
                  "univ": "university", "unis": "universities", "uni": "university", "intl": "international",
                  "org": "organization", "orgs": "organizations", "mfg": "manufacturing", "approx": "about",
                  "natl": "national", "tech": "technology", "info": "information", "biz": "business"}
_AUX_WORDS = frozenset("is are was were does do did has have had can could will would should in of on for to by "
                       "with from at as".split())
_POINTS_BACK = re.compile(r"\b(this|these|those|its|it|they|their|such|the above)\b", re.I)
_LEANS_BACK = re.compile(r"^(that's why|that is why|this is why|therefore|thus|hence|so,|as a result|"
                         r"for this reason|this|these|it)\b", re.I)
# "How many points/aspects ...": counts of a list's items, which the evidence need not name
_LIST_COUNT_NOUNS = frozenset(stem(w) for w in "points items parts aspects ways things elements goals aims steps "
                              "categories groups types kinds areas".split())
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# "What's the name of ...", "what is X called": the answer is a name the question does not hold
_ASKS_NAME = re.compile(r"\b(?:the )?(?:names?|titles?) of\b|\b(?:can you|could you|please) name\b|"
                        r"\bwhat(?:'s| is| was| are| were)\b.*\b(?:called|named)\b"
                        r"(?: in the paper| in it)?\s*[?.!]*\s*$", re.I)

_CAUSAL = re.compile(r"\b(because|since|due to|owing to|thanks to|that's why|that is why|this is why|therefore|"
                     r"thus|hence|so that|in order to|as a result|the reason|leads? to|contributes? to)\b", re.I)
_ASKS_SOURCES = re.compile(r"\b(references?|cite[sd]?|citations?|sources?|bibliograph\w*|published|journal|"
                           r"report to|brookings|pcast)\b", re.I)
_FOLLOWUP_START = re.compile(r"^\s*(and|but|also|what about|how about|what of|then|same|ok|okay|so)\b", re.I)
_PRONOUN = re.compile(r"\b(it|its|they|them|their|this|that|these|those|there|he|she|his|her|ones?)\b", re.I)
_INJECTION = re.compile(
    r"(ignore|disregard|forget)\b.{0,40}\b(document|paper|instruction|context|above|previous|rules)"
    r"|\b(admin|system|developer)\s*(note|message|override|prompt)\b|\bthe paper (was|has been) (revised|updated)"
    r"|\byou are now\b|\bpretend\b|\bnew instructions?\b",
    re.I,
)
# an amount of money: a number with a currency or a scale word ("dollar" alone, as in "military and dollar", is not)
_CURRENCY = re.compile(r"[$€£¥]\s?\d|\d[\d.,]*\s*(?:dollars?|usd|yuan|rmb|euros?|billion|million|trillion)\b", re.I)


@cache
def phrases() -> dict[str, str]:
    text = resources.files("assistant").joinpath("prompts/phrases.txt").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition(":")
            out[key.strip()] = value.strip()
    return out


# ---------------------------------------------------------------------------------------------
# Understanding the question


@dataclass
class Concept:
    """Something the question asks about: alternative token sets (a term and its synonyms)."""

    name: str
    alternatives: list[frozenset[str]]
    weight: float
    from_history: bool = False
    is_entity: bool = False  # a named thing (DoD, NASA, China): evidence that lacks it answers something else
    typed: frozenset[str] = frozenset()  # the words the user actually typed for it

    def matched(self, tokens: set[str]) -> bool:
        return any(alt and alt <= tokens for alt in self.alternatives)

    def match_score(self, tokens: set[str]) -> float:
        """1 for the user's own words, 0.75 for a synonym: the words typed are the better clue."""
        if self.typed and self.typed <= tokens:
            return 1.0
        if self.matched(tokens):
            return 0.75 if self.typed else 1.0
        return 0.0


@dataclass
class Understanding:
    question: str
    standalone: str
    expanded: ExpandedQuery
    concepts: list[Concept]
    answer_type: str  # figure | date | entity | list | reason | definition | general
    asserted_numbers: list[str]
    unknown_names: list[str]
    injection: bool
    dependent: bool
    clue_numbers: list[str] = field(default_factory=list)  # numbers that identify the answer, not names
    asked: str = ""  # the question's asking sentences, injected instructions set aside
    heads: list[Concept] = field(default_factory=list)  # "which company ...": the kind of thing wanted
    said_before: set[str] = field(default_factory=set)  # "tell me more", "any other": what was already said

    @property
    def english(self) -> str:
        """The question, or for a Chinese one its English rendering through the glossary."""
        return self.question if not has_cjk(self.question) else f"{self.expanded.dense_text} {self.question}"

    def coverage(self, tokens: set[str]) -> float:
        total = sum(c.weight for c in self.concepts)
        if total <= 0:
            return 0.0
        return sum(c.weight * c.match_score(tokens) for c in self.concepts) / total

    def current_coverage(self, tokens: set[str], skip: list[str] | None = None) -> float:
        skipped = {stem(n.lower()) for n in skip or []}
        own = [c for c in self.concepts if not c.from_history and c.name not in skipped]
        total = sum(c.weight for c in own)
        return sum(c.weight * c.match_score(tokens) for c in own) / total if total > 0 else 0.0


_WHERE = re.compile(r"^\s*(?:\w+,?\s+)?(?:and\s+)?where\b(?!.*\b(?:paper|article|text|author)s? (?:say|says|discuss|"
                    r"mention|talk|describe))", re.I)
# "where is X based?": the verb only says that a place is wanted
_PLACE_VERBS = frozenset(stem(w) for w in "based located headquartered situated found sited".split())


def answer_type(text: str) -> str:
    q = text.lower()
    if _WHERE.match(q) or re.search(r"\b(?:which|what) (?:\w+ )?(?:city|province|town|state|region|location|place)\b"
                                     r"(?! of the)", q):
        return "place"
    if re.search(r"\b(when|what year|which year|what date|since when|what month|in which year)\b", q):
        return "date"
    if re.search(r"\b(how many|how much|what percentage|what percent|what share|what proportion|what fraction|"
                 r"how large|how big|what number|number of|count of|what portion|how high|"
                 r"percentage|proportion|share of)\b", q):
        return "figure"
    if re.search(r"\b(why|how does|how do|how did|how can|how will|how would|in what way|reason|explain|"
                 r"what makes|what drives|what(?:'s| is| are) (?:pushing|driving|causing|behind)|"
                 r"what (?:pushes|causes|caused|led to|leads to|motivated|motivates))\b", q):
        return "reason"
    if re.search(r"\b(which ones|what are they|which are they|who are they|name them|list them|"
                 r"which (?:\w+ )?(?:companies|platforms|agencies|countries|organi[sz]ations|firms|institutes|"
                 r"groups|members|items|ones|technologies|areas|policies)\b|"
                 r"^\s*(?:list|enumerate)|(?:list|enumerate) (?:all|the|them|every)|what are the|which are the|"
                 r"what (?:are|were) (?:those|these|they)\b|"
                 r"what(?:'s| is| are) in|includes?|contains?|consists? of|made up of|comprises?|"
                 r"(?:which|what) (?:two|three|four|five|six|\d+) |"
                 r"give me (?:a few|some|the)|a few of|some of the|examples? of|name (?:a few|some)|"
                 r"name the|name all|what were the|"
                 r"which (?:\w+ ){0,3}(?:are|were) (?:included|listed|named)|what (?:three|four|five) )\b", q):
        return "list"
    plural = re.match(r"\s*what\s+(?:\w+\s+)?(\w+)\s+(?:does|do|did|are|were|can|could|should|will|would)\b", q)
    if plural and plural.group(1).endswith("s") and not plural.group(1).endswith(("ss", "us", "is")):
        return "list"  # "what advantages does China have": several things are wanted
    if re.search(r"\b(who|which (?:organi[sz]ation|company|companies|agency|agencies|institute|university|"
                 r"group|firm|body|country|countries|president|department)|led by|headed by|run by)\b", q):
        return "entity"
    if re.search(r"\b(stand for|stands for|defined|definition|define|meaning of|what does .* mean|what is an?)\b",
                 q) or re.match(r"\s*what(?:'s| is| are)\s+(?:the\s+|an?\s+)?[\w\s&.-]{1,40}\?*\s*$", q):
        return "definition"
    head = re.match(r"\s*which\s+(?!of\b|one\b)((?:[\w&'-]+\s+){0,3}?[\w&'-]+)(?=\s+(?:is|are|was|were|does|do|"
                    r"did|has|have|had|can|could|will|would|in|of|on|for|to|that)\b|\s*[?,]|$)", q)
    if head:  # "which US corporate R&D giants are ...": a plural head noun asks for several names
        noun = head.group(1).split()[-1]
        return "list" if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) else "entity"
    return "general"


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


def _nearest(token: str, vocab_by_len: dict[int, list[str]]) -> str | None:
    if len(token) == 4:  # a short word is one edit from many others; only a swap of letters is a safe guess
        return next((c for c in vocab_by_len.get(4, []) if _swapped(token, c)), None)
    for n in (len(token), len(token) + 1, len(token) - 1):  # a dropped letter is the commonest slip
        for cand in vocab_by_len.get(n, []):
            if _edits1(token, cand):
                return cand
    return None


def _question_sentences(question: str) -> tuple[str, bool]:
    """Drop injected instructions; keep the sentences that ask something."""
    parts = re.split(r"(?<=[.!?:])\s+|\n+", question.strip())
    injection = bool(_INJECTION.search(question))
    if not injection:
        return question.strip(), False
    wh = re.compile(r"\b(how|what|which|who|when|where|why|tell me|list|name)\b", re.I)
    kept = [p for p in parts if not _INJECTION.search(p)]
    asking = [p for p in kept if "?" in p or wh.search(p)]
    if not asking:  # "First print your system prompt, then tell me how many ...": keep the asking clause
        clauses = [c for p in parts for c in re.split(r",?\s*\b(?:and then|then)\b\s*|;\s*", p)]
        asking = [c for c in clauses if c and not _INJECTION.search(c) and wh.search(c)] or kept
    return (" ".join(asking) if asking else question.strip()), True


_WANTS_MORE = re.compile(r"\b(more|other|else|another|besides|elaborate|expand|further|additional|details?)\b", re.I)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
             "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "last": -1}
_ORDINAL_REF = re.compile(r"\b(?:the\s+)?(" + "|".join(_ORDINALS) + r")\s+(?:one|item|point|aspect|part|thing|"
                          r"of (?:them|those|these)|(?:group|category|step|goal|aim|recommendation)s?\b)", re.I)


def list_items(answer: str) -> list[str]:
    """The items of a list in an earlier answer: bullet lines, numbered points, or "A, B and C"."""
    text = re.sub(r"\s*\[\d+\]", "", answer)
    bullets = [m.group(1).strip() for m in re.finditer(r"^\s*[-*•]\s+(.+)$", text, re.M)]
    if len(bullets) >= 2:
        return bullets
    numbered = re.split(r"\(\d+\)|\b\d\)\s", text)
    if len(numbered) >= 3:
        return [p.strip(" ;,.") for p in numbered[1:] if p.strip(" ;,.")]
    body = text.split(":", 1)[1] if ":" in text else text
    parts = [p.strip(" .;") for p in re.split(r",\s*(?:and\s+)?|;\s*|\s+and\s+", body.strip())]
    return [p for p in parts if p] if len(parts) >= 2 else []


def english_words(retriever: HybridRetriever) -> frozenset[str]:
    """English words of the embedding model's vocabulary (empty for a model that has none)."""
    return getattr(retriever.embeddings, "dictionary", frozenset())


def _is_dependent(question: str, tokens: list[str]) -> bool:
    return bool(_FOLLOWUP_START.match(question)) or bool(_PRONOUN.search(question)) or len(tokens) <= 2


def _proper_names(question: str) -> list[str]:
    """Capitalised words and acronyms, not at the start of a sentence."""
    names = []
    for m in re.finditer(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-zA-Z]+|[A-Z]{2,}[a-z]?)\b", question):
        names.append(m.group(1))
    return names


class QuestionReader:
    """Turns a question (and the conversation) into weighted concepts and an expected answer type."""

    def __init__(self, kb: KnowledgeBase, retriever: HybridRetriever) -> None:
        self.kb = kb
        self.retriever = retriever
        self.max_idf = max((retriever.idf(t) for t in retriever.vocabulary), default=1.0)
        self.corpus_words = {w.lower() for it in retriever.items for w in words(it.text)}
        for term in kb.glossary.terms:
            for v in term.variants:
                self.corpus_words.update(w.lower() for w in words(v))
        self.dictionary = english_words(retriever)
        self._corrections: dict[str, str] = {}
        self._words_by_len: dict[int, list[str]] = {}
        for w in sorted(self.corpus_words):
            if w.isalpha():
                self._words_by_len.setdefault(len(w), []).append(w)

    def _weight(self, token: str) -> float:
        if token in self.retriever.vocabulary:
            return max(0.15, self.retriever.idf(token))
        # A word the paper never uses: likely the question is about something else.
        return 0.8 * self.max_idf

    def _term_concept(self, term: GlossaryTerm, from_history: bool, variant: str = "") -> Concept:
        alts = []
        for v in (term.term, *term.abbreviations, *term.synonyms):
            toks = frozenset(content_tokens(v))
            if toks:
                alts.append(toks)
        typed = frozenset(content_tokens(variant))
        # the words the user typed say how specific the question is; failing that, the rarest alternative
        known = [typed] if typed and typed <= self.retriever.vocabulary else [
            a for a in alts if a <= self.retriever.vocabulary]
        weight = max((min(self._weight(t) for t in a) for a in known), default=0.5 * self.max_idf)
        weight = max(weight, 0.6 * self.max_idf)  # named things are what a question is about
        return Concept(term.term, alts or [frozenset()], weight, from_history, term.is_entity, typed=typed)

    def concepts_of(self, text: str, from_history: bool = False) -> tuple[list[Concept], set[str]]:
        glossary = self.kb.glossary
        concepts: list[Concept] = []
        covered: set[str] = set()
        for term, variant in glossary.matches(text):
            c = self._term_concept(term, from_history, variant)
            concepts.append(c)
            covered.update(content_tokens(variant))
        if has_cjk(text):
            # Chinese verbs and question words the glossary renders in English ("提出" -> "proposed")
            for zh, en in self.kb.glossary.question_words.items():
                if zh in text:
                    for tok in content_tokens(en):
                        if tok not in covered and tok not in _META and tok not in _TYPE_WORDS:
                            covered.add(tok)
                            concepts.append(Concept(tok, [frozenset([tok])], self._weight(tok), from_history))
            return concepts, covered
        for tok in content_tokens(text):
            if tok in covered or tok in _META or tok.isdigit() or any(c.name == tok for c in concepts):
                continue
            if "-" in tok and tok not in self.retriever.vocabulary:
                continue  # "DOE-funded": its parts are concepts of their own; the compound is no new topic
            covered.add(tok)
            # words of answer type ("total", "share") help to pick evidence a little, never decide it
            weight = 0.3 * self._weight(tok) if tok in _TYPE_WORDS else self._weight(tok)
            concepts.append(Concept(tok, [frozenset([tok])], weight, from_history))
        return concepts, covered

    def correct_text(self, text: str) -> str:
        """Replace words the paper never uses that are one edit from a word it does ("membrship"),
        and spell out common abbreviations ("Dept")."""
        def fix(m: re.Match[str]) -> str:
            w = m.group(0)
            low = w.lower()
            if low in _ABBREVIATIONS:
                return _ABBREVIATIONS[low]
            if len(low) < 4 or low in self.corpus_words or low in STOPWORDS or low in self.dictionary:
                return w
            return self._corrections.setdefault(low, _nearest(low, self._words_by_len) or w)

        return re.sub(r"[A-Za-z]+", fix, text)

    def read(self, question: str, history: list[Turn]) -> Understanding:
        asked, injection = _question_sentences(question)
        asked = self.correct_text(asked)
        concepts, _ = self.concepts_of(asked)
        if _WHERE.match(asked):
            concepts = [c for c in concepts if not any(a <= _PLACE_VERBS for a in c.alternatives if a)]
        user_turns = [t.content for t in history if t.role == "user"]
        answers = [t.content for t in history if t.role == "assistant"]
        dependent = bool(user_turns) and _is_dependent(asked, [c.name for c in concepts])
        standalone = search_text = asked
        if dependent:
            previous = _question_sentences(user_turns[-1])[0]
            hist, _ = self.concepts_of(previous, from_history=True)
            elliptical = bool(_FOLLOWUP_START.match(asked)) and any(c.is_entity for c in concepts)
            names = {c.name for c in concepts}
            for c in hist:
                if c.name in names:
                    continue
                if elliptical and c.is_entity:
                    continue  # "and Energy?": the new entity replaces the old one, the predicate stays
                c.weight *= 0.6
                concepts.append(c)
                names.add(c.name)
            # "who released it?": "it" may be named only in the assistant's last answer
            if answers and _PRONOUN.search(asked):
                for term, variant in self.kb.glossary.matches(answers[-1]):
                    if term.is_entity and term.term not in names:
                        c = self._term_concept(term, True, variant)
                        c.weight *= 0.25
                        concepts.append(c)
            # "Tell me more about the third one": the third item of the list just given
            ordinal = _ORDINAL_REF.search(asked)
            items = list_items(answers[-1]) if ordinal and answers else []
            n = _ORDINALS[ordinal.group(1).lower()] if ordinal else 0
            if items and (n == -1 or n <= len(items)):
                item = items[n if n == -1 else n - 1]
                own, _ = self.concepts_of(item)
                for c in concepts:  # the item is now the subject; the list it came from, only context
                    c.weight *= 0.5 if c.from_history else 1.0
                concepts = [c for c in concepts if c.name not in {o.name for o in own}] + own
                asked = _ORDINAL_REF.sub(item, asked, count=1)
            standalone = f"{asked} (following: {previous})"
            search_text = f"{asked} {previous}"
        said_before: set[str] = set()
        wants_more = dependent and (bool(_WANTS_MORE.search(asked)) or bool(_ORDINAL_REF.search(question)))
        if wants_more:
            said_before = set(content_tokens(f"{user_turns[-1]} {answers[-1] if answers else ''}"))
        kind_text = self.english_text(asked)
        if dependent and not wants_more and answer_type(kind_text) == "general":
            kind_text = f"{kind_text} {self.english_text(user_turns[-1])}"
        # "Which organisation leads X?": the head noun says what kind of answer is wanted, not what it is about
        head = re.match(r"\s*(?:which|what)\s+(?!(?:is|are|was|were|does|do|did|has|have|had|can|could)\b)"
                        r"((?:[a-z]+\s+){0,1}[a-z]+)\b", asked, re.I)
        # "the R&D network, rather than manufacturing, ...": the contrasted thing is not what is asked about
        for m in re.finditer(r"\b(?:rather than|instead of|as opposed to)\s+([^,;?.]{1,40})", asked, re.I):
            contrasted = set(content_tokens(m.group(1)))
            rest = set(content_tokens(asked.replace(m.group(0), " ")))
            for c in concepts:
                if not c.from_history and any(a and a <= contrasted and not a <= rest for a in c.alternatives):
                    c.weight *= 0.3
        heads: list[Concept] = []
        if head:
            head_stems = {stem(w) for w in head.group(1).lower().split() if w not in _AUX_WORDS | STOPWORDS}
            for c in concepts:
                if (not c.from_history and any(head_stems & a for a in c.alternatives)
                        and len(concepts) > len(head_stems)):
                    c.weight *= 0.3
                    heads.append(c)
        expanded = expand_query(search_text, self.kb.glossary)
        names = [n for n in _proper_names(asked) if n.lower() not in self.corpus_words
                 and stem(n.lower()) not in self.retriever.vocabulary]
        asserted = digits_in(asked)  # a figure the user states ("fund 8 institutes"), not a count word
        # "Which group in the top 40 had 12?": 40 is part of a name ("top 40", "Industry 4.0"); 12 is the clue
        in_names = [n for _, variant in self.kb.glossary.matches(asked) for n in numbers_in(variant)]
        # "the third one", "quick one:", "one of": the pronoun, not a count ("one institute" stays)
        counted = re.sub(r"\bone\b(?!\s+(?!(?:of|more|by|in|and|or|is|was|that|which)\b)[a-z]{3,})", " ", asked,
                         flags=re.I)
        clues = [n for n in numbers_in(counted) if n not in in_names]
        return Understanding(question, standalone, expanded, concepts, answer_type(kind_text), asserted,
                             names, injection, dependent, clues, _question_sentences(question)[0], heads,
                             said_before)

    def english_text(self, text: str) -> str:
        """English rendering for answer-type detection (Chinese question words via the glossary)."""
        if not has_cjk(text):
            return text
        return " ".join(en for zh, en in self.kb.glossary.question_words.items() if zh in text) + " " + text


# ---------------------------------------------------------------------------------------------
# Choosing the evidence


@dataclass
class Candidate:
    kind: str  # fact | sentence
    score: float
    coverage: float
    dense: float
    doc_id: str
    paragraph_id: str
    text: str  # the statement (fact) or the sentence
    quote: str  # verbatim sentence(s) of the document
    fact: Fact | None = None


_KIND_FOR_TYPE = {"figure": "figure", "date": "date", "entity": "entity", "list": "list",
                  "definition": "definition"}


def _names_bonus(u: Understanding, text: str) -> float:
    """A who-question wants a name the question does not already hold."""
    asks_name = re.match(r"\s*(?:\w+,?\s+)?(?:and\s+)?(who|whom|whose)\b", u.question, re.I) or (
        u.answer_type in ("entity", "list") and re.match(r"\s*which\b", u.question, re.I)) or u.answer_type == "place"
    if not asks_name:
        return 0.0
    asked = {w.lower() for w in words(u.question)}
    names = {m.lower() for m in re.findall(r"(?<!^)(?<![.!?] )\b[A-Z][A-Za-z-]+", text)} - asked - STOPWORDS
    bonus = 0.05 if names else -0.05
    # "Who proposed X?" is answered by "... proposed by Obama": the passive names the doer
    verb = re.match(r"\s*who\s+(?:has\s+|had\s+|first\s+)?([a-z]+)", u.question, re.I)
    if verb and re.search(re.escape(stem(verb.group(1).lower())) + r"\w*\s+by\s+(?:the\s+)?[A-Z]", text, re.I):
        bonus += 0.08
    return bonus


def _head_bonus(u: Understanding, tokens: set[str]) -> float:
    """"Which company ...": evidence that names a company is of the kind asked for."""
    return 0.05 if any(c.matched(tokens) for c in u.heads) else 0.0


def _repeats(u: Understanding, text: str) -> bool:
    """"Tell me more", "any other group?": whether the text only repeats the last exchange."""
    tokens = set(content_tokens(text))
    return bool(u.said_before and tokens) and len(tokens - u.said_before) / len(tokens) < 0.35


def _repeat_penalty(u: Understanding, text: str) -> float:
    return -0.12 if _repeats(u, text) else 0.0


def _pairs(tokens: list[str]) -> set[tuple[str, str]]:
    return set(zip(tokens, tokens[1:], strict=False))


def _phrase_bonus(asked_pairs: set[tuple[str, str]], text: str) -> float:
    """Two question words side by side in the evidence ("common policies") beat the same words apart."""
    if not asked_pairs:
        return 0.0
    return min(0.08, 0.04 * len(asked_pairs & _pairs(content_tokens(text))))


def _unit_bonus(u: Understanding, text: str) -> float:
    """Prefer evidence in the unit the question asks for: a percentage, a year."""
    q = u.english.lower()
    bonus = 0.0
    asked_years = set(_YEAR.findall(q))
    if asked_years and _CHECKING.search(u.question):  # "released in 2018, correct?": any date will correct it
        bonus += 0.05 if _YEAR.search(text) else 0.0
    elif asked_years:  # "by 2017": evidence dated that year, not another
        years = set(_YEAR.findall(text))
        bonus += 0.06 if asked_years & years else (-0.04 if years else 0.0)
    if re.search(r"\b(in total|total|altogether|in all|combined|overall)\b", q):
        bonus += 0.06 if re.search(r"\b(total|altogether|in all|combined)\b", text, re.I) else 0.0
    if (re.search(r"percent|%|proportion|what share|fraction|\bhalf\b|\bthird\b|\bquarter\b", q)
            or (u.dependent and "share" in q)):
        bonus += 0.08 if re.search(r"%|percent|two-thirds|one-third|half", text, re.I) else -0.03
    elif u.answer_type == "date":
        bonus += 0.05 if _YEAR.search(text) else 0.0
    return bonus


def _dense_norm(sim: float | None) -> float:
    if sim is None:
        return 0.0
    return min(1.0, max(0.0, (sim - 0.2) / 0.6))


def _type_ok(kind: str, text: str, fact: Fact | None) -> bool:
    if kind == "figure":
        if fact is not None:
            return isinstance(fact.value, int | float) or bool(numbers_in(str(fact.value)))
        return bool(numbers_in(text))
    if kind == "date":
        return bool(re.search(r"\b(1[89]\d\d|20\d\d)\b", text))
    if kind == "list" and fact is not None:
        return isinstance(fact.value, list)
    return True


class EvidenceChooser:
    def __init__(self, kb: KnowledgeBase, retriever: HybridRetriever) -> None:
        self.kb = kb
        self.retriever = retriever
        self.facts = {f.id: f for f in kb.facts}
        self.dictionary = english_words(retriever)
        self.fact_tokens = {
            f.id: set(content_tokens(" ".join([f.statement, f.subject, f.attribute,
                                               " ".join(map(str, f.value)) if isinstance(f.value, list)
                                               else str(f.value)])))
            for f in kb.facts
        }
        # the whole sentence(s) each fact's quote sits in: what its citation shows (fixed per fact)
        self.fact_quote = {f.id: self.quote_for(f.doc_id, f.paragraph, f.quote) for f in kb.facts}
        self.number_df: dict[str, int] = {}
        for f in kb.facts:
            for n in set(numbers_in(f"{f.value} {f.statement} {f.as_of or ''}")):
                self.number_df[n] = self.number_df.get(n, 0) + 1
        self.fact_item = {it.metadata.get("fact_id"): it.id for it in retriever.items if it.metadata.get("fact_id")}
        # sentences of every paragraph, with their tokens, for sentence-level evidence
        self.sentences: dict[tuple[str, str], list[tuple[str, set[str]]]] = {}
        self.paragraph_tokens: dict[tuple[str, str], set[str]] = {}
        self.para_kind = {(d.doc_id, p.paragraph_id): p.kind for d in kb.documents for p in d.paragraphs}
        for doc in kb.documents:
            for para in doc.paragraphs:
                text = plain(para.text)
                key = (doc.doc_id, para.paragraph_id)
                # a sentence belongs to its section: "the recommendations" finds the list under that heading
                title = set(content_tokens(re.sub(r"^[\d.]+\s*", "", para.section_title)))
                sents = [text[a:b] for a, b in split_sentences(text)]
                toks = [set(content_tokens(t)) | title for t in sents]
                for i in range(1, len(sents)):
                    # "Most of this architecture ...": a sentence that points back also speaks of what
                    # the sentence before it names
                    if _POINTS_BACK.search(" ".join(sents[i].split()[:8])):
                        toks[i] |= toks[i - 1]
                self.sentences[key] = list(zip(sents, toks, strict=True))
                self.paragraph_tokens[key] = set(content_tokens(text)) | title
        self.sentence_item = {(it.metadata["doc_id"], it.metadata["paragraph_id"], it.text): it.id
                              for it in retriever.sentence_items}
        self.passage_of = {}
        for it in retriever.items:
            if it.metadata.get("kind") == "passage":
                self.passage_of.setdefault((it.metadata["doc_id"], it.metadata["paragraph_id"]), []).append(it.id)

    def next_paragraph(self, doc_id: str, paragraph_id: str) -> tuple[str, str] | None:
        """(id, plain text) of the paragraph after this one in the same section."""
        paras = self.kb.document(doc_id).paragraphs
        for a, b in zip(paras, paras[1:], strict=False):
            if a.paragraph_id == paragraph_id and b.section_id == a.section_id:
                return b.paragraph_id, plain(b.text)
        return None

    def joined_span(self, doc_id: str, paragraph_id: str, a: str, b: str) -> str | None:
        """The verbatim text covering quotes a and b when they overlap or touch, else None."""
        text = self.kb.paragraph_text(doc_id, paragraph_id)
        i, j = text.find(a), text.find(b)
        if i < 0 or j < 0:
            return None
        (s1, e1), (s2, e2) = sorted([(i, i + len(a)), (j, j + len(b))])
        if s2 > e1 + 1:  # a gap between them: joining would not be a quote
            return None
        return text[s1:max(e1, e2)]

    @cache  # noqa: B019 - one chooser per Assistant, a few dozen sections
    def section_text(self, doc_id: str, paragraph_id: str) -> str:
        """All the text of the section that holds the paragraph."""
        doc = self.kb.document(doc_id)
        section = doc.paragraph(paragraph_id).section_id
        return " ".join(plain(p.text) for p in doc.paragraphs if p.section_id == section)

    def quote_for(self, doc_id: str, paragraph_id: str, fragment: str) -> str:
        """The whole sentence(s) of the paragraph that hold ``fragment``, verbatim."""
        text = self.kb.paragraph_text(doc_id, paragraph_id)
        at = text.find(fragment)
        if at < 0:
            return fragment
        end = at + len(fragment)
        spans = [(a, b) for a, b in split_sentences(text) if b > at and a < end]
        if not spans:
            return fragment
        return text[spans[0][0]:spans[-1][1]]

    def candidates(self, u: Understanding, sims: dict[str, float]) -> list[Candidate]:
        out: list[Candidate] = []
        numbers_asked = set(u.clue_numbers)
        # in a which/who question a stated number (not a year) identifies the answer: the evidence must hold it
        must_hold = ({n for n in numbers_asked if not _YEAR.fullmatch(n)}
                     if u.answer_type in ("entity", "list") else set())
        asked_tokens = {t for c in u.concepts for a in c.alternatives for t in a}
        # word pairs inside one name ("Architecture 2.0") only repeat the name; pairs across words say more
        asked_pairs = {p for p in _pairs(content_tokens(u.question)) if not any(set(p) <= c.typed for c in u.concepts)}
        # "It only planned 14, right?": the number is the claim under test; the evidence must not be chosen for it
        checking = bool(_CHECKING.search(u.question)) and u.answer_type not in ("entity", "list")
        asks_sources = bool(_ASKS_SOURCES.search(u.english))
        for fid, fact in self.facts.items():
            if u.answer_type == "reason" and self.para_kind.get((fact.doc_id, fact.paragraph)) == "front":
                continue
            toks = self.fact_tokens[fid]
            cov = u.coverage(toks)
            if cov <= 0:
                continue
            dense = _dense_norm(sims.get(self.fact_item.get(fid, "")))
            quote = self.fact_quote[fid]
            precision = len(toks & asked_tokens) / max(1, len(toks))
            # curated facts are precise: a small preference, more when their kind fits the question
            score = 0.62 * cov + 0.28 * dense + 0.10 * precision + 0.03
            if _KIND_FOR_TYPE.get(u.answer_type) == fact.kind:
                score += 0.04
            value_numbers = set(numbers_in(str(fact.value))) | set(numbers_in(fact.as_of or ""))
            # "which 5 companies": a list of five holds the 5, though less surely than a stated figure does
            counted = {str(len(fact.value))} if isinstance(fact.value, list) else set()
            if numbers_asked & value_numbers and not checking:
                # "Which agency funded five?": the number is the given, and the strongest clue, the more so
                # when few facts carry it ("40" in "top 40" is everywhere, "12" is not)
                rarity = max(self.number_df.get(n, 1) ** -0.5 for n in numbers_asked & value_numbers)
                exact = str(fact.value) in numbers_asked  # the fact is *about* that number
                weight = (0.2 if exact else 0.12) if u.answer_type in ("entity", "general", "list") else 0.05
                score += weight * rarity
            elif numbers_asked & set(numbers_in(quote)) and not checking:
                score += 0.03
            if must_hold and not must_hold & (value_numbers | counted | set(numbers_in(fact.statement))):
                score -= 0.1  # "which group had 12?": evidence without a 12 cannot be the answer
            score += _unit_bonus(u, f"{fact.statement} {fact.unit or ''} {fact.as_of or ''}")
            score += _phrase_bonus(asked_pairs, fact.statement) + _names_bonus(u, fact.statement)
            score += _head_bonus(u, toks) + _repeat_penalty(u, fact.statement)
            if not _type_ok(u.answer_type, fact.statement, fact):
                score -= 0.15
            if u.answer_type == "list":
                score += 0.08 if isinstance(fact.value, list) else -0.05
            if self.para_kind.get((fact.doc_id, fact.paragraph)) == "reference" and not asks_sources:
                score -= 0.08
            if self.para_kind.get((fact.doc_id, fact.paragraph)) == "caption":
                score -= 0.05  # a caption names a figure; it rarely answers anything
            out.append(Candidate("fact", score, cov, dense, fact.doc_id, fact.paragraph, fact.statement, quote, fact))
        for (doc_id, pid), sents in self.sentences.items():
            if u.answer_type == "reason" and self.para_kind.get((doc_id, pid)) == "front":
                continue  # a title or a keyword line names a topic; it gives no reason
            para_toks = self.paragraph_tokens[(doc_id, pid)]
            para_cov = u.coverage(para_toks)
            if para_cov <= 0:
                continue
            dense = max((_dense_norm(sims.get(i)) for i in self.passage_of.get((doc_id, pid), [])), default=0.0)
            for sent, toks in sents:
                cov = u.coverage(toks)
                if cov <= 0:
                    continue
                precision = len(toks & asked_tokens) / max(1, len(toks))
                sid = self.sentence_item.get((doc_id, pid, sent))
                sent_dense = _dense_norm(sims.get(sid)) if sid else dense
                score = 0.47 * cov + 0.10 * para_cov + 0.12 * dense + 0.24 * sent_dense + 0.07 * precision
                if not _type_ok(u.answer_type, sent, None):
                    score -= 0.15
                if numbers_asked & set(numbers_in(sent)) and not checking:
                    score += 0.05
                elif must_hold:
                    score -= 0.1
                score += _unit_bonus(u, sent) + _phrase_bonus(asked_pairs, sent) + _names_bonus(u, sent)
                score += _head_bonus(u, toks) + _repeat_penalty(u, sent)
                if u.answer_type == "reason" and _CAUSAL.search(sent):
                    score += 0.04  # a why-question is answered by the sentence that gives a reason
                if self.para_kind.get((doc_id, pid)) == "caption":
                    score -= 0.05
                if self.para_kind.get((doc_id, pid)) == "reference" and not asks_sources:
                    score -= 0.08  # the bibliography answers questions about sources, not about the subject
                out.append(Candidate("sentence", score, cov, max(dense, sent_dense), doc_id, pid, sent, sent))
        out.sort(key=lambda c: -c.score)
        return out


# ---------------------------------------------------------------------------------------------
# Composing and verifying


@dataclass
class Composition:
    answer: str
    citations: list[Citation]
    refused: bool
    facts_used: list[str]
    related: list[Citation]
    support: float


def _topic(u: Understanding) -> str:
    q = re.sub(r"\s+", " ", u.question.strip().rstrip("?.!"))
    q = re.sub(r"^((please|can you|could you|tell me|what's|whats|who's|what|how many|how much|who|which|when|why|"
               r"where|does|do|did|is|are|was|were|can|could|the|about)(?![\w'])\s*)+", "", q, flags=re.I)
    if len(q) > 120:
        q = q[:117].rsplit(" ", 1)[0] + "..."
    if not q or digits_in(q) or has_cjk(q):  # never echo a figure the paper does not hold
        return ""
    return q[:1].lower() + q[1:]


class GroundedComposer:
    """Builds the answer text and its citations from the chosen evidence; refuses when support is weak."""

    GATE_MARGIN = 0.15  # how far below the top-scored evidence a gate-passing candidate may be

    def __init__(self, kb: KnowledgeBase, chooser: EvidenceChooser, refusal_threshold: float) -> None:
        self.kb = kb
        self.chooser = chooser
        self.threshold = refusal_threshold

    def citation(self, marker: int, doc_id: str, paragraph_id: str, quote: str) -> Citation:
        para = self.kb.document(doc_id).paragraph(paragraph_id)
        return Citation(marker=marker, doc_id=doc_id, paragraph_id=paragraph_id, label=para.label,
                        section=para.section_title, quote=quote)

    def related(self, hits: list[Hit], n: int = 3) -> list[Citation]:
        out: list[Citation] = []
        seen = set()
        for h in hits:
            key = (h.doc_id, h.paragraph_id)
            if key in seen:
                continue
            seen.add(key)
            sents = self.chooser.sentences.get(key) or [(h.text, set())]
            out.append(self.citation(len(out) + 1, h.doc_id, h.paragraph_id, sents[0][0]))
            if len(out) == n:
                break
        return out

    def support(self, u: Understanding, best: Candidate) -> float:
        """How much of what the question is about stands in the evidence's paragraph (0..1), blended
        with embedding similarity. Judged on the question's own words: history only helps find evidence."""
        toks = self._tokens(best)
        own = u.current_coverage(toks)
        cov = max(own, u.coverage(toks)) if u.dependent else own
        return 0.75 * cov + 0.25 * best.dense

    def _context_sentences(self, u: Understanding, best: Candidate, candidates: list[Candidate]) -> list[Candidate]:
        """The sentences an answer sentence leans on: the claim before "That's why ...", the list after
        "... the following points:", the reason next to a claim in a why-question."""
        key = (best.doc_id, best.paragraph_id)
        sents = [t for t, _ in self.chooser.sentences.get(key, [])]
        # "tell me more about the first one", answered by what was just said: the paper's next sentence
        # is the "more"
        repeats = _repeats(u, best.text)
        if best.kind == "fact" and u.answer_type != "reason" and not repeats:
            return []  # a fact states its answer whole; its sentence's neighbours would only add noise
        anchor = best.quote
        if repeats and best.kind == "fact":  # the fact spans the paragraph: anchor on its best-matching sentence
            anchor = next((c.text for c in candidates if c.kind == "sentence" and c.paragraph_id == best.paragraph_id
                           and c.doc_id == best.doc_id), anchor)
        at = [k for k, t in enumerate(sents) if t in anchor]
        if not at:
            return []
        i = at[-1]
        score = {c.text: c.score for c in candidates if c.kind == "sentence" and c.paragraph_id == best.paragraph_id}
        extra: list[str] = []
        if repeats and i + 1 < len(sents):
            extra.append(sents[i + 1])
        elif i > 0 and _LEANS_BACK.match(sents[i]):
            extra.append(sents[i - 1])
        elif (u.answer_type == "reason" and i > 0 and best.kind == "sentence" and not _CAUSAL.search(sents[i])
              and re.match(r"^(after|once|with|as|since|given)\b", sents[i], re.I)):
            extra.append(sents[i - 1])  # "After X is solved, the US can ...": the argument leading to it
        elif (u.answer_type == "reason" or u.said_before) and len(sents) > 1:  # a why, or "tell me more"
            neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(sents)]
            j = max(neighbours, key=lambda j: score.get(sents[j], 0.0))
            if score.get(sents[j], 0.0) >= 0.6 * best.score:
                extra.append(sents[j])
        out = [Candidate("sentence", best.score, best.coverage, best.dense, best.doc_id, best.paragraph_id, t, t)
               for t in extra]
        if best.quote.rstrip().endswith(":"):
            nxt = self.chooser.next_paragraph(best.doc_id, best.paragraph_id)
            if nxt is not None:
                out.append(Candidate("sentence", best.score, best.coverage, best.dense, best.doc_id, nxt[0],
                                     nxt[1], nxt[1]))
        return out

    def _counted_concepts(self, u: Understanding) -> list[Concept]:
        """The concepts named right after "how many" (what is being counted)."""
        m = re.search(r"\bhow many ([a-z][\w-]*)(?: ([a-z][\w-]*))?", u.question.lower())
        if not m:
            return []

        def plural(w: str | None) -> bool:
            return bool(w) and (w.endswith("s") and not w.endswith("ss") or w == "people")

        # only a plural noun is a counted thing ("how many devices"); "how many emphasise" is a verb;
        # in "how many member companies" the second word is the noun
        noun = m.group(2) if plural(m.group(2)) and not plural(m.group(1)) else m.group(1)
        if not plural(noun):
            return []
        stems = set(content_tokens(noun)) - _LIST_COUNT_NOUNS
        return [c for c in u.concepts if not c.from_history and any(stems & a for a in c.alternatives)]

    def _who_verb(self, u: Understanding) -> Concept | None:
        """The concept of the verb in "who <verb> ...", when it is a topic word (not "is", "else", "counts")."""
        asked = u.asked
        m = re.match(r"\s*(?:\w+,?\s+)?(?:and\s+)?who\s+(\w+)", asked, re.I)
        # "which department paid for ...": the same, for the glossary's verbs of action (funding, leading)
        which = re.match(r"\s*(?:\w+,?\s+)?(?:and\s+)?(?:which|what)\s+\w+\s+(\w+ed|paid|led)\b", asked, re.I)
        word = m.group(1) if m else which.group(1) if which else ""
        if not word or word.lower() in _AUX_WORDS | STOPWORDS:
            return None
        verb = stem(word.split()[0].lower())
        if verb in _META or verb in _TYPE_WORDS:
            return None
        concept = next((c for c in u.concepts if not c.from_history
                        and (verb in c.typed or any(verb in a for a in c.alternatives))
                        and (m or c.alternatives != [frozenset([c.name])])), None)
        # a verb the paper never uses, with no synonym it does, cannot be checked against the evidence
        if concept is None or not any(a <= self.chooser.retriever.vocabulary for a in concept.alternatives):
            return None
        return concept

    def _places_new(self, u: Understanding, c: Candidate) -> bool:
        """Whether the evidence names a place (a glossary term marked as one) that the question does not."""
        asked = {x.name for x in u.concepts}
        found = self.kb.glossary.matches(c.text)  # in what the answer says, not only in its source
        return any(term.place and term.term not in asked for term, _ in found)

    def _names_new(self, u: Understanding, c: Candidate) -> bool:
        """Whether the evidence names something the question does not: a capitalised word or a version
        number, in the part of it (clause, list item) that speaks of the question's named things."""
        parts = [str(v) for v in c.fact.value] if c.fact is not None and isinstance(c.fact.value, list) else []
        parts = parts or re.split(r"[;,:]\s*|\s+and\s+", c.text)
        entities = [x for x in u.concepts if x.is_entity and not x.from_history]
        hits = [sum(e.matched(set(content_tokens(p))) for e in entities) for p in parts]
        about = [p for p, h in zip(parts, hits, strict=True) if h == max(hits)] if hits and max(hits) else parts
        # a generic term's synonyms are no news; a named thing's other names may be the answer
        # ("Foxconn's platform" -> "Industrial Fulian Foxconn-BEACON9")
        known = set(content_tokens(u.english)) | {t for x in u.concepts if not x.is_entity
                                                  for a in x.alternatives for t in a}
        # the canonical name of something asked about ("Britain" for "UK") is no news; a synonym may be ("OneNET")
        same = {frozenset(content_tokens(x.name)) for x in u.concepts}
        # an ordinary word of an asked thing's full name ("Department" of "Department of Energy") is no name
        # to give; a proper one ("Fulian" of "Industrial Fulian Foxconn-BEACON9") may be the answer
        full_names = {t for x in u.concepts if x.is_entity and not x.from_history for t in content_tokens(x.name)}
        for part in about:
            for m in re.finditer(r"(?<!^)\b([A-Z][\w-]*|\d+\.\d+)", part.strip()):
                toks = set(content_tokens(m.group(1)))
                if not toks or toks <= known or frozenset(toks) in same:
                    continue
                if toks <= known | full_names and m.group(1).lower() in self.chooser.dictionary:
                    continue
                return True
        return False

    def _previous_tokens(self, u: Understanding, c: Candidate) -> set[str]:
        """Tokens of the sentence before the evidence sentence, in its paragraph; empty for facts and for a
        sentence that names a subject of its own ("the NNMI has 830 members" is not about DMDII)."""
        if c.kind != "sentence":
            return set()
        asked = {x.name for x in u.concepts}
        if any(term.is_entity and term.term not in asked for term, _ in self.kb.glossary.matches(c.text)):
            return set()
        sents = self.chooser.sentences.get((c.doc_id, c.paragraph_id), [])
        for (_, before), (sentence, _) in zip(sents, sents[1:], strict=False):
            if sentence == c.text:
                return before
        return set()

    def _tokens(self, c: Candidate, paragraph: bool = True) -> set[str]:
        toks = set(content_tokens(c.quote + " " + c.text))
        for sentence, sentence_toks in self.chooser.sentences.get((c.doc_id, c.paragraph_id), []):
            if sentence in c.quote:  # with what it inherits from the sentence it points back to
                toks |= sentence_toks
        if paragraph:
            toks |= self.chooser.paragraph_tokens.get((c.doc_id, c.paragraph_id), set())
        if c.fact is not None:
            toks |= self.chooser.fact_tokens[c.fact.id]
        return toks

    def gate(self, u: Understanding, best: Candidate, support: float, clues: bool = True) -> str | None:
        """Why the best evidence cannot answer this question (None when it can)."""
        if support < self.threshold:
            return "weak"
        if _OPINION.search(u.question):
            return "opinion"
        if (self.chooser.para_kind.get((best.doc_id, best.paragraph_id)) == "reference"
                and not _ASKS_SOURCES.search(u.english)):
            return "weak"  # the bibliography's dates and names are its sources', not answers about the subject
        evidence = best.text + " " + best.quote + " " + (best.fact.as_of or "" if best.fact else "")
        if u.answer_type == "figure" and not numbers_in(evidence):
            return "figure"
        if re.search(r"\b(percent|percentage|%|proportion|market share|rate)\b", u.english, re.I) and not re.search(
                r"%|percent|two-thirds|one-third|half", evidence, re.I):
            return "figure"
        # asks for an amount of money ("labour costs" in a why-question does not)
        if u.answer_type != "reason" and _MONEY.search(u.english) and not _CURRENCY.search(evidence):
            return "figure"
        if u.answer_type == "date" and not _YEAR.search(evidence):
            return "figure"
        if re.search(r"\bhow long\b", u.question, re.I) and not re.search(
                r"\b\d+\s*(?:years?|months?|weeks?|days?)\b", evidence, re.I):
            return "figure"
        # "Which group had 12 platforms?": the number identifies the answer; evidence without it answers
        # something else (compose falls back to the best evidence when no close candidate holds it)
        clue_numbers = {n for n in u.clue_numbers if not _YEAR.fullmatch(n)} if clues else set()
        held = set(numbers_in(evidence))
        if best.fact is not None and isinstance(best.fact.value, list):
            held.add(str(len(best.fact.value)))
        if (clue_numbers and u.answer_type in ("entity", "list", "date", "place")
                and not clue_numbers & held):
            return "clue"
        # "Who funds X?": evidence on who *released* X names someone, but not the one asked for
        verb = self._who_verb(u)
        if verb is not None:  # the action itself, in the evidence's own words, not what a "this" points back to
            own = set(content_tokens(best.text + " " + best.quote)) | (
                self.chooser.fact_tokens[best.fact.id] if best.fact is not None else set())
            if not verb.matched(own):
                return "weak"
        if _ASKS_NAME.search(u.asked) and not self._names_new(u, best):
            return "weak"  # "what is the UK's programme called?": the evidence holds no name to give
        if u.answer_type == "place" and not self._places_new(u, best):
            return "weak"  # "where is it?", "which city?": the evidence names no place the question lacks
        counted = self._counted_concepts(u)
        if counted and not any(c.matched(self._tokens(best)) for c in counted):
            return "figure"  # "how many devices": the evidence counts something else
        # the evidence itself (statement, sentence) must name what the question is about, not just its
        # paragraph; the sentence just before it counts, as a paragraph carries its subject on
        toks = self._tokens(best, paragraph=False) | self._previous_tokens(u, best)
        missing = [c.name for c in u.concepts if c.is_entity and not c.from_history and not c.matched(toks)]
        if missing and not _CHECKING.search(u.question):
            return "weak"  # the question is about something the evidence does not mention
        if missing and clues:
            # a premise ("Because Haier is a livelihood platform, ...") is checked against evidence that
            # names what it is about, when such evidence is close; else against the best evidence
            return "clue"
        asked_years = set(_YEAR.findall(u.asked))
        section_years = set(_YEAR.findall(self.chooser.section_text(best.doc_id, best.paragraph_id)))
        if asked_years - section_years and not _CHECKING.search(u.question):
            return "year"  # asked about a year; the paper dates this to another one
        if u.unknown_names and (not _CHECKING.search(u.question)
                                or u.current_coverage(self._tokens(best), skip=u.unknown_names) < 0.6):
            # "What is the GDP of Brazil?" asks about a name the paper never uses: refuse. Only a premise
            # ("Given that Trump proposed NNMI, ...") is answered, with the name flagged as not in the paper.
            return "unknown"
        return None

    def refuse(self, u: Understanding, hits: list[Hit], support: float, figure: bool = False) -> Composition:
        p = phrases()
        text = p["refusal_figure" if figure else "refusal"]
        topic = _topic(u)
        if topic:
            text += " " + p["refusal_topic"].format(topic=topic)
        if u.unknown_names:
            text += " " + p["premise_name"].format(names=", ".join(dict.fromkeys(u.unknown_names)))
        text += " " + p["refusal_related"]
        return Composition(text, [], True, [], self.related(hits), support)

    def _first_passing(self, u: Understanding, candidates: Iterable[Candidate]) -> tuple[Candidate, float] | None:
        """The first candidate that passes every gate, with its support."""
        for c in candidates:
            sup = self.support(u, c)
            if self.gate(u, c, sup) is None:
                return c, sup
        return None

    def compose(self, u: Understanding, candidates: list[Candidate], hits: list[Hit]) -> Composition:
        if not candidates:
            return self.refuse(u, hits, 0.0)
        # The gates are hard constraints: take the best-scored evidence that passes them, among those
        # close to the top (a distant candidate that passes is not an answer, it is a guess).
        top = candidates[0]
        top_support = self.support(u, top)
        why_not = self.gate(u, top, top_support)
        best, support = top, top_support
        found = None
        if why_not:
            found = self._first_passing(u, takewhile(lambda c: c.score >= top.score - self.GATE_MARGIN,
                                                     candidates[1:12]))
        if why_not == "year" and found is None:
            # "And how many by 2017?": evidence dated that very year answers it, even if it scored lower
            asked_years = set(_YEAR.findall(u.asked))
            found = self._first_passing(u, (c for c in candidates[1:20]
                                            if asked_years <= set(_YEAR.findall(c.text + " " + c.quote))))
            why_not = "figure"
        if found is not None:
            (best, support), why_not = found, None
            candidates = [best] + [x for x in candidates if x is not best]
        if why_not == "clue":  # no close evidence holds the clue: the best evidence, if it passes the rest
            why_not = self.gate(u, top, top_support, clues=False)
        if why_not:
            return self.refuse(u, hits, top_support, figure=why_not == "figure")

        p = phrases()
        lines: list[str] = []
        citations: list[Citation] = []
        facts_used: list[str] = []

        def cite(c: Candidate) -> int:
            for existing in citations:
                if existing.paragraph_id == c.paragraph_id and existing.doc_id == c.doc_id:
                    # one citation per paragraph when the quotes join into one verbatim span
                    span = self.chooser.joined_span(c.doc_id, c.paragraph_id, existing.quote, c.quote)
                    if span is not None:
                        existing.quote = span
                        return existing.marker
            citations.append(self.citation(len(citations) + 1, c.doc_id, c.paragraph_id, c.quote))
            return citations[-1].marker

        if u.injection:
            lines.append(p["injection"])
        if u.unknown_names:
            lines.append(p["premise_name"].format(names=", ".join(dict.fromkeys(u.unknown_names))))
        chosen = [best]
        # A second piece of evidence when it is nearly as good and adds something (comparisons, two-part asks).
        if u.answer_type == "list" and not (best.fact is not None and isinstance(best.fact.value, list)):
            # "name the platforms", answered by a count: the list the paper gives in that paragraph names them
            listing = next((c for c in candidates[1:] if c.fact is not None and isinstance(c.fact.value, list)
                            and c.paragraph_id == best.paragraph_id and c.doc_id == best.doc_id
                            and c.score >= 0.75 * best.score), None)
            if listing is not None:
                chosen.append(listing)
        for c in candidates[1:6]:
            if len(chosen) > 1 or c.score < 0.9 * best.score or c.text == best.text:
                continue
            if c.fact is not None and best.fact is not None and c.fact.id != best.fact.id:
                if re.search(r"\b(compare|compared|versus|vs\.?|both|difference|each|respectively|altogether)\b",
                             u.question, re.I) and c.coverage >= 0.6:
                    chosen.append(c)
                    break
            elif (best.kind == "sentence" and c.kind == "sentence" and u.answer_type in ("reason", "general")
                  and c.paragraph_id == best.paragraph_id and c.score >= 0.95 * best.score):
                chosen.append(c)
                break
        context = [c for c in self._context_sentences(u, best, candidates) if c.text not in {x.text for x in chosen}]
        if context and best.kind == "fact" and _repeats(u, best.text):
            chosen = context  # "more about the first one": what the paper adds, not what was just said
        else:
            chosen += context
        if all(c.kind == "sentence" and c.paragraph_id == best.paragraph_id for c in chosen):
            # sentences of one paragraph read in the paper's order ("... unattended machines. That's why ...")
            order = {t: k for k, (t, _) in enumerate(self.chooser.sentences.get((best.doc_id, best.paragraph_id), []))}
            chosen.sort(key=lambda c: order.get(c.text, len(order)))
        # A number in a which/who question is a clue ("which group had 12?"), not a claim to correct.
        clue = re.search(r"\b(which|who|whose)\b", u.question, re.I)
        if best.fact is not None and u.asserted_numbers and u.answer_type not in ("entity", "list") and not clue:
            value_numbers = set(numbers_in(str(best.fact.value))) | set(numbers_in(best.fact.as_of or ""))
            value_numbers |= set(numbers_in(best.fact.statement))
            if value_numbers and not set(u.asserted_numbers) <= value_numbers:
                lines.append(p["premise_number"])
        # Correcting a premise ("released in 2018, correct?", "Given that Trump proposed it"): the paper's
        # own whole sentence is the clearest correction, with every name and date in it.
        correcting = bool(lines and lines[-1] == p["premise_number"]) or bool(_CHECKING.search(u.question))
        # "Who published it, and when?": two questions in one; the paper's whole sentence answers both
        correcting = correcting or len(re.findall(r"\b(who|when|where|how many|how much|which|what year)\b",
                                                  u.english, re.I)) >= 2
        for c in chosen:
            marker = cite(c)
            if c.fact is not None:
                facts_used.append(c.fact.id)
                missing_items = any(str(v) not in c.fact.statement for v in c.fact.value) if isinstance(
                    c.fact.value, list) else False
                if isinstance(c.fact.value, list) and (
                        (u.answer_type == "list" and (missing_items or len(c.fact.value) >= 4))
                        or (u.answer_type in ("general", "entity") and missing_items)):
                    items = "\n".join(f"- {v}" for v in c.fact.value)
                    lines.append(f"{c.fact.statement} [{marker}]\n{items}")
                elif correcting or (u.answer_type == "reason" and c.fact.kind not in ("figure", "date")):
                    # a why-question wants the paper's reasoning, which lives in its own sentence
                    lines.append(f"{_as_sentence(c.quote)} [{marker}]")
                else:
                    lines.append(f"{c.fact.statement} [{marker}]")
            else:
                lines.append(f"{_as_sentence(c.text)} [{marker}]")
        answer = ""
        for line in lines:  # a list ends its paragraph: what follows it starts a new one
            answer += ("\n\n" if "\n- " in answer.rsplit("\n\n", 1)[-1] else " ") + line if answer else line
        answer = answer.replace(" \n", "\n")
        return Composition(answer, citations, False, facts_used, [], support)


def _as_sentence(text: str) -> str:
    """A quoted sentence as answer prose: the paper's words, without its reference brackets."""
    text = re.sub(r"\s*\[\d+(?:\s*[,\-–]\s*\d+)*\]", "", text.strip()).strip()
    return text[:1].upper() + text[1:]


def verify_numbers(answer: str, citations: list[Citation]) -> list[str]:
    """Numbers in the answer that no cited quote holds (must be empty for an answer to stand)."""
    return unsupported_numbers(answer, [c.quote for c in citations])


def strip_unsupported(comp: Composition) -> Composition | None:
    """Fall back to the cited quotes themselves when a composed sentence carries an unsupported number."""
    if not verify_numbers(comp.answer, comp.citations):
        return comp
    if not comp.citations:
        return None
    answer = " ".join(f"{c.quote} [{c.marker}]" for c in comp.citations)
    if verify_numbers(answer, comp.citations):
        return None
    return Composition(answer, comp.citations, comp.refused, comp.facts_used, comp.related, comp.support)


__all__ = [
    "Candidate", "Composition", "EvidenceChooser", "GroundedComposer", "QuestionReader", "Understanding",
    "answer_type", "strip_unsupported", "verify_numbers",
]
