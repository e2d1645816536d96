"""Rendering: the composed answer record, the fixed phrases (kept in prompts/phrases.txt), prose helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from ..numbers import digits_in, unsupported_numbers
from ..text import has_cjk
from ..types import Citation
from .lexicon import AUDIENCE, DEADLINE, without_source_frame

if TYPE_CHECKING:
    from ..knowledge import KnowledgeBase
    from .understanding import Understanding


@dataclass
class Composition:
    """An answer as composed: its text, its citations, and whether it is a refusal."""

    answer: str
    citations: list[Citation]
    refused: bool
    facts_used: list[str]
    related: list[Citation]
    support: float
    kind: str = ""  # "smalltalk" for a conversational reply; empty: an answer or a refusal, as ``refused`` says
    plan: str = ""  # the answer plan that wrote it ("figure", "summary", ...); empty for a refusal before any plan


@cache
def phrases(language: str = "en") -> dict[str, str]:
    """The fixed phrases of a language (``prompts/phrases.txt``, ``prompts/phrases_zh.txt``); a phrase a
    language lacks is taken from the English file."""
    name = "prompts/phrases.txt" if language == "en" else f"prompts/phrases_{language}.txt"
    text = resources.files("assistant").joinpath(name).read_text(encoding="utf-8")
    out = dict(phrases("en")) if language != "en" else {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition(":")
            out[key.strip()] = value.strip()
    return out

def searched_words(titles: list[str], language: str = "en") -> dict[str, str]:
    """How a phrase names what was searched: one document by its title, several as "the documents"."""
    if language == "zh":
        name = f"\u300a{titles[0]}\u300b" if len(titles) == 1 else "这些文献"
        return {"searched": name, "Searched": name, "does": "", "says": "", "s": ""}
    if len(titles) == 1:
        name = f"the document \u201c{titles[0]}\u201d"
        return {"searched": name, "Searched": name[:1].upper() + name[1:], "does": "does", "says": "says", "s": "s"}
    # {s}: a verb's ending that agrees with what was searched ("the document names", "the documents name")
    return {"searched": "the documents", "Searched": "The documents", "does": "do", "says": "say", "s": ""}


def phrase(key: str, titles: list[str], language: str = "en", **values: str) -> str:
    """A fixed phrase in ``language`` with what was searched and ``values`` filled in."""
    return phrases(language)[key].format(**searched_words(titles, language), **values)


def not_mentioned(names: list[str], titles: list[str], language: str = "en") -> str:
    """"The document “...” does not mention X, Y.": the names a question uses that no document does, each once."""
    return phrase("premise_name", titles, language, names=", ".join(dict.fromkeys(names)))


def possessive(name: str) -> str:
    """"Department of Defense's", "small businesses'": the possessive of a name or a plural noun."""
    return f"{name}'" if name.endswith("s") and not name.endswith("ss") else f"{name}'s"


def without_courtesy(text: str) -> str:
    """The text without a closing courtesy, audience or deadline: "... the American network, please", "... for
    me", "..., thanks", "... for my minister", "... for our briefing", "... by noon"."""
    courtesy = r"(?:,?\s+(?:please|pls|plz|thanks|thank you|for me|for us))+\s*$"
    return re.sub(courtesy, "", AUDIENCE.sub("", DEADLINE.sub("", text)), flags=re.I)


def topic_of(u: Understanding) -> str:
    # ("When, according to the report, did X ...?": the source frame set off by commas is no part of what was asked)
    whole = re.sub(r"\s+", " ", without_source_frame(u.question).strip().rstrip("?.!"))
    q = re.sub(r"^((please|can you|could you|tell me|what's|whats|who's|what|how many|how much|who|which|when|why|"
               r"where|does|do|did|is|are|was|were|can|could|the|about)(?![\w'])\s*)+", "", whole, flags=re.I)
    q = without_courtesy(q)
    if len(q) > 120:
        q = q[:117].rsplit(" ", 1)[0] + "..."
    if not q or digits_in(q) or has_cjk(q):  # never echo a figure the paper does not hold
        return ""
    # only the question's own first word is lowered: a name inside it ("the Department of Agriculture") or an
    # acronym ("NNMI institutes") keeps its capitals
    first = q.split()[0]
    if q == whole and not first.isupper() and not any(ch.isupper() for ch in first[1:]):
        return q[:1].lower() + q[1:]  # the sentence's own capital
    return q

def as_sentence(text: str) -> str:
    """A quoted sentence as answer prose: the paper's words, without its reference brackets."""
    text = re.sub(r"\s*\[\d+(?:\s*[,\-–]\s*\d+)*\]", "", text.strip()).strip()
    return text[:1].upper() + text[1:]



