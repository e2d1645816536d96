"""The reader's edition (knowledge/reader.yaml, issue #10): complete, faithful to the paper's numbers, well cited.

No model and no index: these tests read knowledge/ and the loaders only.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from assistant.edition import (
    MAX_PAPER_BULLETS,
    MAX_SECTION_SENTENCES,
    chinese_numerals,
    dates_in,
    fact_sources,
    figures_in,
    load_reader_edition,
    numbers_in_rendering,
    unsupported,
)
from assistant.knowledge import KnowledgeBase, KnowledgeError, load_knowledge
from assistant.numbers import numbers_in
from assistant.reading import plain

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def edition(kb: KnowledgeBase):
    assert kb.edition is not None, "knowledge/reader.yaml should load as the knowledge base's edition"
    return kb.edition


@pytest.fixture(scope="module")
def paper(kb: KnowledgeBase):
    return kb.document("paper")


@pytest.fixture(scope="module")
def paragraph_text(paper) -> dict[str, str]:
    return {p.paragraph_id: plain(p.text) for p in paper.paragraphs}


def _summary_sentences(edition) -> list[tuple[str, object]]:
    out = [(f"section {s.id} sentence {i}", x) for s in edition.sections for i, x in enumerate(s.summary, 1)]
    for part in ("summary", "recommendations", "strengths", "weaknesses"):
        out += [(f"paper {part} #{i}", x) for i, x in enumerate(getattr(edition.paper, part), 1)]
    return out


# ---------------------------------------------------------------- completeness and ids


def test_every_paragraph_has_both_renderings(edition, paper):
    missing = [p.paragraph_id for p in paper.paragraphs if edition.paragraph(p.paragraph_id) is None]
    assert not missing, f"paragraphs without a reader's rendering: {missing}"
    for p in paper.paragraphs:
        r = edition.paragraph(p.paragraph_id)
        assert r.en.strip() and not CJK.search(r.en), f"{p.paragraph_id}: en must be English"
        assert CJK.search(r.zh), f"{p.paragraph_id}: zh must be Chinese"
    assert [r.id for r in edition.paragraphs] == [p.paragraph_id for p in paper.paragraphs], "in the paper's order"


def test_every_fact_has_a_chinese_statement(edition, kb):
    missing = [f.id for f in kb.facts if f.doc_id == edition.document and edition.fact_zh(f.id) is None]
    assert not missing, f"facts without a Chinese statement: {missing}"
    assert all(CJK.search(f.zh) for f in edition.facts)


def test_every_section_has_a_title_and_a_short_summary(edition, paper):
    assert [s.id for s in edition.sections] == [s.section_id for s in paper.sections]
    for s in edition.sections:
        assert CJK.search(s.title_zh), s.id
        assert 1 <= len(s.summary) <= MAX_SECTION_SENTENCES == 3, s.id
    assert 1 <= len(edition.paper.summary) <= MAX_PAPER_BULLETS == 5
    assert edition.paper.title_zh and edition.paper.recommendations


def test_every_id_exists_and_is_unique(edition, kb, paragraph_text, paper):
    ids = [r.id for r in edition.paragraphs]
    assert len(ids) == len(set(ids)) and set(ids) <= set(paragraph_text)
    sections = [s.id for s in edition.sections]
    assert len(sections) == len(set(sections)) and set(sections) <= {s.section_id for s in paper.sections}
    facts = [f.id for f in edition.facts]
    assert len(facts) == len(set(facts)) and set(facts) <= {f.id for f in kb.facts}
    for where, s in _summary_sentences(edition):
        assert s.paragraphs, f"{where} cites no paragraph"
        unknown = [p for p in s.paragraphs if p not in paragraph_text]
        assert not unknown, f"{where} cites unknown paragraphs {unknown}"


def test_a_summary_sentence_cites_paragraphs_of_its_own_section(edition, paper):
    section_of = {p.paragraph_id: p.section_id for p in paper.paragraphs}
    for s in edition.sections:
        for i, sentence in enumerate(s.summary, 1):
            others = [p for p in sentence.paragraphs if section_of[p] != s.id]
            assert not others, f"section {s.id} sentence {i} cites paragraphs of other sections: {others}"


# ---------------------------------------------------------------- numbers


def test_number_reading_handles_chinese():
    # the engine's reader sees a digit between Chinese characters too, and agrees with the edition's
    assert numbers_in("美国国防部资助了8个创新研究院") == ["8"]
    assert numbers_in_rendering("美国国防部资助了8个创新研究院") == ["8"]
    assert numbers_in_rendering("其中三分之二是制造商") == numbers_in("two-thirds of them") == ["2/3"]
    assert numbers_in_rendering("NNMI于2012年3月正式公布") == ["2012"]
    assert dates_in("NNMI于2012年3月正式公布") == dates_in("disclosed in March 2012") == {(3, "2012")}
    assert numbers_in_rendering("five additional [1,2] jobs") == ["5"]  # markers are not figures
    assert numbers_in_rendering("[J].2021.") == ["2021"]
    assert chinese_numerals("资助了八个研究院，底层包括三部分") == ["八", "三"]
    assert chinese_numerals("第五项，一批平台，百花齐放，十分重要") == []
    assert unsupported("资助了9个", ["funded 8 Innovation Institutes"]) == ["9"]
    assert unsupported("2012年4月", ["in March 2012"]) == ["April 2012"]
    assert figures_in("one of the three core forces") == {"3"}


def test_renderings_hold_the_paragraphs_numbers_and_no_others(edition, paper):
    faults = []
    for p in paper.paragraphs:
        r = edition.paragraph(p.paragraph_id)
        source = plain(p.text)
        for lang, text in (("en", r.en), ("zh", r.zh)):
            extra = unsupported(text, [source])
            if extra:
                faults.append(f"{p.paragraph_id} {lang}: numbers not in the paragraph: {extra}")
            # the same numbers: a body paragraph's figures are all kept (front matter and references may be short)
            if p.kind not in ("front", "reference"):
                dropped = sorted(figures_in(source) - set(numbers_in_rendering(text)))
                dropped += [f"month {m}/{y}" for m, y in dates_in(source) - dates_in(text)]
                if dropped:
                    faults.append(f"{p.paragraph_id} {lang}: numbers of the paragraph left out: {dropped}")
    assert not faults, "\n".join(faults)


def test_summary_numbers_stand_in_the_paragraphs_they_cite(edition, paragraph_text):
    faults = []
    for where, s in _summary_sentences(edition):
        sources = [paragraph_text[p] for p in s.paragraphs]
        for field, text in (("text", s.text), ("text_zh", s.text_zh)):
            extra = unsupported(text, sources)
            if extra:
                faults.append(f"{where} {field}: numbers not in {s.paragraphs}: {extra}")
        if set(numbers_in_rendering(s.text)) != set(numbers_in_rendering(s.text_zh)):
            faults.append(f"{where}: English and Chinese give different numbers")
    assert not faults, "\n".join(faults)


def test_fact_statements_in_chinese_keep_the_numbers(edition, kb):
    faults = []
    for fact in kb.facts:
        zh = edition.fact_zh(fact.id)
        extra = unsupported(zh, fact_sources(fact))
        if extra:
            faults.append(f"{fact.id}: numbers not in its quote or value: {extra}")
        dropped = sorted(figures_in(fact.statement) - set(numbers_in_rendering(zh)))
        dropped += [f"month {m}/{y}" for m, y in dates_in(fact.statement) - dates_in(zh)]
        if dropped:
            faults.append(f"{fact.id}: numbers of the statement left out: {dropped}")
    assert not faults, "\n".join(faults)


def test_chinese_text_writes_figures_in_arabic_digits(edition):
    texts = [(f"paragraph {r.id}", r.zh) for r in edition.paragraphs]
    texts += [(f"fact {f.id}", f.zh) for f in edition.facts]
    texts += [(where, s.text_zh) for where, s in _summary_sentences(edition)]
    texts += [(f"section {s.id} title", s.title_zh) for s in edition.sections]
    faults = [f"{where}: {chinese_numerals(t)}" for where, t in texts if chinese_numerals(t)]
    assert not faults, "\n".join(faults)


# ---------------------------------------------------------------- names


def _named(glossary, text: str):
    """Glossary entities that ``text`` calls by their own name or abbreviation (not by a loose synonym)."""
    return [t for t, v in glossary.matches(text)
            if t.is_entity and t.chinese and (v.lower() == t.term.lower() or v in t.abbreviations)]


def _calls(term, text: str, chinese: bool) -> bool:
    names = [*term.chinese] if chinese else []
    names += [term.term, *term.abbreviations]
    return any(n.strip() and n.lower() in text.lower() for n in names)


def test_names_follow_the_glossary(edition, kb, paper):
    faults = []
    for p in paper.paragraphs:
        r = edition.paragraph(p.paragraph_id)
        for term in _named(kb.glossary, plain(p.text)):
            if not _calls(term, r.en, chinese=False):
                faults.append(f"{p.paragraph_id} en: {term.term!r} should be named as in the glossary")
            if not _calls(term, r.zh, chinese=True):
                faults.append(f"{p.paragraph_id} zh: {term.term!r} should be one of {term.chinese}")
    for fact in kb.facts:
        for term in _named(kb.glossary, fact.statement):
            if not _calls(term, edition.fact_zh(fact.id), chinese=True):
                faults.append(f"fact {fact.id} zh: {term.term!r} should be one of {term.chinese}")
    assert not faults, "\n".join(faults)


# ---------------------------------------------------------------- the loader


@pytest.fixture()
def knowledge_copy(tmp_path: Path, knowledge_dir: Path) -> Path:
    dest = tmp_path / "knowledge"
    shutil.copytree(knowledge_dir, dest)
    return dest


def _edit(folder: Path, change) -> None:
    path = folder / "reader.yaml"
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    change(data)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_a_folder_without_reader_yaml_still_loads(knowledge_copy: Path):
    (knowledge_copy / "reader.yaml").unlink()
    assert load_reader_edition(knowledge_copy) is None
    kb = load_knowledge(knowledge_copy)
    assert kb.edition is None and kb.facts and kb.documents


def test_reader_yaml_stays_out_of_the_index_fingerprint(knowledge_copy: Path, kb: KnowledgeBase):
    (knowledge_copy / "reader.yaml").unlink()
    assert load_knowledge(knowledge_copy).fingerprint == kb.fingerprint


def test_the_loader_alone_reads_the_same_edition(knowledge_dir: Path, edition):
    assert load_reader_edition(knowledge_dir) == edition


def _error(folder: Path) -> str:
    with pytest.raises(KnowledgeError) as err:
        load_knowledge(folder)
    message = str(err.value)
    assert "reader.yaml" in message, message
    return message


def test_broken_yaml_names_the_file_and_the_entry(knowledge_copy: Path):
    path = knowledge_copy / "reader.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("- id: s1-p2\n  en: >-", "- id: s1-p2\n  en: [unclosed\n  en2: >-", 1),
                    encoding="utf-8")
    message = _error(knowledge_copy)
    assert "not valid YAML" in message and "'s1-p2'" in message


def test_a_key_written_twice_names_the_entry(knowledge_copy: Path):
    path = knowledge_copy / "reader.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("- id: s1-p2\n  en: >-", "- id: s1-p2\n  zh: 重复\n  en: >-", 1), encoding="utf-8")
    message = _error(knowledge_copy)
    assert "'s1-p2'" in message and "twice" in message, message


def _entry(entries: list[dict], entry_id: str) -> dict:
    return next(e for e in entries if e["id"] == entry_id)


def _paragraph(d: dict, pid: str) -> dict:
    return _entry(d["paragraphs"], pid)


def _section(d: dict, sid: str) -> dict:
    return _entry(d["sections"], sid)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: _paragraph(d, "s1-p2").update(zh="截至2017年，美国国防部资助了9个创新研究院。"),
         ["paragraph 's1-p2'", "'9'"]),
        (lambda d: _paragraph(d, "front-p1").update(en="Research in 2020"), ["paragraph 'front-p1'", "'2020'"]),
        (lambda d: d["paragraphs"].append({"id": "s9-p1", "en": "x", "zh": "某"}), ["'s9-p1'", "no such paragraph"]),
        (lambda d: _paragraph(d, "front-p2").pop("zh"), ["paragraph 'front-p2'", "zh"]),
        (lambda d: _paragraph(d, "s2.1-p2").update(zh="美国国防部资助了八个创新研究院。"), ["'s2.1-p2'", "Arabic"]),
        (lambda d: d["facts"][0].update(id="no-such-fact"), ["fact 'no-such-fact'", "no such fact"]),
        (lambda d: _entry(d["facts"], "nnmi-disclosed-date").update(zh="NNMI于2012年4月正式公布。"),
         ["fact 'nnmi-disclosed-date'", "April 2012"]),
        (lambda d: _section(d, "s2.1")["summary"].append(_section(d, "s2.1")["summary"][0]),
         ["section 's2.1'", "at most 3"]),
        (lambda d: _section(d, "s1")["summary"][0].update(paragraphs=["s1-p9"]), ["section 's1'", "s1-p9"]),
        (lambda d: _section(d, "s1")["summary"][0].update(paragraphs=["s1-p3"]), ["section 's1'", "'12'"]),
        (lambda d: d["paper"]["summary"].append(d["paper"]["summary"][0]), ["paper", "at most 5"]),
        (lambda d: d["paragraphs"].append(d["paragraphs"][0]), ["paragraph 'front-p1'", "duplicate"]),
        (lambda d: d.update(notes="x"), ["unknown top-level keys", "notes"]),
    ],
)
def test_a_broken_entry_is_named(knowledge_copy: Path, kb: KnowledgeBase, change, expected: list[str]):
    _edit(knowledge_copy, change)
    with pytest.raises(KnowledgeError) as err:  # the documents and facts as load_knowledge passes them
        load_reader_edition(knowledge_copy, kb.documents, kb.facts)
    message = str(err.value)
    assert "reader.yaml" in message, message
    for part in expected:
        assert part in message, message
