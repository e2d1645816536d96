"""Pure pieces behind the warm and cold speed-ups: cached tokenising, the numpy BM25, the on-disk table cache.
Each must give exactly what it replaces. (Speed itself is measured in benchmarks/.)"""

from __future__ import annotations

import pytest

from assistant.knowledge import KnowledgeError
from assistant.numbers import numbers_in
from assistant.text import content_tokens


def test_cached_tokens_are_a_fresh_list_each_time() -> None:
    text = "The Department of Defense funded eight Manufacturing Innovation Institutes."
    first = content_tokens(text)
    first.append("mutated")  # retrieval extends the list it gets; the cache must not see that
    assert content_tokens(text) == first[:-1]
    assert content_tokens(text) is not content_tokens(text)


def test_cached_numbers_are_a_fresh_list_each_time() -> None:
    got = numbers_in("By 2017, five of the 1,200 members")
    assert got == ["2017", "5", "1200"]
    got.clear()
    assert numbers_in("By 2017, five of the 1,200 members") == ["2017", "5", "1200"]
    assert numbers_in("By 2017, five of the 1,200 members", words=False) == ["2017", "1200"]


def _rank_bm25_cases() -> list[tuple[list[list[str]], list[list[str]]]]:
    small = [["nnmi", "institut", "fund"], ["dod", "fund", "fund", "eight"], ["energi", "depart"], ["_"],
             ["nnmi", "nnmi", "nnmi", "member"]]
    # "fund" in most documents gets a negative idf, floored at epsilon times the average (rank_bm25's rule)
    common = [["fund", "a"], ["fund", "b"], ["fund", "c"], ["d"]]
    queries = [["fund"], ["nnmi", "fund", "nnmi"], ["unknown"], [], ["energi", "depart", "member", "_"], ["a", "d"]]
    return [(small, queries), (common, queries)]


def test_numpy_bm25_gives_rank_bm25s_scores_bit_for_bit() -> None:
    import numpy as np
    from rank_bm25 import BM25Okapi

    from assistant.bm25 import BM25

    for corpus, queries in _rank_bm25_cases():
        ours, theirs = BM25(corpus), BM25Okapi(corpus)
        assert ours.idf == theirs.idf
        for q in queries:
            assert np.array_equal(ours.get_scores(q), theirs.get_scores(q)), q
        loaded = BM25.from_state(ours.state())  # what the on-disk cache reads back
        assert loaded.idf == theirs.idf
        for q in queries:
            assert np.array_equal(loaded.get_scores(q), theirs.get_scores(q)), q


def test_numpy_bm25_matches_rank_bm25_on_the_paper(kb, index_settings) -> None:
    import numpy as np
    from rank_bm25 import BM25Okapi

    from assistant.bm25 import BM25
    from assistant.index import build_items

    docs = [content_tokens(it.text) or ["_"] for it in build_items(kb, index_settings)]
    ours, theirs = BM25(docs), BM25Okapi(docs)
    assert ours.idf == theirs.idf
    for q in ["How many institutes did DoD fund?", "industrial internet platform China Haier COSMOPLAT",
              "recommendations recommendations policy", "zzz nothing"]:
        toks = content_tokens(q)
        assert np.array_equal(ours.get_scores(toks), theirs.get_scores(toks)), q


def test_glossary_matches_are_cached_per_text_and_a_fresh_list(kb) -> None:
    text = "How many institutes did DoD fund, and the Department of Energy?"
    first = kb.glossary.matches(text)
    assert first == kb.glossary._matches(text) and first
    first.clear()
    assert kb.glossary.matches(text) == kb.glossary._matches(text)


