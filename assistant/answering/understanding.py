"""Understanding a question: the concepts it asks about (weighted by rarity), the answer it wants, and how
it leans on the conversation before it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property

from ..knowledge import KnowledgeBase
from ..numbers import digits_in, numbers_in
from ..retrieval import ExpandedQuery, HybridRetriever, expand_query
from ..text import STOPWORDS, content_tokens, has_cjk, stem, unaccented, words
from ..types import GlossaryTerm, Turn
from .chat import chat_kind, language_switch, smalltalk_kind, without_smalltalk
from .chinese import chinese_pairs, unknown_chinese_words
from .intent import (
    ABOUT_POINTED,
    REQUEST_ASIDE,
    answer_type,
    depends_on_history,
    is_fragment,
    language_of,
    list_items,
    proper_names,
    question_sentences,
    split_parts,
    with_apostrophes,
    without_preface,
)
from .lexicon import (
    APPOSITIVE,
    ASKER_FRAME,
    ASKS_PARTS,
    AT_WHAT_POINT,
    AUX_WORDS,
    BARE_PERCENT,
    BRIEFING_FRAME,
    CATEGORY_VERB,
    DEADLINE,
    DEFINING_WORDS,
    DOCUMENT_KINDS,
    DOCUMENT_NAMED,
    FOLLOWUP_START,
    FOUNDING_WORDS,
    INCLUSION_WORDS,
    IT_PRONOUN,
    KIND_FRAME,
    KIND_OF,
    LANGUAGE_ASKED,
    MEMBER_WORDS,
    META,
    NEED_FOR,
    NEEDER_FRAME,
    ORDINAL_REF,
    ORDINALS,
    PLACE_NOUNS,
    PLACE_VERBS,
    POLITE_REQUEST,
    PRESENTATION_FRAME,
    PRONOUN,
    PURPOSE_FRAME,
    PURPOSE_WORDS,
    QUESTION_COUNT,
    QUOTED_TERM,
    SINGLENESS,
    SIZE_ASKED,
    SYNONYMS,
    TERM_FRAME,
    THAN_ONLY,
    TYPE_WORDS,
    UNWANTED,
    WANTED,
    WANTER_FRAME,
    WANTS_MORE,
    WHOLE_SIZE,
    WHOSE_IDEA,
    WIDER_THAN,
    as_current_state,
    as_document,
    as_plain_why,
    as_purpose,
    as_structure,
    contrasts,
    described_names,
    document_by_kind,
    learner_words,
    recipient_names,
    whole_sizes,
    with_plain_verbs,
    with_possessed_noun,
    without_audience,
    without_descriptions,
    without_scene_markers,
    without_scenes,
    without_source_frame,
    without_trailing_description,
)
from .spelling import Speller
from .weights import ReadingWeights

# the first or last few items of a list: "the first two goals", "the last three points", "the next 2 steps" (not "the
# first four of those", a part of what was named before)
_FIRST_FEW = re.compile(r"\b(first|last|next|final|opening|closing)\s+(?:two|three|four|five|six|seven|eight|nine|"
                        r"ten|\d{1,2})\b(?!\s*(?:%|percent|years?|months?|days?|of\b))", re.I)


@dataclass
class Concept:
    """Something the question asks about: alternative token sets (a term and its synonyms)."""

    name: str
    alternatives: list[frozenset[str]]
    weight: float
    from_history: bool = False
    is_entity: bool = False  # a named thing (DoD, NASA, China): evidence that lacks it answers something else
    typed: frozenset[str] = frozenset()  # the words the user actually typed for it
    synonym_credit: float = 0.75  # credit for matching by a synonym rather than the words typed

    @property
    def own(self) -> list[frozenset[str]]:
        """The alternatives that stand for what was typed: a common word's own, not its general synonyms."""
        plain = bool(self.typed) and self.alternatives[0] == self.typed == frozenset([self.name])
        return self.alternatives[:1] if plain else self.alternatives

    def matched(self, tokens: set[str]) -> bool:
        return any(alt and alt <= tokens for alt in self.alternatives)

    def match_score(self, tokens: set[str]) -> float:
        """1 for the user's own words, 0.75 for a synonym: the words typed are the better clue."""
        if self.typed and self.typed <= tokens:
            return 1.0
        if self.matched(tokens):
            return self.synonym_credit if self.typed else 1.0
        return 0.0


