"""Summaries: of a document ("What is this paper about?", "main argument"), of one of its sections ("summarise
the recommendations section"), or of a topic ("what does the paper say about X").

With a reader's edition the answer shows its readable text (the paper's summary bullets, a section's summary,
the best-matching paragraphs' renderings) and cites the document's verbatim sentences; a document without one
gets an extractive summary of its own sentences, chosen by position and word-overlap centrality.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from ...reading import Document, Section
from ...text import content_tokens, has_cjk, stem
from ..lexicon import (
    AUDIENCE,
    META,
    REFERENCE_WORDS,
    REFERENCES_ASKED,
    STANDING_FRAME,
    STRUCTURE_ASKED,
    enumeration_continues,
    standing_subject,
)
from ..render import Composition, topic_of, without_courtesy
from .points import (
    DEALS_WITH,
    DOCUMENT_PURPOSE,
    SAYS_ABOUT,
    SAYS_ABOUT_ZH,
    SECTION_WORD,
    SUMMARY,
    SUMMARY_ZH,
    Point,
    Writer,
    asked_count,
    carried_turns,
    edition_for,
    edition_points,
    topic_concepts,
    wants,
    words_matched,
)

if TYPE_CHECKING:
    from ..candidates import Candidate
    from ..understanding import Concept, Understanding
    from . import AnswerContext

# standard names of a document's parts, found by their place when no title holds the word
_FIRST = re.compile(r"\b(introduction|intro|opening|background)\b|引言|导言|前言", re.I)
_LAST = re.compile(r"\b(conclusions?|concluding|final section|last section|closing)\b|结论|结语|最后一部分", re.I)
_ABSTRACT = re.compile(r"\babstract\b|摘要部分", re.I)
_ORDINALS = {w: n for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth".split(), 1)} | {
    w: n for n, w in enumerate("one two three four five six seven eight nine".split(), 1)}
_ORDINAL_SECTION = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|\d(?:st|nd|rd|th))\s+"
                              r"(?:section|part|chapter)\b|\b(?:section|part|chapter)\s+"
                              r"(one|two|three|four|five|six|seven|eight|nine)\b", re.I)
_BODY_KINDS = ("body", "list")
# what a section says of a topic ("what does the intro say about Britain?", "what is said of X in section 3?",
# "引言部分关于英国说了什么"), not what the section says
_SAID_OF_A_TOPIC = re.compile(r"\b(?:say|says|said|mention|mentions|mentioned|write|writes|written|wrote|tell|tells|"
                              r"argue|argues|argued|note|notes|noted|claim|claims)\s+(?:\w+\s+)?(?:about|of|on|"
                              r"regarding|concerning)\b|关于.{1,20}(?:说|讲|提|写)|(?:对|就).{1,20}(?:怎么说|说了什么|"
                              r"有何论述)|提到.{0,20}什么", re.I)
# the words that name a section by its place, not a topic in it
_SECTION_NAMES = frozenset(content_tokens("section part chapter introduction intro opening background conclusion "
                                          "conclusions concluding final last closing abstract summary"))
_SHORTER = re.compile(r"\b(?:shorter|briefer|more briefly|fewer|less)\b", re.I)
# "the NNMI's funding", "the funding of the NNMI": the aspect asked of a topic is the possessed noun
# (in lower case: "China's Industrial Internet ..." is a name, not an aspect of China)
_POSSESSED = re.compile(r"\b[\w-]+(?:'s|s')\s+([a-z][\w-]*)|\b[Tt]he\s+([a-z][\w-]*)\s+of\s+(?:the\s+|its\s+)?[\w-]")
_DASH_QUESTION = re.compile(r"\s+[-–—]+\s+(?:what|who|how|why|when|where|which)\b.*$", re.I)


# What a named thing is, asked for an overview: "Quick primer: what is X?", "Briefly, what exactly is X?", "a two-line
# description of what X actually is": what the documents say of X (the one sentence that defines it is too little);
# the letters or the definition asked ("what does X stand for?", "the definition of X") stay definitions
# ("introduction", "intro" name a section: "what is X, according to the intro?")
_OVERVIEW_CUE = re.compile(r"\b(?:briefly|brief|primer|overview|briefing|nutshell|paragraph|description|describe|"
                           r"newcomer|never heard|explain|explainer)\b", re.I)
_WHAT_A_THING_IS = re.compile(
    r"\bwhat(?:'s|’s|\s+is|\s+exactly\s+is|\s+is\s+exactly)\s+(?:(?:the|an?)\s+)?(?!it\b|this\b|that\b)(.+?)"
    r"(?:\s+(?:actually|exactly|really))?\s*(?=[?.!,:;]|\s+and\s+(?:why|how|what|when|who|where|which)\b|"
    r"\s+(?:in a nutshell|briefly|in brief|in short|please)\b|$)|"
    r"\bwhat\s+(?:(?:the|an?)\s+)?(.+?)\s+(?:actually\s+|exactly\s+|really\s+)?is\b(?=\s*(?:[?.!,:;]|$|for\b))",
    re.I)
_ASKS_DEFINITION = re.compile(r"\b(?:defin\w*|mean(?:s|t|ing)?|stands?\s+for|short\s+for|acronym|abbreviat\w*|"
                              r"full\s+name|spell(?:ed)?\s+out|called)\b", re.I)


def overview_subject(u: Understanding) -> str:
    """The thing a what-is question names, when the question asks for an overview of it and the thing is a name the
    documents use ("Quick primer: what is NNMI?": "NNMI"); else ""."""
    q = u.asked or u.question
    # (the cue may stand in a phrase set off before the question: "For a newcomer, briefly: what is X?")
    if not _OVERVIEW_CUE.search(u.question) or _ASKS_DEFINITION.search(u.question):
        return ""
    m = _WHAT_A_THING_IS.search(q)
    if m is None:
        return ""
    thing = (m.group(1) or m.group(2)).strip()
    names = [c for c in u.concepts if c.is_entity and not c.from_history]

    def named(text: str) -> bool:
        return any(c.matched(set(content_tokens(text))) for c in names)

    thing = AUDIENCE.sub("", thing).strip() or thing  # "what is NNMI for a briefing note": NNMI
    return thing if named(thing) and len(thing.split()) <= 8 else ""


def central_sentences(sentences: list[tuple[str, str, str]], n: int) -> list[tuple[str, str, str]]:
    """The ``n`` sentences that best summarise a text: (doc_id, paragraph_id, sentence) in the text's order.

    A sentence scores by its word-overlap centrality (how much of the rest of the text it shares words with,
    rare words counting more) plus a bonus for leading its paragraph and for the first and last paragraphs;
    a sentence that repeats one already chosen is skipped. No model, no knowledge of the document."""
    if not sentences:
        return []
    toks = [set(content_tokens(s)) for _, _, s in sentences]
    df: dict[str, int] = {}
    for t in toks:
        for w in t:
            df[w] = df.get(w, 0) + 1
    total = len(sentences)
    idf = {w: math.log(1 + total / d) for w, d in df.items()}
    paragraphs = list(dict.fromkeys((d, p) for d, p, _ in sentences))
    first_in_para = {}
    for k, (d, p, _) in enumerate(sentences):
        first_in_para.setdefault((d, p), k)
    scores = []
    for k, t in enumerate(toks):
        if len(t) < 4:  # a title, a fragment
            scores.append(-1.0)
            continue
        weight = sum(idf[w] for w in t)
        shared = sum(sum(idf[w] for w in t & other) for j, other in enumerate(toks) if j != k)
        centrality = shared / (weight * max(1, total - 1)) if weight else 0.0
        key = (sentences[k][0], sentences[k][1])
        lead = 0.15 if first_in_para[key] == k else 0.0
        place = paragraphs.index(key)
        edge = 0.1 if place in (0, len(paragraphs) - 1) else 0.0
        length = min(1.0, len(t) / 8)  # very short sentences say little
        scores.append(centrality * length + lead + edge)
    chosen: list[int] = []
    for k in sorted(range(total), key=lambda k: -scores[k]):
        if scores[k] < 0:
            continue
        if any(len(toks[k] & toks[j]) > 0.6 * min(len(toks[k]), len(toks[j])) for j in chosen):
            continue
        chosen.append(k)
        if len(chosen) == n:
            break
    return [sentences[k] for k in sorted(chosen)]


def with_enumerations(sentences: list[str], keep: list[int]) -> list[int]:
    """``keep`` (indices of ``sentences``, in order) with the items of every enumeration a kept sentence announces
    ("... in three ways. First, X. Second, Y. Third, Z."): an outline of it shows all of them, not the best two."""
    out = set(keep)
    for k in keep:
        items = enumeration_continues(sentences[k], sentences[k + 1:])
        out.update(k + 1 + sentences[k + 1:].index(t) for t in items)
    return sorted(out)


def pick_bullets(points: list[Point], n: int | None, thesis: str | None = None) -> list[Point]:
    """``n`` of a summary's bullets, in order: its conclusion (a summary ends on what it concludes) and, before it,
    those that share most words with the document's thesis (what it studies and argues), else its opening ones;
    the opening bullet often only sets the scene."""
    if n is None or n >= len(points):
        return points
    if n == 1:
        return points[:1]
    if not thesis:
        return points[: n - 1] + points[-1:]
    argued = set(content_tokens(thesis))
    ranked = sorted(range(len(points) - 1), key=lambda k: (-len(argued & set(content_tokens(points[k].text))), k))
    return [points[k] for k in sorted(ranked[: n - 1])] + points[-1:]


def title_words(title: str) -> set[str]:
    """The content words of a section title, without its number ("2.1 Overview of X": overview, x)."""
    return set(content_tokens(re.sub(r"^[\d.]+\s*", "", title)))


def section_depth(title: str) -> int:
    """1 for "2. Title", 2 for "2.1 Title"; 0 for an unnumbered one."""
    number = re.match(r"\s*(\d+(?:\.\d+)*)", title)
    return number.group(1).count(".") + 1 if number else 0


class SummaryPlan:
    name = "summary"
    broad = True
    specific = False

    def answer(self, ctx: AnswerContext) -> Composition | None:
        if STRUCTURE_ASKED.search(ctx.u.asked or ctx.u.question):
            return self._structure(ctx, Writer(ctx), self._document(ctx))
        if REFERENCES_ASKED.search(ctx.u.asked or ctx.u.question) and not any(
                a and not a <= REFERENCE_WORDS for c in topic_concepts(ctx) for a in c.own):
            return self._references(ctx, Writer(ctx), self._document(ctx))
        summary = wants(ctx, SUMMARY, SUMMARY_ZH)
        says = wants(ctx, SAYS_ABOUT, SAYS_ABOUT_ZH)
        overview = overview_subject(ctx.u)
        if not (summary or says or overview):
            return None
        q = ctx.u.asked or ctx.u.question
        doc = self._document(ctx)
        # "shorter please": the section asked last, in the form asked now
        earlier = carried_turns(ctx)
        previous = earlier[-1] if earlier else ""
        section = self._section(ctx, doc, q) or next(
            (s for turn in earlier if (s := self._section(ctx, doc, turn)) is not None), None)
        writer = Writer(ctx)
        n = asked_count(q) or (2 if previous and _SHORTER.search(q) else None)
        if section is not None:
            # "what does the introduction say about Britain?": what that section says of the topic, when it does
            within = self._section_topic(ctx, writer, doc, section, q, n) if isinstance(section, Section) else None
            return within or self._section_summary(ctx, writer, doc, section, n)
        topics = self._topics_of_request(ctx, q)
        if (says or overview) and not summary and not topics:
            return None  # "what does it say about <something it never names>": the extractive path refuses
        if topics:
            return self._topic_summary(ctx, writer, n, overview)
        return self._paper_summary(ctx, writer, doc, n)

    @staticmethod
    def _topics_of_request(ctx: AnswerContext, q: str) -> list:
        """The topics named in the sentence that asks for the summary: "what's the main point of the paper? keep it
        simple, my boss isn't technical" asks for the paper's, whatever the other sentence's words."""
        topics = topic_concepts(ctx)
        asked_of_it = words_matched(q, DEALS_WITH, DOCUMENT_PURPOSE)
        # "which themes does the report address?", "what's the purpose of this study?": what it deals with or sets
        # out to do, asked in words that name no topic (a concept they match, "mission" by its variant "purpose",
        # is a topic only when the question's other words name it too)
        rest = set(content_tokens(DOCUMENT_PURPOSE.sub(" ", DEALS_WITH.sub(" ", q))))
        topics = [c for c in topics if c.matched(rest) or not c.matched(asked_of_it)]
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", q) if s.strip()]
        asking = [s for s in sentences if SUMMARY.search(s) or SAYS_ABOUT.search(s)]
        if len(sentences) < 2 or len(asking) != 1:
            return topics
        if not set(content_tokens(SUMMARY.sub(" ", asking[0]))) - META:
            return topics  # "Where does X stand now? Brief me.": a bare request, of what the other sentences name
        words = set(content_tokens(asking[0]))
        return [c for c in topics if any(a <= words for a in c.own if a)]

    # -- which document, which section ---------------------------------------------------------------
    def _document(self, ctx: AnswerContext) -> Document:
        docs = ctx.composer.kb.documents
        if len(docs) == 1:
            return docs[0]
        q = set(content_tokens(ctx.u.english))
        scored = [(len(q & set(content_tokens(f"{d.title} {d.doc_id}"))), -k, d) for k, d in enumerate(docs)]
        return max(scored, key=lambda x: (x[0], x[1]))[2]

    def _section(self, ctx: AnswerContext, doc: Document, q: str) -> Section | list[Section] | None:
        sections = [s for s in doc.sections if s.paragraphs and any(p.kind in _BODY_KINDS for p in s.paragraphs)]
        if not sections:
            return None
        number = re.search(r"\b(?:section|part|chapter)\s+(\d+(?:\.\d+)*)\b|"
                           r"第\s*(\d+|[一二三四五六七八九])\s*(?:部分|章|节)", q, re.I)
        ordinal = _ORDINAL_SECTION.search(q)
        if number:
            wanted = number.group(1) or number.group(2)
            wanted = str("一二三四五六七八九".index(wanted) + 1) if wanted in "一二三四五六七八九" else wanted
        elif ordinal:  # "the second part", "section three", "the 3rd chapter"
            word = (ordinal.group(1) or ordinal.group(2)).lower()
            wanted = str(_ORDINALS[word]) if word in _ORDINALS else re.sub(r"\D", "", word)
        if number or ordinal:
            for s in sections:
                if re.match(rf"{re.escape(wanted)}(?!\.?\d)\.?", s.title.strip()):
                    return s
            # "section 2" of a document whose section 2 has no text of its own, only 2.1 and 2.2: all of them
            parts = [s for s in sections if re.match(rf"{re.escape(wanted)}\.\d", s.title.strip())]
            if parts:
                return parts if len(parts) > 1 else parts[0]
            body = [s for s in sections if not _ABSTRACT.search(s.title)]
            if ordinal and not any(re.match(r"\d", s.title.strip()) for s in body) and 0 < int(wanted) <= len(body):
                return body[int(wanted) - 1]  # unnumbered headings: the n-th section of the body
        if _ABSTRACT.search(q):
            return next((s for s in sections if _ABSTRACT.search(s.title)), None)
        named_section = bool(SECTION_WORD.search(q))
        # the question's words, less those of asking for a summary ("summary" would find a "Summary" title)
        words = set(content_tokens(SUMMARY.sub(" ", q))) - set(content_tokens("section part chapter paper"))
        ed = edition_for(ctx, doc.doc_id)
        best, best_score, best_shared = None, 0.0, 0
        for s in sections:
            title = title_words(s.title)
            score = len(words & title) / max(1, len(title))
            shared = len(words & title)
            if has_cjk(q) and ed is not None and (se := ed.section(s.section_id)) is not None:
                zh_title = re.sub(r"[\d.\s]+", "", se.title_zh)
                grams = {zh_title[i:i + 2] for i in range(len(zh_title) - 1)}
                score = max(score, sum(g in q for g in grams) / max(1, len(grams)))
            if score > best_score:
                best, best_score, best_shared = s, score, shared
        if named_section and best is not None and best_score > 0:
            return best
        if best is not None and best_score >= 0.6 and best_shared >= 3 and SAYS_ABOUT.search(q):
            return best  # "what does the paper say about the current state of X": a section's very title
        if named_section or _FIRST.search(q) or _LAST.search(q):
            body = [s for s in sections if not _ABSTRACT.search(s.title)
                    and not all(p.kind == "reference" for p in s.paragraphs)]
            if _FIRST.search(q) and body:
                return body[0]
            if _LAST.search(q) and body:
                return body[-1]
        return None

    # -- the three summaries --------------------------------------------------------------------------
    def _paper_summary(self, ctx: AnswerContext, writer: Writer, doc: Document, n: int | None) -> Composition | None:
        ed = edition_for(ctx, doc.doc_id)
        if ed is not None and n == 1 and ed.paper.thesis is not None:
            # "the paper in one sentence": what it studies and what it concludes, not its opening bullet
            points = edition_points([ed.paper.thesis], doc.doc_id)
        elif ed is not None and ed.paper.summary:
            thesis = ed.paper.thesis.text if ed.paper.thesis is not None else None
            points = pick_bullets(edition_points(ed.paper.summary, doc.doc_id), n, thesis)
        else:
            sents = [(doc.doc_id, p.paragraph_id, s) for p in doc.paragraphs if p.kind in _BODY_KINDS
                     for s, _ in ctx.composer.chooser.sentences.get((doc.doc_id, p.paragraph_id), [])]
            points = [Point(s, d, [pid], quote=s) for d, pid, s in central_sentences(sents, n or 5)]
        lines = writer.bullets(points)
        if not lines:
            return None
        return writer.compose([writer.phrase("synth_paper_summary"), *lines])

    def _section_topic(self, ctx: AnswerContext, writer: Writer, doc: Document, section: Section, q: str,
                       n: int | None) -> Composition | None:
        """The section's sentences about a topic the question names beside the section (not the section's own
        title words, nor the words that name a section), in the section's order; None when it names none, when a
        question that does not ask what is said of the topic asks for the section's summary or has the topic in it,
        or when the section says nothing of it."""
        named = title_words(section.title) | _SECTION_NAMES
        topics = [c for c in self._topics_of_request(ctx, q) if not c.matched(named)]
        if not topics:
            return None
        summary, title = self._section_points(ctx, writer, doc, section, None)
        if not _SAID_OF_A_TOPIC.search(q):
            if wants(ctx, SUMMARY, SUMMARY_ZH):
                return None  # "the gist of the intro's case for X": the section's summary is asked
            if any(t.matched(set(content_tokens(" ".join(p.text for p in summary)))) for t in topics):
                return None  # "where does X stand, per the conclusion?": X is the section's own subject
        pids = {p.paragraph_id for p in section.paragraphs}
        chosen: dict[str, Candidate] = {}
        for c in ctx.candidates:
            if c.kind == "sentence" and c.doc_id == doc.doc_id and c.paragraph_id in pids and c.quote not in chosen \
                    and any(t.matched(set(content_tokens(c.text))) for t in topics):
                chosen[c.quote] = c
        if not chosen:
            return None
        order = ctx.composer.chooser.paragraph_order
        picked = sorted(list(chosen.values())[: n or 3],
                        key=lambda c: (order.get((c.doc_id, c.paragraph_id), 0), c.quote))
        points = [Point(c.quote, c.doc_id, [c.paragraph_id], quote=c.quote) for c in picked]
        lines = writer.bullets(points)
        if not lines:
            return None
        return writer.compose([writer.phrase("synth_section_topic", section=title), *lines])

    @staticmethod
    def _references(ctx: AnswerContext, writer: Writer, doc: Document) -> Composition | None:
        """The document's reference list, each entry quoted (its own number left out: it is no citation marker)."""
        kinds = ctx.composer.chooser.para_kind
        points = []
        for p in doc.paragraphs:
            if kinds.get((doc.doc_id, p.paragraph_id)) != "reference":
                continue
            quote = ctx.composer.kb.paragraph_text(doc.doc_id, p.paragraph_id).strip()
            points.append(Point(re.sub(r"^\s*\[\d+\]\s*", "", quote), doc.doc_id, [p.paragraph_id], quote=quote))
        lines = writer.bullets(points)
        if not lines:
            return None
        return writer.compose([writer.phrase("synth_references"), *lines])

    def _structure(self, ctx: AnswerContext, writer: Writer, doc: Document) -> Composition | None:
        """The document's sections in order, each by its title and the first point of its summary."""
        points = []
        for section in doc.sections:
            if not any(p.kind in _BODY_KINDS for p in section.paragraphs):
                continue  # front matter, references
            first, title = self._section_points(ctx, writer, doc, section, 1)
            if first:
                p = first[0]
                zh = f"{title}：{p.text_zh}" if p.text_zh else None
                points.append(Point(f"{title}: {p.text}", p.doc_id, p.paragraphs, zh, p.quote))
        lines = writer.bullets(points)
        if len(lines) < 2:
            return None
        return writer.compose([writer.phrase("synth_document_structure"), *lines])

    def _section_summary(self, ctx: AnswerContext, writer: Writer, doc: Document, section: Section | list[Section],
                         n: int | None) -> Composition | None:
        if isinstance(section, list):  # a section told by its parts: each part's summary, in order
            parts = [self._section_points(ctx, writer, doc, s, None) for s in section]
            points = [p for part_points, _ in parts for p in part_points]
            if n is not None and n < len(points):
                # fewer bullets than the parts have: each part's opening ones first, in the parts' order
                rank = {id(p): (k, i) for i, (part_points, _) in enumerate(parts) for k, p in enumerate(part_points)}
                keep = {id(p) for p in sorted(points, key=lambda p: rank[id(p)])[:n]}
                points = [p for p in points if id(p) in keep]
            title = " / ".join(title for _, title in parts)
        else:
            points, title = self._section_points(ctx, writer, doc, section, n)
        lines = writer.bullets(points)
        if not lines:
            return None
        return writer.compose([writer.phrase("synth_section_summary", section=title), *lines])

    def _section_points(self, ctx: AnswerContext, writer: Writer, doc: Document, section: Section,
                        n: int | None) -> tuple[list[Point], str]:
        """A section's summary bullets (the edition's summary, or its central sentences) and its title."""
        ed = edition_for(ctx, doc.doc_id)
        se = ed.section(section.section_id) if ed is not None else None
        title = section.title
        if se is not None and se.summary:
            points = pick_bullets(edition_points(se.summary, doc.doc_id), n)
            title = se.title_zh if writer.zh else (se.title or section.title)
        else:
            sents = [(doc.doc_id, p.paragraph_id, s) for p in section.paragraphs
                     for s, _ in ctx.composer.chooser.sentences.get((doc.doc_id, p.paragraph_id), [])]
            points = [Point(s, d, [pid], quote=s) for d, pid, s in central_sentences(sents, n or 3)]
        return points, re.sub(r"^\s*[\d.]+\s*", "", title)  # "3. Analysis ...": the number is no figure to check

    def _topic_summary(self, ctx: AnswerContext, writer: Writer, n: int | None, thing: str = "") -> Composition | None:
        """The best-matching paragraphs, each as its rendering (the sentences of it about the topic) or, without
        an edition, as its best sentences; ``thing``: the named thing an overview is of, which names the topic."""
        composer, u = ctx.composer, ctx.u
        kinds = composer.chooser.para_kind
        sources = composer.chooser.asks_sources(u)
        cands = [c for c in ctx.candidates
                 if kinds.get((c.doc_id, c.paragraph_id), "body") in _BODY_KINDS
                 or (sources and kinds.get((c.doc_id, c.paragraph_id)) == "reference")]
        if not cands:
            return None
        best = cands[0]
        support = composer.coverage_support(u, best)
        if not composer.speaks_of(u, best):
            return None  # the documents do not speak of it: the extractive path refuses, naming what was searched
        by_paragraph: dict[tuple[str, str], list] = {}
        for c in cands:
            by_paragraph.setdefault((c.doc_id, c.paragraph_id), []).append(c)
        ranked = [key for key in by_paragraph if by_paragraph[key][0].score >= 0.75 * best.score]
        aspect = self._aspect(ctx)
        if aspect is not None:  # "the NNMI's funding": the paragraphs that speak of the funding, when any do
            # its words as typed or as the glossary names it ("membership": members), not its looser synonyms
            named = [a for a in (aspect.typed, frozenset(content_tokens(aspect.name))) if a]
            ranked = [key for key in ranked if any(a <= set(content_tokens(c.text))
                                                   for c in by_paragraph[key] for a in named)] or ranked
        whole = self._section_about(ctx) if aspect is None else None
        if whole is not None:  # "what does the paper say about America's NNMI?": the section about it, summarised
            doc, section = whole
            return self._section_summary(ctx, writer, doc, section, n)
        ranked = ranked[: (n or 3)]
        titled = self._titled_paragraph(ctx) if aspect is None else None

        def section_of(key: tuple[str, str]) -> tuple[str, str]:
            return key[0], composer.kb.document(key[0]).paragraph(key[1]).section_id

        if titled is not None and section_of(titled) not in {section_of(key) for key in ranked}:
            # the section that is about the topic (its title names it) opens with what the topic is; a passing
            # mention elsewhere may match the words better, and none of that section was chosen
            ranked = [titled, *ranked[: max(0, (n or 3) - 1)]]
        ranked.sort(key=lambda key: composer.chooser.paragraph_order.get(key, 0))
        points = []
        for doc_id, pid in ranked:
            ed = edition_for(ctx, doc_id)
            rendering = ed.paragraph(pid) if ed is not None else None
            if rendering is not None:
                points.append(Point(self._about(rendering.en, u), doc_id, [pid], self._about_zh(rendering.zh, u)))
            elif (doc_id, pid) not in by_paragraph:  # the titled paragraph, not retrieved: its opening sentences
                for s, _ in composer.chooser.sentences.get((doc_id, pid), [])[:2]:
                    points.append(Point(s, doc_id, [pid], quote=s))
            else:
                sents = sorted({c.text for c in by_paragraph[(doc_id, pid)] if c.kind == "sentence"},
                               key=lambda s: -max(c.score for c in by_paragraph[(doc_id, pid)] if c.text == s))[:2]
                ordered = [t for t, _ in composer.chooser.sentences.get((doc_id, pid), [])]
                if sents and all(t in ordered for t in sents):  # in the paragraph's order, its enumerations whole
                    sents = [ordered[k] for k in with_enumerations(ordered, sorted(ordered.index(t) for t in sents))]
                for s in sents or [by_paragraph[(doc_id, pid)][0].quote]:
                    points.append(Point(s, doc_id, [pid], quote=s))
        lines = writer.bullets(points)
        if not lines:
            return None
        topic = _DASH_QUESTION.sub("", topic_of(u))  # "the NNMI network - what is it": the topic is before it
        cue = SUMMARY.match(topic)
        if cue:  # "summarise the NNMI network", "brief me on the NNMI": the topic follows the asking words
            topic = re.sub(r"^\s*(?:(?:me|us|it)\s+)?(?:on|of|about|for)?\s*", "", topic[cue.end():])
        topic = re.sub(r"^.*?\b(?:about|on|regarding|concerning|of)\s+", "", topic) if topic else ""
        said = SAYS_ABOUT.search(u.asked or u.question)
        if topic and said:  # what follows "what does it say about", "what role does it see for", "how does it view"
            after = re.split(r"[?!]|\.(?:\s|$)", (u.asked or u.question)[said.end():])[0]  # its own sentence only
            topic = without_courtesy(after.strip(" ?.!"))
        standing = STANDING_FRAME.search(u.asked or u.question)
        if standing:  # "where does the cooperative stand today?": about the cooperative
            topic = re.sub(r"\s+(?:currently|presently|now|today|still)$", "", standing_subject(standing))
        # "In a nutshell, what's the NNMI?": the thing asked, not the question's words after the summary cue
        what_is = _WHAT_A_THING_IS.match(topic.lstrip(" ,;:")) if topic else None
        topic = thing or ((what_is.group(1) or what_is.group(2)).strip() if what_is else topic)
        head = (writer.phrase("synth_topic_summary", topic=topic) if topic and len(topic) < 60
                else writer.phrase("synth_topic_summary_plain"))
        comp = writer.compose([head, *lines], support)
        return comp

    @staticmethod
    def _aspect(ctx: AnswerContext) -> Concept | None:
        """The concept of the aspect asked of a topic ("the NNMI's funding" -> funding), when the question names
        another topic beside it; None when it asks of a topic as a whole."""
        topics = topic_concepts(ctx)
        if len(topics) < 2:
            return None
        for m in _POSSESSED.finditer(ctx.u.asked or ctx.u.question):
            word = stem((m.group(1) or m.group(2)).lower())
            # the word as typed, or a glossary term of it ("membership" is the members)
            concept = next((c for c in topics if not c.is_entity and (word in c.typed or any(
                word in a for a in c.own))), None)
            if concept is not None:
                return concept
        return None

    @staticmethod
    def _section_about(ctx: AnswerContext) -> tuple[Document, Section | list[Section]] | None:
        """The sections whose titles name every concept of the question's topic (two or more: one word is a theme,
        not a subject), the highest of them ("2.1 Overview of the US NNMI" and "2.2 Analysis of the US NNMI" for
        America's NNMI), when the edition summarises each."""
        topics = topic_concepts(ctx)
        if len(topics) < 2:
            return None
        for doc in ctx.composer.kb.documents:
            ed = edition_for(ctx, doc.doc_id)
            if ed is None:
                continue
            about = [s for s in doc.sections if any(p.kind in _BODY_KINDS for p in s.paragraphs)
                     and all(c.matched(title_words(s.title)) for c in topics)]
            if not about:
                continue
            top = min(section_depth(s.title) for s in about)
            told = [s for s in about if section_depth(s.title) == top]
            if all((se := ed.section(s.section_id)) is not None and se.summary for s in told):
                return doc, told if len(told) > 1 else told[0]
        return None

    @staticmethod
    def _titled_paragraph(ctx: AnswerContext) -> tuple[str, str] | None:
        """The first body paragraph of the section whose title names the question's topic: two of its words or
        more, and at least half of them (a describing word, "the famous old X", need not be in it); of several,
        the title that names most of it, then the shortest."""
        topics = topic_concepts(ctx)
        total = len(topics)
        if total < 2:
            return None  # one word ("funding") is a theme, not a subject with a section of its own
        best: tuple[float, int, tuple[str, str]] | None = None
        for doc in ctx.composer.kb.documents:
            for section in doc.sections:
                title = title_words(section.title)
                body = [p for p in section.paragraphs if p.kind in _BODY_KINDS]
                named = [c for c in topics if c.matched(title)]
                share = len(named) / total
                if not body or len(named) < 2 or share < 0.5:
                    continue
                if best is None or (share, -len(title)) > (best[0], -best[1]):
                    best = (share, len(title), (doc.doc_id, body[0].paragraph_id))
        return best[2] if best is not None else None

    @staticmethod
    def _about(text: str, u) -> str:
        """The sentences of a rendering that speak of what the question asks (all of a short one)."""
        sents = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“(])", text.strip()) if s]
        if len(sents) <= 2:
            return text.strip()
        scored = [(sum(c.weight for c in u.concepts if not c.from_history and c.matched(set(content_tokens(s)))), k)
                  for k, s in enumerate(sents)]
        keep = sorted(k for sc, k in sorted(scored, key=lambda x: -x[0])[:3] if sc > 0) or [0, 1]
        return " ".join(sents[k] for k in with_enumerations(sents, keep))

    @staticmethod
    def _about_zh(text: str, u) -> str:
        """The same for a Chinese rendering, by the characters it shares with the question."""
        sents = [s for s in re.split(r"(?<=[。！？；])", text.strip()) if s.strip()]
        if len(sents) <= 2:
            return text.strip()
        q = u.question
        grams = {q[i:i + 2] for i in range(len(q) - 1) if has_cjk(q[i:i + 2])}
        scored = [(sum(g in s for g in grams), k) for k, s in enumerate(sents)]
        keep = sorted(k for sc, k in sorted(scored, key=lambda x: -x[0])[:3] if sc > 0) or [0, 1]
        return "".join(sents[k] for k in keep)
