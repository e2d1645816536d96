"""The refusal gates: a table of named checks, each with the reason it reports when the evidence fails it.

A gate is a hard constraint on the chosen evidence ("a figure question needs a number"), never a score.
``Gates.check`` returns the first failing reason; ``Gates.decisions`` lists every check, for ``--explain``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from os.path import commonprefix

from ..knowledge import KnowledgeBase
from ..numbers import digits_in, figures_in, numbers_in
from ..text import STOPWORDS, content_tokens, has_cjk, stem
from .candidates import Candidate, EvidenceChooser
from .chinese import counted_words
from .lexicon import (
    ABILITY_ASKED,
    ABILITY_SAID,
    ACRONYM_ASKED,
    ASKS_NAME,
    ASKS_PARTS,
    ASKS_WHY,
    AUX_WORDS,
    AUXILIARY,
    AVOIDED,
    CATEGORY_VERB,
    CHECKING,
    COLLECTIVE_NOUNS,
    CURRENCY,
    DATE_TEXT,
    DATED_YEAR,
    ENUMERATOR,
    EXPANSION,
    FOUNDING_WORDS,
    GENERIC_KINDS,
    HOW_MUCH_DEGREE,
    LIST_COUNT_NOUNS,
    MEANING_ASKED,
    META,
    MONEY,
    MONEY_AMOUNT,
    MONEY_CHOICE,
    MONEY_ZH,
    NEGATED_VERB,
    NEGATION_STATED,
    NOT_PLACES,
    OFFICE_ASKED,
    OFFICE_ASKED_ZH,
    OFFICE_HELD,
    OFFICE_HELD_ZH,
    OPEN_REQUEST,
    OPINION,
    ORGANISATION_NOUNS,
    PERSON_KINDS,
    PLACE_NAME,
    PLAN_ASKED,
    PLAN_GIVEN,
    PLURALS_WITHOUT_S,
    PURPOSE_GIVEN,
    PURPOSE_SAID,
    REASON_GIVEN,
    RENAMING,
    RENAMING_SAID,
    SEASON,
    SETBACK,
    SHARE_VERB_ASKED,
    SHARE_VERB_GIVEN,
    SOURCE_ASKED,
    SOURCE_SAID,
    TAG_QUESTION,
    TRAILING_DESCRIPTION,
    TYPE_WORDS,
    UNWANTED,
    VERSION,
    WIDER_THAN,
    YEAR,
    opposed_word,
    periods_in,
    question_words,
    season_enough,
    spells_out,
    versions_in,
    whole_sizes,
    without_scenes,
    without_source_frame,
)
from .understanding import Concept, Understanding


@dataclass
class GateContext:
    """One candidate under test: the question, the evidence, its support, and whether clue checks apply."""

    u: Understanding
    best: Candidate
    support: float
    clues: bool
    gates: Gates

    @cached_property
    def evidence(self) -> str:
        best = self.best
        return best.text + " " + best.quote + " " + (best.fact.as_of or "" if best.fact else "")

    @cached_property
    def paragraph(self) -> str:
        """The text of the evidence's whole paragraph (where a premise or a date may be said beside the sentence)."""
        return self.gates.chooser.kb.paragraph_text(self.best.doc_id, self.best.paragraph_id)

    @cached_property
    def versions(self) -> set[str]:
        """The versions the question names ("version 1.0"), less those inside a name the glossary knows ("Industry
        4.0", whose evidence may name it otherwise)."""
        asked = self.asked
        known = {n for _, variant in self.gates.kb.glossary.matches(asked) for n in numbers_in(variant)}
        return versions_in(asked) - known

    @cached_property
    def asked(self) -> str:
        """The question as read (typos repaired, frames taken out), or as typed when nothing was read off."""
        return self.u.asked or self.u.question

    @cached_property
    def aside(self) -> str:
        """A description set off by commas after the question's opening noun ("Manufacturing, the sector X
        targets, is ...", "Y, which X is meant to revive, accounts for ..."); "" without one."""
        m = _ASIDE.match(self.asked)
        if m is None:  # "How does the paper define X, the target of Y?": a description of X closing the question
            closing = TRAILING_DESCRIPTION.match(self.asked)
            return closing.group(2) if closing else ""
        return m.group(1)

    @cached_property
    def avoiding(self) -> str:
        """The question with a wish not to have a thing read as avoiding it ("if we don't want X, ..." as "to avoid
        X, ..."): no negated question."""
        return UNWANTED.sub(" to avoid ", self.asked)

    @cached_property
    def without_aside(self) -> str:
        """The question with its aside taken out: what it asks about."""
        return self.asked.replace(self.aside, " ") if self.aside else self.asked

    @cached_property
    def missing_subjects(self) -> list[str]:
        """Named things of the question that the evidence itself (or the sentence it leans on) lacks."""
        toks = self.gates.evidence_tokens(self.best, paragraph=False) | self.gates.previous_tokens(self.u, self.best)
        missing = [c for c in self.u.concepts if c.is_entity and not c.from_history and not c.matched(toks)
                   # "Unlike X, how many ...?": what the question sets its subject against
                   and not any(a and a <= self.u.set_against for a in c.alternatives)]
        # "which practices could a Chinese network copy?": who would copy them is whom the lesson is for
        missing = [c for c in missing if c.name not in self.u.learners]
        aside = self.aside
        if aside:
            # "Manufacturing, the sector X targets, is what share of GDP?": what the aside names only describes
            rest = set(content_tokens(self.without_aside))
            missing = [c for c in missing if c.matched(rest) or not c.matched(set(content_tokens(aside)))]
        framing = self.gates.framing_only(self.u)
        if any(c.name in framing for c in missing):
            # "In the paper's case for X, what share of GDP ...?": X sets the scene; its section must name it
            section = set(content_tokens(self.gates.chooser.section_text(self.best.doc_id, self.best.paragraph_id)))
            missing = [c for c in missing if c.name not in framing or not c.matched(section)]
        return [c.name for c in missing]


@dataclass(frozen=True)
class Gate:
    name: str
    reason: str  # weak | opinion | figure | clue | year | doer | counted | unknown: what the refusal says
    fails: Callable[[GateContext], bool]
    doc: str


# a phrase that opens a question and sets its scene, up to its comma: "In the paper's case for X,", "Within X,"
_FRAMING = re.compile(r"\s*(?:in|within|for|regarding|concerning|as for|as regards|with regard to|under|on)\b"
                      r"[^,?]{3,80},", re.I)
# the same in Chinese: "在美国，", "就美国而言，", "对美国来说，", "在NNMI中，"
_FRAMING_ZH = re.compile(r"\s*(?:在|就|对于|对|关于|从)[^，,：:？?。]{1,20}?(?:而言|来说|来看|中|里|方面|上)?[，,]")
# "在美国一个...": the opening word of a scene that may run on without a comma into the question
_IN_PLACE_ZH = re.compile(r"\s*(?:在|就|对于|对)")
# an opening noun of up to five words, then a description set off by commas: "Manufacturing, the sector X targets,"
_ASIDE = re.compile(r"\s*(?:[\w'’&-]+\s+){0,4}[\w'’&-]+,\s+((?:the|a|an|one|part|which|that|who|whose|where)\b"
                    r"[^,?;:]{3,80}),\s*\w", re.I)
# the word that says what a rate or a ratio is of: "the unemployment rate", "a debt ratio"
_RATE_OF = re.compile(r"\b([a-z][\w-]*) (?:rate|ratio)s?\b", re.I)
_MEASURE_MODIFIERS = frozenset({"total", "overall", "average", "annual", "current", "mean", "exact", "actual"})
# a count said in words that are no numeral: "a single output", "a dozen", "hundreds of"
_COUNT_IN_WORDS = re.compile(r"\b(?:an?\s+single|the\s+sole|a\s+dozen|a\s+pair\s+of|dozens|hundreds|thousands|"
                             r"millions|billions)\b", re.I)


def _figure_without_number(x: GateContext) -> bool:
    if x.u.answer_type != "figure":
        return False
    asked = x.asked
    evidence = ENUMERATOR.sub(" ", x.evidence)  # "(1) build R&D highlands; (2) ...": item markers count nothing
    if re.search(r"\bhow many\b", asked, re.I):
        # "how many hubs ...?": a year ("disclosed in March 2012", "fiscal year 2013") is no count, nor a version
        # ("Society 5.0", "version 2"), nor a number the question names itself ("how many Boeing 747s ...?" is not
        # answered by "the Boeing 747")
        counts = set(numbers_in(DATED_YEAR.sub(" ", VERSION.sub(" ", evidence)))) - set(numbers_in(asked))
        return not counts and not _COUNT_IN_WORDS.search(evidence)
    return not numbers_in(evidence)


