"""Arithmetic on the figures a question names, when they are not simply two named things of one kind (those are
``compare.py``'s): two parts of one whole ("more small businesses or universities among the members?"), two
figures of different subjects in one unit ("how many more jobs does a high-end job drive than an ordinary one?"),
a plan and its progress ("how many remain to be built?"), a group against another ("A and B together against C"),
and the share a part makes up of a whole the question gives ("what share of the 40?").

The figures come from structured facts only, and a pair is taken only when the question names what tells each
figure from the other (a word that matches one fact and not the other), so a figure nobody asked about is never
combined. The working is shown ("341 − 177 = 164") and every operand is cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...numbers import digits_in
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
    part_of,
    show,
    total_of,
    unit_class,
)
from ..lexicon import TYPE_WORDS, YEAR
from ..render import Composition
from .compare import COMPARE, COMPARE_ZH, FIGURE, measure_word
from .points import PRESENTATION, Writer, display_name, term, term_names

if TYPE_CHECKING:
    from ..understanding import Concept
    from . import AnswerContext

# words of the arithmetic asked for, not of what is counted
_ARITHMETIC = frozenset(content_tokens("compare comparison differ difference gap exceed exceeds outnumber remain "
                                       "remaining alone together combined sum point points percentage"))
_SKIP = PRESENTATION | TYPE_WORDS | _ARITHMETIC
_PIVOT = re.compile(r"\b(than|versus|vs\.?|compared (?:with|to)|against|as opposed to)\b|比|相比|对比", re.I)
_ASKS_PERCENT = re.compile(r"\b(percent\w*|per cent|share|proportion)\b|%|百分|比例|占比", re.I)
MIN_COVERAGE = 0.5  # the share of the question's topic the two figures must cover between them
STRAY_PENALTY = 0.25  # a figure about a named thing the question does not name answers another question


def _near(c: Concept, tokens: set[str]) -> bool:
    """A one-word concept whose word shares its first letters with a word of the fact ("built" and "build"):
    an irregular form the stemmer does not join still says the fact is about it."""
    return any(len(a) == 1 and len(w := next(iter(a))) >= 5 and any(len(t) >= 5 and t[:4] == w[:4] for t in tokens)
               for a in c.alternatives)


def _position(q: str, variant: str) -> int:
    """Where the question names a term: the variant as matched, or failing that ("Departments of Energy" for
    "Department of Energy") its most telling word; -1 when neither stands in it."""
    low = q.lower()
    at = low.find(variant.lower())
    if at >= 0:
        return at
    for w in sorted(re.findall(r"[\w&'-]{3,}", variant.lower()), key=len, reverse=True):
        hit = re.search(rf"\b{re.escape(w)}", low)
        if hit and w not in ("department", "the", "and"):
            return hit.start()
    return -1


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
        if not (FIGURE.search(q) or u.answer_type == "figure"):
            return None
        facts = self._figure_facts(ctx)
        if len(facts) < 2:
            return None
        topic = self._topic(ctx)
        if not topic:
            return None
        if SHARE.search(q) and not SUM.search(q):
            whole_share = self._part_of_whole(ctx, facts, topic, q)
            if whole_share is not None:
                return whole_share
        if not (COMPARE.search(q) or COMPARE_ZH.search(q) or REMAIN.search(q)):
            return None
        grouped = self._groups(ctx, facts, topic, q) or (self._totals(ctx, facts, topic) if SUM.search(q) else None)
        if grouped is not None:
            return grouped
        pick = self._pair(ctx, facts, topic, q)
        if pick is None:
            return None
        if comparable(pick.a, pick.b) and self._named_sides(ctx, pick.a, pick.b):
            return None  # two named things with like figures: the comparison plan names them as sides
        d = derive(pick.a, pick.b, q, check=combinable)
        if d is None:
            return None
        writer = Writer(ctx)
        lines, markers = self._fact_lines(ctx, writer, [pick.a, pick.b])
        lines.append(f"{self._derived_line(ctx, writer, d, pick.a, pick.b)} {markers}")
        return writer.compose(lines, pick.coverage)

    # -- what the question counts ----------------------------------------------------------------------
    @staticmethod
    def _figure_facts(ctx: AnswerContext) -> list[tuple[Fact, float]]:
        """The retrieved facts whose value is a figure in digits, best first, each once."""
        out: dict[str, tuple[Fact, float]] = {}
        for c in ctx.candidates:
            if c.fact is not None and c.fact.id not in out and number_of(c.fact) is not None:
                out[c.fact.id] = (c.fact, c.score)
        return list(out.values())

    @staticmethod
    def _topic(ctx: AnswerContext) -> list[Concept]:
        """The question's concepts that say what is counted (not how to compare or present it)."""
        return [c for c in ctx.u.concepts if any(a and not a <= _SKIP for a in c.alternatives)]

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
        best: Pick | None = None
        for i, (a, score_a) in enumerate(facts):
            for b, score_b in facts[i + 1:]:
                if not combinable(a, b):
                    continue
                ma = {c.name for c in topic if c.matched(tokens[a.id])} | {w for w in words if w[5:] in tokens[a.id]}
                mb = {c.name for c in topic if c.matched(tokens[b.id])} | {w for w in words if w[5:] in tokens[b.id]}
                if not (ma - mb) and not self._apart(q, topic, mb, ma, vocabulary):
                    continue  # the question does not say which figure is which
                if not (mb - ma) and not self._apart(q, topic, ma, mb, vocabulary):
                    continue
                if any(c.is_entity and not c.from_history and c.name not in ma | mb for c in topic):
                    continue  # a named thing neither figure is about: they answer another question
                coverage = sum(weight[c.name] for c in topic
                               if c.name in ma | mb or _near(c, tokens[a.id] | tokens[b.id])) / total
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

    def _apart(self, q: str, topic: list[Concept], wider: set[str], narrower: set[str], vocabulary: set[str]) -> bool:
        """Whether a figure matched by nothing the other does not match is still told apart: the question sets
        two sides against each other ("a high-end manufacturing job ... than an ordinary manufacturing job") and
        one side names what the narrower figure matches without what sets the wider one apart."""
        m = _PIVOT.search(q) or re.search(r"\bor\b", q, re.I)
        if m is None:
            return False
        extra = [c for c in topic if c.name in wider - narrower]
        sides = [set(content_tokens(q[:m.start()])), set(content_tokens(q[m.end():]))]
        for this, other in (sides, sides[::-1]):
            said = [c for c in topic if c.matched(this) and any(a and a <= vocabulary for a in c.alternatives)]
            if (any(c.matched(other) for c in extra) and not any(c.matched(this) for c in extra)
                    and said and all(c.name in narrower for c in said)):
                return True  # this side is all about the narrower figure, the other names what sets the wider apart
        return False

    def _named_sides(self, ctx: AnswerContext, a: Fact, b: Fact) -> bool:
        """Whether each fact's subject is a different named thing of the question ("Defense" and "Energy")."""
        named = {c.name for c in ctx.u.concepts if c.is_entity and not c.from_history}
        sa, sb = term_names(ctx, a.subject) & named, term_names(ctx, b.subject) & named
        return bool(sa) and bool(sb) and sa != sb

    # -- a group against another -----------------------------------------------------------------------
    def _groups(self, ctx: AnswerContext, facts: list[tuple[Fact, float]], topic: list[Concept],
                q: str) -> Composition | None:
        """"Did A and B together fund more than C?": three or more named things, split by "than" (or "versus",
        "compared with") into two groups; each group's figures summed, then the two totals compared."""
        pivot = _PIVOT.search(q)
        if pivot is None:
            return None
        left: list[str] = []
        right: list[str] = []
        for t, variant in ctx.composer.kb.glossary.matches(q):
            at = _position(q, variant)
            if not t.is_entity or at < 0 or t.term in left + right:
                continue
            (left if at < pivot.start() else right).append(t.term)
        if len(left) + len(right) < 3 or not left or not right:
            return None
        counted = [c for c in topic if not c.is_entity]
        chosen: dict[str, Fact] = {}
        for name in left + right:
            fact = self._fact_of(ctx, facts, name, counted)
            if fact is None:
                return None  # a member of a group has no figure: nothing is summed from a guess
            chosen[name] = fact
        first = chosen[(left + right)[0]]
        if not all(f is first or comparable(first, f) for f in chosen.values()):
            return None
        writer = Writer(ctx)
        lines, markers = self._fact_lines(ctx, writer, list(chosen.values()))
        sums: list[tuple[str, float]] = []
        for group in (left, right):
            names = " + ".join(display_name(ctx, n) for n in group) if writer.zh else " and ".join(
                display_name(ctx, n) for n in group)
            if len(group) == 1:
                sums.append((names, number_of(chosen[group[0]]) or 0.0))
                continue
            summed = total_of([chosen[n] for n in group])
            if summed is None:
                return None
            value, steps = summed
            lines.append(f"{writer.phrase('synth_group', group=names, working=', '.join(steps), unit=first.unit or '')}"
                         f" {markers}")
            sums.append((names, value))
        (na, va), (nb, vb) = sums
        (hi_name, hi), (lo_name, lo) = sorted(sums, key=lambda s: -s[1])
        working = f"{show(hi)} − {show(lo)} = {show(hi - lo)}"
        if va == vb:
            line = writer.phrase("synth_equal", value=show(va), unit=first.unit or "")
        else:
            line = writer.phrase("synth_more", larger=hi_name, smaller=lo_name, working=working,
                                 unit=first.unit or "", result=show(hi - lo), measure=measure_word(ctx, first))
        lines.append(f"{line} {markers}")
        return writer.compose(lines)

    def _totals(self, ctx: AnswerContext, facts: list[tuple[Fact, float]], topic: list[Concept]) -> Composition | None:
        """"Counting companies, universities and other organisations, which institute is larger in total?": two
        subjects that each have a figure for every part the question lists; each subject's parts summed, then the
        two totals compared. A part is a concept that matches exactly one of a subject's figures."""
        tokens = ctx.composer.chooser.fact_tokens
        parts = [c for c in topic if not c.is_entity]
        by_subject: dict[str, list[Fact]] = {}
        for f, _ in facts:
            if unit_class(f) == "count":
                by_subject.setdefault(f.subject, []).append(f)
        rows: dict[str, dict[str, Fact]] = {}
        for subject, fs in by_subject.items():
            row = {}
            for c in parts:
                hits = [f for f in fs if c.matched(tokens[f.id])]
                if len(hits) == 1:
                    row[c.name] = hits[0]
            if len({f.id for f in row.values()}) >= 2 and len({f.as_of for f in row.values()}) == 1:
                rows[subject] = row
        if len(rows) < 2:
            return None
        widest = max(len(r) for r in rows.values())
        full = [s for s, r in rows.items() if len(r) == widest]
        if len(full) != 2 or set(rows[full[0]]) != set(rows[full[1]]):
            return None  # not exactly two things with a figure for every part: nothing to total and compare
        writer = Writer(ctx)
        chosen = [list({f.id: f for f in rows[s].values()}.values()) for s in full]
        lines, markers = self._fact_lines(ctx, writer, [f for fs in chosen for f in fs])
        sums = []
        for fs in chosen:
            summed = total_of(fs)
            if summed is None:
                return None
            name = self._subject(ctx, fs[0])
            lines.append(f"{writer.phrase('synth_group', group=name, working=', '.join(summed[1]), unit='')} {markers}")
            sums.append((name, summed[0], fs[0]))
        (hi_name, hi, hi_fact), (lo_name, lo, _) = sorted(sums, key=lambda x: -x[1])
        if hi == lo:
            line = writer.phrase("synth_equal", value=show(hi), unit="")
        else:
            line = writer.phrase("synth_more", larger=hi_name, smaller=lo_name, working=f"{show(hi)} − {show(lo)} = "
                                 f"{show(hi - lo)}", unit="", result=show(hi - lo), measure=measure_word(ctx, hi_fact))
        lines.append(f"{line} {markers}")
        return writer.compose(lines)

    def _fact_of(self, ctx: AnswerContext, facts: list[tuple[Fact, float]], name: str,
                 counted: list[Concept]) -> Fact | None:
        """The best figure about the named thing that matches what the question counts."""
        tokens = ctx.composer.chooser.fact_tokens
        for f, _ in facts:  # best first
            if name in term_names(ctx, f.subject) and all(c.matched(tokens[f.id]) for c in counted
                                                          if not c.from_history):
                return f
        return None

    # -- a part of a whole -----------------------------------------------------------------------------
    def _part_of_whole(self, ctx: AnswerContext, facts: list[tuple[Fact, float]], topic: list[Concept],
                       q: str) -> Composition | None:
        """"What share of the 40 do they make up?": the whole is the figure the question gives, the part the
        figure of the same kind that the question's other words (or the conversation's) name. When the documents
        state that share themselves, the extractive answer quotes it instead."""
        given = {n for n in digits_in(q) if not YEAR.fullmatch(n)}
        wholes = [f for f, _ in facts if unit_class(f) == "count" and show(number_of(f) or 0) in given]
        if not wholes:
            return None
        whole = wholes[0]
        tokens = ctx.composer.chooser.fact_tokens
        in_whole = {c.name for c in topic if c.matched(tokens[whole.id])}

        def own(f: Fact) -> set[str]:
            """What the question says of the part and not of the whole: a word only the part matches, or a named
            thing that is the part's subject (a total that lists its parts names them too)."""
            return {c.name for c in topic if c.matched(tokens[f.id]) and (
                c.name not in in_whole or (c.is_entity and c.name in term_names(ctx, f.subject)
                                           and c.name not in term_names(ctx, whole.subject)))}

        best, best_score = None, 0.0
        for f, score in facts:
            # the whole is the asker's own figure, so a count of the same date may be a part of it even when the
            # facts name their units differently ("7 companies" of "40 platforms")
            like = combinable(f, whole) or (unit_class(f) == "count" and bool(f.as_of) and f.as_of == whole.as_of)
            if f.id == whole.id or not like or (number_of(f) or 0) > (number_of(whole) or 0):
                continue
            mine = sum(c.weight for c in topic if c.name in own(f))
            if mine + 0.01 * score > best_score:
                best, best_score = f, mine + 0.01 * score
        if best is None or best_score < 1.0:
            return None
        own_names = own(best)
        stated = [f for f, _ in facts if unit_class(f) == "percent" and own_names <= {
            c.name for c in topic if c.matched(tokens[f.id])}]
        if stated:
            return None  # the documents give this share themselves
        d = part_of(best, whole)
        if d is None:
            return None
        writer = Writer(ctx)
        lines, markers = self._fact_lines(ctx, writer, [best, whole])
        # what the part and the whole count: "R&D management platforms make up 4 / 40 = 10% of platforms analysed"
        lines.append(f"{writer.phrase('synth_part', part=best.attribute, whole=whole.attribute, working=d.working)}"
                     f" {markers}")
        return writer.compose(lines)

    # -- writing -------------------------------------------------------------------------------------
    @staticmethod
    def _fact_lines(ctx: AnswerContext, writer: Writer, facts: list[Fact]) -> tuple[list[str], str]:
        """Each fact's statement (its Chinese one in a Chinese answer) with its citation; and the markers of all."""
        lines, markers = [], []
        ed = ctx.composer.kb.edition
        for f in facts:
            marker = writer.cite(f.doc_id, f.paragraph, ctx.composer.chooser.fact_quote[f.id])
            writer.facts_used.append(f.id)
            text = (ed.fact_zh(f.id) if writer.zh and ed is not None else None) or f.statement
            line = f"{text} [{marker}]"
            if line not in lines:
                lines.append(line)
            markers.append(marker)
        return lines, "".join(f"[{m}]" for m in dict.fromkeys(markers))

    def _labels(self, ctx: AnswerContext, writer: Writer, a: Fact, b: Fact) -> tuple[str, str]:
        """How the answer names two figures: by their subjects when those differ, else by their units when those
        differ ("small businesses", "universities ..."), else by their attributes."""
        if a.subject.strip().lower() != b.subject.strip().lower():
            return self._subject(ctx, a), self._subject(ctx, b)
        if (a.unit or "").lower() != (b.unit or "").lower():
            return a.unit or a.attribute, b.unit or b.attribute
        return a.attribute, b.attribute

    @staticmethod
    def _subject(ctx: AnswerContext, f: Fact) -> str:
        """The fact's subject as the glossary names it (in Chinese for a Chinese answer), when the glossary has it
        whole (a parenthesis aside: "X Institute (Detroit)" is "X Institute")."""
        subject = re.sub(r"\s*\([^)]*\)", "", f.subject).strip()
        names = [t for t, v in ctx.composer.kb.glossary.matches(subject) if v.lower() == subject.lower()]
        return display_name(ctx, names[0].term) if names else f.subject

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
        if d.operation == "ratio":
            return writer.phrase("synth_ratio", larger=la, smaller=lb, working=d.working)
        if d.equal:
            return writer.phrase("synth_equal", value=show(number_of(a) or 0), unit=unit)
        key = "synth_remaining" if d.operation == "remaining" else ("synth_gap" if la else "synth_gap_plain")
        return writer.phrase(key, larger=la, smaller=lb, working=d.working, unit=unit, result=d.result,
                             measure=measure)
