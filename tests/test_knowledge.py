"""The knowledge base itself: the paper's words, its paragraphs, the facts and the glossary.

No model and no index: these tests read knowledge/ and the loaders only.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

from assistant.knowledge import KnowledgeError, load_knowledge
from assistant.numbers import numbers_in
from assistant.reading import load_document, parse_markdown, plain

SEED = Path("shared/seed/000_a86c78ded4cb8a2e.txt")  # relative to the repo's parent folder
# sha256 of " ".join(normalised_tokens(seed)), computed from the seed when paper.md was made; it lets the
# test bite in a clone where ../shared does not exist.
SEED_TOKENS_SHA256 = "0977323b3420783a5b98ff299f70119dbd290f39f7959a54e494204be0cda99a"
SEED_TOKEN_COUNT = 3127

# Phrases that the source broke across pages (or columns); each must now sit inside one paragraph.
PAGE_BREAK_JOINS = [
    "a high-end manufacturing position can drive five additional",
    "Throughout its development, the network can also receive",
    "industrial Internet construction, such as NNMI, manufacturing deep digital integration",
    "has the foundation and advantages of accelerating the construction of an industrial Internet platform",
    "Baidu Cloud (Tiangong Internet of Things platform), Tencent",
    "which is the core of manufacturing innovation; 2, the platform for supporting technologies",
]


def normalised_tokens(text: str) -> list[str]:
    """Lower-case word tokens. Superscript footnote marks (``^a``) are marks, not words: the seed fuses the
    mark into the next word ("^atangc021@avic.com") while paper.md separates it ("^a tangc021@avic.com")."""
    text = re.sub(r"\^[a-z]", " ", text)
    return re.findall(r"\w+", text.lower())


def token_hash(tokens: list[str]) -> str:
    return hashlib.sha256(" ".join(tokens).encode()).hexdigest()


@pytest.fixture(scope="module")
def paper_text(knowledge_dir: Path) -> str:
    return (knowledge_dir / "paper.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def paper(kb):
    return kb.document("paper")


@pytest.fixture(scope="module")
def raw_facts(knowledge_dir: Path) -> list[dict]:
    return yaml.safe_load((knowledge_dir / "facts.yaml").read_text(encoding="utf-8"))["facts"]


# -- the paper's words -------------------------------------------------------------------------------------


def test_paper_keeps_the_seed_words_checksum(paper_text: str) -> None:
    tokens = normalised_tokens(paper_text)
    assert len(tokens) == SEED_TOKEN_COUNT
    assert token_hash(tokens) == SEED_TOKENS_SHA256, "paper.md no longer has the seed paper's word sequence"


def test_paper_keeps_the_seed_words_verbatim(repo_root: Path, paper_text: str) -> None:
    seed = repo_root.parent / SEED
    if not seed.exists():
        pytest.skip(f"seed text {seed} is not present (fresh clone without ../shared); checksum test covers it")
    want = normalised_tokens(seed.read_text(encoding="utf-8"))
    got = normalised_tokens(paper_text)
    assert token_hash(want) == SEED_TOKENS_SHA256, "the seed file changed; recompute SEED_TOKENS_SHA256"
    if got != want:
        first = next((i for i, (a, b) in enumerate(zip(want, got, strict=False)) if a != b), min(len(want), len(got)))
        pytest.fail(f"paper.md differs from the seed at token {first}: seed {want[first - 5:first + 5]} "
                    f"vs paper.md {got[first - 5:first + 5]} ({len(want)} vs {len(got)} tokens)")


# -- paragraphs --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", PAGE_BREAK_JOINS)
def test_page_breaks_are_rejoined(paper, phrase: str) -> None:
    holders = [p.paragraph_id for p in paper.paragraphs if phrase in plain(p.text)]
    assert len(holders) == 1, f"{phrase!r} should be inside exactly one paragraph, found in {holders}"


def test_every_page_break_of_the_seed_is_rejoined(repo_root: Path, paper) -> None:
    """In the seed a block that starts in lower case continues the previous one across a page break."""
    seed = repo_root.parent / SEED
    if not seed.exists():
        pytest.skip(f"seed text {seed} is not present; the spot checks above cover the known breaks")
    blocks = [b.strip() for b in re.split(r"\n\s*\n", seed.read_text(encoding="utf-8")) if b.strip()]
    paragraphs = [" ".join(plain(p.text).split()) for p in paper.paragraphs]
    joins = [" ".join(blocks[i - 1].split()[-4:] + b.split()[:4]) for i, b in enumerate(blocks) if b[0].islower()]
    assert len(joins) >= 4
    broken = [j for j in joins if not any(j in p for p in paragraphs)]
    assert not broken, f"still split across paragraphs: {broken}"


def test_paragraph_ids_are_unique_and_well_formed(paper) -> None:
    ids = [p.paragraph_id for p in paper.paragraphs]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    for p in paper.paragraphs:
        assert re.fullmatch(r"[a-z0-9.]+-p\d+", p.paragraph_id), p.paragraph_id
        assert p.paragraph_id.startswith(p.section_id + "-p")
        assert p.text.strip()


def test_paragraph_ids_are_stable(paper, paper_text: str) -> None:
    # spot checks the facts, the evals and any saved citation rely on
    assert "By 2017, the US Department of Defense had funded 8" in plain(paper.paragraph("s2.1-p2").text)
    assert plain(paper.paragraph("front-p1").text).startswith("Research on the Development of the Industrial")
    assert plain(paper.paragraph("s1-p1").text).startswith("Manufacturing for any country")
    assert plain(paper.paragraph("s3-p12").text).startswith("American advanced manufacturing strategy")
    assert plain(paper.paragraph("refs-p5").text).startswith("[5] The first four of these purposes")
    # ids come from the place, not the words: rewording a paragraph keeps every id
    again = parse_markdown(paper_text, "paper")
    reworded = parse_markdown(paper_text.replace("had funded 8", "had funded eight"), "paper")
    ids = [p.paragraph_id for p in paper.paragraphs]
    assert [p.paragraph_id for p in again.paragraphs] == ids
    assert [p.paragraph_id for p in reworded.paragraphs] == ids


def test_referenced_paragraph_ids_exist(paper, raw_facts: list[dict], repo_root: Path) -> None:
    import json

    ids = {p.paragraph_id for p in paper.paragraphs}
    from_facts = {f["paragraph"] for f in raw_facts}
    rows = [json.loads(line) for line in (repo_root / "evals/retrieval_dev.jsonl").read_text().splitlines() if line]
    from_evals = {g for r in rows for g in r["gold"]}
    assert from_facts - ids == set()
    assert from_evals - ids == set()


def test_labels(paper) -> None:
    assert paper.paragraph("s2.1-p2").label == "§2.1 ¶2"
    assert paper.paragraph("s1-p1").label == "§1 ¶1"
    assert paper.paragraph("s3-p12").label == "§3 ¶12"
    assert paper.paragraph("refs-p3").label == "References [3]"
    assert paper.paragraph("abstract-p1").label == "Abstract ¶1"
    for p in paper.paragraphs:
        m = re.fullmatch(r"s(\d+(?:\.\d+)*)-p(\d+)", p.paragraph_id)
        if m:
            assert p.label == f"§{m.group(1)} ¶{m.group(2)}", p.paragraph_id


def test_sections_and_kinds(paper) -> None:
    sections = [s.section_id for s in paper.sections]
    assert sections == ["front", "abstract", "s1", "s2.1", "s2.2", "s3", "s4", "refs"]
    kinds = {p.paragraph_id: p.kind for p in paper.paragraphs}
    assert kinds["s2.1-p4"] == kinds["s3-p3"] == "caption"
    assert kinds["refs-p1"] == "reference"
    assert kinds["front-p2"] == "front"
    assert kinds["s2.1-p2"] == "body"
    assert sum(1 for p in paper.paragraphs if p.section_id == "refs") == 7


# -- facts -------------------------------------------------------------------------------------------------


def test_fact_ids_unique(raw_facts: list[dict], kb) -> None:
    ids = [f["id"] for f in raw_facts]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    assert len(kb.facts) == len(raw_facts) > 50


def test_fact_quotes_are_verbatim_in_their_paragraph(raw_facts: list[dict], paper, paper_text: str) -> None:
    whole = " ".join(plain(paper_text).split())
    bad = []
    for f in raw_facts:
        para = plain(paper.paragraph(f["paragraph"]).text)
        if f["quote"] not in para:
            bad.append((f["id"], f["paragraph"], "not in its paragraph"))
        elif " ".join(f["quote"].split()) not in whole:
            bad.append((f["id"], f["paragraph"], "not in paper.md"))
    assert not bad


def test_fact_statement_numbers_are_in_the_quote(raw_facts: list[dict]) -> None:
    bad = {}
    for f in raw_facts:
        quoted = set(numbers_in(f["quote"]))
        missing = [n for n in numbers_in(f["statement"]) if n not in quoted]
        if missing:
            bad[f["id"]] = missing
    assert not bad


_CITATION = re.compile(r"\[\d+(?:\s*[,\-–]\s*\d+)*\]")  # [1,2] [3] [6-7]
_FIGURE = re.compile(r"\b(?:Fig\.?|Figure)\s*\d+", re.IGNORECASE)  # "Fig 1", "figure 2"
# "1)", "(1)", "1," where a list item starts: the paragraph's start or after ":" / ";"
_ENUMERATOR = re.compile(r"(^|[:;]\s*)\(?\d{1,2}[),](?=\s)")
_NUMERAL = re.compile(r"\d+(?:\.\d+)?%?")


def body_numerals(text: str) -> list[str]:
    text = _ENUMERATOR.sub(r"\1", _FIGURE.sub(" ", _CITATION.sub(" ", plain(text))))
    return _NUMERAL.findall(text)


def test_numeral_filter() -> None:
    assert body_numerals("three parts: 1, Product design; 2, the platform; 3, quality. As shown Fig 1.") == []
    assert body_numerals("(1) With R&D; (2) Through the Internet") == []
    assert body_numerals("to: 1) provide; 2) make") == []
    assert body_numerals("funded 8 [3] institutes, or 33% [6-7], and 1.6 jobs [1,2]") == ["8", "33%", "1.6"]
    assert body_numerals("By 2017, the DoD; 14 in total") == ["2017", "14"]


def test_every_body_numeral_is_carried_by_a_fact(paper, kb) -> None:
    """Each figure of the body (not front matter, not references) is held by a fact about its paragraph."""
    carried: dict[str, set[str]] = {}
    for f in kb.facts:
        value = " ".join(map(str, f.value)) if isinstance(f.value, list) else str(f.value)
        text = _CITATION.sub(" ", " ".join([f.quote, value, f.statement]))
        carried.setdefault(f.paragraph, set()).update(_NUMERAL.findall(text))
    body = [p for p in paper.paragraphs if p.section_id not in ("front", "refs")]
    assert len(body) > 30
    missing = [(p.paragraph_id, n) for p in body for n in body_numerals(p.text)
               if n not in carried.get(p.paragraph_id, ())]
    seen = sum(len(body_numerals(p.text)) for p in body)
    assert seen > 40, "the numeral filter is dropping the paper's figures"
    assert not missing, f"numerals in the paper with no fact: {missing}"


# -- glossary ----------------------------------------------------------------------------------------------


def test_glossary_terms_unique_with_variants(kb) -> None:
    terms = [t.term.lower() for t in kb.glossary.terms]
    assert len(terms) == len(set(terms)), [t for t, n in Counter(terms).items() if n > 1]
    bare = [t.term for t in kb.glossary.terms if not (t.abbreviations or t.synonyms or t.chinese)]
    assert not bare, f"terms without any variant: {bare}"


@pytest.mark.parametrize("name", ["DoD", "Pentagon", "国防部", "Department of Defense", "DoD's",
                                  "the defense department"])
def test_glossary_maps_defense_names(kb, name: str) -> None:
    found = [t.term for t, _ in kb.glossary.matches(f"How many institutes did {name} fund?")]
    assert "Department of Defense" in found


def test_glossary_prefers_longest_chinese_variant(kb) -> None:
    matched = kb.glossary.matches("美国国防部资助了多少个研究院")
    defense = [v for t, v in matched if t.term == "Department of Defense"]
    assert defense == ["美国国防部"]


@pytest.mark.parametrize("question, wrong_term", [
    ("What does the paper say about China?", "Department of Energy"),  # "does" is not DOE
    ("Tell us about the institutes", "United States"),  # "us" is not US
])
def test_glossary_abbreviations_are_not_common_words(kb, question: str, wrong_term: str) -> None:
    found = [t.term for t, _ in kb.glossary.matches(question)]
    assert wrong_term not in found


def test_glossary_stemming_does_not_conflate_unrelated_words(kb) -> None:
    found = [t.term for t, _ in kb.glossary.matches("Who is the author of the paper?")]
    assert "government" not in found


# -- broken knowledge files --------------------------------------------------------------------------------

GOOD_FACT = {
    "id": "dod-institutes-test",
    "kind": "figure",
    "statement": "By 2017 the US Department of Defense had funded 8 Innovation Institutes.",
    "subject": "US Department of Defense",
    "attribute": "institutes funded",
    "value": 8,
    "paragraph": "s2.1-p2",
    "quote": "By 2017, the US Department of Defense had funded 8 Innovation Institutes (IMI)",
}


def _knowledge_with_facts(tmp_path: Path, knowledge_dir: Path, facts_yaml: str) -> Path:
    d = tmp_path / "knowledge"
    d.mkdir()
    shutil.copy(knowledge_dir / "paper.md", d / "paper.md")
    shutil.copy(knowledge_dir / "glossary.yaml", d / "glossary.yaml")
    (d / "facts.yaml").write_text(facts_yaml, encoding="utf-8")
    return d


def _facts_yaml(*facts: dict) -> str:
    return yaml.safe_dump({"document": "paper", "facts": list(facts)}, allow_unicode=True, sort_keys=False)


def test_good_fact_file_loads(tmp_path: Path, knowledge_dir: Path) -> None:
    kb = load_knowledge(_knowledge_with_facts(tmp_path, knowledge_dir, _facts_yaml(GOOD_FACT)))
    assert [f.id for f in kb.facts] == ["dod-institutes-test"]


BROKEN = {
    "missing-field": (
        lambda: _facts_yaml({k: v for k, v in GOOD_FACT.items() if k != "quote"}),
        ["'dod-institutes-test'", "quote", "required"],
    ),
    "quote-not-in-paper": (
        lambda: _facts_yaml({**GOOD_FACT, "quote": "the Pentagon funded 9 institutes"}),
        ["'dod-institutes-test'", "quote", "not verbatim", "s2.1-p2"],
    ),
    "quote-in-another-paragraph": (
        lambda: _facts_yaml({**GOOD_FACT, "paragraph": "s2.1-p1"}),
        ["'dod-institutes-test'", "quote", "not verbatim", "s2.1-p1"],
    ),
    "unknown-paragraph": (
        lambda: _facts_yaml({**GOOD_FACT, "paragraph": "s9.9-p99"}),
        ["'dod-institutes-test'", "s9.9-p99", "does not exist"],
    ),
    "duplicate-id": (
        lambda: _facts_yaml(GOOD_FACT, {**GOOD_FACT, "statement": "The DoD funded 8 institutes."}),
        ["'dod-institutes-test'", "duplicate"],
    ),
    "number-not-in-quote": (
        lambda: _facts_yaml({**GOOD_FACT, "statement": "By 2017 the DoD had funded 9 institutes."}),
        ["'dod-institutes-test'", "number", "9"],
    ),
    "unknown-field": (
        lambda: _facts_yaml({**GOOD_FACT, "qoute": "typo"}),
        ["'dod-institutes-test'", "qoute"],
    ),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_facts_raise_knowledge_error(tmp_path: Path, knowledge_dir: Path, case: str) -> None:
    make, expected = BROKEN[case]
    d = _knowledge_with_facts(tmp_path, knowledge_dir, make())
    with pytest.raises(KnowledgeError) as err:
        load_knowledge(d)
    msg = str(err.value)
    assert str(d / "facts.yaml") in msg
    for part in expected:
        assert part.lower() in msg.lower(), f"{part!r} not in {msg!r}"


BAD_YAML = """document: paper
facts:
- id: fine-fact
  statement: The paper is titled "Research on the Development of the Industrial Internet in the Post-Epidemic Era".
  subject: paper
  attribute: title
  value: Research on the Development of the Industrial Internet in the Post-Epidemic Era
  paragraph: front-p1
  quote: Research on the Development of the Industrial Internet in the Post-Epidemic Era
