"""Wholes and their parts, for the arithmetic plan: a group of named things summed against another ("A and B
together against C"), two things totalled over the same parts ("counting companies, universities and other
organisations, which institute is larger?"), the share a part makes up of a whole ("what share of the 40?", "of
all the institutes funded by 2017"), and what is left of a whole once a part is taken away ("how many members were
not small businesses?").

Every figure is a structured fact the question names; every step is shown ("5 + 1 = 6", "8 − 6 = 2",
"830 − 341 = 489") and cited, so the number check accepts the results and nothing else.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...numbers import digits_in
from ...text import content_tokens, has_cjk, word_position
from ...types import Fact, GlossaryTerm
from ..derive import combinable, comparable, number_of, part_of, show, total_of, unit_class
from ..gates import named_term
from ..lexicon import (
    FRACTION_NAMES,
    FRACTION_NAMES_ZH,
    FRACTIONS,
    NOT_ASIDE,
    PLAN_GIVEN,
    TOTAL_GIVEN,
    YEAR,
    threshold_asked,
    threshold_fraction,
)
from ..render import Composition
from .compare import measure_word
from .points import Writer, display_name, premise, term_names

if TYPE_CHECKING:
    from ..understanding import Concept
    from . import AnswerContext

Figures = list[tuple[Fact, float]]  # the retrieved figure facts with their scores, best first


def figure_facts(ctx: AnswerContext) -> Figures:
    """The retrieved facts whose value is a figure in digits, best first, each once."""
    out: dict[str, tuple[Fact, float]] = {}
    for c in ctx.candidates:
        if c.fact is not None and c.fact.id not in out and number_of(c.fact) is not None:
            out[c.fact.id] = (c.fact, c.score)
    return list(out.values())

PIVOT = re.compile(r"\b(than|versus|vs\.?|compare[sd]? (?:with|to)|against|as opposed to)\b|比|相比|对比", re.I)
# "of all the institutes", "of the total": the whole is named, not given as a figure
_NAMED_WHOLE = re.compile(r"\b(?:of|out of|among) (?:all|the total|the whole|total)\b|全部|总数|总共|所有|"
                          # "more than half of the institutes", "a majority of the members": a fraction of the whole
                          r"\b(?:" + FRACTION_NAMES + r"|majority|most) of (?:the|all|those|these|its|their)\b|"
                          + FRACTION_NAMES_ZH + r"|过半|大多数|大部分|"
                          # "what share of the (2017) institutes were Defense-funded?": the share of a kind counted
                          # in all, named with its article
                          r"\b(?:share|proportion|fraction|percentage|percent|portion) of (?:the|those|these)\b",
                          re.I)
# "how many were not small businesses?", "other than", "apart from": the rest of a whole
_COMPLEMENT = re.compile(r"\b(?:not|n't|other than|besides|apart from|excluding|except|aside from)\b|"
                         r"不是|以外|除了|之外", re.I)
# "how many focus on X, not Y?", "(not Y)", "- not Y": Y is set aside from what is asked, not taken from a whole
_SETS_ASIDE = re.compile(NOT_ASIDE, re.I)
_TOTAL_WORDS = re.compile(r"\b(total|all|overall|whole)\b|总", re.I)


# ---------------------------------------------------------------- writing


def fact_lines(ctx: AnswerContext, writer: Writer, facts: list[Fact]) -> tuple[list[str], str]:
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


def subject_term(ctx: AnswerContext, f: Fact) -> GlossaryTerm | None:
    """The glossary term that is the fact's whole subject (a parenthesis aside: "X Institute (Detroit)")."""
    subject = re.sub(r"\s*\([^)]*\)", "", f.subject).strip()
    return next((t for t, v in ctx.composer.kb.glossary.matches(subject) if v.lower() == subject.lower()), None)


def subject_name(ctx: AnswerContext, f: Fact) -> str:
    """The fact's subject as the glossary names it (in Chinese for a Chinese answer), else as the fact does."""
    t = subject_term(ctx, f)
    return display_name(ctx, t.term) if t is not None else f.subject


