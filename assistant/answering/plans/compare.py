"""Comparisons of two named things ("the US and China", "DoD versus DoE", "the two institutes"): bullets per
side, each cited; when both sides have figures of the same unit and date, the difference (or sum, ratio, share)
is computed in ``derive.py`` with its working shown and both operands cited. When the documents give a figure
for one side only, the answer says so; it never guesses."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...text import content_tokens, stem, word_position
from ...types import Fact
from ..derive import SHARE, SUM, Derivation, derive, number_of, pairs, show
from ..intent import asks_of_figures_given
from ..lexicon import ARITHMETIC_WORDS, ASKS_WHY, CURRENCY, MONEY, STANDARD_OF_COMPARISON, threshold_asked
from ..render import Composition, possessive
from ..understanding import Concept
from .points import (
    STRENGTH,
    WEAKNESS,
    Point,
    Writer,
    display_name,
    edition_for,
    edition_points,
    is_place,
    premise,
    term,
    term_names,
    topic_concepts,
)

if TYPE_CHECKING:
    from . import AnswerContext

# a verb of doing more than another: "did DoD out-fund DoE?", "outspend", "outperform"
OUT_VERB = (r"out-[a-z]+|out(?:spen[dt]|perform|pac(?:e|ed|es)|gr[eo]w|rank|d(?:o|id|oes|one)|fund|invest|buil[dt]|"
            r"score|s[eo]ll|sold|produc|hire|employ)[a-z]*")
COMPARE = re.compile(
    r"\b(compar\w*|versus|vs\.?|differ\w*|contrast\w*|gap\b.{0,40}?\bbetween|distinguish\w*|similarit\w*|alike|"
    r"relative to|ratio (?:of|between)|(?:by )?what factor|exceed\w*|outnumber\w*|surpass\w*|outstrip\w*|"
    + OUT_VERB + r"|"
    r"(?:more|fewer|less|bigger|larger|smaller|higher|lower|greater)\b.{0,60}?\bthan|by how (?:many|much)|"
    r"how (?:many|much) (?:more|fewer|less)|which (?:of (?:the|them|these|those) )?(?:\w+ ){0,4}?"
    r"(?:more|most|fewer|less|larger|bigger|greater|higher)|\bor\b.*\b(?:more|most|fewer|less|larger|bigger)\b|"
    r"(?:more|fewer|less)\b.*\bor\b|"
    # who is ahead, and by how much: "is A or B ahead?", "which comes out on top, A or B?", "by what margin does A
    # lead B?"
    r"by (?:what|how (?:big|large|wide|much)(?: a)?) margin|"
    r"\b(?:ahead|in front|in the lead|on top|leads?|leading|trails?|trailing|behind)\b.*\bor\b|"
    r"\bor\b.*\b(?:ahead|in front|in the lead|on top|leads?|leading|trails?|trailing|behind)\b)", re.I)
COMPARE_ZH = re.compile(r"比较|对比|相比|区别|不同|差异|多几|多多少|少多少|哪个.*多|谁.*多|更多|相差|差距|几倍|多少倍|"
                        r"(?<!占)比(?!例|重|率|较).{1,15}?(?:多|少|高|低|大|小)")  # "A比B多...": the comparative
FIGURE = re.compile(r"\b(how many|how much|more|fewer|less|by how|numbers?|figures?|times|ratios?|factors?|"
                    r"multipliers?|exceed\w*|outnumber\w*|share|percent\w*|margin|ahead|in front|on top|"
                    r"total|together|combined|altogether|larger|bigger|smaller|head ?counts?|tall(?:y|ies))\b|"
                    r"多少|几|数量|合计|共", re.I)


# two names joined directly, with at most an article or a possessive's ending between: "Defense or Energy",
# "Detroit's or Chicago's", "the DoD versus the DoE", "Energy, or Commerce"
_BARE_JOIN = re.compile(r"(?:['’]s\b)?\s*,?\s*(?:or|and|vs\.?|versus|than|nor|against|compared (?:with|to))\s+"
                        r"(?:the\s+|its\s+)?|\s*[/&]\s*")
# a list's separator, or a join: "Defense, Energy and Commerce"
_LIST_JOIN = re.compile(r"(?:['’]s\b)?\s*,\s*(?:the\s+)?|" + _BARE_JOIN.pattern)
_AHEAD_WORDS = frozenset(content_tokens("lead leads leading ahead front top trail trails trailing behind margin"))
# "which of the two institutes ...", "the two example institutes ...": a kind counted, its members unnamed
_THE_TWO = re.compile(r"\b(?:the|these|those)\s+two\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)", re.I)
_EVIDENCE_LOOKED_AT = 12  # the candidates read for the two sides' names

# a side's fact matching no more than this share of the question's topic answers another question
_OFF_TOPIC = 0.3
# answers that a comparison of the two sides' figures does not give
_NOT_FIGURES = frozenset({"entity", "place", "date", "reason", "definition"})
# a Chinese count's measure word, after its figure ("8个", "34家")
_MEASURE = r"\s*(个|家|所|名|项|条|种|座|位|人)"


def measure_word(ctx: AnswerContext, fact: Fact) -> str:
    """In a Chinese answer, the measure word the fact's Chinese statement puts after its figure ("8个" gives
    个), so that a derived count reads "多3个" like the counts it comes from; "" otherwise."""
    ed = ctx.composer.kb.edition
    zh = ed.fact_zh(fact.id) if ctx.u.language == "zh" and ed is not None else None
    value = number_of(fact)
    if not zh or value is None:
        return ""
    m = re.search(rf"(?<![\d.]){re.escape(show(value))}{_MEASURE}", zh)
    return m.group(1) if m else ""


def unnamed_pair(ctx: AnswerContext) -> list[Concept]:
    """"Which of the two institutes ...?" asked without their names: the first two named things with figures whose
    name ends in the kind ("... Innovation Institute"), as the best evidence names them; [] when the question counts
    no such pair. A name the question itself types is the kind, not a side."""
    two = _THE_TWO.search(ctx.u.asked or ctx.u.question)
    if not two:
        return []
    kinds = {stem(w.lower()) for w in two.group(1).split()}
    glossary = ctx.composer.kb.glossary
    named = glossary.matches(ctx.u.asked or ctx.u.question)
    if len({t.term for t, _ in named if t.place}) >= 2:
        return []  # "the two institutes, Detroit's and Chicago's": the question names its sides by their places
    asked = {t.term for t, _ in named}
    # the sides of a comparison have figures of their own ("led by the Edison Welding Institute" names no side)
    with_figures = {n for f in ctx.composer.kb.facts if number_of(f) is not None for n in term_names(ctx, f.subject)}
    found: dict[str, Concept] = {}
    for c in ctx.candidates[:_EVIDENCE_LOOKED_AT]:
        for t, _ in glossary.matches(f"{c.text} {c.quote}"):
            words = t.term.split()
            # the name's head noun: its last word, or the word before "of" ("Department of Energy")
            head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
            if (t.is_entity and not t.place and len(words) > 1 and t.term not in asked
                    and stem(head.lower()) in kinds and t.term not in found and t.term in with_figures):
                alternatives = [frozenset(content_tokens(v)) for v in (t.term, *t.abbreviations, *t.synonyms)]
                found[t.term] = Concept(t.term, [a for a in alternatives if a], 1.0, is_entity=True)
        if len(found) >= 2:
            return list(found.values())[:2]
    return []


class ComparePlan:
    name = "compare"
    broad = True
    specific = True

    def answer(self, ctx: AnswerContext) -> Composition | None:
        u = ctx.u
        q = u.asked or u.question
        sides = self._sides(ctx)
        if len(sides) < 2 or threshold_asked(q):
            return None  # "are A more than a third of B?": one share against a fraction, no two sides
        if (WEAKNESS.search(q) or STRENGTH.search(q)) and STANDARD_OF_COMPARISON.search(q):
            return None  # "X's weaknesses relative to Y": X's list, Y its standard (the assessment plan's)
        # "what's the gap?" after two figures: the sides are the conversation's, the arithmetic is asked of them
        leaning = any(c.from_history for c in sides[:2])
        of_given = leaning and asks_of_figures_given(q)
        figure_asked = bool(FIGURE.search(q)) or u.answer_type == "figure" or of_given
        if figure_asked and ASKS_WHY.search(q):
            return None  # "why did Energy fund fewer than Defense?": two figures are no reason
        # a sum or a share of two things is a comparison only when the question joins them ("combined", "both",
        # "between"); "what share of members were universities and research institutions?" asks one figure
        joined = bool(re.search(r"\b(combined|together|altogether|in total|both|between|of the two)\b", q, re.I))
        if not (COMPARE.search(q) or COMPARE_ZH.search(q) or of_given
                or ((SUM.search(q) or SHARE.search(q)) and figure_asked and joined)):
            return None
        a, b = self._joined_pair(ctx, q, sides) or (sides[0], sides[1])
        if not leaning and not self._coordinated(ctx, q, a, b):
            return None  # "what share of US GDP ...": two names, but one is not set against the other
        if SUM.search(q) and any(self._coordinated(ctx, q, b, c) for c in sides[2:]):
            return None  # "A, B and C together": a sum of two of them would leave one out
        writer = Writer(ctx)
        names = {c.name: display_name(ctx, c.name) for c in (a, b)}
        # "by what margin does A lead B?": of figures, the word of being ahead names no topic ("lead" is no leading
        # of an organisation); "who leads A vs B?" asks who leads
        asked_tokens = set(content_tokens(q))
        rest = asked_tokens - _AHEAD_WORDS if figure_asked else asked_tokens
        topic = [c for c in topic_concepts(ctx, with_history=leaning) if c.name not in {a.name, b.name}
                 and c.name not in ARITHMETIC_WORDS and not (c.matched(asked_tokens) and not c.matched(rest))]
        facts_a, facts_b = self._facts(ctx, a, topic), self._facts(ctx, b, topic)
        lines: list[str] = []
        if figure_asked:
            figured = self._figures(ctx, writer, facts_a, facts_b, names, q, limit=1)
            if figured:
                used = [f for f in (*facts_a, *facts_b) if f.id in writer.facts_used]
                return writer.compose(premise(ctx, writer, used) + figured)  # a figure the question misstates
            # one side only: say so, with the figure that is given (not for a sum: "how many A and B together?" may
            # count two parts of one whole, which the arithmetic plan adds up)
            known = facts_a or facts_b
            if known and (bool(facts_a) != bool(facts_b)) and not SUM.search(q) and self._answers(ctx, known[0], a, b):
                f = known[0]
                missing = b if facts_a else a
                line = self._fact_line(ctx, writer, f)
                lines += [line, writer.phrase("synth_one_side", known=names[(a if facts_a else b).name],
                                              missing=names[missing.name])]
                return writer.compose(lines)
            if SUM.search(q) or re.search(r"\bhow (?:many|much)\b", q, re.I):
                return None  # a figure nobody gives: the extractive path answers or refuses
        elif u.answer_type not in _NOT_FIGURES:  # "who leads A vs B?" asks for names, not the sides' figures
            # "compare A and B": what both are said to have, each side's in turn (who leads them), then their figures
            lines += self._shared_attributes(ctx, writer, a, b, topic)
            lines += self._figures(ctx, writer, facts_a, facts_b, names, q, limit=3, same_attribute=True)
        if lines:
            return writer.compose(lines)  # the figures compare them; the sides' prose would only repeat it
        if not ctx.candidates or not ctx.composer.speaks_of(u, ctx.candidates[0]):
            return None  # the documents hardly speak of what is compared: the extractive path refuses
        ta, tb = term(ctx, a.name), term(ctx, b.name)
        if ta is None or tb is None or ta.place != tb.place:
            return None  # "the US" and "GDP": not two things of one kind to set side by side
        per_side = self._points(ctx, a, b, topic)
        for side in (a, b):
            bullets = writer.bullets(per_side[side.name])
            if lines:
                lines.append("")
            lines.append(writer.phrase("synth_side", name=names[side.name]))
            lines += bullets or [writer.phrase("synth_no_points", name=names[side.name])]
        if not writer.citations:
            return None
        return writer.compose(lines)

    # -- the two sides ---------------------------------------------------------------------------------
    def _sides(self, ctx: AnswerContext) -> list[Concept]:
        """The named things compared, in the question's order; two places (countries, cities) before anything
        else named ("how does China's industrial Internet differ from the United States'": the countries); "the two
        institutes" unnamed, the two of that kind the evidence names."""
        found = unnamed_pair(ctx)
        if found:
            return found
        out: list[Concept] = []
        for c in ctx.u.concepts:
            if c.from_history or not c.is_entity or any(c.name == o.name for o in out):
                continue
            out.append(c)
        places = [c for c in out if is_place(ctx, c.name)]
        if not out and ctx.u.dependent:
            # "what's the difference?", "which is bigger?" after "How many did DoD fund?" / "And DoE?": the question
            # names nothing of its own; the two things the conversation just asked about are compared
            earlier = list({c.name: c for c in ctx.u.concepts if c.from_history and c.is_entity}.values())
            at = [c for c in earlier if is_place(ctx, c.name)]
            others = [c for c in earlier if c not in at]  # "the US Department of Defense": the US is no side
            return others if len(others) == 2 else at if len(at) == 2 else earlier if len(earlier) == 2 else []
        return places if len(places) >= 2 else out

    @staticmethod
    def _between(ctx: AnswerContext, q: str, a: Concept, b: Concept) -> str | None:
        """The question's words between the two names (lower case), "" when they overlap; None when a name has
        no position to judge by (found by its stem only, or not named in the question)."""
        low = q.lower()
        spans = []
        for t, variant in ctx.composer.kb.glossary.matches(q):
            if t.term in (a.name, b.name):
                at = word_position(low, variant.lower())
                if at < 0:
                    at = word_position(low, variant.lower()[:4], whole=False)
                if at < 0:
                    return None
                spans.append((at, at + len(variant)))
        if len(spans) < 2:
            return None
        (_, end), (start, _) = sorted(spans)[:2]
        return low[end:start] if start >= end else ""

    def _joined_pair(self, ctx: AnswerContext, q: str, sides: list[Concept]) -> tuple[Concept, Concept] | None:
        """Of more than two things named, the two the question joins directly ("which US department funded more
        NNMI institutes, Defense or Energy?": Defense and Energy, not the US and the NNMI named before them as the
        scope); None when no two are joined by a bare "or", "and", "versus", "than" ...."""
        if len(sides) <= 2:
            return None

        def joined(x: Concept, y: Concept, pattern: re.Pattern[str] = _BARE_JOIN) -> bool:
            between = self._between(ctx, q, x, y)
            return between is not None and bool(pattern.fullmatch(between))

        for i, a in enumerate(sides):
            for b in sides[i + 1:]:
                if is_place(ctx, a.name) != is_place(ctx, b.name) or not joined(a, b):
                    continue  # "the 4th industrial revolution compared with the US": not two of one kind
                if any(joined(c, a, _LIST_JOIN) or joined(b, c, _LIST_JOIN) for c in sides if c not in (a, b)):
                    return None  # "Defense, Energy and Commerce": the last two of a list of three
                return a, b
        return None

    @classmethod
    def _coordinated(cls, ctx: AnswerContext, q: str, a: Concept, b: Concept) -> bool:
        """Whether the question sets the two against each other: a few words apart, joined by "and", "or",
        "than", "versus", "from", "with" ... (or a Chinese 和, 与, 比 ...)."""
        between = cls._between(ctx, q, a, b)
        if between is None:
            return True  # no position to judge by
        if re.search(r"[和与跟同比或及、]|对比|相比", between) or ("倍" in q and "是" in between):
            return True  # "A和B", "A比B", "A是B的几倍"
        return len(between.split()) <= 8 and bool(re.search(
            r"\b(and|or|vs|versus|than|with|to|from|against|between|compared|nor|exceed\w*|outnumber\w*|surpass\w*|"
            r"outstrip\w*|leads?|trails?|beats?|tops?|" + OUT_VERB + r")\b|[,/&]", between))

    def _answers(self, ctx: AnswerContext, fact: Fact, a: Concept, b: Concept) -> bool:
        """Whether a one-sided figure may stand for its side: the two sides are things of one kind (two places,
        or two non-places: "the US" and "GDP" are not two sides of one figure), retrieval found the fact, the
        evidence carries the question's support, and a question about money is not answered with a count."""
        ta, tb = term(ctx, a.name), term(ctx, b.name)
        if ta is None or tb is None or ta.place != tb.place:
            return False
        c = next((c for c in ctx.candidates if c.fact is not None and c.fact.id == fact.id), None)
        if c is None or not ctx.composer.speaks_of(ctx.u, c):
            return False
        return not (MONEY.search(ctx.u.english) and not CURRENCY.search(fact.statement))

    @staticmethod
    def _topic_share(ctx: AnswerContext, f: Fact, topic: list[Concept]) -> float:
        """The share of the question's topic, by weight, that a fact's words match (0 with no topic)."""
        toks = ctx.composer.chooser.fact_tokens[f.id]
        return sum(c.weight for c in topic if c.matched(toks)) / (sum(c.weight for c in topic) or 1.0)

    def _facts(self, ctx: AnswerContext, side: Concept, topic: list[Concept]) -> list[Fact]:
        """The side's figure facts that match the question's topic, best first."""
        scored = []
        for k, f in enumerate(ctx.composer.kb.facts):
            if number_of(f) is None or side.name not in term_names(ctx, f.subject):
                continue
            rel = self._topic_share(ctx, f, topic)
            if topic and rel <= _OFF_TOPIC:
                continue
            scored.append((rel, -k, f))
        return [f for _, _, f in sorted(scored, key=lambda x: (-x[0], -x[1]))]

    def _shared_attributes(self, ctx: AnswerContext, writer: Writer, a: Concept, b: Concept,
                           topic: list[Concept], limit: int = 2) -> list[str]:
        """The statements of an attribute both sides have and that no figure gives ("led by"), side by side, for
        the question's topic: what a comparison of two things with no attribute asked should set out first."""
        def stated(side: Concept) -> dict[str, Fact]:
            out: dict[str, Fact] = {}
            for f in ctx.composer.kb.facts:
                if number_of(f) is not None or re.search(r"\d", f.statement) or side.name not in term_names(
                        ctx, f.subject):
                    continue  # a count is set against the other side's by the figures that follow
                if topic and self._topic_share(ctx, f, topic) <= _OFF_TOPIC:
                    continue
                out.setdefault(f.attribute.strip().lower(), f)
            return out

        of_a, of_b = stated(a), stated(b)
        lines: list[str] = []
        for attribute in [k for k in of_a if k and k in of_b][:limit]:
            lines += [self._fact_line(ctx, writer, of_a[attribute]), self._fact_line(ctx, writer, of_b[attribute])]
        return lines

    def _fact_line(self, ctx: AnswerContext, writer: Writer, f: Fact) -> str:
        return self._fact(ctx, writer, f)[0]

    def _fact(self, ctx: AnswerContext, writer: Writer, f: Fact) -> tuple[str, int]:
        quote = ctx.composer.chooser.fact_quote[f.id]
        marker = writer.cite(f.doc_id, f.paragraph, quote)
        writer.facts_used.append(f.id)
        ed = ctx.composer.kb.edition
        text = (ed.fact_zh(f.id) if writer.zh and ed is not None else None) or f.statement
        return f"{text} [{marker}]", marker

    def _figures(self, ctx: AnswerContext, writer: Writer, facts_a: list[Fact], facts_b: list[Fact],
                 names: dict[str, str], q: str, limit: int, same_attribute: bool = False) -> list[str]:
        lines: list[str] = []
        done: set[str] = set()
        for fa, fb in pairs(facts_a, facts_b):
            if len(lines) >= 3 * limit:
                break
            if fa.id in done or fb.id in done:
                continue
            if same_attribute and fa.attribute.strip().lower() != fb.attribute.strip().lower():
                continue
            if MONEY.search(ctx.u.english) and not (CURRENCY.search(fa.statement) and CURRENCY.search(fb.statement)):
                continue  # a count is no answer to a question about money
            d = derive(fa, fb, q)
            if d is None:
                continue
            done |= {fa.id, fb.id}
            (la, ma), (lb, mb) = self._fact(ctx, writer, fa), self._fact(ctx, writer, fb)
            lines += [la, lb] if la != lb else [la]
            markers = "".join(f"[{m}]" for m in dict.fromkeys((ma, mb)))
            lines.append(f"{self._derived(writer, d, fa, fb, names)} {markers}")
        return lines

    def _derived(self, writer: Writer, d: Derivation, fa: Fact, fb: Fact, names: dict[str, str]) -> str:
        def name(f: Fact | None) -> str:
            if f is None:
                return ""
            return next((names[n] for n in names if n in term_names(writer.ctx, f.subject)), f.subject)

        unit = d.unit if not writer.zh else ""
        if d.operation == "sum":
            return writer.phrase("synth_sum", working=d.working, unit=unit)
        if d.operation == "share":
            return writer.phrase("synth_share", first=name(fa), second=name(fb), working=d.working, unit=unit,
                                 share_first=d.shares[0], share_second=d.shares[1])
        if d.equal:
            return writer.phrase("synth_equal", value=str(number_of(fa)).removesuffix(".0"), unit=unit)
        if d.operation == "ratio":
            larger, smaller = name(d.larger), name(d.smaller)
            return writer.phrase("synth_ratio", larger=larger, smaller=smaller, working=d.working,
                                 larger_of=possessive(larger), smaller_of=possessive(smaller))
        return writer.phrase("synth_more", larger=name(d.larger), smaller=name(d.smaller), working=d.working,
                             unit=unit, result=d.result, measure=measure_word(writer.ctx, d.larger or fa))

    # -- what each side is said to be or do ------------------------------------------------------------
    def _points(self, ctx: AnswerContext, a: Concept, b: Concept, topic: list[Concept],
                allow_both: bool = True) -> dict[str, list[Point]]:
        """Up to two points per side: the edition's summary sentences and list items, and the documents' best
        sentences, that name the side (and not the other), scored by the question's topic and by retrieval."""
        pool: list[Point] = []
        for doc in ctx.composer.kb.documents:
            ed = edition_for(ctx, doc.doc_id)
            if ed is None:
                continue
            for s in ed.sections:
                pool += edition_points(s.summary, doc.doc_id)
            for part in ("summary", "recommendations", "strengths", "weaknesses"):
                pool += edition_points(getattr(ed.paper, part), doc.doc_id)
        rel = {}
        for c in ctx.candidates:
            rel.setdefault((c.doc_id, c.paragraph_id), c.score)
        top = max(rel.values(), default=1.0) or 1.0
        for c in ctx.candidates[:40]:
            if c.kind == "sentence":
                pool.append(Point(c.text, c.doc_id, [c.paragraph_id], quote=c.text))
        total = sum(t.weight for t in topic) or 1.0
        out: dict[str, list[Point]] = {a.name: [], b.name: []}
        used: set[str] = set()
        for side, other in ((a, b), (b, a)):
            scored = []
            for p in pool:
                toks = set(content_tokens(p.text))
                named = {c.name for c in (a, b) if c.matched(toks)} | term_names(ctx, p.text)
                if side.name not in named:
                    continue
                score = sum(t.weight for t in topic if t.matched(toks)) / total
                if topic and score <= 0:
                    continue  # about the side, but not about what the question compares
                score += 0.5 * max((rel.get((p.doc_id, pid), 0.0) for pid in p.paragraphs), default=0.0) / top
                score += 0.1 if p.quote is None else 0.0  # the readable edition first, at equal merit
                scored.append((other.name in named, -score, p))
            # a side's own points first; one about both sides only when the side has nothing of its own
            for both, neg, p in sorted(scored, key=lambda x: (x[0], x[1])):
                if p.text in used or -neg <= 0.15 or (both and (out[side.name] or not allow_both)):
                    continue
                used.add(p.text)
                out[side.name].append(p)
                if len(out[side.name]) == 2:
                    break
        return out
