"""Arithmetic on the figures a question names, when they are not simply two named things of one kind (those are
``compare.py``'s): two parts of one whole ("more small businesses or universities among the members?"), two
figures of different subjects in one unit ("how many more jobs does a high-end job drive than an ordinary one?"),
a plan and its progress ("how many remain to be built?"); and, through ``wholes.py``, a group against another,
totals over the same parts, the share a part makes up of a whole, and the rest of a whole.

The figures come from structured facts only, and a pair is taken only when the question names what tells each
figure from the other (a word that matches one fact and not the other), so a figure nobody asked about is never
combined. The working is shown ("341 − 177 = 164") and every operand is cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...text import content_tokens
from ...types import Fact
from ..derive import (
    REMAIN,
    SHARE,
    SUM,
    Derivation,
    combinable,
    comparable,
    derive,
    number_of,
    same_unit,
    show,
    total_of,
    unit_class,
)
from ..lexicon import ARITHMETIC_WORDS, ASKS_WHY, TOTAL_GIVEN, TYPE_WORDS, UNMARKED, YEAR, threshold_asked
from ..render import Composition, possessive
from .compare import COMPARE, COMPARE_ZH, FIGURE, measure_word, unnamed_pair
from .points import PRESENTATION, Writer, is_place, premise, term, term_names
from .wholes import (
    PIVOT,
    complement,
    fact_lines,
    figure_facts,
    groups,
    part_of_whole,
    share_of_plan,
    subject_name,
    subject_term,
    totals,
)

if TYPE_CHECKING:
    from ..understanding import Concept, Understanding
    from . import AnswerContext

_SKIP = PRESENTATION | TYPE_WORDS | ARITHMETIC_WORDS | UNMARKED
_ASKS_PERCENT = re.compile(r"\b(percent\w*|per cent|shares?|proportions?)\b|%|百分|比例|占比", re.I)
_HOW_FAR = re.compile(r"\bhow (?:far|much) (?:short|behind)\b|\bfell short\b|\bshortfalls?\b|"
                      # "how far was the network from its planned 50?", "how far off the target was it?"
                      r"\bhow far\b[^?]{0,40}?\b(?:short|behind|off|from)\b", re.I)
# "how far along was X compared with its plan?", "what progress had X made against the target?", "against its plan,
# how far had X got?": progress set against a plan, a figure against a figure
_AGAINST = r"\b(?:compared? (?:with|to)|against|relative to|versus|vs\.?)\s+(?:what|its|their|the)\b[^?]{0,20}?" \
           r"\b(?:plan|target|goal)"
_PROGRESS_ASKED = r"\b(?:how far|how close|what progress|where (?:did|does|do|had|has))\b"
# the words that frame such a question, no topic of its figures
_PROGRESS_WORDS = frozenset(content_tokens("far along close progress made stand stood relative measured against "
                                           "compared versus"))
_PROGRESS = re.compile(_PROGRESS_ASKED + r"[^?]{0,60}?" + _AGAINST + "|" + _AGAINST + r"[^?]{0,40}?" + _PROGRESS_ASKED,
                       re.I)
# the sides of a comparison part at "than" (PIVOT), and at the "cut" of "between an ordinary job and a skilled one"
# and of "how does a skilled job differ from an ordinary one"
_PARTED = (re.compile(r"\bbetween\b[^?,;]{1,80}?\b(?P<cut>and)\b", re.I),
           re.compile(r"\bdiffer\w*\b[^?]{0,80}?\b(?P<cut>from)\b", re.I))
# "how does A compare with B?", "how do A and B stack up?": the two figures side by side, when one figure is of each
# side (else the other plans answer)
_HOW_COMPARE = re.compile(r"\bhow (?:does|do|did|would)\b(?P<a>[^?]{1,120}?)\b(?:compare|stack up|measure up)\b"
                          r"(?:\s+(?:with|to|against)\b(?P<b>[^?]*))?", re.I)
# the same two sides asked without "how": "compare A with B", "compare A and B", "A versus B" (a side's "and" is
# taken as the cut only when no other word parts them)
_SIDES = (_HOW_COMPARE,
          re.compile(r"\bcompar(?:e|ing)\b(?P<a>[^?]{1,120}?)\b(?:with|to|against|versus|vs)\b\.?(?P<b>[^?]*)", re.I),
          re.compile(r"\bcompar(?:e|ing)\b(?P<a>[^?]{1,120}?)\band\b(?P<b>[^?]*)", re.I),
          re.compile(r"(?P<a>[^?,;:]{1,120}?)\b(?:versus|vs)\b\.?(?P<b>[^?]*)", re.I))
# "add up A and B", "A plus B", "the combined number of A and B": a sum asked with no word of counting
_SUM_ASKED = re.compile(r"\b(?:add(?:s|ed|ing)? (?:up|together)|sum(?:med|ming)?|plus|combined (?:number|count|total|"
                        r"figure))\b", re.I)
# the words between the parts a question lists ("A, B and C", "A plus B")
_JOINERS = frozenset(["and", "or", "plus", ",", "the", "its", "their", "as", "well", "also"])
# the words that ask for a sum ("add up", "plus", "altogether"): how to count, not what is counted
_SUM_WORDS = frozenset(content_tokens("add adds added adding plus altogether total totals sum summed summing"))
MIN_COVERAGE = 0.5  # the share of the question's topic the two figures must cover between them
STRAY_PENALTY = 0.25  # a figure about a named thing the question does not name answers another question


def _near(c: Concept, tokens: set[str]) -> bool:
    """A one-word concept whose word shares its first letters with a word of the fact ("built" and "build"):
    an irregular form the stemmer does not join still says the fact is about it."""
    return any(len(a) == 1 and len(w := next(iter(a))) >= 5 and any(len(t) >= 5 and t[:4] == w[:4] for t in tokens)
               for a in c.alternatives)


def _sides_compared(q: str) -> re.Match[str] | None:
    """The two sides a comparison names, the first wording that parts them; "how do A and B stack up?" (no side
    after the verb) is matched with no second side."""
    found = [m for m in (p.search(q) for p in _SIDES) if m is not None]
    return next((m for m in found if m.group("b") and m.group("b").strip()), found[0] if found else None)


def _stated_figures(u: Understanding) -> list[str]:
    """The figures a question states, years aside ("the 45 planned and the 14 funded by 2017": 45 and 14)."""
    return [n for n in u.clue_numbers if not YEAR.fullmatch(n)]


@dataclass
class Pick:
    """Two facts chosen for a question, with how well they cover it."""

    a: Fact
    b: Fact
    score: float
    coverage: float


class ArithmeticPlan:
    name = "arithmetic"
    broad = True
    specific = True

    def answer(self, ctx: AnswerContext) -> Composition | None:
        u = ctx.u
        q = u.asked or u.question
        if unnamed_pair(ctx) and not SUM.search(q):
            # "which of the two institutes has more X?": two named things of one kind, compared (their totals, "adding
            # up all members", are sums of parts, this plan's)
            return None
        if SUM.search(q) and not ASKS_WHY.search(q) and (FIGURE.search(q) or u.answer_type == "figure"
                                                          or _SUM_ASKED.search(q)):
            # "how many A, B and C together?", "add up A and B": every part the question lists, added up
            summed = _sum_of_parts(ctx, q, figure_facts(ctx), self._topic(ctx))
            if summed is not None:
                return summed
        # "how far short of the plan was it?" asks a figure without "how many"
        # "the gap between the 45 planned and the 14 funded": two figures stated and compared ask for a figure
        states_two = len(_stated_figures(u)) >= 2 and bool(COMPARE.search(q))
        threshold = threshold_asked(q)  # "did DoD fund more than half of them?": a share, against a fraction
        # "how does A compare with B?" asks no figure in words, but may be answered by one figure of each side
        how_compare = _sides_compared(q)
        progress = _PROGRESS.search(q)
        only_compared = not (FIGURE.search(q) or u.answer_type == "figure" or _HOW_FAR.search(q) or states_two
                             or threshold or progress)
        if only_compared and (how_compare is None or not how_compare.group("b")) or ASKS_WHY.search(q):
            return None  # "why did Energy fund fewer than Defense?": a difference is no reason
        facts = figure_facts(ctx)
        if len(facts) < 2:
            return None
        topic = self._topic(ctx)
        if progress:
            topic = [c for c in topic if not all(a <= _PROGRESS_WORDS for a in c.own if a)]
        if not topic:
            return None
        if SHARE.search(q) or threshold:  # of a whole the question gives ("of the 40") or names ("of all")
            whole_share = part_of_whole(ctx, facts, topic, q) or share_of_plan(ctx, facts, q)
            if whole_share is not None:
                return whole_share
        if threshold:
            return None  # a share against a fraction is no difference of two parts
        rest = complement(ctx, facts, topic, q)
        if rest is not None:
            return rest
        if not (COMPARE.search(q) or COMPARE_ZH.search(q) or REMAIN.search(q) or progress):
            return None
        grouped = groups(ctx, facts, topic, q) or (totals(ctx, facts, topic) if SUM.search(q) else None)
        if grouped is not None:
            return grouped
        pick = self._pair(ctx, facts, topic, q)
        if pick is None:
            return None
        if comparable(pick.a, pick.b) and self._named_sides(ctx, pick.a, pick.b):
            return None  # two named things with like figures: the comparison plan names them as sides
        if only_compared and not self._one_of_each_side(ctx, pick, how_compare):  # type: ignore[arg-type]
            return None  # "how does A compare with B?" answered by figures that are not of A and of B
        d = derive(pick.a, pick.b, q, check=combinable)
        if d is None:
            return None
        writer = Writer(ctx)
        lines, markers = fact_lines(ctx, writer, [pick.a, pick.b])
        lines.append(f"{self._derived_line(ctx, writer, d, pick.a, pick.b)} {markers}")
        return writer.compose(premise(ctx, writer, [pick.a, pick.b]) + lines, pick.coverage)

    # -- what the question counts ----------------------------------------------------------------------
    @staticmethod
    def _topic(ctx: AnswerContext) -> list[Concept]:
        """The question's concepts that say what is counted (not how to compare or present it)."""
        return [c for c in ctx.u.concepts if any(a and not a <= _SKIP for a in c.own)]

    @staticmethod
    def _one_of_each_side(ctx: AnswerContext, pick: Pick, compared: re.Match[str]) -> bool:
        """Whether one figure is of the side before "compare with" and the other of the side after it: each side's
        own words (less those both figures share, their common scope) are matched by one figure more than the
        other side's; a figure matching neither side's words takes the side the other figure leaves."""
        tokens = ctx.composer.chooser.fact_tokens
        a_words, b_words = set(content_tokens(compared.group("a"))), set(content_tokens(compared.group("b")))
        common = tokens[pick.a.id] & tokens[pick.b.id]
        own_a, own_b = a_words - b_words - common, b_words - a_words - common

        def side(f: Fact) -> str:
            at_a, at_b = len(own_a & tokens[f.id]), len(own_b & tokens[f.id])
            return "a" if at_a > at_b else "b" if at_b > at_a else ""

        sides = {side(pick.a), side(pick.b)}
        return sides in ({"a", "b"}, {"a", ""}, {"b", ""})

    def _pair(self, ctx: AnswerContext, facts: list[tuple[Fact, float]], topic: list[Concept], q: str) -> Pick | None:
        """The two facts that together cover the question best, each matched by a word of the question that the
        other does not match; a percentage pair for a question about shares, a count pair otherwise."""
        tokens = ctx.composer.chooser.fact_tokens
        vocabulary = ctx.composer.chooser.retriever.vocabulary
        # a word the documents never use ("ordinary", "create") is the asker's wording: it counts half
        weight = {c.name: c.weight * (1.0 if any(a and a <= vocabulary for a in c.alternatives) else 0.5)
                  for c in topic}
        total = sum(weight.values()) or 1.0
        wants = "percent" if _ASKS_PERCENT.search(q) else "count"
        named = {c.name for c in ctx.u.concepts if c.is_entity}
        # the question's own words tell figures apart too ("funded by 2017" and "plans"), even those a glossary
        # term took in ("NNMI plans"); they count for telling apart, not for coverage
        words = {f"word:{w}" for w in content_tokens(ctx.u.standalone if ctx.u.dependent else q) if w not in _SKIP}
        # and so do the figures it states: "the gap between the 45 planned and the 14 funded" names both values
        stated = {float(n) for n in _stated_figures(ctx.u) if re.fullmatch(r"\d+(?:\.\d+)?", n)}

        def figures(f: Fact) -> set[str]:
            value = number_of(f)
            return {f"figure:{value}"} if value is not None and value in stated else set()

        # the question's words and its concepts' ("members" asked as "membership")
        asked = set(content_tokens(ctx.u.english)) | {t for c in ctx.u.concepts for a in c.alternatives for t in a}

        def unit_named(f: Fact) -> bool:
            return bool(set(content_tokens(f.unit or "")) & asked)

        # "which creates more extra jobs ...?": a unit of the counts at hand that the question names is what it counts
        # (a question of shares compares percentages of what it names)
        counts_named = wants == "count" and any(unit_named(f) and unit_class(f) == "count" for f, _ in facts)
        best: Pick | None = None
        for i, (a, score_a) in enumerate(facts):
            for b, score_b in facts[i + 1:]:
                if not combinable(a, b) or (REMAIN.search(q) and not same_unit(a, b)):
                    continue  # what is left of a plan counts what the plan counts ("45 institutes" less 14 of them)
                if (not same_unit(a, b) or counts_named) and not (unit_named(a) and unit_named(b)):
                    continue  # figures of two units ("45 institutes", "3 aspects") set apart only when both are asked
                ma = ({c.name for c in topic if c.matched(tokens[a.id])} | {w for w in words if w[5:] in tokens[a.id]}
                      | figures(a))
                mb = ({c.name for c in topic if c.matched(tokens[b.id])} | {w for w in words if w[5:] in tokens[b.id]}
                      | figures(b))
                if not (ma - mb) and not self._apart(q, topic, mb, ma, vocabulary) and not self._progress(q, b, a):
                    continue  # the question does not say which figure is which
                if not (mb - ma) and not self._apart(q, topic, ma, mb, vocabulary) and not self._progress(q, a, b):
                    continue
                # a place the question names may be the figures' setting (their section is about it), unless a
                # figure is about another place it names: "Detroit or Chicago?" is not answered by two of Chicago's
                subject_places = {t for f in (a, b) for t in term_names(ctx, f.subject) if t in named
                                  and is_place(ctx, t)}
                if any(c.is_entity and not c.from_history and c.name not in ma | mb
                       and not (is_place(ctx, c.name) and not subject_places - {c.name}
                                and c.name in self._places_of(ctx, a) & self._places_of(ctx, b))
                       for c in topic):
                    continue  # a named thing neither figure is about: they answer another question
                coverage = sum(weight[c.name] for c in topic
                               if c.name in ma | mb or _near(c, tokens[a.id] | tokens[b.id])) / total
                if named and a.subject != b.subject and any((t := subject_term(ctx, f)) is not None and t.is_entity
                                                            and t.term not in named for f in (a, b)):
                    continue  # the question names its things: a figure of another named thing answers another one
                stray = sum(1 for f in (a, b) for t in term_names(ctx, f.subject)
                            if t not in named and (gt := term(ctx, t)) is not None and gt.is_entity)
                # figures of one subject (a plan and its progress, two parts of one whole) go together best
                same = 0.1 if a.subject.strip().lower() == b.subject.strip().lower() else 0.0
                score = (coverage - STRAY_PENALTY * stray + (0.2 if unit_class(a) == wants else 0.0) + same
                         + 0.05 * (score_a + score_b))
                if best is None or score > best.score:
                    best = Pick(a, b, score, coverage)
        if best is None or best.coverage < MIN_COVERAGE:
            return None
        return best

    @staticmethod
    def _places_of(ctx: AnswerContext, f: Fact) -> set[str]:
        """The places the fact's paragraph or its section's title names: "how far short was the US?" is asked
        of the figures of a section on the US network, though they name only the network."""
        kb = ctx.composer.kb
        try:
            paragraph = kb.document(f.doc_id).paragraph(f.paragraph)
        except KeyError:
            return set()
        return {t.term for t, _ in kb.glossary.matches(f"{paragraph.section_title}. {paragraph.text}") if t.place}

    @staticmethod
    def _progress(q: str, target: Fact, done: Fact) -> bool:
        """Whether ``done`` is the stated total of the thing ``target`` plans, in a question about what remains
        ("how many of the planned institutes remain to be built?"): what is done so far goes unnamed."""
        return (bool(REMAIN.search(q)) and bool(TOTAL_GIVEN.search(done.statement))
                and not TOTAL_GIVEN.search(target.statement)
                and target.subject.strip().lower() == done.subject.strip().lower())

    def _apart(self, q: str, topic: list[Concept], wider: set[str], narrower: set[str], vocabulary: set[str]) -> bool:
        """Whether a figure matched by nothing the other does not match is still told apart: the question sets
        two sides against each other ("a high-end manufacturing job ... than an ordinary manufacturing job") and
        one side names what the narrower figure matches without what sets the wider one apart."""
        m = (PIVOT.search(q) or next((m for parted in _PARTED if (m := parted.search(q))), None)
             or re.search(r"\bor\b", q, re.I))
        if m is None:
            return False
        extra = [c for c in topic if c.name in wider - narrower]
        cut = m.span("cut") if "cut" in m.re.groupindex else m.span()
        texts = [q[:cut[0]], q[cut[1]:]]
        sides = [set(content_tokens(t)) for t in texts]
        for (this, other), text in zip((sides, sides[::-1]), texts, strict=True):
            said = [c for c in topic if c.matched(this) and any(a and a <= vocabulary for a in c.alternatives)]
            if not said and re.search(r"\bones?\b", text, re.I):
                # "... than an ordinary one": "one" stands for what the other side names, less what sets it apart
                said = [c for c in topic if c.matched(other) and c not in extra
                        and any(a and a <= vocabulary for a in c.alternatives)]
            if (any(c.matched(other) for c in extra) and not any(c.matched(this) for c in extra)
                    and said and all(c.name in narrower for c in said)):
                return True  # this side is all about the narrower figure, the other names what sets the wider apart
        return False

    def _named_sides(self, ctx: AnswerContext, a: Fact, b: Fact) -> bool:
        """Whether each fact's subject is a different named thing of the question ("Defense" and "Energy")."""
        named = {c.name for c in ctx.u.concepts if c.is_entity and not c.from_history}
        sa, sb = term_names(ctx, a.subject) & named, term_names(ctx, b.subject) & named
        return bool(sa) and bool(sb) and sa != sb

    # -- writing -------------------------------------------------------------------------------------
    def _labels(self, ctx: AnswerContext, writer: Writer, a: Fact, b: Fact) -> tuple[str, str]:
        """How the answer names two figures: by their subjects when those differ, else by their units when those
        differ ("small businesses", "universities ..."), else by their attributes."""
        if a.subject.strip().lower() != b.subject.strip().lower():
            return subject_name(ctx, a), subject_name(ctx, b)
        if (a.unit or "").lower() != (b.unit or "").lower():
            return a.unit or a.attribute, b.unit or b.attribute
        return a.attribute, b.attribute

    def _derived_line(self, ctx: AnswerContext, writer: Writer, d: Derivation, a: Fact, b: Fact) -> str:
        larger = d.larger or a
        smaller = d.smaller or b
        la, lb = self._labels(ctx, writer, larger, smaller)
        unit = "percentage points" if unit_class(larger) == "percent" else (
            larger.unit if (larger.unit or "").lower() == (smaller.unit or "").lower() else "")
        unit = "" if writer.zh else unit or ""
        measure = measure_word(ctx, larger)
        if writer.zh and not re.search(r"[\u4e00-\u9fff]", la + lb):
            la = lb = ""  # no Chinese names for them: the figures above say which is which
        if d.operation == "sum":
            return writer.phrase("synth_sum", working=d.working, unit=unit)
        if d.operation == "share":
            # each figure's share of the two together, in the order the derivation took them (a, then b)
            na, nb = self._labels(ctx, writer, a, b)
            return writer.phrase("synth_share", first=na, second=nb, working=d.working, unit=unit,
                                 share_first=d.shares[0], share_second=d.shares[1])
        if d.operation == "ratio":
            if not la:  # no names to say which is which: the figures above do
                return writer.phrase("synth_ratio_plain", working=d.working)
            line = writer.phrase("synth_ratio", larger=la, smaller=lb, working=d.working, larger_of=possessive(la),
                                 smaller_of=possessive(lb))
            return line[:1].upper() + line[1:]  # a common noun opens the sentence ("Small businesses' figure")
        if d.equal:
            return writer.phrase("synth_equal", value=show(number_of(a) or 0), unit=unit)
        key = "synth_remaining" if d.operation == "remaining" else ("synth_gap" if la else "synth_gap_plain")
        return writer.phrase(key, larger=la, smaller=lb, working=d.working, unit=unit, result=d.result,
                             measure=measure)