def position(q: str, variant: str) -> int:
    """Where the question names a term: the variant as matched, or failing that ("Departments of Energy" for
    "Department of Energy") its most telling word; -1 when neither stands in it."""
    low = q.lower()
    at = word_position(low, variant.lower())
    if at >= 0:
        return at
    for w in sorted(re.findall(r"[\w&'-]{3,}", variant.lower()), key=len, reverse=True):
        hit = re.search(rf"\b{re.escape(w)}", low)
        if hit and w not in ("department", "the", "and"):
            return hit.start()
    return -1


def _compared(ctx: AnswerContext, writer: Writer, lines: list[str], markers: str,
              sums: list[tuple[str, float, Fact]], unit: str, used: list[Fact]) -> Composition | None:
    """Two totals compared: the larger named, the difference worked out."""
    (hi_name, hi, hi_fact), (lo_name, lo, _) = sorted(sums, key=lambda x: -x[1])
    if hi == lo:
        line = writer.phrase("synth_equal", value=show(hi), unit=unit)
    else:
        line = writer.phrase("synth_more", larger=hi_name, smaller=lo_name, working=f"{show(hi)} − {show(lo)} = "
                             f"{show(hi - lo)}", unit=unit, result=show(hi - lo), measure=measure_word(ctx, hi_fact))
    lines.append(f"{line} {markers}")
    return writer.compose(premise(ctx, writer, used) + lines)


# ---------------------------------------------------------------- a group against another


def groups(ctx: AnswerContext, facts: Figures, topic: list[Concept], q: str) -> Composition | None:
    """"Did A and B together fund more than C?": three or more named things, split by "than" (or "versus",
    "compared with") into two groups; each group's figures summed, then the two totals compared."""
    pivot = PIVOT.search(q)
    if pivot is None:
        return None
    left: list[str] = []
    right: list[str] = []
    for t, variant in ctx.composer.kb.glossary.matches(q):
        at = position(q, variant)
        if not t.is_entity or at < 0 or t.term in left + right:
            continue
        (left if at < pivot.start() else right).append(t.term)
    if len(left) + len(right) < 3 or not left or not right:
        return None
    counted = [c for c in topic if not c.is_entity]
    tokens = ctx.composer.chooser.fact_tokens
    chosen: dict[str, Fact] = {}
    for name in left + right:
        # the best figure about the named thing that matches what the question counts
        fact = next((f for f, _ in facts if name in term_names(ctx, f.subject)
                     and all(c.matched(tokens[f.id]) for c in counted if not c.from_history)), None)
        if fact is None:
            return None  # a member of a group has no figure: nothing is summed from a guess
        chosen[name] = fact
    first = chosen[(left + right)[0]]
    if not all(f is first or comparable(first, f) for f in chosen.values()):
        return None
    writer = Writer(ctx)
    lines, markers = fact_lines(ctx, writer, list(chosen.values()))
    sums: list[tuple[str, float, Fact]] = []
    for group in (left, right):
        joiner = " + " if writer.zh else " and "
        names = joiner.join(display_name(ctx, n) for n in group)
        if len(group) == 1:
            sums.append((names, number_of(chosen[group[0]]) or 0.0, first))
            continue
        summed = total_of([chosen[n] for n in group])
        if summed is None:
            return None
        lines.append(f"{writer.phrase('synth_group', group=names, working=', '.join(summed[1]), unit=first.unit or '')}"
                     f" {markers}")
        sums.append((names, summed[0], first))
    return _compared(ctx, writer, lines, markers, sums, first.unit or "", list(chosen.values()))


# ---------------------------------------------------------------- two things totalled over the same parts


