"""Composing: choose the evidence that passes the gates, then write the answer with its citations."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import takewhile

from ..knowledge import KnowledgeBase
from ..text import content_tokens
from ..types import Citation, Hit
from .answerability import AnswerabilityModel
from .candidates import Candidate, EvidenceChooser
from .gates import Gates
from .lexicon import ASKS_FIGURE, ASKS_TITLE, YEAR
from .plans import SPECIFIC_TYPES, SYNTHESIS, AnswerContext, Selection, plan_for
from .plans.points import PRESENTATION
from .render import Composition, not_mentioned, phrase, topic_of
from .understanding import Understanding


class GroundedComposer:
    """Builds the answer text and its citations from the chosen evidence; refuses when support is weak."""

    def __init__(self, kb: KnowledgeBase, chooser: EvidenceChooser, refusal_threshold: float) -> None:
        self.kb = kb
        self.chooser = chooser
        self.weights = chooser.weights
        self.gates = Gates(kb, chooser, refusal_threshold, self.coverage_support,
                           self.weights.compose.coverage_floor if self.weights.answerability is not None else 0.0)
        self.titles = [d.title for d in kb.documents]  # what a refusal says was searched
        a = self.weights.answerability
        self.answerability = None if a is None else AnswerabilityModel(chooser, a.weights, a.bias, a.mean, a.scale)

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

    def coverage_support(self, u: Understanding, best: Candidate, skip: list[str] | None = None) -> float:
        """How much of what the question is about stands in the evidence's paragraph (0..1), blended
        with embedding similarity. Judged on the question's own words (but the concepts named in ``skip``):
        history only helps find evidence."""
        toks = self.gates.evidence_tokens(best)
        own = u.current_coverage(toks, skip)
        cov = max(own, u.coverage(toks)) if u.dependent else own
        blend = self.weights.compose.support_coverage
        return blend * cov + (1 - blend) * best.dense

    def speaks_of(self, u: Understanding, c: Candidate, asked_with: frozenset[str] = frozenset()) -> bool:
        """Whether the documents speak of what is asked at all (for summaries, comparisons, assessments);
        ``asked_with``: the words that ask for the kind of answer ("edge" for a strength), no topic either."""
        # "the key points about X": how the answer should look ("key", "points") is no topic it must cover
        form = [x.name for x in u.concepts if all(a <= PRESENTATION | asked_with for a in x.own if a)]
        return self.coverage_support(u, c, form) >= self.weights.compose.topic_support

    def answerability_features(self, u: Understanding, c: Candidate, rank: int = 0,
                               top_score: float | None = None) -> dict[str, float]:
        """The answerability model's features of candidate ``c`` (empty without a model)."""
        if self.answerability is None:
            return {}
        return self.answerability.features(u, c, self.coverage_support(u, c), rank, top_score)

    def same_subject(self, u: Understanding, best: Candidate, other: Candidate, margin: float = 0.1) -> bool:
        """Whether ``other`` speaks of what the question asks as fully as ``best`` does: it lacks none of the
        question's names and covers its words (by rarity) within ``margin`` of the best's sentence."""
        if self.answerability is None:
            return True
        a = self.answerability_features(u, best)
        b = self.answerability_features(u, other)
        return b["names_missing_sentence"] <= a["names_missing_sentence"] and (
            b["idf_coverage_sentence"] >= a["idf_coverage_sentence"] - margin)

    def support(self, u: Understanding, c: Candidate, rank: int = 0, top_score: float | None = None) -> float:
        """How likely ``c`` answers the question (0..1): the answerability model's probability, or the
        coverage support when no model is fitted. ``rank`` and ``top_score`` place it among the candidates."""
        if self.answerability is None:
            return self.coverage_support(u, c)
        return self.answerability.probability(self.answerability_features(u, c, rank, top_score))

    def refuse(self, u: Understanding, hits: list[Hit], support: float, figure: bool = False, *,
               unnamed: bool = False) -> Composition:
        """The refusal: what was searched does not answer (``figure``: does not give the figure asked; ``unnamed``:
        only counts the things a which-question asks to be named), what was asked, and the closest passages."""
        titles = self.titles
        # a date is no figure to the asker ("does not give this date")
        not_given = "refusal_date" if u.answer_type == "date" else "refusal_figure"
        text = phrase(not_given if figure else "refusal_unnamed" if unnamed else "refusal", titles)
        topic = topic_of(u)
        if topic:
            text += " " + phrase("refusal_topic", titles, topic=topic)
        if u.unknown_names:
            text += " " + not_mentioned(u.unknown_names, titles)
        text += " " + phrase("refusal_related", titles)
        return Composition(text, [], True, [], self.related(hits), support)

    def first_passing(self, u: Understanding, candidates: Iterable[Candidate],
                      ranked: list[Candidate]) -> tuple[Candidate, float] | None:
        """The first candidate that passes every gate, with its support (placed among ``ranked``)."""
        for c in candidates:
            sup = self.support(u, c, ranked.index(c), ranked[0].score)
            if self.gates.check(u, c, sup) is None:
                return c, sup
        return None

    def compose(self, u: Understanding, candidates: list[Candidate], hits: list[Hit]) -> Composition:
        ctx = AnswerContext(self, u, candidates, hits)
        for plan in SYNTHESIS:
            if getattr(plan, "broad", False) and (
                    set(u.unknown_names) - set(u.aside_names)
                    or (u.answer_type in SPECIFIC_TYPES and not getattr(plan, "specific", False))):
                # a question naming what no document mentions is refused, not summarised around; "which city
                # do they recommend?" wants a place, not the list of recommendations
                continue
            composed = plan.answer(ctx)
            if composed is not None:
                composed.plan = plan.name
                return composed
        if not ASKS_TITLE.search(u.question):
            # a document's title, kept as a paragraph so it can be cited, states nothing: no extractive answer is
            # it, nor a fact quoting only it, unless what the document is called is asked (the plans above still
            # see it: "what does the review recommend?" names the document by its title's word)
            candidates = [c for c in candidates if (c.doc_id, c.paragraph_id) not in self.chooser.title_paragraphs]
        if not ASKS_FIGURE.search(u.question):
            # a caption names what a figure or table shows and states nothing of it ("Table 1: Members of the board"
            # is no answer to "who sits on the board?")
            candidates = [c for c in candidates if self.chooser.para_kind.get((c.doc_id, c.paragraph_id)) != "caption"]
        if not candidates:
            return self.refuse(u, hits, 0.0)
        # The gates are hard constraints: take the best-scored evidence that passes them, among those
        # close to the top (a distant candidate that passes is not an answer, it is a guess).
        top = candidates[0]
        top_support = self.support(u, top)
        why_not = self.gates.check(u, top, top_support)
        best, support = top, top_support
        found = None
        if why_not:
            cw = self.weights.compose
            close = takewhile(lambda c: c.score >= top.score - cw.gate_margin, candidates[1:cw.gate_window])
            if why_not == "counted":  # another count of that kind does not say which either, whatever else it names
                close = (c for c in close if not self.gates.only_counts(u, c))
            found = self.first_passing(u, close, candidates)
        if why_not == "doer" and found is None:
            # "who released X?" where the best evidence says X was released, by no one: the evidence that names
            # the doer of that action answers it, however far below (it passes the action and coverage gates too)
            found = self.first_passing(u, candidates[1:self.weights.compose.gate_window], candidates)
        if why_not == "ability" and found is None:
            # "what can guild members do?" where the best evidence counts the members: the sentence that says what
            # they can do, however far below (the counts crowd the top; it must pass the coverage gates too)
            found = self.first_passing(u, candidates[1:], candidates)
        if why_not == "counted" and found is None:
            # "which boats carry freight?" where the best evidence only counts them: the sentence of its paragraph
            # that names them ("The freight boats are the Tern, ..."), however far below; not another count of that
            # kind ("Defense funded 8 institutes" does not say which one Commerce funded)
            kinds = self.gates.asked_kinds(u)
            found = self.first_passing(u, (c for c in candidates[1:self.weights.compose.gate_window]
                                           if (c.doc_id, c.paragraph_id) == (top.doc_id, top.paragraph_id)
                                           and any(h.matched(set(content_tokens(c.text))) for h in kinds)
                                           and not self.gates.only_counts(u, c)),
                                       candidates)
        if why_not == "year" and found is None:
            # "And how many by 2017?": evidence dated that very year answers it, even if it scored lower
            asked_years = set(YEAR.findall(u.asked))
            found = self.first_passing(u, (c for c in candidates[1:self.weights.compose.year_window]
                                           if asked_years <= set(YEAR.findall(c.text + " " + c.quote))),
                                       candidates)
            why_not = "figure"
        if found is not None:
            (best, support), why_not = found, None
            candidates = [best] + [x for x in candidates if x is not best]
        # a number that identifies the answer and no close evidence holds ("who released version 1.0?", "which
        # group has 13?"): the answer says so, unless it only counts the things asked for
        clue_unheld = why_not == "clue" and self.gates.unheld_clue(u, top)
        if clue_unheld and u.answer_type in ("date", "place") and self.gates.clue_stated_elsewhere(u, candidates):
            # "when will all 45 institutes be running?": the 45 is the documents' own figure, so no note that it
            # does not match; the date asked for is what they do not give
            return self.refuse(u, hits, top_support)
        if why_not == "clue":  # no close evidence holds the clue: the best evidence, if it passes the rest
            why_not = self.gates.check(u, top, top_support, clues=False)
        if why_not:
            return self.refuse(u, hits, top_support, figure=why_not == "figure", unnamed=why_not == "counted")

        plan = plan_for(u)
        composed = plan.write(Selection(self, u, best, support, candidates, clue_unheld=clue_unheld))
        composed.plan = plan.name
        return composed
