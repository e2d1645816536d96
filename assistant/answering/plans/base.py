"""The extractive plan: answer with the best evidence that passed the gates, the units it leans on, and
the second unit a comparison or a why-question needs; facts as their statements, sentences verbatim.

Plans for one kind of answer (figure, entity, list, reason, definition) override its hooks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ...numbers import digits_in, numbers_in
from ...types import Citation, Fact
from ..candidates import Candidate
from ..features import repeats
from ..lexicon import (
    ANNOUNCES,
    CAUSAL,
    CHECKING,
    CONCLUDES,
    CONTINUES,
    FIGURE_WORD,
    FINDING_ASKED,
    LEANS_BACK,
    MAJORITY_SAID,
    POINTS_AHEAD,
    POINTS_BACK,
    POINTS_TO_FIGURE,
    REASON_BEFORE,
    SUMS_UP,
    YEAR,
    enumeration_continues,
    majority_asked,
)
from ..render import Composition, as_sentence, not_mentioned, phrase
from ..understanding import Understanding
from .attributes import listed_attributes

if TYPE_CHECKING:
    from ..compose import GroundedComposer


@dataclass
class Selection:
    """What the gates let through: the best evidence, its support, and every candidate in score order."""

    composer: GroundedComposer
    u: Understanding
    best: Candidate
    support: float
    candidates: list[Candidate]
    clue_unheld: bool = False  # no close evidence holds the number that identifies the answer ("version 1.0")


def listing_of(sel: Selection) -> list[Candidate]:
    """The list fact of the best unit's paragraph, when it scores close to the best: what a count names."""
    best = sel.best
    if best.fact is not None and isinstance(best.fact.value, list):
        return []
    ratio = sel.composer.weights.compose.listing_ratio
    listing = next((c for c in sel.candidates[1:] if c.fact is not None and isinstance(c.fact.value, list)
                    and c.paragraph_id == best.paragraph_id and c.doc_id == best.doc_id
                    and c.score >= ratio * best.score), None)
    return [listing] if listing is not None else []


def continued_list(sel: Selection) -> list[Candidate]:
    """The list fact whose sentence the best fact only begins ("X's vision is to keep the US ahead ... to: 1) ...;
    2) ..."), when it scores close to the best: the head of a sentence is not the whole of what it says."""
    best = sel.best
    if best.fact is None or isinstance(best.fact.value, list) or best.fact.kind == "figure":
        return []
    ratio = sel.composer.weights.compose.listing_ratio
    head = best.fact.quote.strip().rstrip(".")
    # the list's sentence opens with the best fact's words and a colon follows them ("... global industry to: 1)")
    return [c for c in sel.candidates[1:10] if c.fact is not None and isinstance(c.fact.value, list)
            and (c.doc_id, c.paragraph_id) == (best.doc_id, best.paragraph_id)
            and c.fact.quote.startswith(head) and ":" in c.fact.quote[len(head):len(head) + 12]
            and c.score >= ratio * best.score][:1]


# a date asked beside another question: "..., and when?", "... and in which month?", "..., and when was that?"
_DATE_ALSO_ASKED = re.compile(r"(?:,\s*|\band\s+)(?:and\s+)?(?:when|since when|(?:in|on|at)\s+(?:what|which)\s+"
                              r"(?:year|month|date|day)|(?:what|which)\s+(?:year|month|date|day))\b", re.I)