def _share_without_percentage(x: GateContext) -> bool:
    return bool(re.search(r"\b(percent|percentage|%|proportion|market share|rate)\b", x.u.english, re.I)) and not (
        re.search(r"%|percent|two-thirds|one-third|half", x.evidence, re.I)
        # a rate may be given per a number of things: "9 per 1,000", "3 in 10", "2 a year"
        or (re.search(r"\brates?\b", x.u.english, re.I)
            and re.search(r"\d\s*(?:per|in|out of|for every)\s+(?:\d|a |an |each |every |head|capita|year|annum)|"
                          r"\d\s+(?:a|an|each) (?:year|month|day|week)", x.evidence, re.I)))


# "what percentage of US exports ...": the whole a share is asked of; "12% of GDP", "two-thirds of private
# companies": the whole a share is given of
_WHOLE_END = (r"(?=\s+(?:are|is|was|were|do|does|did|has|have|had|come|comes|came|go|goes|went|in|of|that|which|who|"
              r"by|for|to|and|but|on|at|with|from|among)\b|\s*[?,.;:!)]|\s*$)")
_SHARE_OF_ASKED = re.compile(r"\b(?:percentage|percent|proportion|share|fraction|portion)\s+of\s+(?:the\s+)?"
                             r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+)" + _WHOLE_END, re.I)
# (a count in the whole keeps its thousands separator: "25% of the Guild's 1,200 volunteers")
_WORD_OR_COUNT = r"(?:\d[\d,]*\d|[\w'’-]+)(?![\d,]*\d)"
_SHARE_OF_GIVEN = re.compile(r"(?:%|\bpercent|\bhalf|\bthirds?|\bquarters?|\bfifths?|\btenths?)\s+of\s+(?:the\s+)?"
                             r"((?:" + _WORD_OR_COUNT + r"\s+){0,3}?" + _WORD_OR_COUNT + r")" + _WHOLE_END, re.I)


def _share_of_another_whole(x: GateContext) -> bool:
    # "What percentage of US exports are manufactured?" against "manufacturing accounts for 12% of GDP": the
    # evidence gives shares of other wholes only (a share of no named whole, "or 33%", "two-thirds of which",
    # cannot be judged); the whole is told by its common words ("US exports" / "US GDP": exports, not the US)
    asked = _SHARE_OF_ASKED.search(x.asked)
    if not asked:
        return False
    # (nor its owner: "the island's exports" are exports)
    common = " ".join(w for w in re.findall(r"[\w'’-]+", asked.group(1))
                      if not w[0].isupper() and not re.search(r"['’]s?$", w))
    # a whole the question names in full, owner and all, is the one asked of, whatever follows it ("tell me what share
    # of US GDP manufacturing accounts for": an embedded question, with no verb to end the whole at)
    named = set(content_tokens(asked.group(1)))
    whole = set(content_tokens(common)) or named
    given = [set(content_tokens(m.group(1))) for m in _SHARE_OF_GIVEN.finditer(x.evidence)]
    given = [g for g in given if g]
    concepts = [c for c in x.u.concepts if any(whole & a for a in c.alternatives)]
    return bool(whole) and bool(given) and not any(
        whole & g or g <= named or any(c.matched(g) for c in concepts) for g in given)


def _money_without_currency(x: GateContext) -> bool:
    # asks for an amount of money ("labour costs" in a why-question does not, nor "who bore the cost": a name)
    # ("how much transparency about funding ...?" asks a degree of openness, no amount)
    asks_money = bool(MONEY.search(HOW_MUCH_DEGREE.sub("", x.u.english))) or bool(MONEY_ZH.search(x.u.question))
    if MONEY_CHOICE.search(x.u.english) and not MONEY_AMOUNT.search(x.u.english):
        return False  # where money should go, or which of two things to fund: no amount is asked
    return (x.u.answer_type not in ("reason", "entity", "place", "list", "date") and asks_money
            and not OPEN_REQUEST.search(x.u.english) and not CURRENCY.search(x.evidence))


def _date_without_year(x: GateContext) -> bool:
    # ("in early spring" answers "when does X come?", not "what year did X start?")
    return x.u.answer_type == "date" and not DATE_TEXT.search(x.evidence) and not (
        SEASON.search(x.evidence) and season_enough(x.u.question))


def _duration_without_length(x: GateContext) -> bool:
    return bool(re.search(r"\bhow long\b", x.u.question, re.I)) and not re.search(
        r"\b\d+\s*(?:years?|months?|weeks?|days?)\b", x.evidence, re.I)


# "how far is X from Y?", "how far away is X?": a distance (not "how far short of the plan", "how far along")
_ASKS_DISTANCE = re.compile(r"\bhow (?:far|near|close)\b"
                            r"(?! (?:short|behind|along|ahead|back|into|has|have|did|does|do)\b)"
                            r"(?=.*\b(?:from|away|to)\b)|\bwhat(?:'s| is) the distance\b", re.I)
_DISTANCE = re.compile(r"\b\d[\d,.]*\s*(?:-\s*)?(?:km|kilomet(?:er|re)s?|miles?|mi|met(?:er|re)s?|m|yards?|feet|ft|"
                       r"light[- ]years?|nautical miles?|leagues?|blocks?|minutes?|hours?|days?)\b|"
                       r"\b(?:next to|beside|adjacent|neighbou?ring|across the (?:street|road|river))\b", re.I)


def _distance_without_length(x: GateContext) -> bool:
    return bool(_ASKS_DISTANCE.search(x.u.question)) and not _DISTANCE.search(x.evidence)


def _negation_unmatched(x: GateContext) -> bool:
    # "Which machines are not equally powerful?" against "They are all equally powerful": evidence that states
    # the positive does not answer the negated question (evidence with a negation of its own may)
    asked = TAG_QUESTION.sub("?", x.avoiding)
    return bool(NEGATED_VERB.search(asked)) and not NEGATION_STATED.search(f"{x.best.text} {x.best.quote}")


def _opposite_stated(x: GateContext) -> bool:
    # "Where did the last keepers come from?" against "The first keepers came from ...": evidence that states
    # the opposite of a word of the question answers another question (a claim under check is corrected, not
    # refused)
    if CHECKING.search(x.u.question):
        return False
    asked = AVOIDED.sub(" ", x.avoiding)  # what is to be avoided may be opposed
    return opposed_word(question_words(asked), x.evidence) is not None


# "which two countries ...", "what are the three parts ...": the number of things asked for, which a list of names
# holds without writing it; not a figure the evidence must state
_ANSWER_COUNT = re.compile(r"\b(?:which|what|the|these|those)\s+([\w-]+)\s+(?=[a-z])", re.I)


def answer_counts(question: str) -> set[str]:
    """The numbers of a question that say how many things it asks for ("which two countries" -> {"2"})."""
    return {n for m in _ANSWER_COUNT.finditer(question) for n in numbers_in(m.group(1))}


def _version_missing(x: GateContext) -> bool:
    # "What did version 1.0 contain?" against what the documents say of version 2.0: another thing's evidence
    # (compose falls back to the best evidence and says the question's figure does not match)
    if not x.clues or not x.versions:
        return False
    # "It added the ferry." leans on the sentence before it, which names the version (in digits: "three works"
    # is no version 3)
    return not x.versions <= set(figures_in(f"{x.evidence} {x.gates.previous_sentence(x.best)}", words=False))


def _clue_number_missing(x: GateContext) -> bool:
    # "Which group had 12 platforms?": the number identifies the answer; evidence without it answers
    # something else (compose falls back to the best evidence when no close candidate holds it)
    if not x.clues:
        return False
    clue_numbers = {n for n in x.u.clue_numbers if not YEAR.fullmatch(n)}
    # "(1)" numbers a list item; it is no figure. A fact holds what it states: its quote may give another body's
    # figure ("Energy funded 5" beside "the Department of Defense had funded 8")
    f = x.best.fact
    held = set(figures_in(x.evidence if f is None else f"{f.statement} {f.value} {f.as_of or ''}"))
    if f is not None and isinstance(f.value, list):
        held.add(str(len(f.value)))
    return bool(clue_numbers) and x.u.answer_type in ("entity", "list", "date", "place") and not clue_numbers & held


def _words_after(text: str, number: str, span: int) -> list[set[str]]:
    """For each place ``number`` stands in ``text``, the stems of the content words of the ``span`` words after it."""
    tokens = re.findall(r"[\w.,%-]+", text.lower())
    return [set(content_tokens(" ".join(tokens[k + 1:k + 1 + span])))
            for k, t in enumerate(tokens) if numbers_in(t) == [number]]


def _counts_the_same(question: str, number: str, evidence: str) -> bool:
    """Whether ``evidence`` states ``number`` of what the question counts with it ("all 45 institutes" and "plans to
    build 45 manufacturing innovation research institutes"; not "9 universities" for "its 9 institutes")."""
    counted = set().union(*_words_after(question, number, 3))
    return bool(counted) and any(counted & after for after in _words_after(evidence, number, 4))


