"""The reader's edition of a document (``knowledge/reader.yaml``): readable renderings, summaries, Chinese facts.

The paper's English is a rough translation. The reader's edition gives every paragraph a faithful plain-English
rendering (``en``) and a Chinese one (``zh``), every section a summary of at most 3 sentences, the paper a summary
of at most 5 bullets and a one-sentence thesis (and, as the paper states them, its recommendations and China's
strengths and weaknesses), and every fact of ``facts.yaml`` a Chinese statement. Each summary sentence names the
paragraphs it rests on.
An answer can show the readable text while citing the paper's verbatim sentence: the quote stays the original.

The file is optional: a knowledge folder without it loads as ``None`` and everything else works as before.
A broken file raises a :class:`KnowledgeError` naming the file and the entry at fault. Loading also checks that
no rendering, summary or Chinese statement holds a number (or a month) that its source does not hold, and that
Chinese text writes its figures in Arabic digits ("8个", not "八个"), so those numbers can be checked at all.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .knowledge import KnowledgeError, UniqueKeyLoader, load_documents, load_facts, read_text
from .numbers import numbers_in, strip_markers
from .reading import Document, plain
from .types import Fact

READER_FILE = "reader.yaml"
MAX_SECTION_SENTENCES = 3
MAX_PAPER_BULLETS = 5

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Chinese fractions the engine's number reader cannot see, spelled as the English words it does read.
_ZH_FRACTIONS = {"三分之二": " two-thirds ", "三分之一": " one-third ", "一半": " half "}
_ZH_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月")  # 2012年3月 = March 2012
_EN_DATE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s*,?\s*(\d{4})\b")
# A figure written in Chinese numerals before a measure word ("八个", "三部分"); ordinals (第五) are not figures.
_ZH_NUMERAL = re.compile(r"(?<!第)[两二三四五六七八九十百千万亿]+(?=[个项家所名类层点部位大种条次倍成批])")
_FULLWIDTH_DIGIT = re.compile(r"[０-９]")


class Rendering(BaseModel):
    """One paragraph of the document, readable: ``en`` in plain English, ``zh`` in Chinese."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="The paragraph id (reading.py), e.g. s2.1-p2.")
    en: str = Field(min_length=1)
    zh: str = Field(min_length=1)