def totals(ctx: AnswerContext, facts: Figures, topic: list[Concept]) -> Composition | None:
    """"Counting companies, universities and other organisations, which institute is larger in total?": two
    subjects that each have a figure for every part the question lists (a part is a concept that matches exactly
    one of a subject's figures); or two named subjects whose figures count the very same parts ("which has more
    member organisations in total, Detroit's or Chicago's?"). Each subject's parts summed, then compared."""
    rows = _rows_by_parts(ctx, facts, topic)
    if len(rows) != 2:
        rows = _rows_of_named(ctx, topic)
    if len(rows) != 2:
        return None
    writer = Writer(ctx)
    lines, markers = fact_lines(ctx, writer, [f for fs in rows for f in fs])
    sums: list[tuple[str, float, Fact]] = []
    for fs in rows:
        summed = total_of(fs)
        if summed is None:
            return None
        name = subject_name(ctx, fs[0])
        lines.append(f"{writer.phrase('synth_group', group=name, working=', '.join(summed[1]), unit='')} {markers}")
        sums.append((name, summed[0], fs[0]))
    return _compared(ctx, writer, lines, markers, sums, "", [f for fs in rows for f in fs])


def _rows_by_parts(ctx: AnswerContext, facts: Figures, topic: list[Concept]) -> list[list[Fact]]:
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
        return []
    widest = max(len(r) for r in rows.values())
    full = [s for s, r in rows.items() if len(r) == widest]
    if len(full) != 2 or set(rows[full[0]]) != set(rows[full[1]]):
        return []  # not exactly two things with a figure for every part: nothing to total and compare
    return [list({f.id: f for f in rows[s].values()}.values()) for s in full]


def _rows_of_named(ctx: AnswerContext, topic: list[Concept]) -> list[list[Fact]]:
    """The count figures of two named things, when both count exactly the same parts (the same attributes and
    units, as of one date) and none of them is already a total: then their sums are like totals."""
    named = [c.name for c in topic if c.is_entity and not c.from_history]
    rows = []
    for name in named:
        fs = [f for f in ctx.composer.kb.facts if name in term_names(ctx, f.subject) and number_of(f) is not None
              and unit_class(f) == "count"]
        if len(fs) >= 2 and len({f.as_of for f in fs}) == 1 and not any(_TOTAL_WORDS.search(f.attribute) for f in fs):
            rows.append(fs)
    if len(rows) != 2:
        return []
    shape = [sorted((f.attribute.lower(), (f.unit or "").lower()) for f in fs) for fs in rows]
    return rows if shape[0] == shape[1] and rows[0][0].subject != rows[1][0].subject else []


# ---------------------------------------------------------------- a part of a whole, and the rest of it


def part_of_whole(ctx: AnswerContext, facts: Figures, topic: list[Concept], q: str) -> Composition | None:
    """"What share of the 40 do they make up?", "what share of all the institutes funded by 2017 came from
    Defense?": the whole is the figure the question gives, or a total the question names; the part is the figure
    of the same kind that the question's other words (or the conversation's) name. When the documents state that
    share themselves, the extractive answer quotes it instead."""
    found = _part_and_whole(ctx, facts, topic, q)
    if found is None:
        return None
    part, whole, own_names = found
    tokens = ctx.composer.chooser.fact_tokens
    if any(unit_class(f) == "percent" and own_names <= {c.name for c in topic if c.matched(tokens[f.id])}
           for f, _ in facts):
        return None  # the documents give this share themselves
    return write_part(ctx, part, whole, q)


# "what share of the planned institutes had been built?", "how much of the target was reached?": a plan asked of
# ("the sector the programme targets": a verb of aiming, no plan)
_PLAN_WORD = re.compile(r"\b(?:plan|plans|planned|(?:the|its|their|a) (?:\w+ )?target|goals?|blueprint)\b", re.I)


