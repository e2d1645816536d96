"""Recommendations and lessons ("What should X learn from Y?", "What does the paper recommend?"), strengths and
weaknesses: bullets from the reader's edition's lists, or, for a document without one, from its sentences that
carry a recommendation or an advantage cue; each bullet cited."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...text import STOPWORDS, content_tokens
from ..lexicon import (
    ABILITY_ASKED,
    ABILITY_SAID,
    FIGURATIVE_WHERE,
    GENERIC_MODIFIERS,
    STANDARD_OF_COMPARISON,
    SYNONYMS,
    enumeration_continues,
)
from ..render import Composition
from .points import (
    ADVICE_FORM,
    ADVISER_ASKED,
    AUDIENCE,
    CHOICE_ASKED,
    JUDGES_A_COURSE,
    PRESENTATION,
    RECOMMEND,
    RECOMMEND_ZH,
    RECORD_FRAME,
    SECTION_WORD,
    STANCE,
    STANCE_ZH,
    STRENGTH,
    STRENGTH_ZH,
    SUMMARY,
    WEAKNESS,
    WEAKNESS_ZH,
    Point,
    Writer,
    asked_count,
    edition_for,
    edition_points,
    is_place,
    last_sentence,
    lesson_source,
    starts_as_fact_question,
    term_names,
    topic_concepts,
    wants,
    words_matched,
)

if TYPE_CHECKING:
    from ..understanding import Concept
    from . import AnswerContext

# sentences that recommend, praise or criticise (general English)
_CUES = {
    "recommendations": re.compile(r"\b(should|recommend\w*|suggest\w*|need(?:s)? to|must|it is necessary|"
                                  r"worth (?:learning|our reference|drawing|emulating)|"
                                  r"(?:we|it) (?:can|could) learn)\b",
                                  re.I),
    "strengths": re.compile(r"\b(advantages?|strengths?|strong|leading|leads? the world|complete|rich|huge|"
                            r"favou?r\w*|"
                            r"excellent|world-class)\b", re.I),
    "weaknesses": re.compile(r"\b(shortcomings?|weak\w*|lack\w*|insufficient|inadequate|short boards?|gaps?|"
                             r"problems?|not yet|only \d|lags?|behind|"
                             # what a text faults in a verb: "the plan neglects the fleet", "it fails to", "relies on
                             # a single grant", "too few berths"
                             r"neglect\w*|overlook\w*|ignor(?:e|es|ed|ing)|fail(?:s|ed)? to|falls? short|flaw\w*|"
                             r"drawbacks?|deficien\w*|(?:rel(?:y|ies|ied)|depend(?:s|ed)?) (?:\w+ )?on a single|"
                             r"too (?:few|little|small|slow|costly|narrow|thin)|not enough|poorly)\b", re.I),
}
# "is there a lesson for X in ...?", "are there any recommendations for Y?": the list asked for, if any
_ASKS_IF_ANY = re.compile(r"\s*(?:is|are) there (?:an?y? |some )?(?:\w+ )?(?:lessons?|recommendations?|advice|"
                          r"takeaways?|suggestions?|hints?|pointers?|tips|strengths?|weaknesses?|shortcomings?)\b|"
                          # "does the US experience offer any lesson on X?", "do the authors give any advice?"
                          r"\s*(?:does|do|did|would|could|can) (?:[\w'’-]+ ){1,4}?(?:have|offer|hold|contain|give|"
                          r"provide|teach|yield) (?:us )?(?:an?y? |some )?(?:\w+ )?(?:lessons?|recommendations?|advice|"
                          r"takeaways?|suggestions?|hints?|pointers?|tips|guidance)\b|"
                          # "is there anything in X that we could borrow?", "does X offer anything a province might
                          # copy?": whether there is a lesson, asked by what one would do with it
                          r"\s*(?:(?:is|are) there|(?:does|do) (?:[\w'’-]+ ){1,4}?(?:have|offer|hold|contain))"
                          r" (?:anything|something|much|any(?: \w+)?)\b(?=.*\b(?:could|can|should|might|may|ought to) "
                          r"(?:usefully |perhaps |well )?(?:borrow|copy|adopt|emulate|replicate|imitate|learn from)\b)",
                          re.I)
_HEADS = {"recommendations": "synth_recommendations", "strengths": "synth_strengths", "weaknesses": "synth_weaknesses"}
_REQUESTS = {"recommendations": RECOMMEND, "strengths": STRENGTH, "weaknesses": WEAKNESS}
# "what cybersecurity measures should China adopt?", "which tax incentives do the authors propose?": the words before
# the kind of thing asked for, up to the verb's auxiliary
_AUXILIARY = r"(?:does|do|did|should|would|could|can|will|must|might|are|is|were|was)"
_KIND_ASKED = re.compile(r"\s*(?:what|which)\s+((?:(?!" + _AUXILIARY + r"\b)[\w'’-]+\s+){0,3}?)(?!" + _AUXILIARY +
                         r"\b)[\w'’-]+\s+" + _AUXILIARY + r"\b", re.I)


_ABILITY_WINDOW = 20  # the evidence looked through for what a thing can do (counts of it may crowd the top)


class AssessmentPlan:
    name = "assessment"
    broad = True
    specific = False

    def answer(self, ctx: AnswerContext) -> Composition | None:
        q = ctx.u.asked or ctx.u.question
        stance = wants(ctx, STANCE, STANCE_ZH)
        if starts_as_fact_question(q) and not re.match(r"\s*(what|which)\b", q, re.I) and not stance and not (
                _ASKS_IF_ANY.match(last_sentence(q)) or JUDGES_A_COURSE.search(q) or CHOICE_ASKED.search(q)):
            return None
        if re.match(r"\s*(why|how many|how much|who|when|where)\b", q, re.I) and not FIGURATIVE_WHERE.match(q):
            return None
        if ADVISER_ASKED.match(q):
            return None  # "which bodies advise X?": who advises, named in the documents
        if SUMMARY.search(q) and SECTION_WORD.search(q):
            return None  # "summarise the recommendations section": a section summary
        parts = []
        if wants(ctx, RECOMMEND, RECOMMEND_ZH) or CHOICE_ASKED.search(q):
            parts.append("recommendations")
        if wants(ctx, STRENGTH, STRENGTH_ZH):
            parts.append("strengths")
        if wants(ctx, WEAKNESS, WEAKNESS_ZH):
            parts.append("weaknesses")
        if not parts and stance:  # "is the paper optimistic about X?": what it counts for X and against it
            parts = ["strengths", "weaknesses"]
        if not parts:
            return None
        if "recommendations" in parts and self._kind_unsaid(ctx, q):
            # "what tax incentives does the report propose for X?": no document speaks of that kind of advice, so
            # no sentence about X answers it
            return ctx.composer.refuse(ctx.u, ctx.hits, 0.0)
        if parts == ["recommendations"] and self._ability_stated(ctx, q):
            return None  # "what can guild members do?": what the documents say they can do, no advice
        if parts == ["recommendations"] and JUDGES_A_COURSE.search(q):
            parts = ["weaknesses", "recommendations"]  # "we fund X: is that right?": what it faults, then its advice
        if len(parts) > 1 and "recommendations" in parts and re.search(r"\blearn", q, re.I):
            parts.remove("recommendations")  # "learn from its strengths": the strengths are asked
        writer = Writer(ctx)
        n = asked_count(q)
        lines: list[str] = []
        found = {part: self._points(ctx, part) for part in parts}
        if parts == ["recommendations"] and not found["recommendations"]:
            # "what should change in X?", "how should X be improved?" of a thing the recommendations never name: what
            # the document criticises in X, then what it recommends
            flaws = self._points_naming(ctx, "weaknesses")
            if flaws:
                parts = ["weaknesses", "recommendations"]
                found = {"weaknesses": flaws, "recommendations": self._points(ctx, "recommendations", by_named=False)}
        practice = (self._practice(ctx, found["recommendations"]) if parts == ["recommendations"]
                    and found["recommendations"] else [])
        if practice:
            # "what does the US experience teach us about linking universities and industry?": what the record shows
            # on that very topic, then the advice
            lines += [writer.phrase("synth_practice"), *writer.bullets(practice)]
        for part in parts:
            points = found[part]
            if not points:
                continue
            if n is not None and len(parts) == 1:
                points = points[:n]
            bullets = writer.bullets(points)
            if bullets:
                if len(parts) > 1 or lines:
                    lines.append("")
                lines += [writer.phrase(_HEADS[part]), *bullets]
        if not lines:
            return None
        return writer.compose(_spaced(lines))

    @staticmethod
    def _ability_stated(ctx: AnswerContext, q: str) -> bool:
        """Whether "what can X do?" asks what the documents say X can do (it asks for no lesson in other words, and
        evidence that speaks of what is asked says what something can do), not what X could do as advice."""
        asked = ABILITY_ASKED.search(q)
        if not asked or RECOMMEND.search(ABILITY_ASKED.sub(" ", q)):
            return False
        doer = set(content_tokens(asked.group("doer") or asked.group("able")))
        doer |= {s for t in doer for s in SYNONYMS.get(t, ())}

        def says_doer_can(text: str) -> bool:
            # the doer named in the clause before the modal: "Members of the guild can moor ..." (not "the network
            # can receive guidance from government agencies" for what governments can do)
            return any(doer & set(content_tokens(" ".join(re.split(r"[,;:]", text[:m.start()])[-1].split()[-8:])))
                       for m in ABILITY_SAID.finditer(text))

        return any(says_doer_can(c.text) and ctx.composer.speaks_of(ctx.u, c)
                   for c in ctx.candidates[:_ABILITY_WINDOW])

    @staticmethod
    def _kind_unsaid(ctx: AnswerContext, q: str) -> bool:
        """Whether the advice is asked of a kind the documents never name ("what cybersecurity measures should X
        adopt?", "which tax incentives do the authors propose?"): a word before the kind of thing asked that no
        document uses, and that is no rating or scope of it ("concrete steps", "short-term measures")."""
        m = _KIND_ASKED.match(q)
        if m is None:
            return False
        vocab = ctx.composer.chooser.retriever.vocabulary
        words = m.group(1).split()
        if any(not w[0].isalpha() or w.lower() in STOPWORDS for w in words):
            return False  # "what about money - how should ...": no kind asked, a clause runs on

        def known(token: str) -> bool:
            return token in vocab or token in GENERIC_MODIFIERS

        for word in words:
            tokens = content_tokens(word)  # ("network-wide": the whole word, then its parts)
            if tokens and not known(tokens[0]) and not (len(tokens) > 1 and all(map(known, tokens[1:]))):
                return True
        return False

    def _practice(self, ctx: AnswerContext, advice: list[Point]) -> list[Point]:
        """For a lesson drawn from a named record on a topic of its own ("what lessons on academia-industry
        partnership does the American model offer?"): the best evidence on that topic, outside the paragraphs the
        recommendations (``advice``) rest on, that passes every gate and speaks of the record the lesson is drawn
        from; with the items of an enumeration it announces ("from three aspects: first, ...")."""
        q = ctx.u.asked or ctx.u.question
        drawn_from = term_names(ctx, lesson_source(q))
        if not drawn_from or not ctx.candidates:
            return []
        grounds = {(p.doc_id, pid) for p in advice for pid in p.paragraphs}
        cues = words_matched(q, RECOMMEND, RECORD_FRAME)
        topic = [c for c in topic_concepts(ctx) if not c.is_entity and not any(a and a <= cues for a in c.own)]
        if not topic:
            return []  # "what can China learn from the US experience?": the advice alone
        # the best evidence only, as an extractive answer would take it: evidence further down is a guess
        composer, best = ctx.composer, ctx.candidates[0]
        if (best.doc_id, best.paragraph_id) in grounds:
            return []
        if not any(x.matched(composer.gates.evidence_tokens(best, paragraph=False)) for x in topic):
            return []
        if not drawn_from <= term_names(ctx, composer.chooser.section_text(best.doc_id, best.paragraph_id)):
            return []
        if composer.gates.check(ctx.u, best, composer.support(ctx.u, best)) is not None:
            return []
        point = Point(best.text, best.doc_id, [best.paragraph_id], quote=best.quote, score=best.score)
        ordered = [t for t, _ in composer.chooser.sentences.get((best.doc_id, best.paragraph_id), [])]
        if best.kind != "sentence" or best.text not in ordered:
            return [point]
        k = ordered.index(best.text)
        items = enumeration_continues(best.text, ordered[k + 1:])
        return [point, *(Point(t, best.doc_id, [best.paragraph_id], quote=t) for t in items)]

    def _points_naming(self, ctx: AnswerContext, part: str) -> list[Point]:
        """The points of ``part`` that name every named thing of the question (none when it names nothing but
        places: "the US" is also named where another thing is compared with it)."""
        named = [c for c in ctx.u.concepts if c.is_entity and not c.from_history
                 and not is_place(ctx, c.name)]
        if not named:
            return []
        return [p for p in self._points(ctx, part)
                if all(c.matched(set(content_tokens(p.text))) or c.name in term_names(ctx, p.text) for c in named)]

    def _points(self, ctx: AnswerContext, part: str, by_named: bool = True) -> list[Point]:
        """The bullets of ``part``; ``by_named``: only if they (or their grounds) name what the question names."""
        # the edition of the document the evidence is in: another document's list would answer another question
        doc = ctx.candidates[0].doc_id if ctx.candidates else ctx.composer.kb.documents[0].doc_id
        ed = edition_for(ctx, doc)
        # the named things the question asks about: a list about something else does not answer it
        # (in a follow-up, "what does the paper criticise about it?", also the things the previous question named)
        asked_before: set[str] = set()
        answered_before: set[str] = set()  # what the previous answer named that its question did not
        if ctx.u.dependent:
            last = next((t.content for t in reversed(ctx.u.history) if t.role == "user"), "")
            asked_before = term_names(ctx, last)
            reply = next((t.content for t in reversed(ctx.u.history) if t.role == "assistant"), "")
            answered_before = term_names(ctx, reply) - asked_before
        named = [c for c in ctx.u.concepts if c.is_entity and (not c.from_history or c.name in asked_before)
                 ] if by_named else []
        if part in ("strengths", "weaknesses"):
            # "where does X fall short compared with Y?": Y is the standard X is measured against, which a list of
            # X's weaknesses need not name
            asked = ctx.u.asked or ctx.u.question
            standard = set(content_tokens(" ".join(m.group(1) for m in STANDARD_OF_COMPARISON.finditer(asked))))
            named = [c for c in named if not (standard and c.matched(standard))]
        drawn_from: set[str] = set()
        if part == "recommendations":
            # "what can China take away from America's experience?": what lessons are drawn from is their source,
            # which the list need not name, though the paragraphs it rests on must
            source = lesson_source(ctx.u.asked or ctx.u.question)
            drawn_from = term_names(ctx, source) if source else set()
        # "which US practices are worth copying in China?": lessons drawn from one place for another, with no
        # "from" to tell which is which; the list need name only one of the places
        places = [c for c in named if is_place(ctx, c.name)]
        either = places if part == "recommendations" and len(places) >= 2 and not drawn_from else []
        named = [c for c in named if c not in either]
        if ed is not None:
            sentences = getattr(ed.paper, part)
            points = edition_points(sentences, ed.document)
            said = set().union(*(term_names(ctx, p.text) for p in points)) if points else set()
            toks = set(content_tokens(" ".join(p.text for p in points)))
            if points:
                # the edition's list is what the document recommends (praises, criticises): a question about a
                # thing it never names, or a topic it never mentions ("what must each institute do with its
                # website?"), is not answered by it, nor by the document's other "should" sentences
                grounds = {(ed.document, pid) for p in points for pid in p.paragraphs}
                # "the one thing to copy from the US", "what can China learn from Japan?": the paragraphs the list
                # rests on must name what lessons are drawn from ("... NNMI network in the United States ... worth
                # our reference"); Japan, which they never name, is no source of these lessons
                ground_names = term_names(ctx, " ".join(ctx.composer.kb.paragraph_text(d, pid)
                                                        for d, pid in sorted(grounds))) if drawn_from else set()

                def names(c: Concept) -> bool:
                    return c.name in said or c.matched(toks) or c.name in drawn_from & ground_names

                # "What did the alliance publish? ... What are its weaknesses?": "it" may be what the previous answer
                # named, which the list names, rather than what the previous question named
                answer_named = bool(answered_before & said)
                if (all(names(c) or (c.from_history and answer_named) for c in named)
                        and (not either or any(map(names, either)))
                        and not (by_named and self._off_topic(ctx, toks, grounds))):
                    return self._by_relevance(ctx, points)
                if named and part == "strengths" and not self._off_topic(ctx, toks, grounds):
                    # "America's key advantage": the edition lists another's strengths; the documents' own
                    # sentences that praise the named thing may still answer
                    return self._cue_sentences(ctx, part, {c.name for c in named}, in_sentence=True)
                return []
        return self._cue_sentences(ctx, part, {c.name for c in named})

    @staticmethod
    def _off_topic(ctx: AnswerContext, toks: set[str], grounds: set[tuple[str, str]]) -> bool:
        """Whether the question is about a topic that the list and the paragraphs it rests on never mention, while
        the documents' best evidence for the question, elsewhere, does ("what must each institute do with its
        website?"); the words that ask for recommendations, strengths or weaknesses aside."""
        q = ctx.u.asked or ctx.u.question
        if not ctx.candidates or JUDGES_A_COURSE.search(q):
            return False  # "we fund X: is that right?": the course the asker describes is judged, not a topic asked
        patterns = (RECOMMEND, STRENGTH, WEAKNESS)
        # ("does the paper want X or Y?": the words that ask which course it takes are no topic either)
        # ("X's weaknesses relative to Y": the standard measured against is no topic of the list)
        cues = words_matched(q, *patterns, CHOICE_ASKED, RECORD_FRAME, ADVICE_FORM, STANDARD_OF_COMPARISON)
        paragraphs = ctx.composer.chooser.paragraph_tokens
        said = toks.union(*(paragraphs.get(key, set()) for key in grounds))
        # "which US practices are worth copying?": the head noun says what kind of thing is asked, not a topic
        heads = {c.name for c in ctx.u.heads}
        # "what should a province do?": the asker's kind of body is whom the lesson is for, not its topic
        audience = _audience(q)
        # "strengths for building a national industrial Internet": a word before a named thing the list names
        # narrows that thing, it names no other topic
        narrowing = _narrowing_words(q, [c for c in ctx.u.concepts if c.is_entity and c.matched(said)])
        unsaid = [c for c in topic_concepts(ctx) if not c.is_entity and not c.matched(said) and c.name not in heads
                  and not (audience and c.matched(audience))
                  and not any(a and a <= cues for a in c.own)
                  and not c.matched(narrowing)
                  and not any(p.search(c.name) for p in patterns)]  # "建议" read as "recommendations"
        best = ctx.candidates[0]
        elsewhere = (best.doc_id, best.paragraph_id) not in grounds
        return elsewhere and any(c.matched(paragraphs.get((best.doc_id, best.paragraph_id), set())) for c in unsaid)

    def _by_relevance(self, ctx: AnswerContext, points: list[Point]) -> list[Point]:
        """The list in its order; with a topic in the question (or the conversation's, for "what does the paper
        criticise about it?"), the bullets about it first. A place ("China's strengths") frames the whole list
        rather than picking bullets of it; a named thing ("the Architecture 2.0") picks them."""
        own = [c for c in ctx.u.concepts if not (c.is_entity and is_place(ctx, c.name))]
        tokens = [set(content_tokens(p.text)) for p in points]
        # a topic most bullets share ("the industrial Internet") picks none of them out
        own = [c for c in own if 2 * sum(c.matched(t) for t in tokens) <= len(points)]
        for k, (p, toks) in enumerate(zip(points, tokens, strict=True)):
            p.score = sum(c.weight for c in own if c.matched(toks)) - 0.001 * k
        if any(p.score > 0 for p in points):
            return sorted(points, key=lambda p: -p.score)
        return points

    def _cue_sentences(self, ctx: AnswerContext, part: str, named: set[str], in_sentence: bool = False) -> list[Point]:
        """The retrieved sentences with a cue of ``part`` whose section (or, ``in_sentence``, the sentence itself)
        names every named thing of the question."""
        cue = _CUES[part]
        out: list[Point] = []
        seen = set()
        # the document the best evidence is in: another document's advice answers another question
        doc = ctx.candidates[0].doc_id if ctx.candidates else None
        q = ctx.u.asked or ctx.u.question
        # ("what do the authors want the guild to do?": the guild, whom the advice is for, is still a topic)
        forms = (ADVICE_FORM,) if part == "recommendations" else ()
        asked_with = frozenset(words_matched(q, _REQUESTS[part], *forms) - _audience(q))
        # weaknesses asked of a thing the glossary does not know ("the weaknesses of the ferry plan"): the question's
        # most telling topic word must stand in the sentence or its section, or the school plan's would answer; not a
        # word of the document's title, which names what the whole document is about ("the review's criticism")
        kb = ctx.composer.kb
        title = set(content_tokens(kb.document(doc).title)) if doc else set()
        # (weaknesses only: advice "according to the regulator" may stand in the regulator's next sentence)
        topic = [] if named or part != "weaknesses" else [
            c for c in topic_concepts(ctx) if not any(a and a <= asked_with for a in c.own) and not c.matched(title)]
        telling = max(topic, key=lambda c: c.weight) if topic else None
        for c in ctx.candidates:
            if c.kind != "sentence" or c.text in seen or c.doc_id != doc or not cue.search(c.text):
                continue
            if telling is not None and not telling.matched(set(content_tokens(
                    c.text + " " + kb.document(c.doc_id).paragraph(c.paragraph_id).section_title))):
                continue
            if in_sentence:
                # the cue and the named things in one clause: "X leads ...; Y built ..." praises X, not Y
                if named and not any(cue.search(clause) and named <= term_names(ctx, clause)
                                     for clause in re.split(r";|:", c.text)):
                    continue
            elif named and not named <= term_names(ctx, ctx.composer.chooser.section_text(c.doc_id, c.paragraph_id)):
                continue
            seen.add(c.text)
            out.append(Point(c.text, c.doc_id, [c.paragraph_id], quote=c.text, score=c.score))
            if len(out) == 5:
                break
        if not ctx.candidates and not named and ctx.hits and all(
                a <= PRESENTATION | asked_with for c in ctx.u.concepts for a in c.own if a):
            # "what does the report propose?": no topic but the asking, which no sentence need share a word with; the
            # advice is the best passage's document's sentences with the cue, in their order
            doc = ctx.hits[0].doc_id
            chooser = ctx.composer.chooser
            said = [(pid, text) for (d, pid), sents in chooser.sentences.items() if d == doc for text, _ in sents
                    if cue.search(text) and chooser.para_kind.get((d, pid), "body") == "body"]
            return [Point(text, doc, [pid], quote=text) for pid, text in said[:5]]
        if not out:
            return []
        # ("what edge did X have?": the word that asks for a strength need not stand in the evidence)
        best = ctx.candidates[0]
        if not (ctx.composer.speaks_of(ctx.u, best) or ctx.composer.speaks_of(ctx.u, best, asked_with)):
            return []
        return out


def _audience(q: str) -> set[str]:
    """The words of whom the question's advice is for ("what should a province do?", "what do the authors want the
    guild to do?")."""
    return {t for m in AUDIENCE.finditer(q) for g in m.groups() if g for t in content_tokens(g)}


def _spaced(lines: list[str]) -> list[str]:
    out = []
    for x in lines:
        if x == "" and (not out or out[-1] == ""):
            continue
        out.append(x)
    return out


def _narrowing_words(question: str, named: list[Concept]) -> set[str]:
    """The word of ``question`` right before the typed name of one of the ``named`` things ("national" in "a
    national industrial internet"; not "practices" in "practices in the NNMI", nor the name "US" in "the US R&D
    network"): it says which of it, or what kind, not another topic."""
    raw = re.findall(r"[\w'’&-]+", question)
    seq = [content_tokens(w) for w in raw]  # every word, a stopword as []
    out: set[str] = set()
    for c in named:
        if not c.typed:
            continue
        for i in range(1, len(seq)):
            before, word = seq[i - 1], seq[i]
            if word and word[0] in c.typed and before and before[0] not in c.typed and raw[i - 1].islower():
                out.add(before[0])
    return out
