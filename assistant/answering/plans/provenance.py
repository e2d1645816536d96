"""Who made the document ("Who wrote this?", "Where are the authors based?", "Which company do the writers work
for?", "How can I contact the authors?", "作者是谁？"): answered from the document's front matter (its author
line, affiliation line, contact line), each line quoted and cited.

A question that only cites the authors as speakers ("what do the authors recommend?", "according to the authors,
...") asks about the content and is left to the other plans, as is a document with no front matter.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...front_matter import FrontMatter, front_matter
from ...text import has_cjk
from ..lexicon import ASKS_TITLE, OPINION, SOURCE_WORK
from ..render import Composition
from .points import Writer

if TYPE_CHECKING:
    from . import AnswerContext

_DOCUMENT = r"(?:paper|study|document|article|report|research|work|text|piece|analysis)"
# "this" and "that" stand for the document alone ("who wrote this?"), not before a noun of their own ("who was
# behind that architecture doc?" asks about another text)
_THIS = (r"(?:(?:this|that)(?!\s+(?!(?:in|on|at|and|for|from|by|with|then|exactly|really|please|again|first|"
         r"originally)\b)[a-z0-9])|it|the (?:" + _DOCUMENT[3:-1] + r")|(?:this|that) " + _DOCUMENT + r")")
_MAKER = r"(?:co-?authors?|authors?|writers?)"
_MADE = r"(?:wrote|writes|authored|penned|prepared|produced|compiled|made|is behind|are behind|was behind|were behind)"
# the nouns that describe the makers in a relative clause: "the people who wrote this paper", "the team that wrote it"
_DESCRIBED = ("people", "persons", "team", "researchers", "researcher", "scholars", "scholar", "group", "those")
# who made it: "who wrote this?", "who are the authors?", "name the authors", "written by whom?", "作者是谁"
ASKS_NAMES = re.compile("|".join([
    # "who wrote the paper?", not "who wrote the paper "Reducibility Among ..." in 1974?" (another paper, by its title)
    # (not "who" after the noun it stands for: "the people who wrote this paper" are named, not asked for)
    "".join(rf"(?<!{noun} )" for noun in _DESCRIBED) +  # (a lookbehind has one width: one per noun)
    r"\bwho\s+" + _MADE + r"\s+" + _THIS + r"(?![\w-])(?!\s+(?:about|on|of|called|titled|entitled|named)\b)"
    r"(?!\s*[\"“'‘(]|\s+(?-i:[A-Z0-9]))",
    r"\bwho(?:\s+(?:is|are|was|were)|'s|’s)\s+(?:the |its |the \w+'s )?" + _MAKER + r"\b",
    # "who's behind this paper?": the contraction of "who is behind"
    r"\bwho(?:'s|’s)\s+behind\s+" + _THIS + r"(?![\w-])(?!\s+(?:about|on|of|called|titled|entitled|named)\b)",
    r"\b(?:name|list|names? of|identify)\s+(?:the |its |all the |the \w+'s )?" + _MAKER + r"\b",
    r"^\W*(?:the |its )?" + _MAKER + r"\W*$",
    r"\b(?:written|authored|prepared) by whom\b",
    r"\bby whom (?:was|is) " + _THIS + r"\b",
    r"作者是谁|谁写的|由谁(?:撰写|编写|写)|作者有哪些|哪些作者"]), re.I)
# where they work: "where are the authors based?", "which company do the writers work for?", "the authors'
# affiliation", "which institution is behind this study?", "作者单位"
_WORKS_AT = (r"(?:work(?:s|ed|ing)?\s+(?:for|at|in)|based(?!\s+(?:on|upon)\b)|affiliat\w*|employed (?:by|at)|"
             r"employers?|(?:come|comes|hail|hails) from|from\s*[?.!]?\s*$|work(?:s|ed)?\s*[?.!]?\s*$)")
# the makers described, not named by their noun: "the people who wrote this paper", "the team that authored the study",
# "the researchers behind this article"
_MAKERS_DESCRIBED = (r"(?:" + _MAKER + r"|(?:" + "|".join(_DESCRIBED) + r")\s+(?:who|that)\s+" + _MADE + r"\s+" + _THIS
                     + r"|(?:research(?:ers?|\s+team)?|team|group|people)\s+behind\s+" + _THIS + r")")
ASKS_PLACE = re.compile(
    r"\b" + _MAKERS_DESCRIBED + r"\b.*\b" + _WORKS_AT + r"|\b" + _WORKS_AT + r".*\b" + _MAKERS_DESCRIBED + r"\b|"
    # "which company employs the authors?" ("what methods do the authors employ?" asks what they use)
    r"\bemploys?\s+(?:the\s+)?" + _MAKERS_DESCRIBED + r"\b|"
    r"\b" + _MAKER + r"(?:'s|s'|’s)?\s+(?:affiliations?|organi[sz]ations?|institutions?|employers?|company|university|"
    r"institute|department|address|home base)\b"
    r"|\b(?:institutions?|organi[sz]ations?|company|companies|firms?|universit(?:y|ies)|cit(?:y|ies)|outfits?|"
    r"agenc(?:y|ies))\b.*\bbehind "
    # "作者单位", "作者在哪里工作"; "作者认为X的短板在哪里" asks what they think, not where they are
    + _THIS + r"\b|作者(?![^，,。？?]*(?:认为|觉得|指出|提出|主张|强调|看来|表示|说))[^，,。？?]*"
    r"(?:单位|机构|公司|哪里|在哪|来自)", re.I)
# the body the document comes from, asked without naming its makers: "which organisation produced this analysis?",
# "which company is the paper from?", "the paper was written by researchers from which company?" ("this" and the
# document's noun only: "which company produced it?" may ask about a thing named before, "the report on X" is
# another document, and so may "the report" or "the document" be: only "the paper", "the study", "the article" are
# taken for this one)
_THIS_DOC = (r"(?:(?:this|your)\s+" + _DOCUMENT + r"(?![\w-])|"
             r"the\s+(?:paper|study|article)(?![\w-])(?!\s+(?:about|on|of|called|titled|entitled|named)\b)|"
             r"this(?=\s*(?:[?.!,;]|$)))")  # "this analysis of X" is this one; "this architecture" is not
_BODY = (r"(?:compan(?:y|ies)|organi[sz]ations?|institutions?|firms?|universit(?:y|ies)|bod(?:y|ies)|employers?|"
         r"institutes?|enterprises?|outfits?|agenc(?:y|ies))")
_ISSUED = r"(?:" + _MADE[3:-1] + r"|published|issued|released|put out|wrote|written)"
ASKS_ORIGIN = re.compile(
    r"\b(?:which|what)\s+" + _BODY + r"\b[^?.]{0,30}?\b" + _ISSUED + r"\s+" + _THIS_DOC + r"|"
    r"\b(?:which|what)\s+" + _BODY + r"\b[^?.]{0,20}?\b" + _THIS_DOC + r"\s+(?:(?:is|was)\s+)?(?:from|comes?|came)\b|"
    r"\b" + _THIS_DOC + r"\s+(?:(?:is|was)\s+)?(?:" + _ISSUED + r"|comes?|came)\b[^?.]{0,40}?\b(?:from|at|by)\s+"
    r"(?:which|what)\s+" + _BODY + r"\b", re.I)
_CONTACT = r"(?:contact(?!\s+author)\w*|e-?mail\w*|write to|how (?:can|do|could|would|should) (?:i|we|you|one) reach)"
ASKS_CONTACT = re.compile(r"\b" + _MAKER + r"\b.*\b" + _CONTACT + r"\b|\b" + _CONTACT + r"\b.*\b" + _MAKER + r"\b|"
                          r"作者.*(?:联系|邮箱|邮件)", re.I)
# one author singled out: the one to write to, or the one named first
CORRESPONDING = re.compile(r"\b(?:corresponding|contact) authors?\b|通讯作者", re.I)
FIRST = re.compile(r"\b(?:first|lead|leading|main|principal|primary) authors?\b|第一作者", re.I)
# a follow-up that leans on the makers named before ("where are they from?", "how can I reach them?")
# (or the body they work for, pointed at: "where is that company located?", "该公司在哪里？")
_THEM = re.compile(r"\b(?:they|them|their|he|she|his|her)\b|\b(?:that|this|the|their|its)\s+(?:company|firm|"
                   r"organi[sz]ation|institution|employer|workplace|department|unit|outfit|enterprise)\b|他们|她们|"
                   r"(?:那|这|该)(?:家|个)?(?:公司|单位|企业|机构)", re.I)
# (or the body they belong to: "at which organization do they work?", "which company are they with?")
_PLACE_OF_THEM = re.compile(r"\bwhere\b|\b" + _WORKS_AT + r"|\b(?:organi[sz]ations?|institutions?|employers?|"
                            r"employs?|employed|compan(?:y|ies)|universit(?:y|ies)|firms?)\b|哪里|在哪|单位", re.I)
_CONTACT_OF_THEM = re.compile(r"\b" + _CONTACT + r"\b|\breach (?:them|him|her)\b|联系|邮箱", re.I)


# the makers only as the speakers of what is asked: "what share comes from X, per the authors?", "according to the
# writers, where is Y based?", "in the authors' view, ...", and a work of theirs that frames it ("in the authors'
# classification", "by the writers' tally", "on the authors' reckoning"): the same works the question reader sets
# aside as a frame ("in the authors' home base" is still where they are)
_AS_SPEAKERS = re.compile(r"\b(?:per|according to|in the (?:view|opinion|words) of|as (?:seen|told|put) by)\s+"
                          r"(?:the\s+)?(?:paper's\s+|study's\s+)?" + _MAKER + r"\b|\bin (?:the )?" + _MAKER +
                          r"(?:'s|s'|’s|'|’)?\s+(?:view|opinion|words|account|reading|analysis)\b|"
                          r"\b(?:in|by|on|from|going by|judging by)\s+(?:the\s+)?" + _MAKER + r"(?:'s|s'|’s|'|’)\s+"
                          r"(?:own\s+)?" + SOURCE_WORK + r"\b", re.I)


# "the Boston one - which university's behind it?", "About the Denver hub: who is behind it?": a preface that
# names a thing (a capitalised word or a figure after its first word) is what "it" stands for, not the document
_NAMING_PREFACE = re.compile(r"^\s*(?P<thing>[^:?,–—]{3,60}?)\s*(?:[:–—,]|\s-\s)\s*(?P<rest>\S.*)$")


# "this industrial internet study", "this NNMI paper": this document, named with words of its topic
# ("the researchers behind this study work": the topic words are no document noun, so "study work" stays)
_TOPIC_BEFORE_DOCUMENT = re.compile(r"\b(this|your)\s+(?:(?!" + _DOCUMENT + r"\b)[\w'’&-]+\s+){1,3}?(" + _DOCUMENT
                                    + r")\b", re.I)


def _it_is_a_thing_named_before(question: str) -> bool:
    m = _NAMING_PREFACE.match(question)
    if m is None:
        return False
    thing, rest = m.group("thing"), m.group("rest")
    names = re.search(r"(?<=\s)[A-Z0-9]", thing.strip()) is not None
    return (names and not re.search(r"\b" + _DOCUMENT + r"\b", thing, re.I)
            and not re.search(r"\b" + _MAKER + r"\b|\b" + _DOCUMENT + r"\b", rest, re.I))


def asked_about_makers(question: str, previous: str = "") -> tuple[bool, bool, bool]:
    """(names, place, contact): which of who made the document, where they work and how to reach them the
    question asks; a follow-up ("where are they from?") after a question about the makers asks of them too."""
    if _it_is_a_thing_named_before(question):
        return False, False, False
    question = _TOPIC_BEFORE_DOCUMENT.sub(r"\1 \2", _AS_SPEAKERS.sub(" ", question))
    names = bool(ASKS_NAMES.search(question) or CORRESPONDING.search(question) or FIRST.search(question))
    place = bool(ASKS_PLACE.search(question) or ASKS_ORIGIN.search(question))
    contact = bool(ASKS_CONTACT.search(question))
    if _THEM.search(question) and (names or previous and any(asked_about_makers(previous))):
        # "who wrote this, and where are they from?", or after "who wrote it?": "where do they work?"
        place = place or bool(_PLACE_OF_THEM.search(question))
        contact = contact or bool(_CONTACT_OF_THEM.search(question))
    return names, place, contact


class ProvenancePlan:
    name = "provenance"
    broad = False
    specific = True

    def answer(self, ctx: AnswerContext) -> Composition | None:
        u = ctx.u
        q = u.asked or u.question
        if not u.dependent and u.standalone != q and not has_cjk(q):
            q = f"{q} {u.standalone}"  # the question as repaired ("the authers" read as "the authors")
        previous = next((t.content for t in reversed(u.history) if t.role == "user"), "") if u.dependent else ""
        if OPINION.search(q):
            return None  # "do you think the authors are biased because they work for X?": an opinion, refused
        wants_names, wants_place, wants_contact = asked_about_makers(q, previous)
        if not (wants_names or wants_place or wants_contact):
            return self._titles(ctx) if ASKS_TITLE.search(q) else None
        fm = self._front_matter(ctx, q)
        if fm is None:
            return None
        writer = Writer(ctx)
        title = self._title(ctx, fm)
        lines: list[str] = []
        one = self._singled_out(fm, q)
        if one is not None:
            name, key = one
            marker = f"[{writer.cite(fm.doc_id, fm.authors_line.paragraph_id, fm.authors_line.text)}]"  # type: ignore[union-attr]
            if key == "synth_corresponding" and fm.contact is not None:
                marker += f"[{writer.cite(fm.doc_id, fm.contact.paragraph_id, fm.contact.text)}]"
            lines.append(f"{writer.phrase(key, name=name, email=fm.email)} {marker}")
            wants_names = wants_contact = False
        if wants_names and fm.authors_line is not None:
            key = "synth_authors" if len(fm.authors) > 1 else "synth_author"
            names = self._join(fm.authors, u.language)
            marker = writer.cite(fm.doc_id, fm.authors_line.paragraph_id, fm.authors_line.text)
            lines.append(f"{writer.phrase(key, title=title, names=names)} [{marker}]")
        # who wrote it is told with where they work, as a byline does ("Who wrote this paper?": the names, then the
        # affiliation, which says who stands behind the document)
        if (wants_place or (wants_names and one is None)) and fm.affiliation is not None:
            marker = writer.cite(fm.doc_id, fm.affiliation.paragraph_id, fm.affiliation.text)
            lines.append(f"{writer.phrase('synth_affiliation', affiliation=fm.affiliation.text)} [{marker}]")
        if wants_contact and fm.contact is not None:
            marker = writer.cite(fm.doc_id, fm.contact.paragraph_id, fm.contact.text)
            lines.append(f"{writer.phrase('synth_contact', email=fm.email)} [{marker}]")
        if not lines:
            return None  # the front matter lacks what is asked: the other plans answer or refuse
        return writer.compose(lines)

    def _titles(self, ctx: AnswerContext) -> Composition | None:
        """What each document is called, cited from its title line (a document without one, named by its file
        only, is left to the other plans)."""
        titled = [fm for d in ctx.composer.kb.documents if (fm := front_matter(d)).title_line is not None]
        if not titled:
            return None
        writer = Writer(ctx)
        lines = []
        for fm in titled:
            marker = writer.cite(fm.doc_id, fm.title_line.paragraph_id, fm.title_line.text)  # type: ignore[union-attr]
            lines.append(f"{writer.phrase('synth_title', title=self._title(ctx, fm))} [{marker}]")
        return writer.compose(lines)

    @staticmethod
    def _singled_out(fm: FrontMatter, question: str) -> tuple[str, str] | None:
        """(name, phrase key) when the question asks for the corresponding or the first author and the front
        matter says who that is."""
        if fm.authors_line is None:
            return None
        if CORRESPONDING.search(question):
            return (fm.corresponding, "synth_corresponding") if fm.corresponding else None
        if FIRST.search(question):
            return fm.authors[0], "synth_first_author"
        return None

    @staticmethod
    def _front_matter(ctx: AnswerContext, question: str) -> FrontMatter | None:
        """The front matter of the document asked about: the only one that has one, else the one whose title the
        question names most, else the one the best retrieved passage comes from."""
        found = [fm for d in ctx.composer.kb.documents if not (fm := front_matter(d)).empty]
        if len(found) <= 1:
            return found[0] if found else None
        words = set(re.findall(r"[a-z]{4,}", question.lower()))
        named = max(found, key=lambda fm: len(words & set(re.findall(r"[a-z]{4,}", fm.title.lower()))))
        if words & set(re.findall(r"[a-z]{4,}", named.title.lower())):
            return named
        top = ctx.hits[0].doc_id if ctx.hits else ""
        return next((fm for fm in found if fm.doc_id == top), None)

    @staticmethod
    def _title(ctx: AnswerContext, fm: FrontMatter) -> str:
        edition = ctx.composer.kb.edition
        if ctx.u.language == "zh" and edition is not None and edition.document == fm.doc_id and edition.paper.title_zh:
            return edition.paper.title_zh
        return fm.title

    @staticmethod
    def _join(names: list[str], language: str) -> str:
        if language == "zh":
            return "、".join(names)
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
