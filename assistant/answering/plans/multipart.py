"""Questions of several parts ("When was X proposed, and how many institutes does it plan to build?", "Who leads
A and who leads B?", two sentences with a question each): each part is answered on its own through the whole
engine (read, retrieve, choose, compose, verify), with the parts before it as its conversation, so "it" in the
second part finds the first part's topic. The answers are joined, their citation markers renumbered (one marker
per quote), and a part the documents do not answer is named as such.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from ...reading import sentences
from ...text import content_tokens
from ...types import Citation, Turn
from ..intent import proper_names
from ..render import Composition, not_mentioned, phrase
from ..understanding import QuestionReader, Understanding, premise_parts
from ..verify import strip_unsupported

if TYPE_CHECKING:
    from ..compose import GroundedComposer
    from . import AnswerContext

_READERS: WeakKeyDictionary[GroundedComposer, QuestionReader] = WeakKeyDictionary()
SEARCH_K = 8  # retrieval hits asked for by a part (as Assistant.ask asks for at least 8)


# "which institute is ...", "what company makes ...": the part asks for a thing, which a later "it" stands for
_ASKS_WHICH_THING = re.compile(r"^\s*(?:which|what)\s+(?!(?:is|are|was|were|does|do|did|has|have|had)\b)\w+", re.I)


def reader_for(composer: GroundedComposer) -> QuestionReader:
    """The question reader of the composer's knowledge and retriever (built once per composer)."""
    reader = _READERS.get(composer)
    if reader is None:
        reader = _READERS[composer] = QuestionReader(composer.kb, composer.chooser.retriever)
    return reader


def answer_alone(composer: GroundedComposer, question: str, history: list[Turn]) -> tuple[Understanding, Composition]:
    """``question`` answered through the whole engine, as Assistant.ask answers it (without its timings)."""
    u = reader_for(composer).read(question, history)
    result = composer.chooser.retriever.search(u.expanded, SEARCH_K)
    candidates = composer.chooser.candidates(u, result.dense_sims, result.pool)
    comp = strip_unsupported(composer.compose(u, candidates, result.hits))
    if comp is None:
        comp = composer.refuse(u, result.hits, 0.0)
    return u, comp


def join_answers(parts: list[tuple[str, Composition]], titles: list[str]) -> Composition:
    """One answer from the answers of the parts: markers renumbered (a quote cited twice keeps one marker),
    a refused part named, the related reading of refused parts kept. Written in English, like every
    composition; the answer is put into the question's language afterwards (render.localise)."""
    citations: list[Citation] = []
    texts: list[str] = []
    facts: list[str] = []
    related: list[Citation] = []
    for part, comp in parts:
        if comp.refused:
            texts.append(phrase("convo_part_refused", titles, part=part))
            for r in comp.related:
                if all((r.doc_id, r.paragraph_id) != (x.doc_id, x.paragraph_id) for x in related):
                    related.append(r.model_copy(update={"marker": len(related) + 1}))
            continue
        renumber: dict[int, int] = {}
        for c in comp.citations:
            same = next((x for x in citations if _quote_key(x) == _quote_key(c)), None)
            if same is None:
                same = c.model_copy(update={"marker": len(citations) + 1})
                citations.append(same)
            renumber[c.marker] = same.marker
        text = re.sub(r"\[(\d+)\]", lambda m, table=renumber: f"[{table.get(int(m.group(1)), m.group(1))}]",
                      comp.answer)
        # renumbered markers side by side read in order ("[2][1]" -> "[1][2]")
        text = re.sub(r"(?:\[\d+\])+", lambda m: "".join(f"[{n}]" for n in sorted(
            {int(x) for x in re.findall(r"\d+", m.group(0))})), text)
        said = {line.strip() for t in texts for line in t.splitlines() if line.strip()}
        # "Who proposed X, and when was it disclosed?": one answer may serve both parts. A later part says only
        # what is new ("Remaining: 45 − 14 = 31" after the two figures it works on), and nothing when all of it
        # was already said; its citations stay those of the lines it keeps
        fresh = [line for line in text.splitlines() if not line.strip() or line.strip() not in said]
        if any(line.strip() for line in fresh):
            texts.append("\n".join(fresh).strip("\n"))
        facts += [f for f in comp.facts_used if f not in facts]
    refused = all(comp.refused for _, comp in parts)
    support = min(comp.support for _, comp in parts)
    return Composition("\n\n".join(texts), [] if refused else citations, refused, facts, related, support)


def _quote_key(c: Citation) -> tuple[str, str, str]:
    """What makes two citations one: the same quote of the same paragraph."""
    return c.doc_id, c.paragraph_id, c.quote


def _lines(text: str) -> set[str]:
    return {line.strip() for line in re.sub(r"\s*\[\d+\]", "", text).splitlines() if line.strip()}


def _only_repeats(comp: Composition, answered: list[tuple[str, Composition]]) -> bool:
    """Whether every line of the answer was already said by an earlier part (its markers aside)."""
    said = "\n".join(line for _, c in answered for line in _lines(c.answer))
    lines = _lines(comp.answer)
    return bool(lines) and all(line in said for line in lines)


def _repeats(comp: Composition, answered: list[tuple[str, Composition]]) -> bool:
    """Whether the answer repeats earlier parts: their lines, or the quotes they cite, or it opens with a sentence
    one of them quoted ("Who proposed X and what does it aim to do?" answered twice by the sentence that says who
    proposed it; "In April 2020, X released Y" and "X released Y" are one quote)."""
    if _only_repeats(comp, answered):
        return True
    if not comp.citations:
        return False
    quoted = [_quote_key(c) for _, earlier in answered for c in earlier.citations]
    if all(_quote_key(c) in quoted for c in comp.citations):
        return True
    first = comp.citations[0]
    head = next(iter(sentences(first.quote.strip())), "").strip()
    return bool(head) and any((d, p) == (first.doc_id, first.paragraph_id) and head in q for d, p, q in quoted)