def _sum_of_parts(ctx: AnswerContext, q: str, facts: list[tuple[Fact, float]],
                  topic: list[Concept]) -> Composition | None:
    """"How many small firms and schools together are members?", "add up A, B and C": the parts of one whole that
    the question lists, each counted by exactly one figure of one subject as of one date, added up with the working.
    Every word of the question's topic must be a part or the scope every figure shares (the subject, "members"),
    so no listed part is left out and no figure nobody asked about is added."""
    tokens = ctx.composer.chooser.fact_tokens
    words = [c for c in topic if any(a and not a <= _SUM_WORDS for a in c.own)]
    found: list[list[Fact]] = []
    by_subject: dict[tuple[str, str], list[Fact]] = {}
    for f, _ in facts:
        if unit_class(f) == "count":
            by_subject.setdefault((f.subject, f.as_of or ""), []).append(f)
    for fs in by_subject.values():
        hits = {c.name: [f for f in fs if c.matched(tokens[f.id])] for c in words}
        if any(not h for h in hits.values()):
            continue  # a word of the question no figure of this subject counts
        parts = [h[0] for h in hits.values() if len(h) == 1]
        scope = [h for h in hits.values() if len(h) > 1]
        ids = [f.id for f in parts]
        if len(set(ids)) >= 2 and len(set(ids)) == len(ids) and all(set(ids) <= {f.id for f in h} for h in scope):
            found.append(parts)
    if len(found) != 1:
        return None  # no subject, or two, whose figures the question lists
    parts = found[0]
    if not _listed(q, [c for c in words if sum(c.matched(tokens[f.id]) for f in parts) == 1]):
        return None  # the parts are not named one after another ("A, B and C"): no sum of them is asked
    summed = total_of(parts)
    if summed is None or not combinable(parts[0], parts[1]):
        return None
    writer = Writer(ctx)
    lines, markers = fact_lines(ctx, writer, parts)
    lines.append(f"{writer.phrase('synth_sum', working=', '.join(summed[1]), unit='')} {markers}")
    return writer.compose(lines)


def _listed(q: str, parts: list[Concept]) -> bool:
    """Whether the question names at least two of ``parts`` one after another, with only "and", "or", "plus", commas
    and articles between them ("small businesses, universities and agencies", "juniors plus seniors")."""
    words = re.findall(r"[\w&/'’-]+|,", q.lower())
    owner = []
    for w in words:
        stems = set(content_tokens(w))
        owner.append(next((n for n, c in enumerate(parts) if any(stems & a for a in c.alternatives if a)), None))
    at = [i for i, o in enumerate(owner) if o is not None]
    if len({owner[i] for i in at}) < 2:
        return False
    return all(owner[i] is not None or words[i] in _JOINERS for i in range(at[0], at[-1] + 1))