- id: broken-yaml-fact
  statement: "an unclosed quote
  subject: paper
  attribute: title
  value: x
  paragraph: front-p1
  quote: Research on the Development
"""


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path, knowledge_dir: Path) -> None:
    d = _knowledge_with_facts(tmp_path, knowledge_dir, BAD_YAML)
    with pytest.raises(KnowledgeError) as err:
        load_knowledge(d)
    msg = str(err.value)
    assert str(d / "facts.yaml") in msg
    assert "not valid YAML" in msg
    assert "line 11" in msg  # where the unclosed quote starts


def test_yaml_syntax_error_names_the_fact(tmp_path: Path, knowledge_dir: Path) -> None:
    d = _knowledge_with_facts(tmp_path, knowledge_dir, BAD_YAML)
    with pytest.raises(KnowledgeError, match="broken-yaml-fact"):
        load_knowledge(d)


def test_a_key_written_twice_in_a_record_is_an_error_naming_it(tmp_path: Path, knowledge_dir: Path) -> None:
    # YAML keeps the last of two equal keys silently: a term's second "chinese:" line replaced its first.
    d = _knowledge_with_facts(tmp_path, knowledge_dir, _facts_yaml(GOOD_FACT))
    (d / "glossary.yaml").write_text(
        "terms:\n- term: roof\n  synonyms: [top]\n  chinese: [屋顶]\n  chinese: [顶部]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_knowledge(d)
    msg = str(err.value)
    assert "glossary.yaml" in msg and "'roof'" in msg and "'chinese' twice" in msg and "line 5" in msg, msg


def test_a_fact_field_written_twice_is_an_error(tmp_path: Path, knowledge_dir: Path) -> None:
    text = _facts_yaml(GOOD_FACT).replace("  attribute:", "  value: 99\n  attribute:", 1)
    d = _knowledge_with_facts(tmp_path, knowledge_dir, text)
    with pytest.raises(KnowledgeError, match=r"(?s)facts\.yaml.*'value' twice"):
        load_knowledge(d)


def test_the_shipped_knowledge_files_name_no_key_twice(knowledge_dir: Path) -> None:
    from assistant.knowledge import UniqueKeyLoader

    for path in sorted(knowledge_dir.glob("*.yaml")):
        yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeyLoader)  # raises on a duplicate


def test_missing_or_malformed_knowledge(tmp_path: Path, knowledge_dir: Path) -> None:
    with pytest.raises(KnowledgeError, match="knowledge folder not found"):
        load_knowledge(tmp_path / "nope")
    d = _knowledge_with_facts(tmp_path, knowledge_dir, "document: paper\nfacts: {}\n")
    with pytest.raises(KnowledgeError, match="list under 'facts'"):
        load_knowledge(d)
    (d / "facts.yaml").write_text(_facts_yaml(GOOD_FACT), encoding="utf-8")
    (d / "glossary.yaml").write_text("terms:\n- term: X\n  synonyms: notalist\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_knowledge(d)
    assert "glossary.yaml" in str(err.value) and "'X'" in str(err.value)


def test_load_document_uses_file_stem(tmp_path: Path) -> None:
    p = tmp_path / "notes.md"
    p.write_text("# Notes\n\n## 1. Intro\n\nFirst para.\n\nSecond\npara.\n", encoding="utf-8")
    doc = load_document(p)
    assert doc.doc_id == "notes" and doc.title == "Notes"
    assert [(q.paragraph_id, plain(q.text)) for q in doc.paragraphs] == [
        ("front-p1", "Notes"), ("s1-p1", "First para."), ("s1-p2", "Second para.")]


@pytest.mark.parametrize("question", [
    "When did the Northern Rail scheme open?", "How many stations does the northern rail programme have?",
    "Which company runs the Northern Rail initiatives?", "Who paid for the Northern Rail project?"])
def test_a_named_network_is_found_by_any_word_for_a_programme(question):
    from assistant.knowledge import Glossary
    from assistant.types import GlossaryTerm

    glossary = Glossary([GlossaryTerm(term="Northern Rail Network"), GlossaryTerm(term="rail plan", entity=False),
                         GlossaryTerm(term="Northern Rail Scheme Museum")])
    found = [(t.term, v) for t, v in glossary.matches(question)]
    assert [t for t, _ in found] == ["Northern Rail Network"], found
    assert found[0][1].split()[-1].lower() in question.lower()  # the variant as the question words it


def test_a_generic_term_and_a_given_variant_keep_their_own_words():
    from assistant.knowledge import Glossary
    from assistant.types import GlossaryTerm

    glossary = Glossary([GlossaryTerm(term="rail plan", entity=False), GlossaryTerm(term="Northern Rail Network"),
                         GlossaryTerm(term="Northern Rail Project", entity=True)])
    assert not glossary.matches("is there a rail scheme?")  # a generic term is no name
    assert [t.term for t, _ in glossary.matches("the Northern Rail project")] == ["Northern Rail Project"]


@pytest.mark.parametrize("question, terms", [
    ("英国铁路业有多少员工？", ["Britain", "rail industry"]),      # 英国 + 铁路业, not the brand 英国铁路 + 业
    ("英国铁路业占GDP多少？", ["Britain", "rail industry", "GDP"]),
    ("英国铁路公司由谁管理？", ["British Rail"]),                  # the brand when nothing straddles its end
    ("那么英国铁路业呢？", ["Britain", "rail industry"]),
])
def test_a_chinese_alias_that_ends_inside_another_word_gives_way_to_the_two_words(question, terms):
    from assistant.knowledge import Glossary
    from assistant.types import GlossaryTerm

    glossary = Glossary([GlossaryTerm(term="British Rail", chinese=["英国铁路", "英国铁路公司"]),
                         GlossaryTerm(term="Britain", chinese=["英国"]),
                         GlossaryTerm(term="rail industry", chinese=["铁路业", "铁路"]),
                         GlossaryTerm(term="GDP", chinese=["GDP"])])
    assert sorted(t.term for t, _ in glossary.matches(question)) == sorted(terms)


@pytest.mark.parametrize("question, term", [
    ("How much did the Ministry of Defence spend?", "Ministry of Defense"),
    ("Which organisation runs the labour centre?", "Labor Center"),
    ("Who issues the export licence?", "export license"),
])
def test_a_term_is_found_in_the_other_english_spelling(question, term):
    from assistant.knowledge import Glossary
    from assistant.types import GlossaryTerm

    glossary = Glossary([GlossaryTerm(term="Ministry of Defense"), GlossaryTerm(term="Labor Center"),
                         GlossaryTerm(term="export license")])
    assert [t.term for t, _ in glossary.matches(question)] == [term]


@pytest.mark.parametrize("question, terms", [
    ("Who founded Rail UK?", ["Northern Rail Network"]),                      # the abbreviation inside the name
    ("How many members does the UK rail network have?", ["Northern Rail Network"]),
    ("When did the Rail UK scheme open, and where in the UK?", ["Northern Rail Network", "United Kingdom"]),
    ("What is Rail UK's budget?", ["Northern Rail Network"]),
    ("Which UK firms joined?", ["United Kingdom"]),                          # standing alone, it is its own thing
])
def test_an_abbreviation_inside_another_things_name_names_that_thing(question, terms):
    from assistant.knowledge import Glossary
    from assistant.types import GlossaryTerm

    glossary = Glossary([GlossaryTerm(term="United Kingdom", abbreviations=["UK"], place=True),
                         GlossaryTerm(term="Northern Rail Network", synonyms=["Rail UK", "UK rail network"])])
    assert sorted(t.term for t, _ in glossary.matches(question)) == sorted(terms)
