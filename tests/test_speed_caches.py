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