@dataclass(kw_only=True)
class Understanding:
    """A question as read: what it asks about, what kind of answer it wants, how it leans on the history."""

    question: str
    standalone: str
    expanded: ExpandedQuery
    concepts: list[Concept]
    answer_type: str  # figure | date | entity | list | reason | definition | general
    asserted_numbers: list[str]
    unknown_names: list[str]
    # names the documents never use that the question does not ask about: one that describes another ("the Shenzhen
    # internet giant Tencent"), whom a lesson is for ("the lesson for MIIT"); flagged in the answer, not refused
    aside_names: list[str] = field(default_factory=list)
    injection: bool
    dependent: bool
    clue_numbers: list[str] = field(default_factory=list)  # numbers that identify the answer, not names
    asked: str = ""  # the question's asking sentences, injected instructions set aside
    heads: list[Concept] = field(default_factory=list)  # "which company ...": the kind of thing wanted
    said_before: set[str] = field(default_factory=set)  # "tell me more", "any other": what was already said
    language: str = "en"  # the question's language: "zh" for a Chinese question (the answer follows it)
    smalltalk: str = ""  # "greeting", "thanks", "bye", "help", "self": no question about the documents at all
    parts: list[str] = field(default_factory=list)  # the questions of a message that asks several, else []
    history: list[Turn] = field(default_factory=list)  # the conversation before it (to answer each part in)
    # "a regular (not skilled) job", "rather than manufacturing": the words of what the question sets aside
    set_aside: frozenset[str] = frozenset()
    # "Unlike X, ...", "X is ...; by contrast, ...": the words of what the question sets its subject against
    set_against: frozenset[str] = frozenset()
    # "how many did Energy fund, as opposed to the 8 of Defense?": the stated numbers of what is set aside, which
    # describe another thing than the one asked about
    contrasted_numbers: frozenset[str] = frozenset()
    # "which practices could a Chinese network copy?": the concepts named only by who would take up the lesson
    learners: frozenset[str] = frozenset()
    # "what was the guild meant to become?", "what is the purpose of X?" asked with a word of purpose the documents
    # never use: the evidence must state a purpose in words of its own ("founded as a meeting place")
    purpose_unnamed: bool = False

    @property
    def english(self) -> str:
        """The question, or for a Chinese one its English rendering through the glossary."""
        return self.question if not has_cjk(self.question) else f"{self.expanded.dense_text} {self.question}"

    def coverage(self, tokens: set[str]) -> float:
        total = sum(c.weight for c in self.concepts)
        if total <= 0:
            return 0.0
        return sum(c.weight * c.match_score(tokens) for c in self.concepts) / total

    def coverage_function(self) -> Callable[[set[str], set[str] | None], float]:
        """``coverage`` for many units of this question: the same value (given no ``free``), with the concepts' parts
        looked up once (the chooser scores a few hundred sentences per question). Given ``free``, the unit's words
        outside the names of several words it holds, a plain word of the question is looked for there:
        "manufacturing" in "what is the core of manufacturing innovation?" is not said by "National Network for
        Manufacturing Innovation"; a named thing (and the kind of thing asked for, "which institute") still by every
        word."""
        total = sum(c.weight for c in self.concepts)
        if total <= 0:
            return lambda tokens, free=None: 0.0
        heads = {c.name for c in self.heads}
        # a plain word the question typed inside a name it gives ("architecture" of "the Architecture 2.0
        # framework") is that name's word in the evidence too
        in_names = {t for c in self.concepts if c.is_entity for t in c.typed}
        parts = [(c.weight, c.typed, [a for a in c.alternatives if a], c.synonym_credit if c.typed else 1.0,
                  c.is_entity or c.name in heads or bool(c.typed and c.typed <= in_names)) for c in self.concepts]

        def coverage(tokens: set[str], free: set[str] | None = None) -> float:
            got = 0  # summed in the concepts' order from 0, as sum() does: the same float as coverage()
            for weight, typed, alternatives, credit, named in parts:
                have = tokens if named or free is None else free
                if typed and typed <= have:
                    got += weight * 1.0
                elif any(a <= have for a in alternatives):
                    got += weight * credit
                else:
                    got += weight * 0.0
            return got / total

        return coverage

    def current_coverage(self, tokens: set[str], skip: list[str] | None = None) -> float:
        # a concept is skipped by its name as given or by the stem of a word ("proposed"); a name that is already a
        # stem may not stem to itself ("propos" -> "propo"), and a term keeps its capitals ("industrial Internet")
        skipped = {n for n in skip or []} | {stem(n.lower()) for n in skip or []}
        own = [c for c in self.concepts if not c.from_history and c.name not in skipped]
        total = sum(c.weight for c in own)
        return sum(c.weight * c.match_score(tokens) for c in own) / total if total > 0 else 0.0



def own_words(text: str, variant: str) -> set[str]:
    """The words of "our ministry", "my provincial government" when ``variant`` (as a glossary gives it: "agencies")
    stands in ``text`` only as the asker's own; else none."""
    first = stem(variant.split()[0].lower())
    tokens = re.findall(r"[\w'-]+", text.lower())
    spots = [k for k, w in enumerate(tokens) if stem(w) == first]
    owners = [next((j for j in (k - 1, k - 2) if j >= 0 and tokens[j] in ("our", "my")), None) for k in spots]
    if not spots or None in owners:
        return set()
    return {t for j, k in zip(owners, spots, strict=True) for t in content_tokens(" ".join(tokens[j + 1:k + 1]))}


def english_words(retriever: HybridRetriever) -> frozenset[str]:
    """English words of the embedding model's vocabulary (empty for a model that has none)."""
    return getattr(retriever.embeddings, "dictionary", frozenset())



# the particle of a phrasal verb, dropped as a stopword: "put out" would match any "puts" in the evidence
_PARTICLE = re.compile(r"\b(?:up|out|with|by|off|down|over|for)\b", re.I)


# a capitalised word inside a sentence of a document; a run of capitalised words inside a question's sentence, joined
# by spaces or hyphens ("the Five-Year Plan", "the Green Deal"; not acronyms, which are names one by one, nor one
# hyphenated word, "Franco-German", which describes)
_CAPITALISED_INSIDE = re.compile(r"(?<![.?!:]\s)(?<!^)(?<!\n)\b([A-Z][a-z]+)\b")
_TITLE_RUN = re.compile(r"(?<![.?!]\s)(?<!^)\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+)+\b")


