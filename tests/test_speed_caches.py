"""Pure pieces behind the warm and cold speed-ups: cached tokenising, the numpy BM25, the on-disk table cache.
Each must give exactly what it replaces. (Speed itself is measured in benchmarks/.)"""

from __future__ import annotations

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