# verbs that say little beside the noun they take ("provided a definition": defined)
# verbs of having or running a thing, which a document may leave unsaid ("Haier-COSMOPLAT", "Haier's COSMOPLAT")
_HAVING_VERBS = frozenset("run runs ran operate operates operated own owns owned have has had manage manages managed "
                          "use uses used host hosts hosted maintain maintains maintained hold holds held".split())
_LIGHT_VERB = r"(?:provided|provides|gave|gives|made|makes|offered|offers|carried out|conducted|performed|undertook)"


def _stem_prefix_match(concept: Concept, tokens: set[str]) -> bool:
    """Whether a stem of the concept and one of the tokens share their start, all but a letter of the shorter and
    five letters or more ("definit" of definition and "defin" of defined, "descript" and "describ")."""
    stems = {t for a in concept.alternatives for t in a if len(t) >= 5}
    return any(len(t) >= 5 and len(commonprefix([s, t])) >= max(5, min(len(s), len(t)) - 1)
               for s in stems for t in tokens)


_COMPOUND = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b")


def _only_in_compounds(text: str) -> set[str]:
    """The words of ``text`` that stand only inside a hyphenated compound ("start" of "start-up enterprises",
    "follow" of "a follow-up plan"): a noun's part, no action of the text's own."""
    parts = {t for m in _COMPOUND.finditer(text) for t in content_tokens(m.group(0).replace("-", " "))}
    return parts - set(content_tokens(_COMPOUND.sub(" ", text)))


def _action_missing(x: GateContext) -> bool:
    # "Who funds X?": evidence on who *released* X names someone, but not the one asked for; the action
    # must stand in the evidence's own words, not in what a "this" points back to
    verb = x.gates.who_verb(x.u)
    if verb is None:
        return False
    best = x.best
    own = set(content_tokens(best.text + " " + best.quote)) | (
        x.gates.chooser.fact_tokens[best.fact.id] if best.fact is not None else set())
    own -= _only_in_compounds(best.text + " " + best.quote)  # "start-up enterprises" starts nothing
    light = re.search(r"\bwho\s+" + _LIGHT_VERB + r"\b", x.asked, re.I)
    if any(a & _RULING for a in verb.own) and _UNDER_RULER.search(best.text + " " + best.quote):
        return False  # "who ruled X?" of "X, under Harold of Marrow, ...": a thing under someone is ruled by them
    return not (verb.matched(own) or (light is not None and _stem_prefix_match(verb, own)))


# a place given by what it lies between: "between the Ross bridge and the Kell weir", "between Journeyman and Master"
# (a name of two letters or more; for a where-question only)
_BETWEEN_NAMES = re.compile(r"\bbetween\s+(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)(?=[^.;,]{0,40}?\sand\s)")
# ... unless what lies between them is a relation: "the treaty of X between King Charles and Rollo", "the war between"
_RELATION_BEFORE = re.compile(r"\b(?:treat(?:y|ies)|agreements?|accords?|pacts?|wars?|battles?|conflicts?|relations?|"
                              r"talks|deals?|marriages?|alliances?|disputes?|negotiations?|contests?|matches|"
                              r"rivalr(?:y|ies)|trade|partnerships?|cooperation|contracts?|ties|links?)\b[^.;]{0,40}$",
                              re.I)


# a place given as a place of a larger one: "one of the naval bases of the Adriatic", "the capital of Ostrel", "a
# port of the Baltic" (a kind of place, then the name it belongs to)
_PLACE_OF_NAME = re.compile(r"\b(?:bases?|ports?|harbou?rs?|city|cities|towns?|villages?|capitals?|islands?|coasts?|"
                            r"shores?|gateways?|outposts?|strongholds?|fortress(?:es)?|provinces?)\s+of\s+(?:the\s+)?"
                            r"((?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)*)")


# ruling, said in the verb the question asks by, and in "under" with the ruler's name ("under Harold of Marrow",
# "under the command of Captain Ross"; not "under Section 5", "under the Act")
_RULING = frozenset(stem(w) for w in ("rule", "ruled", "reign", "govern", "lead", "led", "head", "command", "control"))
_UNDER_RULER = re.compile(r"\bunder\s+(?:the\s+(?:rule|reign|command|leadership|direction|government|control)\s+of\s+)?"
                          r"(?!(?:Section|Article|Chapter|Act|Title|Law|Rule|Part|Clause)\b)(?-i:[A-Z])[\w'’-]+")


_AUXILIARY = r"(?:" + AUXILIARY + r"|might)\b"
# an adverb before a verb ("officially released"), not a verb ending in -ly ("supply", "rely")
_ADVERB = r"(?:(?!(?:ap|sup|multip|re|com|im)ply\b|rely\b)[a-z]+ly\s+)"
# "X was (officially) released in 2020": a doing in the passive, its doer left out unless "by ..." follows
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being)\s+" + _ADVERB + r"?([a-z]+)\b(?![^.;]{0,60}\bby\b)", re.I)


# a topic set off by a dash or a colon before a who-question ("X - who released it?"); before a which-question it may
# be the clue the answer is picked by ("Heavy machinery: which platform does X run?")
_FRONTED_TOPIC = re.compile(r"^[^?]*?(?:\s[-–—]+|[–—:])\s+(?=(?:and\s+)?who\b)", re.I)
# "What was released in 2020?" asks what was done, not by whom
_ASKS_WHAT_WAS_DONE = re.compile(r"\s*(?:\w+,?\s+)?(?:and\s+)?(?:which|what)\s+(?:is|are|was|were|has|have|had|been)\b",
                                 re.I)


def _doer_unsaid(x: GateContext) -> bool:
    # "Who released X in April 2020?" against "X was officially released in April 2020.": the doing is said and
    # the doer left out, so the answer would name no one; evidence that names the doer answers it ("X - who released
    # it?" too: the topic set off before the question)
    verb = x.gates.who_verb(x.u, fronted=True)
    if verb is None or _ASKS_WHAT_WAS_DONE.match(x.asked):
        return False
    shown = x.best.text  # what the answer shows: a fact's statement, or the sentence
    return any(verb.matched({stem(m.group(1).lower())}) for m in _PASSIVE.finditer(shown))


def _office_holder_missing(x: GateContext) -> bool:
    # "Who is the director of the Detroit institute?" against "... is led by the Edison Welding Institute": an
    # office is held by a person, and evidence that names only organisations, places and acronyms names none
    asked_for = OFFICE_ASKED.search(x.asked) or OFFICE_ASKED_ZH.search(x.u.question)
    if not asked_for:
        return False
    # an office named ("who chairs X?", not "which person founded X?"): the evidence must speak of holding one
    # ("which president launched X?" asks a kind of person, not an office held: "who's the current president?")
    if not re.search(r"person|individual|\b(?:man|woman)\b|^(?:which|what)\b.*\b(?:" + PERSON_KINDS + r")$",
                     asked_for.group(0), re.I) and not (
            OFFICE_HELD.search(x.evidence) or OFFICE_HELD_ZH.search(x.evidence)):
        return True
    asked = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", x.u.english)}
    places = {m.group(1) for m in PLACE_NAME.finditer(x.evidence)}
    matched = x.gates.kb.glossary.matches(x.evidence)
    place_terms = {v.lower() for t, v in matched if t.place}
    # the words of the longer terms the evidence uses ("industrial Internet"): a capital inside one is the term's
    term_words = [set(v.lower().split()) for _, v in matched if len(v.split()) > 1]
    for run in _NAME_RUN.finditer(x.evidence):
        words = [re.sub(r"['’]s$", "", w) for w in run.group(0).split()]
        words = [w for w in words if w.lower() not in STOPWORDS and not w.isupper()]
        if (not words or run.group(0) in places or " ".join(words).lower() in place_terms
                or all(w.lower() in place_terms for w in words)):
            continue  # a place ("United States"), or places one by one ("Germany and France")
        if re.match(r"\s*\d", x.evidence[run.end():]):
            continue  # "Industry 4.0", "Windows 10": a name with a number is a thing's (a version, a model)
        if _KIND_OF_PLACE_BEFORE.search(x.evidence[:run.start()]):
            continue  # "the town of Vessby launched ...": a place, named after its kind
        lowered = {w.lower() for w in words}
        if any(lowered < tw or (lowered == tw and len(words) < len(tw)) for tw in term_words):
            continue  # part of a longer term ("industrial Internet"), not a name of its own
        if lowered & ORGANISATION_NOUNS or lowered <= asked | NOT_PLACES:
            continue
        return False  # a name that may be a person's
    return True


# "the town of", "the Republic of": the kind of place a name closing the text is
_KIND_OF_PLACE_BEFORE = re.compile(r"\b(?:island|city|town|village|port|province|region|county|state|kingdom|republic|"
                                   r"duchy|country|nation|principality)\s+of\s+(?:the\s+)?$", re.I)
# a capitalised name, its linking words included ("University of Illinois", "Guild of Ropemakers")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|for|and|de|da|van|von|del)\s+)*[A-Z][\w'’-]*)*")