# "When Trump proposed NNMI in 2012, what was its goal?", "Since Bush set up X, ...": a doer the documents never
# name, set as the premise of another question; what the documents say of who did it is asked first
_PREMISE_DOER = re.compile(
    r"^\s*(?i:when|since|given that|after|as|now that|because|considering that)\s+"
    r"(?i:(?:former\s+)?(?:president|premier|prime minister|minister|chancellor|governor)\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?P<verb>[a-z]+ed|set up|began|built|led|made|wrote|ran|"
    r"brought in|put forward|came up with)\s+(?P<thing>(?:the\s+)?[\w&'’.+-]+(?:\s+(?!in\b|during\b|under\b|with\b|"
    r"through\b|at\b|by\b|on\b)[\w&'’.+-]+){0,5}?)(?:\s+(?:in|during|under|with|through|at|by|on)\b[^,;]*)?"
    r"[,;]\s*(?P<rest>(?i:what|which|who|how|why|where|when)\b.+)$")


def premise_parts(question: str, unknown: list[str]) -> list[str]:
    """For a question set after a premise whose doer the documents never name: who did it, as the documents say,
    then the question (which leans on that part as a follow-up); [] otherwise."""
    m = _PREMISE_DOER.match(question)
    if m is None or not (m.group("name") in unknown or set(m.group("name").split()) <= set(unknown)):
        return []
    rest = m.group("rest").strip()
    return [f"Who {m.group('verb')} {m.group('thing')}?", rest[:1].upper() + rest[1:]]