def share_of_plan(ctx: AnswerContext, facts: Figures, q: str) -> Composition | None:
    """"What share of the planned institutes existed by 2017?": the stated total of what a plan counts, as a share
    of the plan (a figure of the same subject and unit whose statement plans), working shown."""
    if not _PLAN_WORD.search(q):
        return None
    plans = [f for f, _ in facts if PLAN_GIVEN.search(f.statement) and not TOTAL_GIVEN.search(f.statement)]
    for plan in plans:
        done = next((f for f, _ in facts if f.id != plan.id and TOTAL_GIVEN.search(f.statement)
                     and not PLAN_GIVEN.search(f.statement) and f.unit == plan.unit
                     and f.subject.strip().lower() == plan.subject.strip().lower()), None)
        if done is not None:
            return write_part(ctx, done, plan, q)
    return None


def write_part(ctx: AnswerContext, part: Fact, whole: Fact, q: str) -> Composition | None:
    """The part and the whole, each cited, then the share the part makes up ("4 / 40 = 10% of ...")."""
    d = part_of(part, whole)
    if d is None:
        return None
    writer = Writer(ctx)
    lines, markers = fact_lines(ctx, writer, [part, whole])
    # what the part and the whole count: "R&D management platforms: 4 / 40 = 10% of platforms analysed"; a part
    # that is a thing of its own is named as such ("Department of Defense: 8 / 14 ≈ 57% of ...")
    named = subject_term(ctx, part)
    label = named.term if named is not None and named.is_entity and part.subject != whole.subject else part.attribute
    lines.append(f"{writer.phrase('synth_part', part=label, whole=whole.attribute, working=d.working)} {markers}")
    threshold = threshold_asked(q)
    if threshold:  # "more than half?": the share said against the fraction asked
        word = threshold_fraction(threshold)
        share, fraction = (number_of(part) or 0) / (number_of(whole) or 1), FRACTIONS[word]
        side = "equal" if abs(share - fraction) < 1e-9 else "more" if share > fraction else "less"
        lines.append(writer.phrase(f"synth_threshold_{side}", fraction=writer.phrase(f"synth_fraction_{word}")))
    return writer.compose(premise(ctx, writer, [part, whole]) + lines)


def _total_over(whole: Fact, part: Fact, negated: list[Concept]) -> bool:
    """Whether ``whole`` is the total the part's own sentence sums it into ("8 by Defense, 5 by Energy and 1 by
    Commerce, with a total of 14"): of another subject, a total of the same unit, in the same paragraph, quoting the
    part's words, whose subject and attribute do not name what is taken away, which is the part's subject."""
    own = set(content_tokens(f"{whole.subject} {whole.attribute}"))
    # what is taken away is the part's subject ("not funded by DoD"), not what the part counts ("not funded")
    return (bool(_TOTAL_WORDS.search(whole.attribute)) and whole.unit == part.unit
            and whole.paragraph == part.paragraph and part.quote in whole.quote
            and not any(c.matched(own) for c in negated)
            and any(c.matched(set(content_tokens(part.subject))) for c in negated))