_RANKING = re.compile(r"\b(?:most|least|more|fewer|less|majority|minority|largest|biggest|smallest|highest|lowest|"
                      r"larger|bigger|smaller|higher|lower)\b", re.I)


def _reason_missing(x: GateContext) -> bool:
    # "Why did Commerce fund only one institute?" against "Commerce had funded 1 Innovation Institute": a figure
    # stated with no cause, purpose or consequence in its sentence, nor a cause in the sentences beside it (which a
    # why-answer quotes: "Trade declined after a railway reached ..."), gives no reason. A claim without figures
    # may ("R&D has replaced manufacturing as the core pillar"). A question that states a figure or a ranking
    # ("why did Energy fund 8?", "... most of the 14?") is a premise to check, answered with the documents' figures.
    asked = x.asked
    return (bool(ASKS_WHY.search(asked)) and not CHECKING.search(x.u.question) and not _RANKING.search(asked)
            and not [n for n in x.u.asserted_numbers if not YEAR.fullmatch(n)] and bool(digits_in(x.best.text))
            and not REASON_GIVEN.search(x.evidence) and not PURPOSE_GIVEN.search(x.evidence)
            and not REASON_GIVEN.search(x.gates.neighbour_sentences(x.best)))


def _setback_unsaid(x: GateContext) -> bool:
    # "Why did NNMI fail?", "when was the Chicago institute shut down?": the question takes an end or a failure
    # for granted; evidence whose paragraph speaks of none does not answer it (the premise is the documents' to say)
    asked = x.asked
    if not SETBACK.search(asked):
        return False
    return not SETBACK.search(f"{x.evidence} {x.paragraph}")


def _purpose_unsaid(x: GateContext) -> bool:
    """A purpose asked in a word the documents never use ("what was the guild meant to become?") and evidence that
    states none of the thing asked about ("the guild has 40 members"; "the guild was founded as a place where prices
    are agreed before the auction" gives no aim of the auction): it answers another question."""
    if not x.u.purpose_unnamed:
        return False
    topic = [c for c in x.u.concepts if not c.from_history and not (c.alternatives[0] <= FOUNDING_WORDS)]
    for m in PURPOSE_SAID.finditer(x.best.text):
        before = set(content_tokens(x.best.text[:m.start()]))
        if not topic or any(c.matched(before) for c in topic):
            return False  # the thing asked about, then what it is for
    return True


def _ability_unsaid(x: GateContext) -> bool:
    # "What can guild members do?": what a thing can do is said with a modal ("can moor", "are able to vote"); a
    # count of the members says nothing of it
    return bool(ABILITY_ASKED.search(x.asked)) and not ABILITY_SAID.search(x.evidence)


def _renaming_unsaid(x: GateContext) -> bool:
    # "When was X renamed Y?": the question takes a renaming for granted; evidence on X's launch dates no renaming,
    # and the renaming of another thing ("the Tarn Club was re-branded" for the Ridge Club) is not X's
    if not RENAMING.search(x.asked):
        return False
    said = f"{x.evidence} {x.paragraph}"
    if not RENAMING_SAID.search(said):
        return True
    renamed = next((m.group(0) for m in _NAME_RUN.finditer(x.asked) if m.start() > 0), None)
    return renamed is not None and not set(content_tokens(renamed)) <= set(content_tokens(said))


# the words after which a count names what it counts: "how many devices", "the largest number of users", "how much
# staff" (a collective noun only: "how much money" counts no thing)
_COUNTED_AFTER = re.compile(
    r"\b(?:how many|how much(?= (?:" + "|".join(sorted(COLLECTIVE_NOUNS)) + r")\b)|(?:the )?(?:most|fewest|"
    r"(?:largest|greatest|highest|smallest|lowest) number of)) ([a-z0-9][\w-]*)(?: ([a-z][\w-]*))?"
    r"(?: ([a-z][\w-]*))?")  # (a third word, after a modifier led by a digit)

# what an amount measures, named right after "how much" and closed by a verb or a preposition: "how much venture
# capital went into X", "how much profit did X make", "how much R&D spending did X report" (not "how much of X", "how
# much more", "how much did X fund": a share, a difference, a verb's amount; nor time, a length other gates read)
_MEASURED_AFTER = re.compile(
    r"\bhow much ((?:[a-z][\w&-]*\s+){0,2}?)([a-z][\w-]*)\s+(?=(?:did|does|do|is|was|were|are|has|have|had|will|"
    r"would|can|could|should|went|goes|go|flowed|flows|came|comes|in|into|on|for|from|to|per|at|by)\b)")
_NOT_MEASURED = frozenset("""of more less fewer larger bigger higher lower greater smaller further longer shorter better
worse earlier later faster slower cheaper time""".split())
# a possessor: "people's" in "5 companies focusing on people's livelihood"
_POSSESSOR = re.compile(r"\b([\w-]+)(?:'s|\u2019s)\b")


def _counted_thing_missing(x: GateContext) -> bool:
    counted = x.gates.counted_concepts(x.u)
    if not counted:
        return False
    # the unit itself must count it: "8 institutes" in a paragraph that also names companies counts no companies;
    # nor does a possessor count: "5 companies focusing on people's livelihood" counts no people
    own = x.gates.evidence_tokens(x.best, paragraph=False)
    text = f"{x.best.text} {x.best.quote or ''}"
    possessors = set(content_tokens(" ".join(_POSSESSOR.findall(text)))) - set(
        content_tokens(_POSSESSOR.sub(" ", text)))
    # (a name is its own possessor: "China's top 40" names China)
    return not any(c.matched(own if c.is_entity else own - possessors) for c in counted)


# a number and the words of what it counts: "1 Innovation Institute", "3 of the 5 boats", "41 companies"
# (a whole number: "version 2.0", "1.6 jobs" count nothing)
_COUNT_OF = re.compile(r"(?<![\w.])(?:\d(?:[\d,]*\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                       r"twelve)\s+"
                       # (in a lookahead, so that "4 parks and 2 museums" yields both)
                       r"(?=(?:of\s+(?:the\s+)?(?:\d[\d,.]*\s+)?)?((?:[\w-]+\s+){0,2}[\w-]+))", re.I)


# a count that goes on to say which: "three parts: ...", "4 in the top 40, which are ...", "namely", "such as" (not
# more counts: "14 institutes: 8 funded by Defense, ...")
_SETS_OUT = re.compile(r":\s*(?![\d(])\S|\b(?:namely|such as|including|which are|which were|that is|i\.e\.|e\.g\.)\b|"
                       r"\([^()]*,[^()]*\)", re.I)  # ("the three core forces (technology, military and dollar)")
# "who runs / operates / owns X?" ("So, who ...", not "Summarise who ..."): an owner is asked to be named
_WHO_HAS = re.compile(r"\s*(?:\w+,\s+)?(?:and\s+)?who\s+(?:" + "|".join(sorted(_HAVING_VERBS)) + r")\b", re.I)


def _counted_words(text: str) -> list[list[str]]:
    """The words after each count of ``text`` (not after a year: "the fiscal year 2013 budget" counts no budgets)."""
    return [m.group(1).split() for m in _COUNT_OF.finditer(text) if not YEAR.fullmatch(m.group(0).split()[0])]


def _measured_thing_missing(x: GateContext) -> bool:
    # "How much venture capital went into X?" against "11 companies ...", "how much profit ...?" against a count of
    # platforms: a figure of another thing does not measure the one asked, which the evidence must name
    measured = x.gates.measured_concepts(x.u)
    return bool(measured) and not any(c.matched(x.gates.evidence_tokens(x.best, paragraph=False)) for c in measured)


def _only_counted(x: GateContext) -> bool:
    # "Which institute did Commerce fund?" against "Commerce had funded 1 Innovation Institute", "which boats carry
    # freight?" against "3 of the 5 boats carry freight": evidence that counts the kind of thing the question asks to
    # be named, and names none, does not say which
    u = x.u
    if CHECKING.search(u.question) or not x.gates.asked_kinds(u):
        return False
    return x.gates.only_counts(u, x.best) and not x.gates.names_anything(u, x.best)


def named_term(term_names: set[str], c: Concept) -> bool:
    """Whether a question's own concept names a glossary term or a thing (not a plain word, nor a word of the answer's
    kind): what a count may be of."""
    return not c.from_history and c.weight > 0 and (c.is_entity or c.name in term_names)


# what a question sets beside its subject: "(not companies or universities)", "(like Foxconn BEACON9)", "besides X"
_ASIDE_IN_QUESTION = re.compile(r"\(([^()]*)\)|\b(?:besides|apart from|other than|except|excluding|not counting)\s+"
                                r"([^,?;]+)", re.I)