# -- the answer in the question's language --------------------------------------------------------------------

_CJK_SENTENCE = re.compile(r"[^。！？]+[。！？]?[”」）)]*")
_CJK_CHAR = "\u4e00-\u9fff"


def titles_in(kb: KnowledgeBase, language: str) -> list[str]:
    """The documents' titles as a phrase in ``language`` names them (the reader's edition's title, if any)."""
    titles = [d.title for d in kb.documents]
    edition = kb.edition
    if language == "zh" and edition is not None and edition.paper.title_zh and len(titles) == 1 \
            and kb.documents[0].doc_id == edition.document:
        return [edition.paper.title_zh]
    return titles


def _keeps_figures(source: str, rendering: str, quotes: list[str]) -> bool:
    """A rendering may stand for its source when it invents no number (every number stands in the quotes) and
    loses none (every figure of the source is in it)."""
    from ..edition import figures_in  # edition imports knowledge; imported here to keep this module light

    return not unsupported_numbers(rendering, quotes) and figures_in(source) <= figures_in(rendering)


def _keeps_names(source: str, rendering: str, kb: KnowledgeBase) -> bool:
    """Every named thing of ``source`` (a glossary entity written as a name: "Obama", "DoD") is named in
    ``rendering``, by any of its names. A name the source does not write as such is none of its names: "Internet
    application" matches the name "Internet +" loosely, but names no programme."""
    low = rendering.lower()
    for term, variant in kb.glossary.matches(source):
        if not (term.is_entity and variant[:1].isupper()):
            continue
        if not re.search(r"(?<!\w)" + re.escape(variant) + r"(?!\w)", source, re.I):
            continue
        if not any(v.lower() in low for v in term.variants):
            return False
    return True


def _said_once(text: str) -> str:
    """``text`` without a cited piece that repeats an earlier one: two English pieces can share one Chinese
    rendering (a count and the list it counts, both rendered by the sentence that gives both)."""
    seen: set[str] = set()
    kept: list[str] = []
    for piece in re.split(r"(?<=\])", text):
        key = re.sub(r"（[^（）]*）|\s|\[\d+\]", "", piece)
        if len(key) > 10 and key in seen:
            continue
        seen.add(key)
        kept.append(piece)
    return "".join(kept)