def complement(ctx: AnswerContext, facts: Figures, topic: list[Concept], q: str) -> Composition | None:
    """"How many NNMI members were not small businesses?": the whole (a larger count of the same subject and date
    that the negated words do not name) less the part the negated words name, working shown."""
    m = _COMPLEMENT.search(q)
    if m is None or _SETS_ASIDE.search(q[:m.end() + 20]):
        return None
    tokens = ctx.composer.chooser.fact_tokens
    clause = re.split(r"[,;?.!，；？。]", q[m.end():])[0]  # the clause the negation governs
    if has_cjk(m.group(0)):
        # a Chinese negation governs what comes before its postposition ("大学以外的") and, before it, up to the
        # "的" that ends the modifier ("不是国防部资助的研究院": not funded by DoD)
        clause = re.split(r"[,;?.!，；？。里中]", q[:m.start()])[-1] if m.group(0) in ("以外", "之外") else \
            clause.split("的")[0]
    after = set(content_tokens(clause))
    # (a Chinese clause names its things by the glossary's Chinese names: "不是小企业的")
    named_zh = {t.term for t, _ in ctx.composer.kb.glossary.matches(clause)} if has_cjk(clause) else set()
    negated = [c for c in topic if c.matched(after) or c.name in named_zh]
    if not negated:
        return None
    counts = [f for f, _ in facts if unit_class(f) == "count"]
    part = next((f for f in counts if all(c.matched(tokens[f.id]) for c in negated)), None)
    if part is None:
        return None
    # the whole shares the part's context (what the question says of both, "NNMI members in 2016") and does not
    # name what is taken away
    context = [c for c in topic if c not in negated and c.matched(tokens[part.id])]
    wholes = [f for f in counts if f.id != part.id and f.as_of == part.as_of
              and (number_of(f) or 0) > (number_of(part) or 0) and all(c.matched(tokens[f.id]) for c in context)
              and (f.subject == part.subject and not any(c.matched(tokens[f.id]) for c in negated)
                   or _total_over(f, part, negated))]
    if not wholes:
        return None
    whole = max(wholes, key=lambda f: number_of(f) or 0)  # the whole that contains the others
    x, y = number_of(whole) or 0, number_of(part) or 0
    writer = Writer(ctx)
    lines, markers = fact_lines(ctx, writer, [whole, part])
    working = f"{show(x)} − {show(y)} = {show(x - y)}"
    if whole.subject == part.subject:
        lines.append(f"{writer.phrase('synth_rest', working=working, part=part.unit or part.attribute)} {markers}")
    else:  # a total over several subjects: the rest are the other subjects' ("not the Department of Defense's")
        named = subject_term(ctx, part)
        owner = display_name(ctx, named.term) if named is not None else part.subject
        rest = writer.phrase('synth_rest_of_others', working=working, unit=part.unit or part.attribute, owner=owner)
        lines.append(f"{rest} {markers}")
    return writer.compose(premise(ctx, writer, [whole, part]) + lines)


def _part_and_whole(ctx: AnswerContext, facts: Figures, topic: list[Concept],
                    q: str) -> tuple[Fact, Fact, set[str]] | None:
    given = {n for n in digits_in(q) if not YEAR.fullmatch(n)}
    wholes = [f for f, _ in facts if unit_class(f) == "count" and show(number_of(f) or 0) in given]
    if not wholes and _NAMED_WHOLE.search(q):
        # "of all the institutes funded by 2017": a total figure among what the question names
        wholes = [f for f, _ in facts if unit_class(f) == "count" and _TOTAL_WORDS.search(f"{f.attribute}")]
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

    # a fact whose quote gives a term the question names a figure of its own counts something else ("What share of
    # the top 40 serve R&D?" is not the 23 that serve manufacturing, beside "only 4 serve R&D")
    candidates = {c.fact.id: c for c in ctx.candidates if c.fact is not None}
    # and a part names every term the question names beyond the whole ("what fraction of the top 40 are R&D-oriented?"
    # is not the 11 "oriented to manufacturing collaboration"; two sides compared are no one part): a glossary term or
    # name, not a plain word (nor a word of the answer's kind, "make up")
    terms = [c for c in topic if c.name not in in_whole and named_term(ctx.composer.gates.term_names, c)]
    best, best_score = None, 0.0
    for f, score in facts:
        # the whole is the asker's own figure, so a count of the same date may be a part of it even when the facts
        # name their units differently ("7 companies" of "40 platforms")
        like = combinable(f, whole) or (unit_class(f) == "count" and bool(f.as_of) and f.as_of == whole.as_of)
        if f.id == whole.id or not like or (number_of(f) or 0) > (number_of(whole) or 0):
            continue
        if f.id in candidates and ctx.composer.gates.contrasts_term(ctx.u, candidates[f.id]) or any(
                not c.matched(tokens[f.id]) for c in terms):
            continue
        mine = sum(c.weight for c in topic if c.name in own(f))
        if mine + 0.01 * score > best_score:
            best, best_score = f, mine + 0.01 * score
    if best is None or best_score < 1.0:
        return None
    return best, whole, own(best)