class QuestionReader:
    """Turns a question (and the conversation) into weighted concepts and an expected answer type."""

    def __init__(self, kb: KnowledgeBase, retriever: HybridRetriever, weights: ReadingWeights | None = None) -> None:
        self.kb = kb
        self.w = weights or ReadingWeights()
        self.retriever = retriever
        self.max_idf = max((retriever.idf(t) for t in retriever.vocabulary), default=1.0)
        corpus_words = {w.lower() for it in retriever.items for w in words(it.text)}
        for term in kb.glossary.terms:
            for v in term.variants:
                corpus_words.update(w.lower() for w in words(v))
        self.speller = Speller(corpus_words, english_words(retriever), retriever.vocabulary,
                               kb.glossary.shorthands)
        self.corpus_words = self.speller.corpus_words
        self.correct_text = self.speller.correct

    @cached_property
    def document_kind(self) -> re.Pattern[str] | None:
        """"the review", said as the source, when a document's title names it a review (``document_by_kind``)."""
        kinds = {w.lower() for d in self.kb.documents for w in re.findall(r"[A-Za-z-]+", d.title or "")}
        return document_by_kind(kinds & DOCUMENT_KINDS)

    # Built on the first question that names a run of capitalised words, not at every start.
    @cached_property
    def corpus_phrases(self) -> str:
        """The documents' text as a run of lower-case words, for looking up a phrase a question names ("+" read as
        the word a question spells it with: "Internet Plus")."""
        return " " + " ".join(w.lower() for it in self.retriever.items
                              for w in re.findall(r"[A-Za-z0-9]+", unaccented(it.text).replace("+", " plus "))) + " "

    @cached_property
    def corpus_compact(self) -> str:
        """The same without spaces: "Sky Drive" is the documents' "SkyDrive"."""
        return self.corpus_phrases.replace(" ", "")

    @cached_property
    def capitalised(self) -> frozenset[str]:
        """The words the documents write with a capital inside a sentence (parts of names they use)."""
        return frozenset(m.group(1).lower() for it in self.retriever.items
                         for m in _CAPITALISED_INSIDE.finditer(unaccented(it.text)))

    @cached_property
    def _chinese_pairs(self) -> frozenset[str]:
        return chinese_pairs(self.kb)

    def _kind_concept(self, words: list[str]) -> Concept:
        """A concept the question implies by its form, not its words (the verbs of inclusion for "what makes up
        X?", the member words for "how big is X?"): any of ``words``, weighing as a word of the answer's kind."""
        weight = self.w.type_word * max(self._weight(w) for w in words)
        return Concept(words[0], [frozenset([w]) for w in words], weight)

    def _weight(self, token: str) -> float:
        if token in self.retriever.vocabulary:
            return max(self.w.idf_floor, self.retriever.idf(token))
        # A word the paper never uses: likely the question is about something else.
        return self.w.unknown_word * self.max_idf

    def _term_concept(self, term: GlossaryTerm, from_history: bool, variant: str = "") -> Concept:
        # a synonym "put out", "came up with": without its particle the verb means something else ("puts"); the
        # term itself ("led by") is what the documents say
        synonyms = [v for v in term.synonyms
                    if not (len(v.split()) > 1 and _PARTICLE.search(v) and len(content_tokens(v)) == 1)]
        alts = []
        for v in (term.term, *term.abbreviations, *synonyms):
            toks = frozenset(content_tokens(v))
            if toks:
                alts.append(toks)
        typed = frozenset(content_tokens(variant))
        # the words the user typed say how specific the question is; failing that, the rarest alternative
        known = [typed] if typed and typed <= self.retriever.vocabulary else [
            a for a in alts if a <= self.retriever.vocabulary]
        weight = max((min(self._weight(t) for t in a) for a in known), default=0.5 * self.max_idf)
        weight = max(weight, self.w.named_floor * self.max_idf)  # named things are what a question is about
        return Concept(term.term, alts or [frozenset()], weight, from_history, term.is_entity, typed=typed,
                       synonym_credit=self.w.synonym_match)

    def concepts_of(self, text: str, from_history: bool = False) -> tuple[list[Concept], set[str]]:
        glossary = self.kb.glossary
        concepts: list[Concept] = []
        covered: set[str] = set()
        spans: list[str] = []  # the glossary's words as the text has them
        # "set up" read as "establish", "centre on" as "focus on": a phrasal verb is no glossary noun ("hold X
        # together" is "strengthen X", "X was part of Y" is "X belongs to Y")
        # ("funded a single park": a count of one, as "one park" is, no word of its own to find)
        read = text if has_cjk(text) else with_plain_verbs(SINGLENESS.sub("one", text))
        lowered = read.lower()
        for term, variant in glossary.matches(read):
            # a named thing of the documents, called by its name, stays the topic when the asker owns it ("which
            # players should our industrial internet link together?"); "our budget" (a common noun the glossary
            # gives as another word for a term) is the asker's own
            named = term.is_entity and variant.lower() in {v.lower() for v in (term.term, *term.abbreviations)}
            own = set() if has_cjk(variant) or named else own_words(read, variant)
            if own:
                # "what should our ministry change?", "a lesson for my provincial government": the asker's own
                # body says who asks, not what about; the answer need not name it
                covered.update(own | set(content_tokens(variant)))
                continue
            c = self._term_concept(term, from_history, variant)
            concepts.append(c)
            covered.update(content_tokens(variant))
            spans.append(variant)
            # "SMEs and start-ups": the term's abbreviation beside the synonym found is the same concept, not a
            # plain word beside it (a synonym or a name elsewhere in the text may be a word used otherwise, and a
            # place named twice, "American ... the US network", weighs as named twice)
            for other in () if term.place else term.abbreviations:
                if other != variant and not has_cjk(other) and re.search(
                        r"(?<![\w-])" + re.escape(other.lower()) + r"(?![\w-])", lowered):
                    covered.update(content_tokens(other))
        if has_cjk(text):
            # Chinese verbs and question words the glossary renders in English ("提出" -> "proposed")
            for zh, en in self.kb.glossary.question_words_in(text):
                spans.append(zh)
                # "在哪方面", "哪个方面", "什么方面": the kind of answer asked (in which respect), as "which aspects" is
                # in English, weighs as a word of the answer's type
                kind = re.search(r"(?:哪|什么)[些个几]?" + re.escape(zh), text) is not None
                for tok in content_tokens(en):
                    if tok not in covered and tok not in META and tok not in TYPE_WORDS:
                        covered.add(tok)
                        weight = self._weight(tok) * (self.w.type_word if kind else 1.0)
                        concepts.append(Concept(tok, [frozenset([tok])], weight, from_history))
            # Chinese words no Chinese text of the knowledge uses ("员工"): likely about something else
            for word in unknown_chinese_words(text, spans, self._chinese_pairs):
                concepts.append(Concept(word, [frozenset([word])], self.w.unknown_word * self.max_idf, from_history))
            return concepts, covered
        kind_words = {stem(m.group(1).lower()) for m in KIND_FRAME.finditer(read)}
        # "the term 'toll'", "the seafood wholesaler Colm": words about the asked thing, not the thing
        kind_words |= self.glosses_of(read) | {stem((m.group(1) or m.group(2)).lower())
                                               for m in TERM_FRAME.finditer(read)}
        for tok in content_tokens(read):
            if tok in covered or tok in META or tok.isdigit() or any(c.name == tok for c in concepts):
                continue
            if "-" in tok and tok not in self.retriever.vocabulary:
                continue  # "DOE-funded": its parts are concepts of their own; the compound is no new topic
            covered.add(tok)
            # words of answer type ("total", "share") help to pick evidence a little, never decide it
            weight = self.w.type_word * self._weight(tok) if tok in TYPE_WORDS | kind_words else self._weight(tok)
            # "sustain" for "support": synonyms are alternatives; a word never used weighs as its synonym that is
            others = sorted(SYNONYMS.get(tok, ()))
            known = [s for s in others if s in self.retriever.vocabulary]
            if known and tok not in self.retriever.vocabulary and tok not in TYPE_WORDS:
                weight = max(self._weight(s) for s in known)
            concepts.append(Concept(tok, [frozenset([tok]), *(frozenset([s]) for s in others)], weight, from_history,
                                    typed=frozenset([tok]) if others else frozenset(),
                                    synonym_credit=self.w.synonym_match))
        return concepts, covered

    def glosses_of(self, text: str) -> frozenset[str]:
        """The words that describe a name the documents use ("the seafood wholesaler Colm"): the asker's gloss,
        which weighs as a word of kind and need not stand in the evidence."""
        return frozenset(tok for m in APPOSITIVE.finditer(text)
                         if (name := content_tokens(m.group(2))) and set(name) <= self.retriever.vocabulary
                         for tok in content_tokens(m.group(1)))

    def read(self, question: str, history: list[Turn]) -> Understanding:
        # "whats the gist" read with its apostrophe; "Different topic: ...", "... on this front" without the words
        # that open or pad the question
        # "Could you explain, in plain words a minister would follow, what X means?": how to tell it, set off by
        # commas after the verb of telling, is no topic
        question = REQUEST_ASIDE.sub(r"\1 ", question)
        question = BARE_PERCENT.sub("percent", without_preface(with_apostrophes(question)))
        question = self.with_it_resolved(question, history)  # "Who wrote this paper?" - "What is it about?"
        switch = language_switch(question)
        turns = [k for k, t in enumerate(history) if t.role == "user"]
        if switch and turns:
            # "in Chinese, please", "用中文": the question before, answered again in the language asked for
            previous = self.read(history[turns[-1]].content, history[:turns[-1]])
            return replace(previous, language=switch)
        asked, injection = question_sentences(question)
        asking = asked  # the asking sentences as typed, before small talk is set aside
        # the small talk it is made of, or a message of only words of conversation ("sorry, hit enter too early")
        # ("can you answer in Chinese?" with nothing said before asks what the assistant can do)
        smalltalk = smalltalk_kind(asked) or chat_kind(question) or ("self" if switch else "")
        if not smalltalk:
            asked = without_smalltalk(asked)  # "Hi! Who proposed NNMI?": the question is what follows the greeting
        # "... for my minister": who it is for; "..., according to the report": who says it; neither is a topic
        # "where X stands today": the current state of X (read before typo repair, which knows no "faring"); "what do
        # the authors say about X": what the paper says
        # "A's or B's?": the noun a bare possessive leaves out, read in
        asked = with_possessed_noun(asked)
        asked = as_document(as_current_state(asked), alone=not history)
        if self.document_kind is not None:  # "what does the review say about X?": the review is the document
            asked = self.document_kind.sub("the paper", asked)
        # ("for the minister by noon": the deadline first, so that the audience closes the question)
        asked = without_audience(DEADLINE.sub("", without_source_frame(self.correct_text(asked))).strip() or asked)
        asked = ASKER_FRAME.sub(" ", asked).strip() or asked  # "as a provincial official, ...": who asks, no topic
        asked = PURPOSE_FRAME.sub("", asked).strip() or asked  # "For my speech, ...": what it is for, no topic
        asked = NEED_FOR.sub("", asked).strip() or asked  # "... - I need it for a speech": the same, said after
        asked = WANTER_FRAME.sub("", asked).strip() or asked  # "I need a memo on X": who wants it, no topic
        # "if we don't want X, ...": to avoid X; "we want small firms to join": the wish is the topic, not the wanting
        asked = WANTED.sub(" ", UNWANTED.sub(" to avoid ", asked)).strip() or asked
        asked = BRIEFING_FRAME.sub("", asked).strip() or asked  # "I'm briefing the minister on X": the same
        asked = NEEDER_FRAME.sub("", asked).strip() or asked  # "The minister needs a memo on X": the same
        asked = without_trailing_description(asked)  # "what is X, the target of Y?": what X is
        asked = WHOSE_IDEA.sub("who came up with", asked)
        asked = as_purpose(asked)  # "why was X set up?": what X was set up for
        asked = as_structure(asked)  # "how is X laid out?": what X's structure is
        asked = as_plain_why(asked)  # "why does the paper think X is Y?": why X is Y
        asked = LANGUAGE_ASKED.sub("", asked).strip() or asked  # "..., in Chinese": the answer's language, no topic
        # "the Shenzhen internet giant Tencent": a name the documents never use that only describes another; its
        # description is no topic (the name is still flagged as not in the documents)
        described = described_names(asked, self._unknown_names(asked))
        asked = without_descriptions(asked, described)
        # "in plain words", "in two sentences": how to answer, no topic (nor a name, below)
        # "..., not just in the Detroit institute?": a scope the question reaches past, no topic
        # "cited as background to X": the framing words, no topic (X stays, weighed below)
        framed = without_scene_markers(WIDER_THAN.sub(" ", PRESENTATION_FRAME.sub(" ", asked)))
        concepts, _ = self.concepts_of(framed)
        learner, rest = learner_words(asked)
        # "which practices could a Chinese network copy?": who would copy them, and the copying, say whom the lesson
        # is for; they weigh as words of the answer's kind do, not as its topic
        learners = frozenset(c.name for c in concepts if learner and c.matched(learner) and not c.matched(rest))
        for c in concepts:
            if c.name in learners:
                c.weight *= self.w.type_word
        # "what job multiplier is cited as background to X?": X is the scene, not what the evidence must be about;
        # it weighs as a word of the answer's kind does
        scenes, outside = without_scenes(asked)
        if scenes:
            glossary = self.kb.glossary
            scene_names = {t.term for phrase in scenes for t, _ in glossary.matches(phrase)}
            scene_names -= {t.term for t, _ in glossary.matches(outside)}
            for c in concepts:
                if c.name in scene_names:
                    c.weight *= self.w.type_word
        kind = answer_type(self.english_text(asked), self.kb.glossary.kind_nouns)
        inclusion = sorted(w for w in INCLUSION_WORDS if w in self.retriever.vocabulary)
        # "what counts as X?" asks what X is; "which bodies count as members?" what the members include
        if ASKS_PARTS.search(asked) and kind != "definition" and inclusion:
            # "what makes up X?": evidence that says what X includes ("X includes A and B"; a typed "composed" has
            # the verbs of inclusion as its synonyms). The verb says what kind of answer is wanted and weighs as an
            # answer-type word does: any "includes" sentence must not outweigh X
            typed = [c for c in concepts if c.name in INCLUSION_WORDS]
            for c in typed:
                c.weight *= self.w.type_word
            if not typed:
                concepts.append(self._kind_concept(inclusion))
        # "what is the purpose of the guild?" where no document says "purpose": the word asks for a kind of answer
        # (what the guild is for), which the documents state with words of their own ("founded as", "set up to")
        purposed = [c for c in concepts if not c.from_history and not c.is_entity and c.alternatives[0]
                    and c.alternatives[0] <= PURPOSE_WORDS and not c.alternatives[0] & self.retriever.vocabulary]
        purpose_unnamed = bool(purposed)
        if purposed:
            concepts = [c for c in concepts if c not in purposed]
            founding = sorted(w for w in FOUNDING_WORDS if w in self.retriever.vocabulary)
            if founding:
                concepts.append(self._kind_concept(founding))
        members = sorted(w for w in MEMBER_WORDS if w in self.retriever.vocabulary)
        if SIZE_ASKED.search(asked) and kind == "figure" and members and not any(
                c.matched(set(members)) for c in concepts):
            # "how big is the network?": its member count, a word of the answer's kind (it weighs as one)
            concepts.append(self._kind_concept(members))
        if kind == "place":
            # "where is X located?", "in what country is X based?": the verb and the kind of place only say
            # that a place is wanted
            concepts = [c for c in concepts if not any(a <= PLACE_VERBS | PLACE_NOUNS for a in c.alternatives if a)]
        elif kind == "definition":
            # "how is X defined?": the asking words say what kind of answer is wanted, as "total" does; they help to
            # pick evidence a little ("'advanced' is defined as"), never decide it (the documents define more)
            for c in concepts:
                if c.alternatives[0] and c.alternatives[0] <= DEFINING_WORDS:
                    c.weight *= self.w.type_word
        when = AT_WHAT_POINT.search(asked)
        if when:
            concepts = [c for c in concepts if c.name != stem(when.group(1).lower())]
        user_turns = [t.content for t in history if t.role == "user"]
        answers = [t.content for t in history if t.role == "assistant"]
        # the terms of the knowledge a question names; a count of a kind of thing ("how many universities?") names
        # no topic of its own, so it counts in the thing the conversation is about
        named = sum(1 for term, _ in self.kb.glossary.matches(asked) if term.is_entity or kind != "figure")
        dependent = bool(user_turns) and not smalltalk and depends_on_history(asked, named)
        standalone = search_text = asked
        if dependent:
            previous = self.topic_question(user_turns)
            hist, _ = self.concepts_of(previous, from_history=True)
            # "and Energy?", "Energy?", "那能源部呢？": a new entity in place of the old one, the predicate stays
            elliptical = (bool(FOLLOWUP_START.match(asked)) or is_fragment(asked)) and any(
                c.is_entity for c in concepts)
            names = {c.name for c in concepts}
            for c in hist:
                if c.name in names:
                    continue
                if elliptical and c.is_entity:
                    continue  # "and Energy?": the new entity replaces the old one, the predicate stays
                c.weight *= self.w.history
                concepts.append(c)
                names.add(c.name)
            if any(content_tokens(m.group(1)) for m in QUOTED_TERM.finditer(asked)):
                # "And how does it define 'advanced'?": the quoted term is what is asked now; of the earlier question
                # only the things it named are carried ("it"), not what it asked of them (its "mission")
                concepts = [c for c in concepts if not c.from_history or c.is_entity]
            # "who released it?": "it" may be named only in the assistant's last answer ("how many more than
            # Energy?": so may the first side of the comparison)
            if answers and (PRONOUN.search(asked) or THAN_ONLY.match(asked)):
                # (without a pronoun, the first side is the thing the answer ends on: "Of these, X has the largest
                # figure: 8.")
                by_line = [] if PRONOUN.search(asked) else [
                    m for line in answers[-1].splitlines() if (m := self.kb.glossary.matches(line))]
                named_then = by_line[-1] if by_line else self.kb.glossary.matches(answers[-1])
                for term, variant in named_then:
                    if term.is_entity and term.term not in names:
                        c = self._term_concept(term, True, variant)
                        c.weight *= self.w.answer_pronoun
                        concepts.append(c)
            # "Tell me more about the third one": the third item of the list just given
            ordinal = ORDINAL_REF.search(asked)
            items = list_items(answers[-1]) if ordinal and answers else []
            n = ORDINALS[ordinal.group(1).lower()] if ordinal else 0
            if items and (n == -1 or n <= len(items)):
                item = items[n if n == -1 else n - 1]
                own, _ = self.concepts_of(item)
                for c in concepts:  # the item is now the subject; the list it came from, only context
                    c.weight *= self.w.ordinal_list if c.from_history else 1.0
                concepts = [c for c in concepts if c.name not in {o.name for o in own}] + own
                asked = ORDINAL_REF.sub(item, asked, count=1)
            standalone = f"{asked} (following: {previous})"
            search_text = f"{asked} {previous}"
        said_before: set[str] = set()
        wants_more = dependent and (bool(WANTS_MORE.search(asked)) or bool(ORDINAL_REF.search(question)))
        if wants_more:
            said_before = set(content_tokens(f"{user_turns[-1]} {answers[-1] if answers else ''}"))
        kind_text = self.english_text(asked)
        kinds = self.kb.glossary.kind_nouns
        # "And Energy?" asks what the previous question asked; "what does the paper criticise about it?" asks
        # something of its own (it has a topic word of its own), whatever the previous question's form
        elliptical = bool(FOLLOWUP_START.match(asked)) or is_fragment(asked) or not any(
            not c.from_history for c in concepts)
        if dependent and not wants_more and elliptical and answer_type(kind_text, kinds) == "general":
            kind_text = f"{kind_text} {self.english_text(user_turns[-1])}"
        # "Which organisation leads X?": the head noun says what kind of answer is wanted, not what it is about
        form = POLITE_REQUEST.sub("", asked)  # "Could you tell me which firm ...": read as "which firm ..."
        head = re.match(r"\s*(?:which|what)\s+(?!(?:is|are|was|were|does|do|did|has|have|had|can|could)\b)"
                        r"((?:[a-z]+\s+){0,1}[a-z]+)\b", form, re.I)
        # "the R&D network, rather than manufacturing, ...": the contrasted thing is not what is asked about
        set_aside: set[str] = set()
        set_against: set[str] = set()
        contrasted_numbers: set[str] = set()
        for contrast in contrasts(asked):
            contrasted_numbers |= set(digits_in(contrast.contrasted))
            contrasted = set(content_tokens(contrast.contrasted))
            rest = set(content_tokens(asked.replace(contrast.said, " ")))
            set_aside |= contrasted - rest
            if contrast.clause:
                set_against |= contrasted - rest
            marker = set(content_tokens(contrast.marker))  # "as opposed to": the marker's own words are no topic
            concepts = [c for c in concepts if c.from_history or not c.alternatives[0]
                        or not c.alternatives[0] <= marker or c.alternatives[0] <= rest]
            for c in concepts:
                if not c.from_history and any(a and a <= contrasted and not a <= rest for a in c.alternatives):
                    c.weight *= self.w.contrasted
        # "the National Network for Manufacturing Innovation programme": a generic noun right after a name says
        # what kind of thing the name is, not another topic
        matched = self.kb.glossary.matches(asked)
        names_typed = [v for t, v in matched if t.is_entity]
        for t, v in matched:
            if not t.is_entity and any(re.search(re.escape(n) + r"(?:'s)?\s+" + re.escape(v) + r"\b", asked, re.I)
                                       for n in names_typed):
                for c in concepts:
                    if c.name == t.term and not c.from_history:
                        c.weight *= self.w.head_noun
        heads: list[Concept] = []
        # "what mission statement does X have?": what X has is the topic (its mission), not a kind of answer
        if head and re.match(r"\s*(?:which|what)\s+(?:\w+\s+){1,2}(?:does|do|did)\b.*\bhave\b", form, re.I):
            head = None
        kind_of = KIND_OF.match(form)  # "which types of institutions ...": the kind is the noun after "types of"
        head_words = kind_of.group(1) if kind_of else head.group(1) if head else ""
        if head_words:
            head_stems = {stem(w) for w in head_words.lower().split() if w not in AUX_WORDS | STOPWORDS}
            for c in concepts:
                if (not c.from_history and any(head_stems & a for a in c.alternatives)
                        and len(concepts) > len(head_stems)):
                    c.weight *= self.w.head_noun
                    heads.append(c)
        if category := CATEGORY_VERB.match(form):
            # "Which sector does X serve?": the verb relates X to its category, which a list gives in brackets
            verb = stem(category.group(1).lower())
            for c in concepts:
                if not c.from_history and not c.is_entity and (c.typed or c.alternatives[0]) == frozenset([verb]):
                    c.weight *= self.w.head_noun
        expanded = expand_query(search_text, self.kb.glossary)
        names = list(dict.fromkeys([*self._unknown_names(asked), *described]))
        # "What should Guangdong learn from X?", "the lesson for MIIT": whom the lesson is for, flagged, not asked about
        recipients = recipient_names(asked, names)
        aside = [n for n in names if n in described or n in recipients]
        # a figure the user states ("fund 8 institutes"), not a count word, nor the size of the whole a
        # question picks from ("how many of the top 40 platforms ...", "of its 830 members, how many ...")
        whole = set(WHOLE_SIZE.findall(asked))
        # "Which group in the top 40 had 12?": 40 is part of a name ("top 40", "前40强", "Industry 4.0"), no
        # figure the user states; 12 is the clue
        in_names = [n for _, variant in self.kb.glossary.matches(asked) for n in numbers_in(variant)]
        # "in three bullet points", "Two sentences, please.": the answer's length, no figure
        # "Two quick ones: ...", "3 questions - ...": how many questions follow, no figure either
        unframed = QUESTION_COUNT.sub(" ", PRESENTATION_FRAME.sub(" ", asked))
        asserted = [n for n in digits_in(unframed) if n not in whole and n not in in_names]
        # "the third one", "quick one:", "one of": the pronoun, not a count ("one institute" stays)
        # ("which one funded 6 parks?": the pronoun before a verb, too)
        counted = re.sub(r"\bwhich\s+one\b", "which", unframed, flags=re.I)
        counted = re.sub(r"\bone\b(?!\s+(?!(?:of|more|by|in|and|or|is|was|that|which)\b)[a-z]{3,})", " ", counted,
                         flags=re.I)
        # "the first two goals of X", "the last three points": how many of a list to show, no figure of X
        counted = _FIRST_FEW.sub(r"\1", counted)
        # "just a single institute", "a lone member": one of them, stated in a word of singleness
        counted = SINGLENESS.sub("one", counted)
        clues = [n for n in numbers_in(counted) if n not in in_names]
        kind = answer_type(kind_text, kinds)
        whole_clues = [n for n in clues if n not in whole_sizes(asked)]
        if kind in ("entity", "general", "list") and whole_clues:
            # "out of the three boroughs, which one funded a single park?": the size of the group a name is picked
            # from is no clue beside a number said of the answer (alone it still names the group: "of China's 40
            # leading platforms, which ...")
            clues = whole_clues
        return Understanding(question=question, standalone=standalone, expanded=expanded, concepts=concepts,
                             answer_type=kind, asserted_numbers=asserted,
                             unknown_names=names, aside_names=aside,
                             injection=injection, dependent=dependent, clue_numbers=clues,
                             asked=self.correct_text(asking), heads=heads,
                             said_before=said_before,
                             language=language_of(question, dependent, user_turns), smalltalk=smalltalk,
                             parts=[] if smalltalk else (premise_parts(asking, names)
                                                         or split_parts(without_smalltalk(asking))),
                             history=list(history), set_aside=frozenset(set_aside),
                             set_against=frozenset(set_against), learners=learners,
                             purpose_unnamed=purpose_unnamed,
                             contrasted_numbers=frozenset(contrasted_numbers))

    def _unknown_names(self, text: str) -> list[str]:
        """The capitalised names of ``text`` the documents never use: a word, or a name of several capitalised words
        ("the Five-Year Plan") that the documents never write and some of whose words they never capitalise."""
        text = PRESENTATION_FRAME.sub(" ", text)
        names = [n for n in proper_names(text) if n.lower() not in self.corpus_words
                 and stem(n.lower()) not in self.retriever.vocabulary and not self._alternative_to_known(n, text)]
        typed = re.findall(r"[A-Za-z]+", text)
        if sum(w[0].isupper() for w in typed) > len(typed) / 2:
            # a question typed in title case ("How Many Members Did X Have?") capitalises every word: a function
            # word is no name there, nor is a run of capitals
            return [n for n in names if not (n[1:].islower() and n.lower() in STOPWORDS)]
        for run in _TITLE_RUN.findall(unaccented(text)):
            parts = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", run)]
            if f" {' '.join(parts)} " in self.corpus_phrases or "".join(parts) in self.corpus_compact:
                # a name the documents write, spaced or not ("Sky Drive" for "SkyDrive"): none of its words is unknown
                names = [n for n in names if n not in run]
            elif (" " in run and not any(n in run for n in names) and not all(p in self.capitalised for p in parts)
                    and not any(re.findall(r"[a-z0-9]+", v.lower()) == parts
                                for _, v in self.kb.glossary.matches(run))):
                names.append(run)
        return names

    def _alternative_to_known(self, name: str, asked: str) -> bool:
        """"platform/OS", "app or OS": a name offered as another word for one the documents use is no premise
        of the question; the documents need only say the word it stands beside."""
        name = re.escape(name)
        beside = r"([\w-]+)\s*(?:/|\bor\b)\s*" + name + r"\b|\b" + name + r"\s*(?:/|\bor\b)\s*([\w-]+)"
        return any((m.group(1) or m.group(2)).lower() in self.corpus_words for m in re.finditer(beside, asked))

    def with_it_resolved(self, asked: str, history: list[Turn]) -> str:
        """``asked`` with an "it" or "its" read as what it stands for: the document, when the last question named
        it and nothing else ("Who wrote this paper?" - "What is it trying to do?", "What's its purpose?") and this
        one names nothing either; the one thing the last question named, in "what is it about?" ("Who proposed
        NNMI?" - "What is it about?" asks what NNMI is about, not the document)."""
        users = [t.content for t in history if t.role == "user"]
        pronoun = IT_PRONOUN.search(asked)
        if not users or pronoun is None or has_cjk(asked) or self._names_a_thing(asked):
            return asked
        named = DOCUMENT_NAMED.search(users[-1])
        if named is not None and not self._names_a_thing(users[-1]):
            noun = f"this {named.group(1).lower()}" + ("'s" if pronoun.group(0).lower() == "its" else "")
            return asked[:pronoun.start()] + noun + asked[pronoun.end():]
        things = {t.term: v for t, v in self.kb.glossary.matches(users[-1]) if t.is_entity}
        if len(things) == 1 and ABOUT_POINTED.match(asked):
            return asked[:pronoun.start()] + next(iter(things.values())) + asked[pronoun.end():]
        return asked

    def _names_a_thing(self, text: str) -> bool:
        return bool(proper_names(text)) or any(t.is_entity for t, _ in self.kb.glossary.matches(text))

    def topic_question(self, user_turns: list[str]) -> str:
        """The earlier question a follow-up leans on: the last one, joined with the ones it leaned on in turn
        ("How many did DoD fund?" / "And Energy?" / "Commerce?": the third leans on the first through the second)."""
        chain: list[str] = []
        for turn in reversed(user_turns):
            asked = question_sentences(turn)[0]
            chain.append(asked)
            if len(chain) >= 3 or not depends_on_history(asked, len(self.kb.glossary.matches(asked))):
                break
        return " ".join(chain)

    def english_text(self, text: str) -> str:
        """English rendering for answer-type detection (Chinese question words via the glossary)."""
        if not has_cjk(text):
            return text
        return " ".join(en for _, en in self.kb.glossary.question_words_in(text)) + " " + text


