"""Who made a document, read from its front matter (the lines between the title and the first heading): the
authors, their affiliation, a contact address and the keywords, each kept with the verbatim line it came from.

A paper's front matter has a shape, not a vocabulary: a line of comma-separated personal names (footnote marks
allowed), a line naming an organisation (a department, a university, a company ...) with its place, an e-mail
address, a "Keywords:" line. Nothing here knows any document; a document without such lines has no front matter
and questions about its authors are answered (or refused) from its text like any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .reading import Document, plain

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_KEYWORDS = re.compile(r"^\s*(?:key\s*words?|index terms)\s*[:：]\s*(.+)$", re.I)
# footnote marks after a name: "Tang Cheng^a", "J. Smith*", "A. Lee1,2", "B. Kim†"
_MARK = re.compile(r"(?:\^\w+|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=[a-z])\d+(?:,\d+)*)")
_NAME_WORD = re.compile(r"^(?:[A-Z][a-z'’-]+|[A-Z]\.(?:-?[A-Z]\.)*|(?:van|von|de|der|da|di|le|la|du|bin|al)\b)$")
# words that name an organisation or a unit of one: a line holding one is an affiliation, not a list of names
_ORGANISATION = re.compile(
    r"\b(?:department|dept|university|universit[äé]|institute|institut|college|school|faculty|laborator(?:y|ies)|"
    r"lab|cent(?:er|re)|academy|hospital|ministry|agency|bureau|office|company|corporation|corp|inc|ltd|llc|gmbh|"
    r"co\.|plc|foundation|council|association|group|division|unit|program(?:me)?)\b", re.I)


@dataclass(frozen=True)
class FrontLine:
    """One line of the front matter and the paragraph that holds it (what a citation quotes)."""

    paragraph_id: str
    text: str


@dataclass
class FrontMatter:
    doc_id: str
    title: str
    authors: list[str] = field(default_factory=list)
    authors_line: FrontLine | None = None
    affiliation: FrontLine | None = None
    contact: FrontLine | None = None
    email: str = ""
    corresponding: str = ""  # the author whose footnote mark the contact line repeats ("Tang Cheng^a" ... "^a x@y.z")
    keywords: list[str] = field(default_factory=list)
    keywords_line: FrontLine | None = None
    title_line: FrontLine | None = None  # the paragraph that is the title itself (a heading kept as text)

    @property
    def empty(self) -> bool:
        return not (self.authors or self.affiliation or self.contact or self.keywords)


def person_names(line: str) -> list[str]:
    """The names of a line that is nothing but personal names ("Tang Cheng^a, Wu Xiaohui and Zhang Jiahui"),
    footnote marks removed; [] for any other line (a sentence, an address, an organisation)."""
    if _ORGANISATION.search(line) or EMAIL.search(line) or re.search(r"[.!?:;]\s*$", line.strip()):
        return []
    items = [i.strip() for i in re.split(r",|;|\band\b|&", _MARK.sub("", line)) if i.strip()]
    names = []
    for item in items:
        words = item.split()
        if not 2 <= len(words) <= 4 or not all(_NAME_WORD.match(w) for w in words):
            return []
        names.append(" ".join(words))
    return names


def _marked(fm: FrontMatter, contact_line: str) -> str:
    """The author whose footnote mark opens the contact line, or the only author (of several) with a mark."""
    if fm.authors_line is None:
        return ""
    items = [i.strip() for i in re.split(r",|;|\band\b|&", fm.authors_line.text) if i.strip()]
    marks = {name: m.group(0) for name, item in zip(fm.authors, items, strict=False) if (m := _MARK.search(item))}
    opening = _MARK.match(contact_line.strip())
    if opening:
        return next((name for name, mark in marks.items() if mark == opening.group(0)), "")
    return next(iter(marks)) if len(marks) == 1 and len(fm.authors) > 1 else ""


def front_matter(document: Document) -> FrontMatter:
    """The front matter of ``document``, read line by line from its paragraphs before the first heading."""
    fm = FrontMatter(document.doc_id, document.title)
    front = next((s for s in document.sections if s.section_id == "front"), None)
    if front is None:
        return fm
    for paragraph in front.paragraphs:
        for raw in paragraph.text.splitlines():
            line = plain(raw).strip()
            if line == document.title and fm.title_line is None:
                fm.title_line = FrontLine(paragraph.paragraph_id, line)
            if not line or line == document.title:
                continue
            found = FrontLine(paragraph.paragraph_id, line)
            keywords = _KEYWORDS.match(line)
            if keywords and not fm.keywords:
                fm.keywords = [k.strip() for k in re.split(r"[,;，；]", keywords.group(1)) if k.strip()]
                fm.keywords_line = found
            elif EMAIL.search(line) and fm.contact is None:
                fm.contact, fm.email = found, EMAIL.search(line).group(0)  # type: ignore[union-attr]
                fm.corresponding = _marked(fm, line)
            elif not fm.authors and (names := person_names(line)):
                fm.authors, fm.authors_line = names, found
            elif fm.affiliation is None and fm.authors and _ORGANISATION.search(line) and len(line) <= 300:
                fm.affiliation = found  # after the names: the line that names where they work
    return fm