class Sentence(BaseModel):
    """A summary sentence (or bullet) in English and Chinese, with the paragraphs it rests on."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    text_zh: str = Field(min_length=1)
    paragraphs: list[str] = Field(min_length=1)


class SectionEdition(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="The section id (reading.py), e.g. s2.1, abstract, refs.")
    title: str | None = Field(None, description="The section title in plain English (default: the paper's).")
    title_zh: str = Field(min_length=1)
    summary: list[Sentence] = Field(default_factory=list, max_length=MAX_SECTION_SENTENCES)


class PaperEdition(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title_zh: str | None = None
    thesis: Sentence | None = Field(
        None, description="The paper in one sentence: what it studies and what it concludes (a one-line summary).")
    summary: list[Sentence] = Field(default_factory=list, max_length=MAX_PAPER_BULLETS)
    recommendations: list[Sentence] = Field(default_factory=list, description="What the paper recommends.")
    strengths: list[Sentence] = Field(
        default_factory=list, description="China's strengths for its industrial Internet, as the paper states them.")
    weaknesses: list[Sentence] = Field(
        default_factory=list, description="China's weaknesses for its industrial Internet, as the paper states them.")


class FactZh(BaseModel):
    """The Chinese statement of one fact of facts.yaml."""

    model_config = ConfigDict(extra="forbid")

    id: str
    zh: str = Field(min_length=1)


class ReaderEdition(BaseModel):
    model_config = ConfigDict(extra="forbid")

    document: str = Field("paper", description="The doc_id of the document this edition renders.")
    paragraphs: list[Rendering] = Field(default_factory=list)
    sections: list[SectionEdition] = Field(default_factory=list)
    paper: PaperEdition = Field(default_factory=PaperEdition)
    facts: list[FactZh] = Field(default_factory=list)

    def paragraph(self, paragraph_id: str) -> Rendering | None:
        return next((p for p in self.paragraphs if p.id == paragraph_id), None)

    def section(self, section_id: str) -> SectionEdition | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def fact_zh(self, fact_id: str) -> str | None:
        return next((f.zh for f in self.facts if f.id == fact_id), None)


# ---------------------------------------------------------------- numbers in renderings


def numbers_in_rendering(text: str) -> list[str]:
    """Normalised numbers in an English or Chinese text, as :func:`numbers_in` reads them.

    ``numbers_in`` does not see a digit between Chinese characters ("了8个": the characters count as word
    characters), so Chinese characters are read as spaces; 三分之二 reads as two-thirds; citation markers
    ([1,2]) are not figures; a full stop glued to a number ("[J].2021") is read as a full stop; the month of
    a date is not a figure either (see :func:`dates_in`).
    """
    text = strip_markers(text)
    text = re.sub(r"(?<=[^\d\s])\.(?=\d)", ". ", text)  # "[J].2021": a full stop, not a decimal point
    for zh, en in _ZH_FRACTIONS.items():
        text = text.replace(zh, en)
    text = _ZH_DATE.sub(lambda m: f" {m.group(1)} ", text)
    text = re.sub(f"[{_CJK}]", " ", text)
    return numbers_in(text)


def dates_in(text: str) -> set[tuple[int, str]]:
    """(month, year) pairs: "March 2012" and "2012年3月" both give (3, "2012")."""
    found = {(int(m.group(2)), m.group(1)) for m in _ZH_DATE.finditer(text)}
    found |= {(_MONTHS.index(m.group(1)) + 1, m.group(2)) for m in _EN_DATE.finditer(text)}
    return found


def figures_in(text: str) -> set[str]:
    """The figures a faithful rendering must keep: the numbers, less "one" used as a pronoun ("one of")."""
    return set(numbers_in_rendering(re.sub(r"(?i)\bone\b(?![- ]third)", " ", text)))


def chinese_numerals(text: str) -> list[str]:
    """Figures written in Chinese numerals ("八个"), which the number check cannot read."""
    return [m.group(0) for m in _ZH_NUMERAL.finditer(text)] + _FULLWIDTH_DIGIT.findall(text)


def unsupported(text: str, sources: list[str]) -> list[str]:
    """Numbers and dates of ``text`` that none of ``sources`` holds."""
    held: set[str] = set()
    held_dates: set[tuple[int, str]] = set()
    for s in sources:
        held.update(numbers_in_rendering(s))
        held_dates |= dates_in(s)
    missing = [n for n in dict.fromkeys(numbers_in_rendering(text)) if n not in held]
    missing += [f"{_MONTHS[m - 1]} {y}" for m, y in sorted(dates_in(text) - held_dates)]
    return missing


def fact_sources(fact: Fact) -> list[str]:
    """What a fact's Chinese statement may draw its numbers from: the quote and the value."""
    value = fact.value if isinstance(fact.value, list) else [fact.value]
    return [fact.quote, " ; ".join(str(v) for v in value)]


# ---------------------------------------------------------------- loading and checking


def edition_problems(edition: ReaderEdition, document: Document, facts: list[Fact]) -> list[str]:
    """Every fault of ``edition`` against its document and facts, each naming the entry: unknown or duplicate
    ids, and numbers (or months) that the cited source does not hold. Completeness is left to the tests: a
    partial edition loads, and a paragraph without a rendering is shown as the paper has it."""
    problems: list[str] = []
    paragraphs = {p.paragraph_id: plain(p.text) for p in document.paragraphs}
    sections = {s.section_id for s in document.sections}
    fact_by_id = {f.id: f for f in facts}

    def check_text(where: str, text: str, sources: list[str], chinese: bool) -> None:
        missing = unsupported(text, sources)
        if missing:
            problems.append(f"{where}: numbers not in its source: {missing}")
        if chinese and chinese_numerals(text):
            problems.append(f"{where}: write figures in Arabic digits, not {chinese_numerals(text)}")

    def check_sentence(where: str, s: Sentence) -> None:
        unknown = [p for p in s.paragraphs if p not in paragraphs]
        if unknown:
            problems.append(f"{where}: unknown paragraphs {unknown}")
            return
        sources = [paragraphs[p] for p in s.paragraphs]
        check_text(f"{where} (text)", s.text, sources, chinese=False)
        check_text(f"{where} (text_zh)", s.text_zh, sources, chinese=True)

    seen: set[str] = set()
    for r in edition.paragraphs:
        where = f"paragraph {r.id!r}"
        if r.id in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(r.id)
        if r.id not in paragraphs:
            problems.append(f"{where}: no such paragraph in {document.doc_id}")
            continue
        check_text(f"{where} (en)", r.en, [paragraphs[r.id]], chinese=False)
        check_text(f"{where} (zh)", r.zh, [paragraphs[r.id]], chinese=True)
    seen.clear()
    titles = {s.section_id: s.title for s in document.sections}
    for sec in edition.sections:
        where = f"section {sec.id!r}"
        if sec.id in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(sec.id)
        if sec.id not in sections:
            problems.append(f"{where}: no such section in {document.doc_id}")
            continue
        check_text(f"{where} (title_zh)", sec.title_zh, [titles[sec.id]], chinese=True)
        if sec.title:
            check_text(f"{where} (title)", sec.title, [titles[sec.id]], chinese=False)
        for i, s in enumerate(sec.summary, 1):
            check_sentence(f"{where} summary sentence {i}", s)
    for part in ("summary", "recommendations", "strengths", "weaknesses"):
        for i, s in enumerate(getattr(edition.paper, part), 1):
            check_sentence(f"paper {part} #{i}", s)
    if edition.paper.thesis is not None:
        check_sentence("paper thesis", edition.paper.thesis)
    if edition.paper.title_zh:
        check_text("paper title_zh", edition.paper.title_zh, [document.title], chinese=True)
    seen.clear()
    for f in edition.facts:
        where = f"fact {f.id!r}"
        if f.id in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(f.id)
        fact = fact_by_id.get(f.id)
        if fact is None:
            problems.append(f"{where}: no such fact in facts.yaml")
            continue
        check_text(f"{where} (zh)", f.zh, fact_sources(fact), chinese=True)
    return problems


