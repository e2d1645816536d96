"""Which kind of thing a listed item is ("Which sector does Midea's platform serve?"): the item of a quoted list that
names what the question asks about, with the attribute the list gives it in brackets ("Midea Group-M. The IoT
(furniture)"), singled out before the list it is taken from."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...text import STOPWORDS, has_cjk
from ...types import Citation
from ..lexicon import CATEGORY_KIND

if TYPE_CHECKING:
    from .base import Selection

# which kind of thing something is, asked: "which sector is X in?", "X targets what industry?", "X: name and sector?";
# or what it is called
_ASKS_ATTRIBUTE = re.compile(r"\b(?:which|what)\s+(?:\w+\s+)?" + CATEGORY_KIND + r"\b|"
                             r"\band\s+(?:its\s+|their\s+)?(?:sector|industry|field)s?\s*[?.!]*\s*$|"
                             r"(?:哪个|哪些|哪一个|什么)(?:行业|领域|产业)|"
                             # the name of a thing of X ("what is X's platform called?", "X的平台叫什么？"): the item of
                             # the list that X opens names it, with its bracket
                             r"\bcalled(?:\s+(?:in|among|on|within)\s+[^?]{1,40})?\s*[?.!]*\s*$|\bthe name of\b|"
                             r"\bwhat(?:'s| is) (?:the|its|their) name\b|"
                             r"叫什么|名字|名称",
                             re.I)


def listed_attributes(sel: Selection, citations: list[Citation], written: str) -> list[str]:
    """The items of a quoted list that name what the question asks about, each with the attribute the list gives
    in brackets after it ("Midea Group-M. The IoT (furniture)"), when the question asks which kind of thing
    each is (its sector, industry, field ...) or what it is called, and the answer written so far does not single
    them out;
    verbatim (the glossary's names first, then the capitalised names the question types)."""
    if not _ASKS_ATTRIBUTE.search(sel.u.asked):
        return []
    # (every name of a thing the question names: "美的集团" is "Midea Group" in an English list)
    named = [[v for v in t.variants if not has_cjk(v)]
             for t, _ in sel.composer.kb.glossary.matches(sel.u.asked) if t.is_entity and not t.place]
    # (and, in a document with no glossary, the capitalised names the question types: "Birch Works")
    typed = [" ".join(w for w in run.split() if w.lower() not in STOPWORDS)
             for run in re.findall(r"\b[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*", sel.u.asked)]
    named += [[n] for n in typed if n]
    items: list[str] = []
    for names in named:
        item = _listed_item(citations, sorted(names, key=len, reverse=True))
        if item is not None and item not in items and not any(item in x or x in item for x in items):
            items.append(item)
    # said already, alone: no other item's bracket beside them
    alone = len(re.findall(r"\([^()]{2,40}\)", written)) <= len(items)
    return [] if all(x in written for x in items) and alone else items


def _listed_item(citations: list[Citation], names: list[str]) -> str | None:
    """The first item of a quoted list that opens with one of ``names`` and has a bracket after it (not an acronym
    nor a number): "Midea Group-M. The IoT (furniture)"."""
    for c in citations:
        for name in names:
            # the name opening an item of a list (after a colon, a comma, "and" or "namely")
            for m in re.finditer(r"(?:[:,;]\s*|\b(?:and|namely)\s+)(" + re.escape(name) + r")\b", c.quote, re.I):
                # the name, then at most a few words of the item, then its bracket
                item = re.match(r"[^,;()]{0,30}?\(([^()]{2,40})\)", c.quote[m.end(1):])
                if item is None or item.group(1).isupper() or re.fullmatch(r"[\d\s.,]+", item.group(1)):
                    continue  # an acronym ("(IMI)") or a number is no attribute
                return c.quote[m.start(1):m.end(1) + item.end()]
    return None
