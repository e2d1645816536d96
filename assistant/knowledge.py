"""The knowledge base: documents, structured facts and the glossary, loaded and validated.

Everything is validated before the index is touched, so a broken file never damages a
working index: ingest stops with a KnowledgeError naming the file, the record and the fault.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from pydantic import ValidationError

from .instructions import instruction_sentences
from .numbers import numbers_in
from .reading import Document, parse_markdown, plain, sentences
from .text import STOPWORDS, american_spelling, content_tokens, has_cjk, words
from .types import Fact, GlossaryTerm

if TYPE_CHECKING:
    from .edition import ReaderEdition

PRIMARY_DOCUMENT = "paper.md"


class KnowledgeError(ValueError):
    """A knowledge file is missing or malformed; the message names the file, record and fault."""


@dataclass
class Glossary:
    terms: list[GlossaryTerm] = field(default_factory=list)
    question_words: dict[str, str] = field(default_factory=dict)  # Chinese -> English
    shorthands: dict[str, str] = field(default_factory=dict)  # a reader's shorthand -> the word ("mfg")
    kind_nouns: tuple[str, ...] = ()  # kinds of things the documents name ("platform"): "which platforms?" wants a list

    def __post_init__(self) -> None:
        # Variants are matched as sequences of stems, so "agency" finds "agencies" and "DoD's" finds "DoD":
        # looked up word by word, the longest variant first (what an alternation of every variant, longest
        # first, found; compiling that regex took ~0.1 s of every start).
        self._owner: dict[str, tuple[int, str]] = {}
        self._cjk: list[tuple[str, int]] = []
        abbreviations: dict[str, tuple[int, str]] = {}
        for i, term in enumerate(self.terms):
            for a in term.abbreviations:
                # Abbreviations are matched as typed, not stemmed ("DOE" must not match "does");
                # those that are also English words ("US", "IT") only in their own case.
                if a.strip() and not re.search(r"[\u4e00-\u9fff]", a):
                    abbreviations.setdefault(a.strip(), (i, a))
            for v in (term.term, *term.synonyms, *term.chinese):
                if not v.strip():
                    continue
                if re.search(r"[\u4e00-\u9fff]", v):
                    self._cjk.append((v.lower().strip(), i))
                    continue
                key = _stem_line(v)
                if key:
                    self._owner.setdefault(key, (i, v))
        # A named programme is asked after by any word for a programme: "the manufacturing innovation network" is
        # also its "... scheme", "... programme", "... initiative" (a variant the glossary gives wins)
        for key, (i, v) in list(self._owner.items()):
            head, _, last = key.rpartition(" ")
            if head and last in _CONTAINER_STEMS and self.terms[i].is_entity:
                typed = v.rsplit(" ", 1)[0]
                for word, stem in _CONTAINERS.items():
                    self._owner.setdefault(f"{head} {stem}", (i, f"{typed} {word}"))
        self._longest = max((key.count(" ") + 1 for key in self._owner), default=0)  # in words
        self._cjk.sort(key=lambda x: -len(x[0]))
        self._cjk_words = {v for v, _ in self._cjk}
        self._abbrev_owner = {k.lower(): v for k, v in abbreviations.items()}
        self._abbrev_owner.update(abbreviations)
        exact = [a for a in abbreviations if a.lower() in STOPWORDS or len(a) <= 2]
        loose = [a for a in abbreviations if a not in exact]
        bound = r"(?<![A-Za-z0-9])(?:{})(?![A-Za-z0-9])"
        by_len = sorted(exact, key=len, reverse=True)
        self._abbrev_exact = re.compile(bound.format("|".join(map(re.escape, by_len)))) if exact else None
        by_len = sorted(loose, key=len, reverse=True)
        self._abbrev_loose = (re.compile(bound.format("|".join(map(re.escape, by_len))), re.I)
                              if loose else None)

    def question_words_in(self, text: str) -> list[tuple[str, str]]:
        """The Chinese question words ``text`` uses, with their English, in the glossary's order; a word that
        stands only inside a longer one found ("几个" in "哪几个", which asks which, not how many) is left out."""
        taken: list[tuple[int, int]] = []
        found: set[str] = set()
        for zh in sorted(self.question_words, key=len, reverse=True):
            for m in re.finditer(re.escape(zh), text):
                if not any(a <= m.start() and m.end() <= b for a, b in taken):
                    taken.append((m.start(), m.end()))
                    found.add(zh)
        return [(zh, en) for zh, en in self.question_words.items() if zh in found]

    def name_words(self, text: str) -> dict[str, Counter[str]]:
        """For each named thing ``text`` names by a name of several words, how often each content word stands
        inside that name ("manufacturing" in "National Network for Manufacturing Innovation"), every occurrence
        counted; keyed by the term."""
        got: dict[str, Counter[str]] = {}
        for _, _, (i, variant) in self._scan(_stem_words(text), lambda i, n: n > 1 and self.terms[i].is_entity):
            got.setdefault(self.terms[i].term, Counter()).update(content_tokens(variant))
        return got

    def _scan(self, stems: list[str], accept: Callable[[int, int], bool]) -> Iterator[tuple[int, int, tuple[int, str]]]:
        """The longest variant that ``accept`` takes (by its term's index and its length in words) at each word of
        ``stems``, left to right, a word in one match at most: (first word, words, (term index, variant))."""
        at = 0
        while at < len(stems):
            for n in range(min(self._longest, len(stems) - at), 0, -1):
                owner = self._owner.get(" ".join(stems[at:at + n]))
                if owner is not None and accept(owner[0], n):
                    yield at, n, owner
                    at += n
                    break
            else:
                at += 1

    def matches(self, text: str) -> list[tuple[GlossaryTerm, str]]:
        """Terms whose variants occur in ``text``: (term, the variant found), in order of appearance."""
        # The alternation of every variant costs ~0.3 ms a text, and the engine matches the same texts (the
        # question, its candidates' sentences) many times: the result is kept per text (a plain dict, bounded).
        cache: dict[str, tuple[tuple[GlossaryTerm, str], ...]] = self.__dict__.setdefault("_match_cache", {})
        got = cache.get(text)
        if got is None:
            if len(cache) >= 8192:
                cache.clear()
            got = cache[text] = tuple(self._matches(text))
        return list(got)

    def _matches(self, text: str) -> list[tuple[GlossaryTerm, str]]:
        found: dict[int, tuple[int, str]] = {}
        # the words of names of several words found, each with its owner: an abbreviation inside another thing's
        # name ("USA" of "Manufacturing USA") names that thing, not its own (where that name is the one the thing is
        # found by: the words of a second name of it are read as they were)
        named_words: dict[int, tuple[int, int]] = {}  # word -> (owner, words in its name)
        if self._owner:
            stems = _stem_words(text)
            starts = [0]  # where each word starts in the line of stems (" ".join(stems))
            for w in stems:
                starts.append(starts[-1] + len(w) + 1)
            for at, n, owner in self._scan(stems, lambda i, n: True):
                if found.setdefault(owner[0], (starts[at], owner[1]))[0] == starts[at] and n > 1:
                    named_words.update(dict.fromkeys(range(at, at + n), (owner[0], n)))
            found = {i: v for i, v in found.items()
                     if not _common_noun_use(text, self.terms[i], v[1]) and not _verb_use(text, self.terms[i], v[1])}
        for pattern in (self._abbrev_exact, self._abbrev_loose):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                owner = self._abbrev_owner.get(m.group(0)) or self._abbrev_owner.get(m.group(0).lower())
                name = named_words.get(len(_stem_words(text[:m.start()]))) if named_words else None
                # (an abbreviation that is the whole name, "R&D network", is not inside it)
                if owner and (name is None or name[0] == owner[0] or name[1] <= len(_stem_words(m.group(0)))):
                    found.setdefault(owner[0], (m.start(), owner[1]))
        low = text.lower()
        taken: list[tuple[int, int]] = []
        # each Chinese variant looked for once, longest first (美国国防部 before 国防部); none in a text without Chinese
        present = [(at, v, i) for v, i in self._cjk if (at := low.find(v)) >= 0] if has_cjk(low) else []
        for at, variant, i in present:
            if _straddled_by(low, at, at + len(variant), present, self._cjk_words):
                continue
            if not any(a <= at < b for a, b in taken):
                taken.append((at, at + len(variant)))
                found.setdefault(i, (10_000 + at, variant))
        return [(self.terms[i], v) for i, (_, v) in sorted(found.items(), key=lambda kv: kv[1][0])]


def _common_noun_use(text: str, term: GlossaryTerm, variant: str) -> bool:
    """Whether a named thing's one-word name ("Commerce", "Energy") stands in ``text`` only as the common noun: in
    lower case after a word that modifies it ("business commerce", "renewable energy"). "and energy?", "did
    commerce fund ...?" and "Energy" anywhere still name the thing."""
    if not term.is_entity or term.place or " " in variant.strip() or not variant[:1].isupper():
        return False  # a place's name in lower case is still the place ("why can america rebuild ...?")
    hits = list(re.finditer(r"(?<![\w-])" + re.escape(variant) + r"(?![\w-])", text, re.I))
    for m in hits:
        before = re.search(r"([A-Za-z][\w'’-]*)[\s-]+$", text[:m.start()])
        word = before.group(1).lower() if before else ""
        if m.group(0)[:1].isupper() or not word or word in STOPWORDS or word in _SETS_AGAINST or word.endswith("ed"):
            return False
    return bool(hits)


def _verb_use(text: str, term: GlossaryTerm, variant: str) -> bool:
    """Whether a named thing's one-word lower-case name ("act", "bill") stands in ``text`` only as a verb: after "to",
    an auxiliary or a subject pronoun ("to act on", "should act", "we act"). "Which act authorized X?" and "the act's
    aim" still name the thing."""
    if not term.is_entity or " " in variant.strip() or not variant[:1].islower():
        return False
    hits = list(re.finditer(r"(?<![\w-])" + re.escape(variant) + r"(?![\w-])", text, re.I))
    for m in hits:
        before = re.search(r"([A-Za-z][\w'’-]*)\s+$", text[:m.start()])
        # (a particle after it proves nothing: "the guidance on X", "the economy as a whole" are nouns)
        as_verb = before is not None and before.group(1).lower() in _BEFORE_VERB
        if m.group(0)[:1].isupper() or not as_verb:
            return False
    return bool(hits)


_BEFORE_VERB = frozenset("to will would shall should can could may might must do does did not i we you they".split())


# words that set one named thing against another ("energy vs commerce", "compare energy and defense")
_SETS_AGAINST = frozenset("vs versus than against compare contrast like unlike".split())


def _straddled_by(low: str, start: int, end: int, present: list[tuple[int, str, int]], words: set[str]) -> bool:
    """Whether a Chinese variant at [start, end) ends inside another variant that goes on past it, while the
    text before that other variant is a variant too: "美国制造业" is 美国 + 制造业 (US manufacturing), not 美国制造
    (an alias of a programme) + a stray 业."""
    return any(start < at < end < at + len(v) and low[start:at] in words for at, v, _ in present)


def _singular(word: str) -> str:
    """A light normaliser for glossary matching: plurals only. Full stemming conflates too much here
    ("positioning" and "position", "authorities" and "author", "proposals" and "proposed")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# words for an organised undertaking, one of which a programme's name may end in
_CONTAINERS = {w: _singular(w) for w in ("network", "programme", "program", "plan", "initiative", "scheme", "project")}
_CONTAINER_STEMS = frozenset(_CONTAINERS.values())


def _stem_words(text: str) -> list[str]:
    # hyphens split words on both sides of the match, so "Commerce-funded" finds "Commerce"; a British spelling
    # finds the American one ("Defence" finds "Defense")
    return [_singular(american_spelling(w.replace("'s", ""))) for w in words(text.replace("-", " ")) if not has_cjk(w)]


def _stem_line(text: str) -> str:
    return " ".join(_stem_words(text))


@dataclass
class KnowledgeBase:
    documents: list[Document]
    facts: list[Fact]
    glossary: Glossary
    fingerprint: str
    edition: ReaderEdition | None = None  # the reader's edition (reader.yaml), when the folder has one
    # What ingest and status print: a missing glossary, instructions found inside documents.
    warnings: list[str] = field(default_factory=list)
    # Sentences that address an assistant, per (doc_id, paragraph_id): text to show, never to obey.
    instructions: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def is_instruction(self, doc_id: str, paragraph_id: str, sentence: str) -> bool:
        """True when ``sentence`` (or a part of it, or a fragment of one) of that paragraph is an
        instruction addressed to an assistant (see ``assistant.instructions``)."""
        text = sentence.strip()
        return bool(text) and any(text in s or s in text for s in self.instructions.get((doc_id, paragraph_id), ()))

    def document(self, doc_id: str) -> Document:
        for d in self.documents:
            if d.doc_id == doc_id:
                return d
        raise KeyError(doc_id)

    def paragraph_text(self, doc_id: str, paragraph_id: str) -> str:
        return plain(self.document(doc_id).paragraph(paragraph_id).text)


class _UniqueKeys:
    """A mapping that names a key twice is an error: YAML would keep the last silently, so an entry's second
    ``chinese:`` line would replace its first (as one glossary term's did for many sessions)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value != "<<":
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        "while reading a mapping", node.start_mark,
                        f"found the key {key_node.value!r} twice", key_node.start_mark)
                seen.add(key_node.value)
        return super().construct_mapping(node, deep)  # type: ignore[misc]


class UniqueKeyLoader(_UniqueKeys, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's loader when available (~10x faster: 0.3 s of every start), refusing duplicate keys."""


class _PlainUniqueKeyLoader(_UniqueKeys, yaml.SafeLoader):
    """The pure-Python loader, whose messages name the line and column; errors are re-read with it."""


def read_text(path: Path) -> str:
    """A knowledge file's text; a file that is not UTF-8 or cannot be read is a KnowledgeError naming it
    (and, for bad bytes, where they are)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as e:
        raise KnowledgeError(f"{path}: file not found") from e
    except OSError as e:
        raise KnowledgeError(f"{path}: cannot read the file: {e.strerror or e}") from e
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        column = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        raise KnowledgeError(
            f"{path}: not UTF-8 text (byte 0x{data[e.start]:02X} at line {line}, column {column}); "
            "save it as UTF-8, or move it out of the knowledge folder if it is not a document"
        ) from e


def _read_yaml(path: Path) -> object:
    text = read_text(path)
    try:
        try:
            return yaml.load(text, Loader=UniqueKeyLoader)
        except yaml.YAMLError:
            return yaml.load(text, Loader=_PlainUniqueKeyLoader)
    except yaml.YAMLError as e:
        raise KnowledgeError(f"{path}: not valid YAML{_near_record(path, e)}: {e}") from e


def _near_record(path: Path, error: yaml.YAMLError) -> str:
    """ " near fact 'x'": the last record id above the line where YAML broke, to say where to look."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if mark is None:
        return ""
    lines = path.read_text(encoding="utf-8").splitlines()[: mark.line + 1]
    for line in reversed(lines):
        m = re.match(r"\s*-\s*(id|term):\s*['\"]?([^'\"#]+?)['\"]?\s*$", line)
        if m:
            kind = "fact" if m.group(1) == "id" else "term"
            return f" near {kind} {m.group(2).strip()!r}"
    return ""


def load_facts(path: Path, documents: list[Document]) -> list[Fact]:
    data = _read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("facts"), list):
        raise KnowledgeError(f"{path}: expected a mapping with a list under 'facts'")
    default_doc = str(data.get("document", "paper"))
    docs = {d.doc_id: d for d in documents}
    facts: list[Fact] = []
    seen: set[str] = set()
    for i, raw in enumerate(data["facts"], 1):
        where = f"{path}: fact #{i}"
        if not isinstance(raw, dict):
            raise KnowledgeError(f"{where}: expected a mapping, got {type(raw).__name__}")
        if "id" in raw:
            where = f"{path}: fact {raw['id']!r}"
        raw = {"doc_id": default_doc, **raw}
        try:
            fact = Fact.model_validate(raw)
        except ValidationError as e:
            problems = "; ".join(f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors())
            raise KnowledgeError(f"{where}: {problems}") from e
        if fact.id in seen:
            raise KnowledgeError(f"{where}: duplicate id")
        seen.add(fact.id)
        doc = docs.get(fact.doc_id)
        if doc is None:
            raise KnowledgeError(f"{where}: unknown document {fact.doc_id!r}")
        try:
            para = plain(doc.paragraph(fact.paragraph).text)
        except KeyError as e:
            raise KnowledgeError(f"{where}: paragraph {fact.paragraph!r} does not exist in {fact.doc_id}") from e
        if fact.quote not in para:
            raise KnowledgeError(
                f"{where}: quote is not verbatim in paragraph {fact.paragraph}: {fact.quote[:80]!r}"
            )
        missing = [n for n in numbers_in(fact.statement) if n not in numbers_in(fact.quote)]
        if missing:
            raise KnowledgeError(f"{where}: statement has numbers not in its quote: {missing}")
        facts.append(fact)
    return facts


def load_glossary(path: Path) -> Glossary:
    data = _read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
        raise KnowledgeError(f"{path}: expected a mapping with a list under 'terms'")
    terms = []
    for i, raw in enumerate(data["terms"], 1):
        try:
            terms.append(GlossaryTerm.model_validate(raw))
        except ValidationError as e:
            name = raw.get("term") if isinstance(raw, dict) else None
            problems = "; ".join(f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors())
            raise KnowledgeError(f"{path}: term #{i} {name!r}: {problems}") from e
    words: dict[str, str] = {}
    for i, raw in enumerate(data.get("question_words") or [], 1):
        if not isinstance(raw, dict) or not {"chinese", "english"} <= set(raw):
            raise KnowledgeError(f"{path}: question_words #{i}: needs 'chinese' and 'english'")
        words[str(raw["chinese"])] = str(raw["english"])
    shorthands = data.get("shorthands") or {}
    if not isinstance(shorthands, dict) or not all(isinstance(v, str) for v in shorthands.values()):
        raise KnowledgeError(f"{path}: 'shorthands' must map a shorthand to its word (mfg: manufacturing)")
    kinds = data.get("kind_nouns") or []
    if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
        raise KnowledgeError(f"{path}: 'kind_nouns' must be a list of nouns (platform, institute)")
    return Glossary(terms, words, {str(k).lower(): v for k, v in shorthands.items()}, tuple(kinds))


def knowledge_files(knowledge_dir: Path) -> list[Path]:
    return sorted(p for p in knowledge_dir.iterdir() if p.suffix in {".md", ".yaml", ".yml"} and p.is_file())


def fingerprint_files(paths: list[Path], extra: str = "") -> str:
    h = hashlib.sha256(extra.encode())
    for p in paths:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def load_documents(knowledge_dir: Path) -> list[Document]:
    """Every document (*.md, the paper first), each with paragraphs."""
    if not knowledge_dir.is_dir():
        raise KnowledgeError(f"{knowledge_dir}: knowledge folder not found")
    md = sorted(knowledge_dir.glob("*.md"), key=lambda p: (p.name != PRIMARY_DOCUMENT, p.name))
    md = [p for p in md if p.name.lower() != "readme.md" and not p.is_dir()]
    if not md:
        raise KnowledgeError(f"{knowledge_dir}: no documents (*.md)")
    documents = [parse_markdown(read_text(p), "paper" if p.name == PRIMARY_DOCUMENT else p.stem, p) for p in md]
    for d in documents:
        if not d.paragraphs:
            raise KnowledgeError(f"{d.path}: document has no paragraphs")
    return documents


def load_knowledge(knowledge_dir: Path) -> KnowledgeBase:
    """Load every document (*.md, the paper first), facts.yaml, glossary.yaml and, when present, the reader's
    edition (reader.yaml), validated; collect the warnings ingest and status print."""
    from .edition import load_reader_edition  # edition.py imports this module

    documents = load_documents(knowledge_dir)
    md = [d.path for d in documents]
    warnings: list[str] = []
    facts_path = knowledge_dir / "facts.yaml"
    facts = load_facts(facts_path, documents) if facts_path.exists() else []
    glossary_path = knowledge_dir / "glossary.yaml"
    if glossary_path.exists():
        glossary = load_glossary(glossary_path)
    else:
        # Documents alone are a valid knowledge base (README, "Adding documents"), but without the glossary
        # abbreviations, synonyms, Chinese terms and places are not understood and many questions are refused.
        glossary = Glossary()
        warnings.append(f"{glossary_path}: not found; abbreviations, synonyms, Chinese terms and places are not "
                        "understood without it, so many questions will be refused. Restore it (git checkout "
                        "knowledge/glossary.yaml) or write one (README, 'Adding documents').")
    instructions = find_instructions(documents)
    for doc in documents:
        for p in doc.paragraphs:
            found = instructions.get((doc.doc_id, p.paragraph_id), [])
            if found:
                shown = found[0] if len(found[0]) <= 100 else found[0][:97] + "..."
                warnings.append(f"{doc.path}: paragraph {p.paragraph_id} ({p.label}) holds {len(found)} "
                                f"sentence(s) addressed to an assistant, e.g. {shown!r}; they are kept as text "
                                "and are never followed as instructions.")
    # reader.yaml is not indexed, so it stays out of the index fingerprint
    fp = fingerprint_files([*md, *(p for p in (facts_path, glossary_path) if p.exists())])
    edition = load_reader_edition(knowledge_dir, documents, facts)
    return KnowledgeBase(documents, facts, glossary, fp, edition, warnings, instructions)


def load_knowledge_cached(knowledge_dir: Path, data_dir: str | Path) -> KnowledgeBase:
    """``load_knowledge``, kept in the data folder's cache under a digest of every file of the folder (and of
    the code): parsing and validating the files takes ~0.3 s of CPU, loading the result ~30 ms."""
    from .cache import cached, code_digest, files_digest

    try:
        files = sorted(p for p in Path(knowledge_dir).iterdir() if p.is_file())
        key = hashlib.sha256(f"{code_digest()}|{files_digest(files)}".encode()).hexdigest()[:16]
    except OSError:  # no folder, unreadable files: load_knowledge names the fault
        return load_knowledge(Path(knowledge_dir))
    return cached(data_dir, "knowledge", key, lambda: load_knowledge(Path(knowledge_dir)))


def find_instructions(documents: list[Document]) -> dict[tuple[str, str], list[str]]:
    """The sentences of each paragraph that address an assistant, keyed by (doc_id, paragraph_id)."""
    out: dict[tuple[str, str], list[str]] = {}
    for doc in documents:
        for p in doc.paragraphs:
            found = instruction_sentences(sentences(plain(p.text)))
            if found:
                out[(doc.doc_id, p.paragraph_id)] = [s for s, _ in found]
    return out