def _contrasted_term(x: GateContext) -> bool:
    # "How many of the top 40 serve R&D?" against the fact "23 serve manufacturing business", whose quote goes on to
    # "and for R&D ... only 4": a term the question names that the fact's statement leaves out, while a clause of its
    # quote gives that term a figure of its own, belongs to that other count (a fact is judged by its statement: its
    # quote may hold a neighbour's figure); a thing the question sets aside or gives as an example is no such term
    best = x.best
    if x.u.answer_type != "figure" or best.fact is None:
        return False
    own = x.gates.chooser.fact_tokens[best.fact.id]
    value = set(numbers_in(str(best.fact.value)))
    # a statement of several figures ("14 institutes: 8 by Defense, 5 by Energy ...") gives the parts itself
    if len(set(figures_in(best.fact.statement, words=False)) - set(YEAR.findall(best.fact.statement))
           - set(numbers_in(x.asked))) > 1:
        return False
    # a place qualifies what is counted ("the US energy ministry"), it names no other count
    places = {t.term for t, _ in x.gates.kb.glossary.matches(x.asked) if t.place}
    aside = set(x.u.set_aside) | set(content_tokens(" ".join(m.group(1) or m.group(2)
                                                             for m in _ASIDE_IN_QUESTION.finditer(x.asked))))
    heads = {c.name for c in x.u.heads}
    terms = [c for c in x.u.concepts if named_term(x.gates.term_names, c) and c.name not in heads | places
             and not c.matched(own) and not c.matched(aside)]
    for clause in re.split(r"[,;]", best.quote):
        figures = set(figures_in(re.sub(r"\b[A-Za-z]+[-‐]?\d+\w*", " ", clause), words=False))
        if figures and not figures & value and any(c.matched(set(content_tokens(clause))) for c in terms):
            return True
    return False


def _narrower_scope(x: GateContext) -> bool:
    # "How many members does X have, not just in its Detroit institute?": a figure of the scope the question reaches
    # past (the unit names it) counts only part of what is asked
    if x.u.answer_type != "figure":
        return False
    # ("the top-40 ones": the words of a hyphened name each, without the pronoun "ones")
    scopes = [set(content_tokens(re.sub(r"-|\bones?\b", " ", m.group(1))))
              for m in WIDER_THAN.finditer(x.asked)]
    own = x.gates.evidence_tokens(x.best, paragraph=False)
    return any(scope and scope <= own for scope in scopes)


def _plan_unsaid(x: GateContext) -> bool:
    # "How many institutes will the network ultimately include?": a count that has been reached ("had funded 8 by
    # 2017") is not the one planned; "by what year does X plan to finish Y?": nor is the date of a thing done
    # ("was released in April 2020")
    # (a plan in a description set aside does not make the question one about it)
    return (x.u.answer_type in ("figure", "date") and bool(PLAN_ASKED.search(x.without_aside))
            and not PLAN_GIVEN.search(x.evidence))


def _sharing_unsaid(x: GateContext) -> bool:
    # "What can members share with each other?" is not answered by what share of the members a group is (a fact
    # whose attribute is a share): the evidence must say what is shared
    return bool(SHARE_VERB_ASKED.search(x.asked)) and not SHARE_VERB_GIVEN.search(x.best.text)


# the words a question names its asked kind with, between the wh-word and its verb: "which areas (are covered)",
# "for which matters (do)"
_ASKED_KIND = re.compile(r"\b(?:which|what)\s+((?:[\w&'’-]+\s+){1,3}?)(?=(?:is|are|was|were|do|does|did|has|have|had|"
                         r"can|could|will|would|should)\b)", re.I)
# an example the question gives of what it asks for: "(which areas,) including pilotage", "such as X", "besides Y"
_EXAMPLE_GIVEN = re.compile(r"\b(?:including|such as|like|besides|e\.g\.?|for (?:example|instance)|other than|"
                            r"apart from|beyond|except)\s+[^,?;]+", re.I)