def _matches_by_regex(glossary, text: str) -> list:
    """The glossary's former matcher: stemmed variants by one alternation of every variant, longest first."""
    import re

    from assistant.knowledge import _common_noun_use, _stem_line, _stem_words, _verb_use

    alternation = "|".join(re.escape(v) for v in sorted(glossary._owner, key=len, reverse=True))
    pattern = re.compile(r"(?<![^ ])(?:" + alternation + r")(?![^ ])")
    found: dict = {}
    line = _stem_line(text)
    names = []  # (first word, words, owner) of each name of several words a thing is found by
    for m in pattern.finditer(line):
        i, variant = glossary._owner[m.group(0)]
        if found.setdefault(i, (m.start(), variant))[0] == m.start() and " " in m.group(0):
            names.append((line[:m.start()].count(" "), m.group(0).count(" ") + 1, i))
    # a one-word name in lower case after a word modifying it ("supplies defense") is the common noun, both ways
    # (since session 36: and a one-word lower-case name used as a verb, "act on", names nothing)
    found = {i: v for i, v in found.items()
             if not _common_noun_use(text, glossary.terms[i], v[1]) and not _verb_use(text, glossary.terms[i], v[1])}
    for abbreviations in (glossary._abbrev_exact, glossary._abbrev_loose):
        for m in abbreviations.finditer(text) if abbreviations is not None else ():
            owner = glossary._abbrev_owner.get(m.group(0)) or glossary._abbrev_owner.get(m.group(0).lower())
            at, size = len(_stem_words(text[:m.start()])), len(_stem_words(m.group(0)))
            # (since session 32: an abbreviation strictly inside another thing's name names that thing)
            inside = any(a <= at < a + n and n > size and i != owner[0] for a, n, i in names) if owner else False
            if owner and not inside:
                found.setdefault(owner[0], (m.start(), owner[1]))
    low, taken = text.lower(), []
    for variant, i in glossary._cjk:
        at = low.find(variant)
        if at >= 0 and not any(a <= at < b for a, b in taken):
            taken.append((at, at + len(variant)))
            found.setdefault(i, (10_000 + at, variant))
    return [(glossary.terms[i], v) for i, (_, v) in sorted(found.items(), key=lambda kv: kv[1][0])]


def test_word_by_word_glossary_lookup_finds_what_the_alternation_found(kb, repo_root) -> None:
    import json

    from assistant.reading import plain, sentences

    g = kb.glossary
    texts = [f.statement for f in kb.facts]
    texts += [s for d in kb.documents for p in d.paragraphs for s in sentences(plain(p.text))]
    for name in ("questions.jsonl", "heldout.jsonl", "paraphrase.jsonl", "policymaker.jsonl"):
        texts += [json.loads(line)["question"] for line in (repo_root / "evals" / name).read_text().splitlines()
                  if line.strip()]
    variants = [v for t in g.terms for v in (t.term, *t.synonyms, *t.abbreviations, *t.chinese)]
    # variants side by side, hyphenated, in plurals and possessives: where longest-first and left-to-right matter
    texts += variants + [" ".join(variants[i:i + 3]) for i in range(len(variants))]
    texts += [f"the {a}-{b} of {a}s and {b}'s" for a, b in zip(variants, variants[1:], strict=False)]
    assert len(texts) > 1000
    for text in texts:
        assert g._matches(text) == _matches_by_regex(g, text), text