def _own_said(u: Understanding, comp: Composition, with_heads: bool = False) -> tuple[int, int]:
    """How many of the question's own topic words (not those carried from the conversation) the answer says, and
    how many there are; without ``with_heads``, the head noun that says what kind of thing is asked ("which body
    published it?") is not counted."""
    spoken = set(content_tokens(comp.answer))
    heads = set() if with_heads else {h.name for h in u.heads}
    own = [c for c in u.concepts if not c.from_history and c.name not in heads]
    return sum(c.matched(spoken) for c in own), len(own)


def _near_earlier(composer: GroundedComposer, comp: Composition, answered: list[tuple[str, Composition]]) -> bool:
    """Whether the answer rests first on a section an earlier part's answer cites: parts joined by "it" ask of one
    thing, which one section of a document treats (a sentence found elsewhere is about something else)."""
    def section(c: Citation) -> tuple[str, str]:
        return c.doc_id, composer.kb.document(c.doc_id).paragraph(c.paragraph_id).section_id
    earlier = {section(c) for _, e in answered for c in e.citations}
    return bool(comp.citations) and section(comp.citations[0]) in earlier


def _names_asked(composer: GroundedComposer, part: str) -> str:
    """The names a part asks about ("X" of "What is X's mission?"), joined; "" when it names none."""
    return " and ".join(dict.fromkeys(v for t, v in composer.kb.glossary.matches(part) if t.is_entity))


def _names_own(u: Understanding) -> bool:
    """Whether a question names a thing of its own: a named term of the knowledge, or a capitalised name."""
    return any(c.is_entity and not c.from_history for c in u.concepts) or bool(proper_names(u.asked or u.question))


def _bare(u: Understanding) -> bool:
    """Whether a question names no thing of its own and at most two other topic words ("how many companies?",
    "and how many universities and laboratories?")."""
    return not _names_own(u) and sum(not c.from_history for c in u.concepts) <= 2


class MultiPartPlan:
    """A message that asks several questions gets an answer to each, in order."""

    name = "multipart"
    broad = False
    specific = False

    def answer(self, ctx: AnswerContext) -> Composition | None:
        u = ctx.u
        if len(u.parts) < 2:
            return None
        history = list(u.history)
        answered: list[tuple[str, Composition]] = []
        read: list[Understanding] = []
        for part in u.parts:
            part_u, comp = answer_alone(ctx.composer, part, history)
            if answered and part_u.dependent and not comp.refused and _repeats(comp, answered):
                # "What is X's mission? And how does it define success?": the earlier part's question carried
                # its own ask ("mission") into this one, which asks something else of the same thing; asked
                # again after only the names the earlier part asked about, it may find what it asks
                # (the glossary's named things, else the capitalised names it was asked with)
                names = _names_asked(ctx.composer, answered[-1][0]) or " and ".join(
                    dict.fromkeys(proper_names(answered[-1][0])))
                if names:
                    again = answer_alone(ctx.composer, part, [*u.history, Turn(role="user", content=names)])
                    # an answer that cites the earlier quote again may answer this part too ("What came out in April
                    # 2020, and who published it?"): unless it says nothing new, replaced only by one that says more
                    # of what this part asks
                    if not again[1].refused and not _repeats(again[1], answered) and (
                            _only_repeats(comp, answered) or (_own_said(*again)[0] > _own_said(part_u, comp)[0]
                                                              and _near_earlier(ctx.composer, again[1], answered))):
                        part_u, comp = again
            if answered and not part_u.dependent and _bare(part_u) and any(_names_own(x) for x in read):
                # "Who leads X? And how many companies?" (its "and" set aside as an ordering word): a later part that
                # names nothing of its own, and little else, asks of what the earlier parts named, as a follow-up would
                again = answer_alone(ctx.composer, f"And {part[:1].lower()}{part[1:]}", history)
                # an earlier answer said again is kept only when it speaks of what this part asks ("9 universities")
                said, own = _own_said(*again, with_heads=True)
                if not again[1].refused and (not _only_repeats(again[1], answered) or said == own):
                    part_u, comp = again
            if answered and answered[-1][1].refused and _ASKS_WHICH_THING.match(answered[-1][0]) \
                    and part_u.dependent and not comp.refused:
                # "Which institute is based in Pittsburgh, and what does it work on?": "it" is the thing the first
                # part asks for, which the documents do not name, so nothing they say answers this part either
                comp = Composition("", [], True, [], comp.related, 0.0)
            answered.append((part, comp))
            read.append(part_u)
            # the next part may lean on this one ("..., and how many institutes does it plan to build?")
            history = [*history, Turn(role="user", content=part), Turn(role="assistant", content=comp.answer)]
        if all(comp.refused for _, comp in answered):
            return None  # nothing of it is answered: the whole question's refusal says so, once
        titles = ctx.composer.titles
        joined = join_answers(answered, titles)
        unknown = [n for n in u.unknown_names if n not in u.aside_names]
        if unknown and premise_parts(u.asked or u.question, unknown):
            # "When Trump proposed X, ...": the documents' doer answers the first part, and the answer says that the
            # name the question gave is not in the documents
            joined.answer = not_mentioned(unknown, titles) + " " + joined.answer
        if u.injection:
            joined.answer = phrase("injection", titles) + "\n\n" + joined.answer
        return joined