def _entry_name(raw: object, kind: str, i: int) -> str:
    if isinstance(raw, dict) and "id" in raw:
        return f"{kind} {raw['id']!r}"
    return f"{kind} #{i}"


def _validation(path: Path, where: str, e: ValidationError) -> KnowledgeError:
    problems = "; ".join(f"{'.'.join(map(str, err['loc'])) or 'entry'}: {err['msg']}" for err in e.errors())
    return KnowledgeError(f"{path}: {where}: {problems}")


def _near_entry(path: Path, error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if mark is None:
        return ""
    for line in reversed(path.read_text(encoding="utf-8").splitlines()[: mark.line + 1]):
        m = re.match(r"\s*-\s*id:\s*['\"]?([^'\"#]+?)['\"]?\s*$", line)
        if m:
            return f" near entry {m.group(1)!r}"
    return ""


def parse_reader_edition(path: Path) -> ReaderEdition:
    """Read and type-check ``path`` (no cross-checks): a KnowledgeError names the file and the entry at fault."""
    try:
        data = yaml.load(read_text(path), Loader=UniqueKeyLoader)  # read_text names a file that is not UTF-8
    except yaml.YAMLError as e:
        raise KnowledgeError(f"{path}: not valid YAML{_near_entry(path, e)}: {e}") from e
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}: expected a mapping with 'paragraphs', 'sections', 'paper' and 'facts'")
    unknown = sorted(set(data) - set(ReaderEdition.model_fields))
    if unknown:
        raise KnowledgeError(f"{path}: unknown top-level keys {unknown}")
    parts: dict[str, object] = {"document": str(data.get("document") or "paper")}
    for key, model, kind in (("paragraphs", Rendering, "paragraph"), ("sections", SectionEdition, "section"),
                             ("facts", FactZh, "fact")):
        raw_list = data.get(key) or []
        if not isinstance(raw_list, list):
            raise KnowledgeError(f"{path}: '{key}' must be a list")
        items = []
        for i, raw in enumerate(raw_list, 1):
            try:
                items.append(model.model_validate(raw))
            except ValidationError as e:
                raise _validation(path, _entry_name(raw, kind, i), e) from e
        parts[key] = items
    try:
        parts["paper"] = PaperEdition.model_validate(data.get("paper") or {})
    except ValidationError as e:
        raise _validation(path, "paper", e) from e
    return ReaderEdition.model_validate(parts)


def load_reader_edition(knowledge_dir: Path, documents: list[Document] | None = None,
                        facts: list[Fact] | None = None) -> ReaderEdition | None:
    """The reader's edition in ``knowledge_dir``, or None when there is no reader.yaml.

    ``documents`` and ``facts`` are the loaded knowledge (load_knowledge passes them); when omitted they are
    read from ``knowledge_dir``. Raises KnowledgeError naming the file and the entry at fault.
    """
    path = knowledge_dir / READER_FILE
    if not path.is_file():
        return None
    edition = parse_reader_edition(path)
    if documents is None:
        documents = load_documents(knowledge_dir)
    document = next((d for d in documents if d.doc_id == edition.document), None)
    if document is None:
        raise KnowledgeError(f"{path}: document {edition.document!r} is not in {knowledge_dir}")
    if facts is None:
        facts_path = knowledge_dir / "facts.yaml"
        facts = load_facts(facts_path, documents) if facts_path.exists() else []
    facts = [f for f in facts if f.doc_id == edition.document]
    problems = edition_problems(edition, document, facts)
    if problems:
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise KnowledgeError(f"{path}: " + "; ".join(problems[:5]) + more)
    return edition