class ExtractivePlan:
    """The default plan; subclasses say which answer types they serve and adjust the hooks."""

    answer_types: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The plan's name as ``--explain`` prints it: "figure" for ``FigurePlan``."""
        return type(self).__name__.removesuffix("Plan").lower()

    # -- hooks ----------------------------------------------------------------------------------------
    def extra_evidence(self, sel: Selection) -> list[Candidate]:
        """Units added right after the best one (before the second-best and the context): by default, when
        the best unit only counts things ("... includes three parts") and the question does not ask how many,
        the list of its paragraph that names them."""
        best = sel.best
        if best.fact is None or best.fact.kind != "figure" or sel.u.answer_type in ("figure", "date"):
            return []
        return listing_of(sel)

    def joins_neighbour_sentence(self, u: Understanding) -> bool:
        """Whether a nearly-as-good sentence of the same paragraph joins the answer."""
        return False

    def checks_premise_number(self, u: Understanding) -> bool:
        """Whether a number the question states is a claim to check (not a clue to the answer)."""
        return True

    def lists_items(self, u: Understanding, fact: Fact, missing_items: bool) -> bool:
        """Whether a list fact is written with its items as bullets."""
        return False

    def quotes_fact(self, u: Understanding, fact: Fact) -> bool:
        """Whether a fact is written as its quoted sentence rather than its statement."""
        return False

    # -- the flow -------------------------------------------------------------------------------------
    def write(self, sel: Selection) -> Composition:
        sel = self._majority(self._finding(sel))
        composer, u, best, candidates = sel.composer, sel.u, sel.best, sel.candidates
        chooser = composer.chooser
        titles = composer.titles
        lines: list[str] = []
        citations: list[Citation] = []
        facts_used: list[str] = []

        def cite(c: Candidate) -> int:
            for existing in citations:
                if existing.paragraph_id == c.paragraph_id and existing.doc_id == c.doc_id:
                    # one citation per paragraph when the quotes join into one verbatim span
                    span = chooser.joined_span(c.doc_id, c.paragraph_id, existing.quote, c.quote)
                    if span is not None:
                        existing.quote = span
                        return existing.marker
            citations.append(composer.citation(len(citations) + 1, c.doc_id, c.paragraph_id, c.quote))
            return citations[-1].marker

        if u.injection:
            lines.append(phrase("injection", titles))
        if u.unknown_names:
            lines.append(not_mentioned(u.unknown_names, titles))
        cw = composer.weights.compose
        chosen = [best, *self.extra_evidence(sel)]
        # A second piece of evidence when it is nearly as good and adds something (comparisons, two-part asks).
        for c in candidates[1:6]:
            if len(chosen) > 1 or c.score < cw.second_ratio * best.score or c.text == best.text:
                continue
            if c.fact is not None and best.fact is not None and c.fact.id != best.fact.id:
                if re.search(r"\b(compare|compared|versus|vs\.?|both|difference|each|respectively|altogether)\b",
                             u.question, re.I) and c.coverage >= cw.compare_coverage:
                    chosen.append(c)
                    break
            elif (best.kind == "sentence" and c.kind == "sentence" and self.joins_neighbour_sentence(u)
                  and c.paragraph_id == best.paragraph_id and c.score >= cw.neighbour_ratio * best.score):
                chosen.append(c)
                break
        context = [c for c in self.context_sentences(sel) if c.text not in {x.text for x in chosen}]
        if context and best.kind == "fact" and repeats(u, best.text):
            chosen = context  # "more about the first one": what the paper adds, not what was just said
        else:
            chosen += context
        if all(c.kind == "sentence" and c.paragraph_id == best.paragraph_id for c in chosen):
            # sentences of one paragraph read in the paper's order ("... unattended machines. That's why ...")
            order = {t: k for k, (t, _) in enumerate(chooser.sentences.get((best.doc_id, best.paragraph_id), []))}
            chosen.sort(key=lambda c: order.get(c.text, len(order)))
        # A number in a which/who question is a clue ("which group had 12?"), not a claim to correct.
        clue = re.search(r"\b(which|who|whose)\b", u.question, re.I)
        if best.fact is not None and u.asserted_numbers and self.checks_premise_number(u) and not clue:
            value_numbers = set(numbers_in(str(best.fact.value))) | set(numbers_in(best.fact.as_of or ""))
            value_numbers |= set(numbers_in(best.fact.statement))
            # a number of what the question sets aside ("as opposed to the 1.6 of an ordinary job") is checked
            # against the quote that gives it beside the answer, not against the answer's own figure
            quoted = " ".join(t for t, _ in chooser.sentences.get((best.doc_id, best.paragraph_id), [])
                              if best.fact.quote[:40] in t) or best.fact.quote
            value_numbers |= u.contrasted_numbers & set(numbers_in(quoted))
            if value_numbers and not set(u.asserted_numbers) <= value_numbers:
                lines.append(phrase("premise_number", titles))
        if sel.clue_unheld and phrase("premise_number", titles) not in lines:
            # "Who released version 1.0?" answered from what the documents say of version 2.0: said, not hidden
            lines.append(phrase("premise_number", titles))
        # Correcting a premise ("released in 2018, correct?", "Given that Trump proposed it"): the paper's
        # own whole sentence is the clearest correction, with every name and date in it.
        correcting = bool(lines and lines[-1] == phrase("premise_number", titles)) or bool(
            CHECKING.search(u.question))
        # "Who published it, and when?": two questions in one; the paper's whole sentence answers both; so it does a
        # date asked beside another question ("What did X open, and when?"), which a fact's statement may leave out
        correcting = correcting or len(re.findall(r"\b(who|when|where|how many|how much|which|what year)\b",
                                                  u.english, re.I)) >= 2 or bool(_DATE_ALSO_ASKED.search(u.english))
        for c in chosen:
            marker = cite(c)
            if c.fact is not None:
                facts_used.append(c.fact.id)
                missing_items = any(str(v) not in c.fact.statement for v in c.fact.value) if isinstance(
                    c.fact.value, list) else False
                if isinstance(c.fact.value, list) and self.lists_items(u, c.fact, missing_items):
                    items = "\n".join(f"- {v}" for v in c.fact.value)
                    lines.append(f"{c.fact.statement} [{marker}]\n{items}")
                elif correcting or self.quotes_fact(u, c.fact):
                    line = f"{as_sentence(c.quote)} [{marker}]"
                    if line not in lines:  # a count and its list quoted by the one sentence that gives both
                        lines.append(line)
                else:
                    lines.append(f"{c.fact.statement} [{marker}]")
            else:
                lines.append(f"{as_sentence(c.text)} [{marker}]")
        items = listed_attributes(sel, citations, " ".join(lines))
        if items:
            # "which sector is Midea in?" of a list "..., Midea Group-M.IoT (furniture), ...": the item, before the
            # list it is taken from (after any notice)
            first = next((k for k, line in enumerate(lines) if re.search(r"\[\d+\]", line)), len(lines))
            markers = "".join(sorted({f"[{x.marker}]" for x in citations for item in items if item in x.quote}))
            listed = "”, “".join(items)
            lines.insert(first, f"{phrase('listed_as', titles, item=listed)} {markers}")
        other = self.conflicting_figure(sel, chosen)
        if other is not None:  # two documents disagree on a figure: both are shown, each cited, none picked
            marker = cite(other)
            text = other.fact.statement if other.fact is not None else as_sentence(other.text)
            lines.append(f"{phrase('conflicting_figure', titles)} {text} [{marker}]")
        answer = ""
        for line in lines:  # a list ends its paragraph: what follows it starts a new one
            answer += ("\n\n" if "\n- " in answer.rsplit("\n\n", 1)[-1] else " ") + line if answer else line
        answer = answer.replace(" \n", "\n")
        return Composition(answer, citations, False, facts_used, [], sel.support)

    def conflicting_figure(self, sel: Selection, chosen: list[Candidate]) -> Candidate | None:
        """For a figure or date question (or an answer that states a figure), the best unit of *another*
        document that passes the gates, scores within the gate margin of the best and states other figures:
        documents that disagree are both shown, not one picked."""
        u, best, composer = sel.u, sel.best, sel.composer
        if u.answer_type not in ("figure", "date") and not [n for n in digits_in(best.text) if not YEAR.fullmatch(n)]:
            return None  # neither a figure asked for nor a figure given
        held = {n for c in chosen for n in digits_in(f"{c.text} {c.quote}")}
        cw = composer.weights.compose
        close = [c for c in sel.candidates[1:cw.gate_window]
                 if c.doc_id != best.doc_id and c.score >= best.score - cw.gate_margin
                 and digits_in(c.text) and not set(digits_in(c.text)) <= held]
        # of those, the one that says least besides what was asked (a figure of the thing, not of a part of it);
        # a figure of something else is no disagreement
        about_it = (c for c in sorted(close, key=lambda c: -c.features.get("precision", 0.0))
                    if composer.same_subject(u, best, c))
        found = composer.first_passing(u, about_it, sel.candidates)
        return found[0] if found else None

    def context_sentences(self, sel: Selection) -> list[Candidate]:
        """The sentences an answer sentence leans on: the claim before "That's why ...", the list after
        "... the following points:", the reason next to a claim in a why-question."""
        u, best, candidates, chooser = sel.u, sel.best, sel.candidates, sel.composer.chooser
        key = (best.doc_id, best.paragraph_id)
        sents = [t for t, _ in chooser.sentences.get(key, [])]
        # "tell me more about the first one", answered by what was just said: the paper's next sentence
        # is the "more"
        is_repeat = repeats(u, best.text)
        if best.kind == "fact" and u.answer_type != "reason" and not is_repeat:
            return []  # a fact states its answer whole; its sentence's neighbours would only add noise
        anchor = best.quote
        if is_repeat and best.kind == "fact":  # the fact spans the paragraph: anchor on its best-matching sentence
            anchor = next((c.text for c in candidates if c.kind == "sentence" and c.paragraph_id == best.paragraph_id
                           and c.doc_id == best.doc_id), anchor)
        at = [k for k, t in enumerate(sents) if t in anchor]
        if not at:
            return []
        i = at[-1]
        score = {c.text: c.score for c in candidates if c.kind == "sentence" and c.paragraph_id == best.paragraph_id}
        extra: list[str] = []
        enumerated = enumeration_continues(sents[i], sents[i + 1:]) if best.kind == "sentence" else []
        if enumerated:  # "... in three ways: first, X." goes on in the sentences naming the second and third
            extra += enumerated
        elif is_repeat and i + 1 < len(sents):
            extra.append(sents[i + 1])
        elif i > 0 and LEANS_BACK.match(sents[i]) and not self._concludes_on_its_own(u, sents[i]):
            extra.append(sents[i - 1])
        elif best.kind == "sentence" and i + 1 < len(sents) and (CONTINUES.match(sents[i + 1])
                                                                 or POINTS_AHEAD.search(sents[i])):
            # the next sentence goes on with this one, or this one points to it ("An example is the following."):
            # together they make the statement
            extra.append(sents[i + 1])
        elif (u.answer_type == "reason" and i > 0 and best.kind == "sentence" and not CAUSAL.search(sents[i])
              and re.match(r"^(after|once|with|as|since|given)\b", sents[i], re.I)):
            extra.append(sents[i - 1])  # "After X is solved, the US can ...": the argument leading to it
        elif (u.answer_type == "reason" or u.said_before) and len(sents) > 1:  # a why, or "tell me more"
            neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(sents)]
            j = max(neighbours, key=lambda j: score.get(sents[j], 0.0))
            if score.get(sents[j], 0.0) >= sel.composer.weights.compose.context_ratio * best.score:
                extra.append(sents[j])
        out = [Candidate("sentence", best.score, best.coverage, best.dense, best.doc_id, best.paragraph_id, t, t)
               for t in extra]
        if best.quote.rstrip().endswith(":"):
            nxt = chooser.next_paragraph(best.doc_id, best.paragraph_id)
            if nxt is not None:
                out.append(Candidate("sentence", best.score, best.coverage, best.dense, best.doc_id, nxt[0],
                                     nxt[1], nxt[1]))
        if chooser.para_kind.get(key) == "caption":
            # a caption only names its figure; what the figure shows is said by the text that points to it
            out += [Candidate("sentence", best.score, best.coverage, best.dense, best.doc_id, pid, t, t)
                    for pid, t in self._figure_text(sel)]
        return out

    @staticmethod
    def _finding(sel: Selection) -> Selection:
        """"What did the analysis of X find?": the best evidence may only announce the analysis ("The paper analyses
        X."); the best unit of its section whose paragraph sums the analysis up ("From the above analysis, ...",
        "Therefore, ...") answers, when the gates let it through."""
        best, composer = sel.best, sel.composer
        if not (FINDING_ASKED.search(sel.u.asked or sel.u.question) and ANNOUNCES.match(best.text)):
            return sel
        doc = composer.kb.document(best.doc_id)
        section = doc.paragraph(best.paragraph_id).section_id
        for c in sel.candidates:
            if (c is best or c.doc_id != best.doc_id or ANNOUNCES.match(c.text)
                    or doc.paragraph(c.paragraph_id).section_id != section):
                continue
            sentences = [t for t, _ in composer.chooser.sentences.get((c.doc_id, c.paragraph_id), [])]
            if not any(SUMS_UP.match(t) or CONCLUDES.match(t) for t in sentences):
                continue
            switched = ExtractivePlan._switch(sel, c)
            if switched is not None:
                return switched
        return sel

    @staticmethod
    def _majority(sel: Selection) -> Selection:
        """"What do most of the ships carry?", "Most of the focus is on what?": the best evidence may count one group
        or list them all; a unit that says what most of the whole is ("most of the trade is in grain", "mainly
        grain"), scoring within the context ratio of the best, answers when the gates let it through."""
        if not majority_asked(sel.u.asked or sel.u.question) or MAJORITY_SAID.search(sel.best.text):
            return sel
        return ExtractivePlan._switch_to_close(sel, lambda c: bool(MAJORITY_SAID.search(c.text)))

    @staticmethod
    def _switch_to_close(sel: Selection, accepts: Callable[[Candidate], bool]) -> Selection:
        """The selection with the first other candidate that ``accepts`` takes and that scores within the context
        ratio of the best as its best unit, when the gates let it through; else ``sel`` as it was."""
        floor = sel.composer.weights.compose.context_ratio * sel.best.score
        for c in sel.candidates:
            if c is not sel.best and c.score >= floor and accepts(c):
                switched = ExtractivePlan._switch(sel, c)
                if switched is not None:
                    return switched
        return sel

    @staticmethod
    def _switch(sel: Selection, c: Candidate) -> Selection | None:
        """The selection with ``c`` as its best unit, when the gates let ``c`` through."""
        support = sel.composer.support(sel.u, c)
        if sel.composer.gates.check(sel.u, c, support):
            return None
        return replace(sel, best=c, support=support, candidates=[c] + [x for x in sel.candidates if x is not c])

    @staticmethod
    def _concludes_on_its_own(u: Understanding, sentence: str) -> bool:
        """A conclusion that names its own subject ("Therefore, as of 2016, the NNMI has 830 members."), asked for
        a figure, a date, a name, a place or what a thing is: what it concludes from is no part of the answer (a
        why-question or a yes-no check wants it, and "Therefore, they ..." still leans on the sentence before)."""
        m = CONCLUDES.match(sentence)
        if m is None or u.answer_type not in ("figure", "date", "entity", "place", "definition", "general"):
            return False
        # (for a question of no particular type, "Total membership of the US network?", a "therefore" stands on its
        # own; "that's why ..." says the reason is before it, which such a question may want)
        if u.answer_type == "general" and REASON_BEFORE.match(m.group(0)):
            return False
        rest = sentence[m.end():].lstrip(" ,")
        return not POINTS_BACK.search(" ".join(rest.split()[:8]))

    @staticmethod
    def _figure_text(sel: Selection) -> list[tuple[str, str]]:
        """(paragraph id, sentence) of the body paragraph just before a caption, when it points to a figure:
        its sentences that say something besides where the figure is."""
        best, chooser = sel.best, sel.composer.chooser
        lead = sel.composer.kb.document(best.doc_id).lead_in(best.paragraph_id)
        if not lead:
            return []
        before = lead[0]
        sents = [t for t, _ in chooser.sentences.get((best.doc_id, before.paragraph_id), [])]
        if not any(FIGURE_WORD.search(t) for t in sents):
            return []
        return [(before.paragraph_id, t) for t in sents if not POINTS_TO_FIGURE.search(t)][:3]
