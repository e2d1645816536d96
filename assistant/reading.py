"""Reading: turn a Markdown document into sections, paragraphs and passages.

A paragraph's id comes from its place (``s2.1-p3``: section 2.1, third paragraph), so citations
stay stable as long as the text keeps its structure. Passages are what gets embedded: one per
paragraph, or several overlapping sentence windows when a paragraph is long.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

_HEADING = re.compile(r"^(#{1,6})\s+(.*\S)\s*$")
_NUMBERED = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+(.*)$")
# Sentence ends: . ! ? followed by space and an upper-case letter, digit, quote or bracket.
# Abbreviations the paper uses ("U. S.", "Co., Ltd.", "M. The") are protected below.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(\[A-Z0-9])")
_NO_SPLIT_AFTER = ("U.", "S.", "Co.", "Ltd.", "M.", "e.g.", "i.e.", "vs.", "No.", "Fig.", "Dr.", "Mr.", "Ms.")


@dataclass(frozen=True)
class Paragraph:
    """One block of the document, addressed by a stable id."""

    doc_id: str
    paragraph_id: str
    label: str
    section_id: str
    section_title: str
    text: str
    kind: str = "body"  # body | heading-less front matter | caption | list | reference

    @property
    def key(self) -> str:
        return f"{self.doc_id}:{self.paragraph_id}"


@dataclass(frozen=True)
class Section:
    section_id: str
    title: str
    paragraphs: tuple[Paragraph, ...]


@dataclass
class Document:
    doc_id: str
    title: str
    path: Path
    sections: list[Section] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [p for s in self.sections for p in s.paragraphs]

    def paragraph(self, paragraph_id: str) -> Paragraph:
        for p in self.paragraphs:
            if p.paragraph_id == paragraph_id:
                return p
        raise KeyError(f"{self.doc_id} has no paragraph {paragraph_id!r}")

    def lead_in(self, paragraph_id: str) -> list[Paragraph]:
        """The paragraphs just before this one in its section: the nearest that is no caption, then the captions
        between it and this one; [] when the section has no such paragraph before it (or no such paragraph id)."""
        paragraphs = self.paragraphs  # built once: the property joins the sections each time
        at = next((k for k, p in enumerate(paragraphs) if p.paragraph_id == paragraph_id), 0)
        k = at - 1
        while k >= 0 and paragraphs[k].kind == "caption":
            k -= 1
        if k < 0 or paragraphs[k].section_id != paragraphs[at].section_id:
            return []
        return paragraphs[k:at]

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Passage:
    """A unit of retrieval: a paragraph or a sentence window of one, with its character span."""

    passage_id: str
    paragraph: Paragraph
    text: str
    start: int  # character offsets inside the paragraph text
    end: int

    @property
    def content_hash(self) -> str:
        return hashlib.sha1(f"{self.paragraph.key}|{self.start}|{self.text}".encode()).hexdigest()[:16]


def _section_key(title: str) -> tuple[str, str]:
    m = _NUMBERED.match(title)
    if m:
        return "s" + m.group(1), title
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "section"
    if slug == "references":
        slug = "refs"
    return slug, title


def _label(section_id: str, section_title: str, n: int) -> str:
    if section_id.startswith("s") and section_id[1:2].isdigit():
        return f"§{section_id[1:]} ¶{n}"
    if section_id == "refs":
        return f"References [{n}]"
    return f"{section_title} ¶{n}"


def _kind(section_id: str, text: str) -> str:
    if section_id == "refs":
        return "reference"
    if section_id == "front":
        return "front"
    if re.match(r"^\*?(Figure|Fig\.?|Table)\s+\d+", text):
        return "caption"
    if text.lstrip().startswith(("- ", "* ", "1. ")):
        return "list"
    return "body"


def parse_markdown(text: str, doc_id: str, path: Path | None = None) -> Document:
    """Split Markdown into sections (by headings) and paragraphs (by blank lines)."""
    title = ""
    sections: list[Section] = []
    current_id, current_title = "front", "Front matter"
    blocks: list[str] = []
    seen: set[str] = set()

    def flush() -> None:
        if not blocks:
            return
        sid = current_id
        while sid in seen:  # two sections with the same title still get distinct ids
            sid += "x"
        seen.add(sid)
        paragraphs = tuple(
            Paragraph(doc_id, f"{sid}-p{i}", _label(sid, current_title, i), sid, current_title, b,
                      _kind(sid, b))
            for i, b in enumerate(blocks, 1)
        )
        sections.append(Section(sid, current_title, paragraphs))
        blocks.clear()

    for raw_block in re.split(r"\n\s*\n", text):
        block = raw_block.strip()
        if not block:
            continue
        m = _HEADING.match(block.splitlines()[0])
        if m and len(block.splitlines()) == 1:
            level, heading = len(m.group(1)), m.group(2)
            if level == 1 and not title:
                title = heading  # the title is also a paragraph, so it can be found and cited
                blocks.append(heading)
                continue
            flush()
            current_id, current_title = _section_key(heading)
            continue
        if current_id == "refs" and block.startswith("- "):
            # each reference is its own paragraph so it can be cited alone
            blocks.extend(item.strip()[2:].strip() for item in re.split(r"\n(?=- )", block))
            continue
        blocks.append(block)
    flush()
    if title and len(sections) == 1 and sections[0].section_id == "front" and len(sections[0].paragraphs) > 1:
        # a document with a title and no headings (an article pasted in): its text is one body section, not
        # front matter, so that every kind of question may be answered from it
        body = tuple(Paragraph(doc_id, f"text-p{i}", _label("text", title, i), "text", title, p.text,
                               _kind("text", p.text))
                     for i, p in enumerate(sections[0].paragraphs[1:], 1))
        sections = [Section("front", sections[0].title, sections[0].paragraphs[:1]), Section("text", title, body)]
    return Document(doc_id=doc_id, title=title or doc_id, path=path or Path(f"{doc_id}.md"), sections=sections)


def load_document(path: Path, doc_id: str | None = None) -> Document:
    text = path.read_text(encoding="utf-8")
    return parse_markdown(text, doc_id or path.stem, path)


def plain(text: str) -> str:
    """Paragraph text without Markdown markers, for display, embedding and quoting."""
    text = re.sub(r"^\s*[-*]\s+", "", text, flags=re.M)
    text = text.replace("**", "").replace("*", "")
    return re.sub(r"[ \t]*\n[ \t]*", " ", text).strip()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in ``text`` (on its plain form)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start:m.start()]
        if before.endswith(_NO_SPLIT_AFTER) or len(before.strip()) < 12:
            continue
        spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def make_passages(doc: Document, max_words: int = 120, overlap_sentences: int = 1) -> list[Passage]:
    """A paragraph is a passage; a long one becomes overlapping windows of whole sentences."""
    out: list[Passage] = []
    for para in doc.paragraphs:
        text = plain(para.text)
        if len(text.split()) <= max_words:
            out.append(Passage(f"{para.key}#0", para, text, 0, len(text)))
            continue
        spans = split_sentences(text)
        size = [len(text[a:b].split()) for a, b in spans]
        i, n, covered = 0, 0, 0
        while covered < len(spans):
            j, words = i, 0
            while j < len(spans) and (words == 0 or words + size[j] <= max_words):
                words += size[j]
                j += 1
            a, b = spans[i][0], spans[j - 1][1]
            out.append(Passage(f"{para.key}#{n}", para, text[a:b], a, b))
            n += 1
            covered = j
            # overlap the previous window by up to `overlap_sentences`, as many as leave room for a new one
            i = covered
            for back in range(min(overlap_sentences, covered), 0, -1):
                if covered < len(spans) and sum(size[covered - back:covered + 1]) <= max_words:
                    i = covered - back
                    break
    return out
