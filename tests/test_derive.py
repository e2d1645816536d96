"""derive.py: arithmetic on two facts, with its working shown and accepted by the number check (no model)."""

from __future__ import annotations

from assistant.answering.derive import combinable, comparable, derive, number_of, pairs, part_of, show, total_of
from assistant.numbers import unsupported_numbers
from assistant.types import Fact


def fact(id: str, value, unit: str | None = "institutes", as_of: str | None = "2017", subject: str = "A",
         attribute: str = "things funded") -> Fact:
    return Fact(id=id, statement=f"{subject} funded {value} {unit}.", subject=subject, attribute=attribute,
                value=value, unit=unit, as_of=as_of, paragraph="p1", quote=f"{subject} funded {value} {unit}")


A, B = fact("a", 8, subject="A"), fact("b", 5, subject="B")


def test_difference_names_the_larger_and_shows_its_working():
    d = derive(B, A, "Which funded more, B or A, and by how many?")
    assert d is not None and d.operation == "difference"
    assert d.larger is A and d.smaller is B
    assert d.working == "8 − 5 = 3" and d.result == "3" and d.unit == "institutes"


def test_the_working_is_what_the_number_check_accepts():
    quotes = [A.quote, B.quote]
    for question in ("how many more", "together", "how many times", "what share of the two"):
        d = derive(A, B, question)
        answer = f"{d.working} {' '.join(d.shares)}"
        assert unsupported_numbers(answer, quotes) == [], (question, answer)
    # a result without its working is not accepted
    assert unsupported_numbers("3 more", quotes) == ["3"]


def test_sum_ratio_and_share():
    assert derive(A, B, "How many did they fund together?").working == "8 + 5 = 13"
    r = derive(A, B, "How many times as many?")
    assert r.operation == "ratio" and r.working == "8 / 5 = 1.6"
    odd = derive(fact("c", 41, subject="C"), fact("d", 34, subject="D"), "what ratio")
    assert odd.working == "41 / 34 ≈ 1.21"
    s = derive(A, B, "What share of the two did B fund?")
    assert s.operation == "share" and s.working == "8 + 5 = 13"
    assert s.shares == ("8 / 13 ≈ 62%", "5 / 13 ≈ 38%")


def test_equal_figures_have_no_larger_side():
    d = derive(A, fact("e", 8, subject="E"), "which more")
    assert d.equal and d.working == "8 − 8 = 0"


def test_only_like_figures_are_combined():
    assert comparable(A, B)
    assert not comparable(A, fact("u", 5, unit="companies"))  # another unit
    assert not comparable(A, fact("t", 5, as_of="2016"))  # another date
    assert not comparable(A, fact("w", "two-thirds", unit="institutes"))  # not a figure in digits
    assert not comparable(A, A)  # one fact is not two
    assert derive(A, fact("u", 5, unit="companies"), "how many more") is None


def test_number_of_reads_digits_only():
    assert number_of(fact("x", "1,200")) == 1200
    assert number_of(fact("x", "12")) == 12
    assert number_of(fact("x", "most exports")) is None
    assert number_of(fact("x", ["a", "b"])) is None
    assert show(1.6) == "1.6" and show(3.0) == "3" and show(1.2058) == "1.21"


def test_pairs_prefer_the_same_attribute():
    a2 = fact("a2", 3, subject="A", attribute="other things")
    b2 = fact("b2", 2, subject="B", attribute="other things")
    got = pairs([A, a2], [b2, B])
    assert got[0] == (A, B) and (a2, b2) in got[:2]


def test_a_share_exact_at_one_decimal_is_shown_so():
    """17.5 % rounded to 18 would be half a point off: the number check would (rightly) refuse it."""
    d = part_of(fact("p", 7, as_of="2019", unit="platforms"), fact("w", 40, as_of="2019", unit="platforms"))
    assert d.working == "7 / 40 = 17.5%"
    assert unsupported_numbers(d.working, ["7 platforms", "40 platforms"]) == []
    assert part_of(fact("p", 8), fact("w", 14)).working == "8 / 14 ≈ 57%"
    assert part_of(fact("p", 4), fact("w", 40)).working == "4 / 40 = 10%"
    assert part_of(fact("w", 40), fact("p", 4)) is None  # a part is not larger than its whole


def test_combinable_figures_of_one_whole():
    """Two counts of one subject and date may be combined when a question names both; a count and a
    percentage never; a plan (undated) and its progress (dated) in one unit may."""
    small = fact("s", 341, unit="small businesses", as_of="2016", subject="N")
    univ = fact("u", 177, unit="universities", as_of="2016", subject="N")
    share = fact("p", 33, unit="percent", as_of="2016", subject="N")
    plan = fact("plan", 45, as_of=None, subject="N")
    assert combinable(small, univ) and not comparable(small, univ)
    assert not combinable(small, share)
    assert combinable(plan, fact("t", 14, subject="N"))
    assert not combinable(small, fact("o", 9, unit="universities", as_of="2016", subject="M"))
    assert derive(plan, fact("t", 14, subject="N"), "how many remain to be built", check=combinable).operation \
        == "remaining"
    assert total_of([A, B, fact("c", 1)])[1] == ["8 + 5 = 13", "13 + 1 = 14"]