def test_the_knowledge_cache_follows_the_files_and_survives_damage(knowledge_dir, tmp_path) -> None:
    import shutil

    from assistant.cache import table_path
    from assistant.knowledge import load_knowledge, load_knowledge_cached

    folder = tmp_path / "knowledge"
    shutil.copytree(knowledge_dir, folder)
    data = tmp_path / "data"
    first = load_knowledge_cached(folder, data)
    stored = list((data / "cache").glob("knowledge-*.pickle"))
    assert len(stored) == 1
    again = load_knowledge_cached(folder, data)  # read back from the file
    assert again.fingerprint == first.fingerprint and again.facts == first.facts
    assert [p.text for d in again.documents for p in d.paragraphs] == [p.text for d in first.documents
                                                                       for p in d.paragraphs]
    assert again.glossary.matches("How many institutes did DoD fund?") == first.glossary.matches(
        "How many institutes did DoD fund?")
    # a changed file is a new key: the table is derived again, and the old one removed
    paper = folder / "paper.md"
    paper.write_text(paper.read_text() + "\n\nA new closing paragraph about the Department of Energy.\n")
    changed = load_knowledge_cached(folder, data)
    assert changed.fingerprint != first.fingerprint and changed.fingerprint == load_knowledge(folder).fingerprint
    now = list((data / "cache").glob("knowledge-*.pickle"))
    assert len(now) == 1 and now != stored
    # a damaged table is derived again, not trusted
    now[0].write_bytes(b"not a pickle")
    assert load_knowledge_cached(folder, data).fingerprint == changed.fingerprint
    # a broken knowledge file is reported as without the cache
    (folder / "facts.yaml").write_text("facts: [unclosed")
    with pytest.raises(KnowledgeError):
        load_knowledge_cached(folder, data)
    assert table_path(data, "knowledge", "x").parent == data / "cache"


def test_a_data_folder_that_cannot_be_written_still_loads(knowledge_dir, tmp_path) -> None:
    from assistant.knowledge import load_knowledge_cached

    data = tmp_path / "not-a-folder"
    data.write_text("a file where the data folder should be: nothing can be written under it, even by root")
    assert load_knowledge_cached(knowledge_dir, data).facts


def test_documents_are_embedded_once_each_in_batches_of_like_length(embeddings) -> None:
    import numpy as np

    texts = ["Short one.", "A much longer text about the Department of Defense and its eight institutes " * 4,
             "Short one.", "Medium length text about NNMI.", "Another medium text, about Energy."]
    done: list[int] = []
    vectors = np.array(embeddings.embed_documents(texts, progress=done.append))
    assert sum(done) == len(texts) and vectors.shape == (5, 384)
    assert np.array_equal(vectors[0], vectors[2])  # the duplicate gets its text's vector, embedded once
    for text, vec in zip(texts, vectors, strict=True):  # each in its place, as when embedded alone
        assert float(vec @ np.array(embeddings.embed_query(text))) >= 0.99999


def test_the_token_table_round_trips() -> None:
    from assistant.text import add_tokens, token_table

    text = "A sentence no other test tokenises: the Zorbland institutes' funding."
    want = content_tokens(text)
    table = token_table()
    assert table[text] == tuple(want)
    table[text] = ("from", "the", "table")  # a loaded table is trusted: it was written by the same code
    add_tokens({text: table[text]})
    assert content_tokens(text) == ["from", "the", "table"]
    add_tokens({text: tuple(want)})
    assert content_tokens(text) == want


def test_a_second_process_loads_the_stored_tables(index_settings) -> None:
    from assistant import Assistant

    first = Assistant(index_settings, notify=None)
    cache = index_settings.data_dir / "cache"
    assert list(cache.glob("tokens-*.pickle")) and list(cache.glob("knowledge-*.pickle"))
    second = Assistant(index_settings, notify=None)  # from the stored tables
    assert second._tokens_loaded > 0
    question = "How many institutes did DoD fund?"
    assert second.ask(question, suggest=False).answer == first.ask(question, suggest=False).answer


def test_coverage_function_gives_coverage_exactly(index_settings) -> None:
    from assistant import Assistant

    a = Assistant(index_settings, notify=None)
    units = [toks for sents in a.chooser.sentences.values() for _, toks in sents]
    units += list(a.chooser.fact_tokens.values()) + [set()]
    for question in ["How many institutes did DoD fund?", "Who proposed NNMI and when?", "什么是工业互联网？",
                     "Which platforms did Haier build for manufacturing?", "What does the paper recommend?"]:
        u = a.reader.read(question, [])
        fast = u.coverage_function()
        assert [fast(t) for t in units] == [u.coverage(t) for t in units], question