class Localiser:
    """Puts a composed (English) answer into the question's language, from the reader's edition: a fact's
    statement becomes the fact's Chinese statement, a sentence of the paper the Chinese rendering of that
    sentence (its part of the paragraph's rendering), a fixed phrase the phrase of ``phrases_zh.txt``. Citations
    keep quoting the original. A piece with no rendering, or whose rendering does not keep its figures, stays in
    English: an answer is never less checked for being translated."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.facts = {f.id: f for f in kb.facts}

    def __call__(self, comp: Composition, language: str) -> Composition:
        if language != "zh" or self.kb.edition is None or comp.kind == "smalltalk":
            return comp
        quotes = [c.quote for c in comp.citations]
        text = comp.answer
        pieces: list[tuple[str, str]] = []
        rendered_items: list[str] = []
        for fid in comp.facts_used:
            fact = self.facts.get(fid)
            zh = self.kb.edition.fact_zh(fid) if fact is not None else None
            if fact is not None and zh and self.keeps(fact.statement, zh, quotes):
                pieces.append((fact.statement, zh))
                if isinstance(fact.value, list) and fact.statement in text:
                    rendered_items += [str(v) for v in fact.value]
        for c in comp.citations:
            pieces += self.sentence_pieces(c.doc_id, c.paragraph_id, quotes)
        # longest first, so that a whole quoted span is rendered before the sentences inside it
        rendered: list[str] = []  # the English pieces put into Chinese
        for en, zh in sorted(pieces, key=lambda p: -len(p[0])):
            if en in text:
                rendered.append(en)
            text = text.replace(en, zh)
        text = self.with_english_names(text, rendered)
        text = _said_once(text)
        # a list's Chinese statement names its items: the English item bullets under it would only repeat them
        for item in rendered_items:
            text = re.sub(rf"^- {re.escape(item)}\n?", "", text, flags=re.M)
        text = text.rstrip()
        text = self.phrases_in(text)
        # no spaces between Chinese sentences, nor before their markers
        text = re.sub(rf"(?<=[\]。！？）”])[ \t]+(?=[{_CJK_CHAR}（“《])", "", text)
        text = re.sub(rf"(?<=[{_CJK_CHAR}。！？）”：])[ \t]+(?=\[\d)", "", text)
        related = comp.related
        return Composition(text, comp.citations, comp.refused, comp.facts_used, related, comp.support, comp.kind)

    def with_english_names(self, text: str, sources: list[str]) -> str:
        """Each body or person the rendered pieces name, written in Chinese, followed once by its English name
        ("爱迪生焊接研究所（Edison Welding Institute）"): the citations quote the English original, where the reader
        must find it. Places, and names already written in Latin letters, need no gloss."""
        done: set[str] = set()
        for source in sources:
            for term, _ in self.kb.glossary.matches(source):
                # a name has a capitalised word ("Obama", "Edison Welding Institute"; not "R & D network")
                proper = any(len(w) > 1 and w[0].isupper() for w in term.term.split())
                if term.term in done or not term.is_entity or term.place or not proper:
                    continue
                done.add(term.term)
                if any(v.lower() in text.lower() for v in (term.term, *term.abbreviations)):
                    continue
                zh = next((v for v in sorted(term.chinese, key=len, reverse=True) if has_cjk(v) and v in text), None)
                if zh is not None:
                    at = text.index(zh) + len(zh)
                    at += text[at:at + 1] in ("》", "”", "」")  # after a title's or a quote's closing mark
                    text = f"{text[:at]}（{term.term}）{text[at:]}"
        return text

    def keeps(self, source: str, rendering: str, quotes: list[str]) -> bool:
        """Whether ``rendering`` may stand for ``source``: the same figures, the same named things."""
        return _keeps_figures(source, rendering, quotes) and _keeps_names(source, rendering, self.kb)

    def sentence_pieces(self, doc_id: str, paragraph_id: str, quotes: list[str]) -> list[tuple[str, str]]:
        """(English, Chinese) for the paragraph's sentences (as answers write them) and runs of them."""
        from ..reading import plain, split_sentences

        edition = self.kb.edition
        rendering = edition.paragraph(paragraph_id) if edition is not None and edition.document == doc_id else None
        if rendering is None:
            return []
        text = plain(self.kb.document(doc_id).paragraph(paragraph_id).text)
        en = [text[a:b].strip() for a, b in split_sentences(text)]
        zh = [s.strip() for s in _CJK_SENTENCE.findall(rendering.zh) if s.strip()]
        if not en or not zh:
            return []
        aligned = self.align(en, zh)
        out = []
        for i in range(len(en)):  # a sentence, or a run of sentences (a quote that joins them)
            for j in range(i, len(en)):
                source = " ".join(en[i:j + 1])
                parts = list(dict.fromkeys(k for n in range(i, j + 1) for k in aligned[n]))
                if not parts:
                    break
                target = "".join(zh[k] for k in parts)
                if self.keeps(source, target, quotes):
                    out.append((as_sentence(source), target))
                    if as_sentence(source) != source:
                        out.append((source, target))
        return out

    def align(self, en: list[str], zh: list[str]) -> list[list[int]]:
        """For each English sentence, the Chinese sentences that render it: one for one when the counts agree,
        else each English sentence to the Chinese one sharing most of its figures and names (at a like position);
        an English sentence with nothing to go by gets none."""
        if len(en) == len(zh):
            return [[i] for i in range(len(en))]
        from ..edition import figures_in

        glossary = self.kb.glossary
        out: list[list[int]] = []
        for i, s in enumerate(en):
            names = [t for t, _ in glossary.matches(s)]
            best, best_score = -1, 0.0
            for j, z in enumerate(zh):
                shared = len(figures_in(s) & figures_in(z))
                shared += sum(1 for t in names if any(v in z for v in (t.term, *t.abbreviations, *t.chinese)))
                score = shared - abs(i / len(en) - j / len(zh))
                if shared and score > best_score:
                    best, best_score = j, score
            out.append([best] if best >= 0 else [])
        return out

    def phrases_in(self, text: str) -> str:
        """The fixed English phrases in ``text`` replaced by their Chinese ones, placeholders carried over."""
        titles_en, titles_zh = [d.title for d in self.kb.documents], titles_in(self.kb, "zh")
        english, chinese = phrases("en"), phrases("zh")
        searched = searched_words(titles_en)
        for key in sorted(english, key=lambda k: -len(english[k])):
            template = english[key]
            if key not in chinese or len(re.sub(r"\{\w+\}", "", template)) < 8:
                continue  # a phrase that is all placeholder ("{statement}") is nothing to find
            pattern = ""
            for literal, name in re.findall(r"([^{]*)(?:\{(\w+)\})?", template):
                pattern += re.escape(literal)
                if name:
                    pattern += re.escape(searched[name]) if name in searched else f"(?P<{name}>.+?)"
            if "(?P<" in pattern:
                pattern += r"(?=\s|$)"

            def to_zh(m: re.Match[str], key: str = key) -> str:
                return phrase(key, titles_zh, "zh", **m.groupdict())

            text = re.sub(pattern, to_zh, text)
        return text
