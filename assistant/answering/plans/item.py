"""More about one point of the last answer ("tell me more about the first one", "and the second?", "expand on the
last point"): the last answer is a list of cited points; the point asked for is answered with the passages it
rests on, quoted in full, so the follow-up says more than the point did.

The last answer's citations are not in the conversation (only its text is), so the last question is answered
again: the engine is deterministic, and the point's markers lead to the paragraphs it cites.
"""

from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING

from ...text import content_tokens
from ..lexicon import ORDINALS, ordinal_asked
from ..render import Composition
from .multipart import answer_alone
from .points import Point, Writer

if TYPE_CHECKING:
    from . import AnswerContext

# a sentence that opens the next item of a list the paragraph sets out ("Second, ...", "Finally, ...")
_NEXT_ITEM = re.compile(r"\s*(?:second|third|fourth|fifth|sixth|next|then|final|last)(?:ly)?\b", re.I)
MAX_SENTENCES = 4  # of the paragraphs a point cites: enough to say more than the point, short enough to read
_BULLET = re.compile(r"^\s*[-*•]\s+(.+)$", re.M)
# "and the second?", "what about the last?", "the third one": an ordinal and nothing else
_BARE_ORDINAL = re.compile(r"^\s*(?:(?:and|ok|okay|so|then|now|what about|how about)\s+)*(?:the\s+)?(" +
                           "|".join(ORDINALS) + r")(?:\s+one)?\s*[?.!]*\s*$", re.I)


class ItemPlan:
    name = "item"
    broad = False
    specific = True

    def answer(self, ctx: AnswerContext) -> Composition | None:
        u = ctx.u
        n = _ordinal(u.question)
        if not (u.dependent and n is not None):
            return None
        # the list is the last answer that is not itself about one of its points ("and the second?" after "tell
        # me more about the first one")
        users = [k for k, t in enumerate(u.history) if t.role == "user"]
        while users and _ordinal(u.history[users[-1]].content) is not None:
            users.pop()
        if not users:
            return None
        last = users[-1]
        _, previous = answer_alone(ctx.composer, u.history[last].content, list(u.history[:last]))
        bullets = list(_BULLET.finditer(previous.answer))
        if previous.refused or len(bullets) < 2 or n > len(bullets):
            return None
        bullet = bullets[-1] if n == -1 else bullets[n - 1]
        point = bullet.group(1)
        markers = {int(m) for m in re.findall(r"\[(\d+)\]", point)}
        listed = not markers
        if listed:
            # the items of a list stated just before ("... from three aspects: a, b and c. [1]" then "- a", "- b")
            # carry no markers of their own: they rest on what that sentence cites
            before = re.findall(r"\[(\d+)\]", previous.answer[:bullet.start()])
            markers = {int(before[-1])} if before else set()
        cited = [c for c in previous.citations if c.marker in markers]
        if not cited:
            return None
        writer = Writer(ctx)
        lines: list[str] = []
        said: set[str] = set()
        for c in cited:
            sentences = [s for s, _ in ctx.composer.chooser.sentences.get((c.doc_id, c.paragraph_id), [])]
            # the sentence the point quotes, one before it and the ones that go on from it
            at = next((k for k, s in enumerate(sentences) if s in c.quote or c.quote in s), 0)
            start = max(0, at - 1)
            window = sentences[start:start + MAX_SENTENCES]
            if listed:
                # an item of a list: the sentence of the paragraph that says most of it ("third, ..."), and the ones
                # that go on from it until the next item opens ("Second, ...")
                own = set(content_tokens(point))
                said_of = [len(own & set(content_tokens(s))) for s in sentences]
                if said_of and max(said_of) > said_of[at]:
                    at = said_of.index(max(said_of))
                window = sentences[at:at + 1] + list(takewhile(lambda s: not _NEXT_ITEM.match(s),
                                                               sentences[at + 1:at + MAX_SENTENCES]))
            window = [s for s in window if s not in said]
            said.update(window)
            lines += writer.bullets([Point(s, c.doc_id, [c.paragraph_id], quote=s) for s in window])
        if not lines:
            return None
        topic = re.sub(r"\s*\[\d+\]", "", point).strip()
        topic = topic if len(topic) <= 80 else topic[:77].rsplit(" ", 1)[0] + "..."
        return writer.compose([writer.phrase("synth_item_more", point=topic), *lines])


def _ordinal(text: str) -> int | None:
    """The point a follow-up asks about: "tell me more about the first one", "and the second?", "第二点呢？"."""
    n = ordinal_asked(text)
    if n is None and (bare := _BARE_ORDINAL.match(text)):
        n = ORDINALS[bare.group(1).lower()]
    return n