_INNER_LIST = re.compile(r",|\b(?:and|or)\b")
_COUNT_ASKED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|both|\d+)\b", re.I)
# a list an evidence sentence opens with a colon, split into its items ("from three aspects: A, B, and C")
_LIST_ITEM_SPLIT = re.compile(r"\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _asked_of_one_item(x: GateContext) -> bool:
    """Whether a list question asks of a thing that the evidence names only as one item of a list it opens with a
    colon: "which areas do the common rules cover?" is not answered by "the board works from three sides: dredging,
    a common rule, and a lighthouse", which lists sides, of which the rule is one."""
    if x.u.answer_type != "list" or ":" not in x.best.text or _COUNT_ASKED.search(x.asked):
        return False  # ("which three levers ...?": the count asked is the colon's list)
    head, _, body = x.best.text.partition(":")
    # ("(1) take R&D as the core; (2) connect A, B and C": items of clauses, split by their semicolons)
    texts = [t for t in (re.split(r"\s*;\s*", body) if ";" in body else _LIST_ITEM_SPLIT.split(body))
             if content_tokens(t)]
    if len(texts) < 2:
        return False
    kind = _ASKED_KIND.search(x.asked)
    # the thing asked of: the question's own words, not the kind it asks for or a word of an answer's type
    set_aside = GENERIC_KINDS | TYPE_WORDS | LIST_COUNT_NOUNS | set(content_tokens(kind.group(1) if kind else ""))
    said = set(content_tokens(x.asked))
    topic = [c for c in x.u.concepts if not c.from_history and not c.is_entity and c.matched(said)
             and not all(a <= set_aside for a in c.alternatives if a)]
    example = set(content_tokens(" ".join(m.group(0) for m in _EXAMPLE_GIVEN.finditer(x.asked))))
    head_tokens, body_tokens = set(content_tokens(head)), set(content_tokens(body))
    # what the list's own opening does not say, but one item does ("including pilotage" names an item asked for)
    inside = [c for c in topic if c.matched(body_tokens) and not c.matched(head_tokens) and not c.matched(example)]
    # (two of the question's words at least: one may stand in an item by chance, "a platform" in a list of names;
    # and an item that lists things of its own, "(2) connect A, B and C", may hold the list asked for)
    return len(inside) >= 2 and any(all(c.matched(set(content_tokens(t))) for c in inside)
                                    and not _INNER_LIST.search(t) for t in texts)


def _expansion_of_another(x: GateContext) -> bool:
    """Whether the evidence spells out an acronym while the question asks what something else stands for or means
    ("In X, what does 'advanced' stand for?" is not answered by "X stands for ...")."""
    spelled = EXPANSION.match(x.best.text)
    asked = MEANING_ASKED.search(x.asked)
    if spelled is None or asked is None:
        return False
    thing = set(content_tokens(asked.group(1) or asked.group(2)))
    names = [spelled.group(1), spelled.group(2)]
    names += [v for t, _ in x.gates.kb.glossary.matches(spelled.group(1)) for v in t.variants]
    return not any(toks and toks <= thing for toks in (set(content_tokens(n)) for n in names))


def _acronym_unspelled(x: GateContext) -> bool:
    """Whether the question asks what an acronym stands for ("What does RAMI stand for?") and the evidence does not
    spell it out (a sentence that only uses it says nothing of what it stands for)."""
    asked = ACRONYM_ASKED.search(x.asked)
    if asked is None:
        return False
    acronym = next(g for g in asked.groups() if g)
    return not spells_out(acronym, x.evidence)


def _period_elsewhere(x: GateContext) -> bool:
    # "What was built in the 1100s?" against "... in the 11th century": evidence dated to another century or decade
    # answers another question (a year the question names is the year gate's to check)
    asked = periods_in(x.asked, years=False)
    if not asked or CHECKING.search(x.u.question):
        return False
    held = periods_in(x.evidence)
    for kind in {k for k, _ in asked}:
        theirs = {v for k, v in held if k == kind}
        if theirs and not theirs & {v for k, v in asked if k == kind}:
            return True
    return False


# a paragraph that announces what follows it ("the results of the 2019 survey are shown in the following figure:",
# "as follows:", "below"): the paragraph right after it (a caption between) speaks of what it dates
_ANNOUNCES = re.compile(r"\b(?:the following|as follows|below)\b|:\s*$", re.I)


def _announced_by(kb: KnowledgeBase, doc_id: str, paragraph_id: str) -> str:
    """The paragraph right before this one, in its section, when it announces what follows (with the captions
    between them); else "": a paragraph further on may speak of another thing ("In April 2020, X was released.")."""
    lead = kb.document(doc_id).lead_in(paragraph_id)
    return " ".join(p.text for p in lead) if lead and _ANNOUNCES.search(lead[0].text) else ""


def _year_elsewhere(x: GateContext) -> bool:
    asked_years = set(YEAR.findall(x.u.asked))
    if not asked_years or CHECKING.search(x.u.question):
        return False
    # the year must date the evidence's own paragraph: a section that dates something else ("the crane was
    # delivered in 2018") does not date an undated plan beside it
    dated = YEAR.findall(x.paragraph)
    dated += YEAR.findall(_announced_by(x.gates.chooser.kb, x.best.doc_id, x.best.paragraph_id))
    if x.best.fact is not None:
        dated += YEAR.findall(x.best.fact.as_of or "")
    return bool(asked_years - set(dated))


def _unknown_name(x: GateContext) -> bool:
    # "What is the GDP of Brazil?" asks about a name the documents never use: refuse. Only a premise
    # ("Given that Trump proposed NNMI, ...") is answered, with the name flagged as not in the documents.
    # A name the question does not ask about (one that describes another, "the Shenzhen internet giant Tencent", or
    # whom a lesson is for, "the lesson for MIIT") is flagged, not refused; the other gates judge the evidence
    u = x.u
    if not u.unknown_names or set(u.unknown_names) <= set(u.aside_names):
        return False
    return not CHECKING.search(u.question) or u.current_coverage(
        x.gates.evidence_tokens(x.best), skip=u.unknown_names) < x.gates.chooser.weights.compose.premise_coverage


GATES: list[Gate] = [
    Gate("support", "weak", lambda x: x.support < x.gates.threshold,
         "the evidence covers too little of what the question is about"),
    # the learned support may only refuse more than coverage of the question's concepts does, never answer
    # what too little coverage refuses ("what is the capital of France?" against a fact that names France)
    Gate("coverage", "weak", lambda x: x.gates.coverage is not None
         and x.gates.coverage(x.u, x.best) < x.gates.coverage_floor,
         "the evidence's paragraph covers too little of what the question is about"),
    Gate("opinion", "opinion", lambda x: bool(OPINION.search(x.u.question)),
         "the question asks for an opinion, which documents do not hold"),
    Gate("negation", "weak", _negation_unmatched, "a negated question needs evidence that negates too"),
    Gate("opposite", "weak", _opposite_stated, "evidence that states the opposite of a question's word answers "
         "another question"),
    Gate("bibliography", "weak", lambda x: x.gates.chooser.para_kind.get((x.best.doc_id, x.best.paragraph_id))
         == "reference" and not x.gates.chooser.asks_sources(x.u),
         "a reference list answers questions about sources only"),
    Gate("figure", "figure", _figure_without_number, "a figure question needs a number in the evidence"),
    Gate("percentage", "figure", _share_without_percentage, "a share needs a percentage or a fraction"),
    Gate("share-of", "figure", _share_of_another_whole,
         "a share asked of one whole is not given by a share of another"),
    Gate("money", "figure", _money_without_currency, "an amount of money needs a currency"),
    Gate("date", "figure", _date_without_year, "a when-question needs a year"),
    Gate("duration", "figure", _duration_without_length, "a how-long question needs a length of time"),
    Gate("distance", "figure", _distance_without_length, "a how-far question needs a distance"),
    Gate("clue-number", "clue", _clue_number_missing, "a number that identifies the answer must stand in it"),
    Gate("version", "clue", _version_missing, "the version of a thing the question names must stand in the evidence"),
    Gate("action", "weak", _action_missing, "the action asked about must stand in the evidence"),
    Gate("doer", "doer", _doer_unsaid, "a who-question is not answered by evidence that leaves out who did it"),
    # (the full name of an acronym is what it stands for, which the acronym gate checks: the glossary may have put
    # that name in the question already)
    Gate("new-name", "weak", lambda x: bool(ASKS_NAME.search(x.u.asked)) and not ACRONYM_ASKED.search(x.asked)
         and not x.gates.names_new(x.u, x.best), "a what-is-it-called question needs a name the question lacks"),
    Gate("new-place", "weak", lambda x: x.u.answer_type == "place" and not x.gates.places_new(x.u, x.best),
         "a where-question needs a place the question lacks"),
    Gate("only-counted", "counted", _only_counted, "evidence that only counts the kind of thing the question asks to "
         "be named does not say which"),
    Gate("office-holder", "weak", _office_holder_missing, "an office asked about is held by a person, whom the "
         "evidence must name"),
    Gate("source", "weak", lambda x: bool(SOURCE_ASKED.match(x.asked)) and not SOURCE_SAID.search(x.evidence),
         "where a thing of the mind came from is said by evidence that names a source ('set out in', 'added by')"),
    Gate("reason", "weak", _reason_missing, "a why-question needs evidence that gives a cause or a purpose"),
    Gate("setback", "weak", _setback_unsaid, "an end or a failure the question takes for granted must be said"),
    Gate("renaming", "weak", _renaming_unsaid, "a renaming the question takes for granted must be said"),
    Gate("purpose", "weak", _purpose_unsaid, "a purpose the documents name in no word of purpose is stated by "
         "evidence that says what the thing is for ('founded as', 'set up to')"),
    Gate("ability", "ability", _ability_unsaid, "what a thing can do is said with a modal (can, able to)"),
    Gate("counted-thing", "figure", _counted_thing_missing, "the evidence must count the thing asked about"),
    Gate("measured-thing", "figure", _measured_thing_missing, "the evidence must name what the amount asked "
         "measures"),
    Gate("plan", "figure", _plan_unsaid, "a planned figure or date is not given by evidence that speaks of no "
         "plan"),
    Gate("contrasted-term", "figure", _contrasted_term, "a term the question names that the fact leaves out, while its "
         "quote gives that term a figure of its own, belongs to that other count"),
    Gate("narrower-scope", "figure", _narrower_scope, "a figure of the scope the question reaches past counts only "
         "part of what is asked"),
    Gate("subject", "weak", lambda x: bool(x.missing_subjects) and not CHECKING.search(x.u.question),
         "the evidence must name what the question is about"),
    Gate("premise-subject", "clue", lambda x: bool(x.missing_subjects) and x.clues,
         "a premise is checked against evidence that names what it is about"),
    Gate("one-item", "weak", _asked_of_one_item, "a list asked of a thing is not given by a list in which that "
         "thing is one item"),
    Gate("sharing", "weak", _sharing_unsaid, "what is shared is said by evidence that speaks of sharing, not by a "
         "share of a whole"),
    Gate("expansion", "weak", _expansion_of_another, "an acronym spelled out does not say what another thing "
         "stands for or means"),
    Gate("acronym", "weak", _acronym_unspelled, "what an acronym stands for is answered by evidence that spells it "
         "out"),
    Gate("year", "year", _year_elsewhere, "the documents date this to another year"),
    Gate("period", "weak", _period_elsewhere, "the evidence is of another century or decade"),
    Gate("unknown-name", "unknown", _unknown_name, "the question names something no document mentions"),
]


_QUOTED = re.compile(r"[\"“]([^\"“”]{3,80})[\"”]")
# a list item that is a name and nothing else: "Boeing", "Kent Mills", "GE"
_BARE_NAME = re.compile(r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}")
# a term the evidence gives as a thing's name, capitalised or not: "are known as barges", "is called a packet", "can
# be expressed as the set of triples", "refer to the channel as the gullet"
_NAMED_AS = re.compile(r"\b(?:called|known as|termed|dubbed|referred to as|expressed as|denoted by|"
                       r"refers? to (?:[\w'’-]+\s+){1,6}?as)\s+(?:the\s+|a\s+|an\s+)?"
                       r"([a-z][\w-]*(?:\s+(?:of\s+)?[a-z][\w-]*){0,2})")
# the words that ask for a name, which the documents need not use
_NAMING_WORDS = frozenset(content_tokens("called call calls name named names term termed known dubbed"))


def _concepts_with(u: Understanding, stems: set[str]) -> list[Concept]:
    """The question's own concepts (not the history's) that one of ``stems`` stands for."""
    return [c for c in u.concepts if not c.from_history and any(stems & a for a in c.alternatives)]


def in_name(variant: str, text: str) -> bool:
    """Whether a place's name stands in ``text`` only as the first word of a longer name ("the US Department of
    Defense", "American NNMI"): it says whose the thing is, not where something is ("Detroit's institute" does)."""
    found = list(re.finditer(r"(?<![\w-])" + re.escape(variant) + r"(?![\w-])", text, re.I))
    return bool(found) and all(re.match(r" [A-Z]", text[m.end():]) for m in found)


class Gates:
    """The gate table applied to candidates, with the helpers its checks share."""

    def __init__(self, kb: KnowledgeBase, chooser: EvidenceChooser, threshold: float,
                 coverage: Callable[[Understanding, Candidate], float] | None = None,
                 coverage_floor: float = 0.0) -> None:
        self.kb = kb
        self.chooser = chooser
        self.threshold = threshold
        self.coverage = coverage  # the coverage support of a candidate (the composer's)
        self.coverage_floor = coverage_floor
        self.term_names = {t.term for t in kb.glossary.terms}

    def check(self, u: Understanding, best: Candidate, support: float, clues: bool = True) -> str | None:
        """Why the evidence cannot answer this question (the first failing gate's reason), or None."""
        x = GateContext(u, best, support, clues, self)
        for gate in GATES:
            if gate.fails(x):
                return gate.reason
        return None

    def unheld_clue(self, u: Understanding, best: Candidate) -> bool:
        """Whether the evidence lacks a number that identifies the answer ("which group has 13?"; not one that
        only counts the things asked for, "which two countries") or a version the question names."""
        x = GateContext(u, best, 1.0, True, self)
        identifying = self._identifying_numbers(u)
        return (_clue_number_missing(x) and bool(identifying)) or _version_missing(x)

    @staticmethod
    def _identifying_numbers(u: Understanding) -> set[str]:
        """The question's numbers that identify the answer: not years, and in a which/what question for names not
        the count of names asked for ("which two countries"; in "when were the 30 canals dug?" 30 is no count)."""
        numbers = {n for n in u.clue_numbers if not YEAR.fullmatch(n)}
        if u.answer_type not in ("entity", "list"):
            return numbers
        # nor the size of the whole a name is picked from ("which platform among the leading 40 ..."): evidence
        # that does not repeat it is still about it, and the question's figure is not wrong
        asked = u.asked or u.question
        return numbers - answer_counts(asked) - whole_sizes(asked)

    def clue_stated_elsewhere(self, u: Understanding, candidates: list[Candidate]) -> bool:
        """Whether the numbers that identify the answer stand in other evidence found for the question: "when will
        all 45 institutes be running?", where the documents state the 45 planned but no date for them. The figure
        then matches the documents; what they do not say is the answer."""
        question = u.asked or u.question
        identifying = self._identifying_numbers(u)
        return bool(identifying) and all(any(_counts_the_same(question, n, f"{c.text} {c.quote}") for c in candidates)
                                         for n in identifying)

    def decisions(self, u: Understanding, best: Candidate, support: float) -> list[tuple[str, bool, str]]:
        """Every gate's verdict on the evidence: (name, passed, what it checks), for --explain."""
        x = GateContext(u, best, support, True, self)
        return [(g.name, not g.fails(x), g.doc) for g in GATES]

    def counted_concepts(self, u: Understanding) -> list[Concept]:
        """The concepts named right after "how many" or a superlative of number ("the most devices", "the largest
        number of users"): what is being counted."""
        if has_cjk(u.question):
            # the Chinese word a count names: one of its own the documents never use, or a glossary term's
            # Chinese variant ("多少家企业" counts the term for companies)
            own = [c for c in u.concepts if not c.from_history]
            typed = {c.name: [c.name] for c in own if has_cjk(c.name)}
            for term, variant in self.kb.glossary.matches(u.question):
                if has_cjk(variant):
                    typed.setdefault(term.term, []).append(variant)
            counted = counted_words(u.question, [w for words in typed.values() for w in words])
            return [c for c in own if any(w in counted for w in typed.get(c.name, []))]
        m = _COUNTED_AFTER.search(u.question.lower())
        rate = _RATE_OF.search(u.question)
        if not m and rate and rate.group(1).lower() not in STOPWORDS | _MEASURE_MODIFIERS:
            # "what's the manufacturing unemployment rate?": a rate of unemployment, which the evidence must name
            return _concepts_with(u, set(content_tokens(rate.group(1))))
        if not m:
            return []

        def plural(w: str | None) -> bool:
            return bool(w) and (w.endswith("s") and not w.endswith("ss") or w in PLURALS_WITHOUT_S)

        # only a plural noun is a counted thing ("how many devices"); "how many emphasise" is a verb;
        # in "how many member companies" the second word is the noun, after a modifier led by a digit it may be
        # the third ("how many 5G base stations", "how many 3D printing labs")
        words = [m.group(1), m.group(2)]
        if m.group(1)[0].isdigit() and not (STOPWORDS & set(words)):
            words.append(m.group(3))
        noun = next((w for w in words if plural(w)), None)
        if not noun:
            return []
        stems = set(content_tokens(noun)) - LIST_COUNT_NOUNS
        counted = _concepts_with(u, stems)
        # "how many people": the concepts that are the noun itself, not a name that holds it ("People's Republic of
        # China", "people's livelihood"), when there are any
        exact = [c for c in counted if any(a and a <= stems for a in c.alternatives)]
        return exact or counted

    def measured_concepts(self, u: Understanding) -> list[Concept]:
        """The concepts of the thing an amount measures, named right after "how much" ("how much venture capital
        went into X" -> capital); none for a share, a difference or a count."""
        m = _MEASURED_AFTER.search(u.question.lower())
        if m is None or has_cjk(u.question) or HOW_MUCH_DEGREE.search(u.question):
            return []
        words = m.group(1).split()
        head = m.group(2)
        if head in STOPWORDS or head in _NOT_MEASURED or (words and words[0] in _NOT_MEASURED):
            return []
        return _concepts_with(u, set(content_tokens(head)))

    def who_verb(self, u: Understanding, fronted: bool = False) -> Concept | None:
        """The concept of the verb in "who <verb> ...", when it is a topic word (not "is", "else", "counts");
        ``fronted``: also after a topic set off before the question ("X - who released it?")."""
        if u.answer_type == "reason":
            return None  # "for what reason does X define Y?", "what factors led to Z?": a cause is asked, not a doer
        # "Architecture 2.0 - who released it?", "The charter: who wrote it?": the topic set off before the question
        asked = _FRONTED_TOPIC.sub("", u.asked) if fronted else u.asked
        if ASKS_PARTS.search(asked):
            return None  # "who sits on the board?", "who belongs to X?": who X includes, in whatever verb
        # "who officially released X?": the verb after its adverb
        m = re.match(r"\s*(?:\w+,?\s+)?(?:and\s+)?who\s+" + _ADVERB + r"?(\w+)", asked, re.I)
        # "who provided a definition of X?", "who gave an account of Y?": the action is the noun after a light verb
        light = re.match(r"\s*(?:\w+,?\s+)?(?:and\s+)?who\s+" + _LIGHT_VERB + r"\s+(?:a|an|the|its|their)\s+(\w+)",
                         asked, re.I)
        if light:
            m = light
        # "which department paid for ...": the same, for the glossary's verbs of action (funding, leading)
        # ("which federal department funds ...": a modifier before the noun, and the verb in the present too)
        # (a noun before an auxiliary is no verb: "which US companies does the paper name?")
        which = re.match(r"\s*(?:\w+,?\s+)?(?:and\s+)?(?:which|what)\s+"
                         r"(?:(?!(?:" + _AUXILIARY + r"|the|an?|of)\b)[\w-]+\s+){1,2}?" + _ADVERB
                         + r"?(\w+ed|paid|led|(?!" + _AUXILIARY + r")\w+s(?=\s+(?:(?:the|an?|its|their|this|that|these|"
                         r"those|for)\b|(?-i:[A-Z0-9]))))\b(?!\s+(?:" + _AUXILIARY + r"|of|to)\b)", asked, re.I)
        # "which institute did NASA fund?", "what has the ministry funded?": the verb after its subject, last (not
        # a noun ending the question: "... the US network?", "..., according to the introduction?")
        done_by = None if which else re.match(
            r"\s*(?:\w+,?\s+)?(?:and\s+)?(?:which|what)\b(?:\s+[\w-]+){0,3}?\s+(?:did|does|do|has|have|had)\s+"
            r"[^,;:]*?(?<!\bthe)(?<!\ban)(?<!\ba)(?<!\bof)(?<!\bto)(?<!\bits)(?<!\btheir)\s+(\w+)\s*[?.!]*\s*$",
            asked, re.I)
        if (which and which.group(1).lower() in _HAVING_VERBS) or (m and m.group(1).lower() in _HAVING_VERBS):
            which = m = None  # "which company runs INDICS?", "who operates X?": as below
        if done_by and done_by.group(1).lower() in _HAVING_VERBS:
            done_by = None  # "which platform does Haier run?": a thing one has is often named beside it ("Haier-X")
        if done_by and CATEGORY_VERB.match(asked):
            done_by = None  # "which sector does X serve?": a category, which a list gives in brackets, no verb
        clause = which or done_by
        word = m.group(1) if m else clause.group(1) if clause else ""
        if not word or word.lower() in AUX_WORDS | STOPWORDS:
            return None
        verb = stem(word.split()[0].lower())
        if verb in META or verb in TYPE_WORDS:
            return None
        concept = next((c for c in u.concepts if not c.from_history
                        and (verb in c.typed or any(verb in a for a in c.alternatives))
                        and (m or c.alternatives[0] != frozenset([c.name]))
                        and not (clause and c.is_entity)), None)
        # a verb the paper never uses, with no glossary synonym it does, cannot be checked against the evidence
        # (a common English synonym, "financed" for "paid for", helps find the evidence but is no check of it)
        if concept is None:
            return None
        plain = concept.alternatives[0] == frozenset([concept.name])
        if not any(a <= self.chooser.retriever.vocabulary for a in concept.alternatives[:1 if plain else None]):
            return None
        return concept

    def places_new(self, u: Understanding, c: Candidate) -> bool:
        """Whether the evidence names a place the question does not: a name after a word of location ("in
        Chicago", "based in France"), or a glossary term marked as a place (a hint for names written otherwise)."""
        asked = {x.name for x in u.concepts}
        found = self.kb.glossary.matches(c.text)  # in what the answer says, not only in its source
        if any(term.place and term.term not in asked and not in_name(variant, c.text) for term, variant in found):
            return True
        asked_words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", u.english)}
        between = [m for m in _BETWEEN_NAMES.finditer(c.text)
                   if not _RELATION_BEFORE.search(c.text[max(0, m.start() - 60):m.start()])]
        for m in (*PLACE_NAME.finditer(c.text), *between, *_PLACE_OF_NAME.finditer(c.text)):
            name_words = [w.lower() for w in m.group(1).split()]
            if not set(name_words) <= asked_words and name_words[0] not in NOT_PLACES:
                return True
        return False

    def contrasts_term(self, u: Understanding, c: Candidate) -> bool:
        """Whether the fact of ``c`` leaves out a term the question names that its quote gives a figure of its own
        (the contrasted-term gate), for a plan that picks its own facts (the part of a share)."""
        return _contrasted_term(GateContext(u, c, 1.0, True, self))

    @staticmethod
    def asked_kinds(u: Understanding) -> list[Concept]:
        """What a question asks to be named: the kind a which-question names ("which boats"), or for the owner of a
        thing (a who-question with a verb of having, which the evidence need not write) the things it names ("who runs
        the one institute Commerce funded?")."""
        if u.answer_type in ("entity", "list") and u.heads:
            return u.heads
        return [c for c in u.concepts if not c.from_history] if _WHO_HAS.match(u.asked or u.question) else []

    def counts_asked(self, u: Understanding, c: Candidate) -> bool:
        """Whether the evidence counts the kind of thing the question asks to be named ("1 Innovation Institute")."""
        counted = {stem(w.lower()) for words in _counted_words(c.text) for w in words}
        return any(h.matched(counted) for h in self.asked_kinds(u))

    def only_counts(self, u: Understanding, c: Candidate) -> bool:
        """Whether the evidence counts the kind of thing asked for and sets none of them out: the count of another
        owner ("Defense funded 8 institutes") says no more which one is asked for than the owner's own."""
        return self.counts_asked(u, c) and not _SETS_OUT.search(c.text)

    def names_anything(self, u: Understanding, c: Candidate) -> bool:
        """Whether evidence that counts without setting items out (``only_counts``) still says which: by counts of
        several kinds when a kind is asked for, or by naming something the question does not (a capitalised word past
        its first, other than the name of the kind asked for: "Edison Welding Institute", not the "Innovation
        Institute" counted)."""
        text = c.text  # (a fact's quote may hold its neighbours' names: "Defense funded 8, ... Commerce funded 1")
        # counts of several kinds set the kinds out when a kind is asked for ("which member category ...?" against
        # "341 small businesses, 177 universities ..."); counts of one kind by several owners do not ("8 Innovation
        # Institutes, ... 5 Innovation Institutes"), nor of several kinds when one of them is asked for ("which
        # museums ...?" against "4 parks and 2 museums")
        kinds = {words[0].lower() for words in _counted_words(text)}
        if len(kinds) > 1 and any(stem(h.name.split()[-1].lower()) in LIST_COUNT_NOUNS for h in u.heads):
            return True
        known = set(content_tokens(u.english)) | {t for h in self.asked_kinds(u) + u.concepts
                                                  for a in h.alternatives for t in a}
        for m in re.finditer(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w&'’-]*", text):
            toks = set(content_tokens(m.group(0)))
            if toks and not toks <= known:
                return True
        return False

    def names_new(self, u: Understanding, c: Candidate) -> bool:
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
        # "Boeing, Loma, GE and other giants are ...": list items that are names alone, the first one too
        items = [p.strip() for p in parts if _BARE_NAME.fullmatch(p.strip())
                 and p.strip().split()[0].lower() not in self.chooser.dictionary]
        scans = [(r"(?<!^)\b([A-Z][\w-]*|\d+\.\d+)", part) for part in about] + [(r"\b([A-Z][\w-]*)", p) for p in items]
        for pattern, part in scans:
            for m in re.finditer(pattern, part.strip()):
                toks = set(content_tokens(m.group(1)))
                if not toks or toks <= known or frozenset(toks) in same:
                    continue
                if toks <= known | full_names and m.group(1).lower() in self.chooser.dictionary:
                    continue
                return True
        # a title in quotes ('a guidance on deepening "Internet + advanced manufacturing" ...') names a thing too,
        # capitalised or not, where it says more than the question does; so does a term given as a name ("known as
        # barges"), when the documents use every word the question describes the thing by ("what are the boats
        # that carry coal called?" is not answered by the name of the boats that carry grain)
        named_as = _NAMED_AS.findall(c.text)
        if named_as and not set(content_tokens(u.english)) - _NAMING_WORDS <= self.chooser.retriever.vocabulary:
            named_as = []
        return any(set(content_tokens(q)) - known - full_names for q in (*_QUOTED.findall(c.text), *named_as))

    def _sentences_at(self, c: Candidate) -> tuple[list[str], int | None]:
        """The sentences of the evidence's paragraph and the index of the evidence's own (its quote's, for a fact)."""
        sents = [s for s, _ in self.chooser.sentences.get((c.doc_id, c.paragraph_id), [])]
        at = next((k for k, s in enumerate(sents) if s in (c.text, c.quote) or (c.quote and c.quote in s)), None)
        return sents, at

    def neighbour_sentences(self, c: Candidate) -> str:
        """The sentences just before and after the evidence's sentence in its paragraph ("" when not found)."""
        sents, at = self._sentences_at(c)
        return "" if at is None else " ".join(sents[max(0, at - 1):at] + sents[at + 1:at + 2])

    def sentence_after(self, c: Candidate) -> str:
        """The sentence just after the evidence's sentence in its paragraph ("" when there is none)."""
        sents, at = self._sentences_at(c)
        return sents[at + 1] if at is not None and at + 1 < len(sents) else ""

    def previous_tokens(self, u: Understanding, c: Candidate) -> set[str]:
        """Tokens of the sentence before the evidence sentence, in its paragraph; empty for facts and for a
        sentence that names a subject of its own ("the NNMI has 830 members" is not about DMDII)."""
        if c.kind != "sentence":
            return set()
        asked = {x.name for x in u.concepts}
        if any(term.is_entity and term.term not in asked for term, _ in self.kb.glossary.matches(c.text)):
            return set()
        return self._sentence_before(c)[1]

    def previous_sentence(self, c: Candidate) -> str:
        """The sentence before the evidence sentence, in its paragraph ("" for a fact or a paragraph's first)."""
        return self._sentence_before(c)[0] if c.kind == "sentence" else ""

    def _sentence_before(self, c: Candidate) -> tuple[str, set[str]]:
        """The sentence before ``c``'s in its paragraph, with its tokens ("" and none when there is none)."""
        sents = self.chooser.sentences.get((c.doc_id, c.paragraph_id), [])
        return next((before for before, (sentence, _) in zip(sents, sents[1:], strict=False) if sentence == c.text),
                    ("", set()))

    def framing_only(self, u: Understanding) -> set[str]:
        """The glossary terms named only in a scene-setting phrase that opens the question ("In the paper's case for
        X, ...", "Within X, ...", "Regarding X's budget, ...") or is said after it ("..., in the context of X?")."""
        # (after a clause that names the documents as the source: "按文中的说法，在美国，...")
        text = without_source_frame(u.asked or u.question)
        glossary = self.kb.glossary
        m = (_FRAMING_ZH if has_cjk(text) else _FRAMING).match(text)
        if m:
            scene = m.group(0)
        else:
            # "在美国一个高端制造业岗位...": a Chinese scene may run on without a comma when it is a place's name
            m = _IN_PLACE_ZH.match(text) if has_cjk(text) else None
            after = text[m.end():] if m else ""
            place = next((v for t, v in glossary.matches(after[:20]) if t.place and after.startswith(v)), "")
            scene = text[:m.end() + len(place)] if place else ""
        # the scenes named later in the question ("..., in the context of X?"), each up to its phrase's end
        later, text = without_scenes(text[len(scene):])
        named = {t.term for part in (scene, *later) if part for t, _ in glossary.matches(part)}
        return named - {t.term for t, _ in glossary.matches(text)}

    def evidence_tokens(self, c: Candidate, paragraph: bool = True) -> set[str]:
        toks = set(content_tokens(c.quote + " " + c.text))
        for sentence, sentence_toks in self.chooser.sentences.get((c.doc_id, c.paragraph_id), []):
            if sentence in c.quote:  # with what it inherits from the sentence it points back to
                toks |= sentence_toks
        if paragraph:
            toks |= self.chooser.paragraph_tokens.get((c.doc_id, c.paragraph_id), set())
        if c.fact is not None:
            toks |= self.chooser.fact_tokens[c.fact.id]
        return toks
