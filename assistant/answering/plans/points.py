"""What the synthesis plans share: readable points with the paragraphs they rest on, and the writer that turns
them into cited bullets.

A *point* is one thing an answer says: a sentence of the reader's edition (a summary bullet, a recommendation,
a paragraph's rendering) or a sentence of a document itself, with the paragraphs it rests on. The writer shows
the point's readable text (Chinese when the question is Chinese and the edition has it) and cites, for each
paragraph, the document's own verbatim sentence(s) that back it, including every sentence that holds one of
the point's numbers; a point whose numbers no quote holds is not written at all.

The question classes are recognised here by general English (and Chinese) cues, never by one question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from ...front_matter import front_matter
from ...numbers import digits_in, numbers_in, unsupported_numbers
from ...text import STOPWORDS, content_tokens, has_cjk
from ...types import Citation, Fact, GlossaryTerm
from ..intent import is_fragment
from ..lexicon import CARRIES_REQUEST, FIGURATIVE_WHERE, STANDING_FRAME, YEAR
from ..render import Composition, not_mentioned, phrase, searched_words

if TYPE_CHECKING:
    from ...edition import ReaderEdition, Sentence
    from . import AnswerContext

# ---------------------------------------------------------------- question classes (general cues)

# "the second part", "section 3", "chapter two": a part of the document named by its place
_NTH_SECTION = (r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|\d(?:st|nd|rd|th)) (?:section|part|chapter)|"
                r"(?:section|part|chapter) (?:\d+(?:\.\d+)*|one|two|three|four|five|six|seven))")
_DOCUMENT_NOUN = r"(?:paper|document|article|report|study|analysis|research)"
# "what is this paper really about?", "what's it mainly about?": a hedge between the document and "about" asks the same
_HEDGE = (r"(?:really|actually|even|basically|mainly|mostly|primarily|chiefly|essentially|fundamentally|in essence|"
          r"generally|broadly|overall|in general|in short|in brief) ")
# "what subjects does the report cover?", "what does the article deal with?", "what is this study chiefly concerned
# with?": what a document deals with, nothing named after it ("what does it cover about X" asks of X); the words of
# it ("subjects", "deal") name no topic
DEALS_WITH = re.compile(
    r"\b(?:what|which) (?:(?:main |key |major |principal |broad )?(?:topics?|subjects?|issues?|themes?|areas?|"
    r"matters?|questions?) )?(?:does|do|did) (?:the |this |that |your )?" + _DOCUMENT_NOUN + r" (?:" + _HEDGE +
    r")?(?:deal with|cover|address|discuss|treat|tackle|examine|explore|focus on|concern|talk about|touch on|"
    r"look at|investigate|study|analy[sz]e|review|survey|assess)(?=\s*[?.!,;]|\s*$)|"
    r"\bwhat(?:'s| is| are) (?:the |this |that )?" + _DOCUMENT_NOUN + r"(?:'s)? (?:" + _HEDGE +
    r")?(?:concerned with|dealing with|focused on|focusing on|devoted to)(?=\s*[?.!,;]|\s*$)|"
    r"\b(?:what|which) (?:topics?|subjects?|issues?|themes?) (?:are|is|get|were) (?:covered|discussed|addressed|"
    r"dealt with|treated|examined|explored) (?:in|by) (?:the |this |that )?" + _DOCUMENT_NOUN + r"\b", re.I)
# What the document itself sets out to do: "what is the paper trying to do?", "the purpose of this study", "why
# did the authors write it?" (not the purpose of a thing it is about); its words name no topic
DOCUMENT_PURPOSE = re.compile(
    r"(?:purpose|aim|goal|objective|intent|intention)s? of (?:the|this|that) " + _DOCUMENT_NOUN + r"\b|"
    r"\b" + _DOCUMENT_NOUN + r"(?:'s|’s) (?:main |central |overall |chief )?(?:purpose|aim|goal|objective|intent|"
    r"intention)s?\b|"
    r"\b(?:the|this|that) " + _DOCUMENT_NOUN + r"\s+(?:(?:is|was)\s+)?(?:trying|try|tries|sets? out|setting out|seeks?|"
    r"seeking|hopes?|hoping|aims?|aiming|means?|meant|intends?|intended|wants?) to (?:do|achieve|accomplish|show|"
    r"prove|argue|establish|answer|find out)\b|"
    r"\bwhy (?:did|do|does) (?:the |its )?(?:authors?|writers?) write (?:the|this|it)\b|"
    r"\bwhy (?:was|is) (?:the |this )?" + _DOCUMENT_NOUN + r" (?:written|published)\b", re.I)
SUMMARY = re.compile(
    # ("per the summary section, what ...?": a section named by its title word, the source of the answer, no request;
    # so is "per the summary", "according to the summary", "as the summary puts it")
    r"\b(summar(?:ise|ize|ised|ized|ising|izing)|"
    r"(?<!\bper the )(?<!\bper its )(?<!\bto the )(?<!\bto its )(?<!\bfrom the )(?<!\bas the )(?<!\bas its )"
    r"summar(?:y|ies)(?!\s+(?:section|chapter|part)s?\b)|"
    r"overview|outline|gist|recap|synopsis|in a nutshell|"
    # verbs and nouns of shortening: "boil section 3 down", "sum it up", "the bottom line", "the short version"
    r"sum(?:s|med|ming)? (?:(?:it|this|that|them|everything) )?up|boil(?:s|ed|ing)? (?:[\w'’]+ ){0,4}?down|"
    r"condens(?:e|ed|ing)|distil(?:l|s|ls|led|ling)?|run-?down|bottom line|short version|(?:the|main|key) highlights|"
    # "what is the paper's conclusion?", "its conclusions": the document's own conclusion
    r"(?:(?:paper|document|study|report|article|author|authors)(?:'s|s'|’s)|its|their) (?:final |main |overall )?"
    r"conclusions?|what(?:'s| is| are) the (?:final |main |overall )?conclusions?|"
    r"tl;?dr|brief me|big picture|"
    # "the crux of the report", "the essence of this paper": the document's core, summarised
    r"(?:crux|essence|core|heart|kernel) of (?:the |this |that )?(?:paper|document|article|report|study)\b|"
    # "sketch the landscape", "paint a picture of X", "walk me through the introduction": an outline, in a verb
    r"sketch(?:es|ed|ing)?\b|paint(?:s|ed|ing)? (?:me |us )?(?:a |the )?(?:broad |quick |rough |brief )?picture of|"
    r"(?:run|walk|take) (?:me|us) through (?:the |this |its )?(?:" + _DOCUMENT_NOUN + r"|introduction|intro|"
    r"conclusions?|abstract|section \d+(?:\.\d+)*|" + _NTH_SECTION + r")\b|"
    # "a briefing note on X", "a short memo about X", "a write-up of X": a summary of X, in the form asked
    r"\bbriefing(?: note| paper| memo)? (?:on|about|of)\b|\b(?:memo|write-?up|explainer) (?:on|about|of)\b|"
    # "Draft a note on X", "write me a short note about X": a note written on X (no "note on X" alone: "any note on
    # funding?" asks whether X is mentioned)
    r"\b(?:draft|write|prepare|compose|put together|jot down)\s+(?:me\s+|us\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"note\s+(?:on|about|of)\b|"
    # "a five-line brief on this paper", "the headline finding of the analysis": the same, as a noun of its form
    r"\b(?:[\w-]+ )?brief (?:on|about)\b|\b(?:main|key|headline|central|chief) findings?\b|"
    r"elevator pitch|one-?pager|cheat sheet|quick version|in a few words|"
    # "give me the paper in a single sentence", "the report in two lines": the document in a form of words
    r"(?:paper|document|article|report|study) in (?:one|a single|a|two|three|four|five|\d+|a few|a couple of) "
    r"(?:short )?(?:sentences?|lines?|paragraphs?|words|bullets?|tweets?|headlines?|characters|chars|text messages?|"
    r"soundbites?|one-?liners?)|"
    # "this paper as a tweet", "a tweet-length version of the report", "tweet this paper": the document in a form
    # made short by the medium
    r"(?:paper|document|article|report|study) as (?:a |one |an? single )?(?:tweet|headline|text message|soundbite|"
    r"one-?liner)\b|\btweet(?:-| )?(?:length|sized|size)\b|\btweet (?:the |this |that |your )?(?:paper|document|"
    r"article|report|study)\b|"
    # "what's section 2.1 about?", "the conclusion in 3 bullets", "the intro, briefly": a part named, a form asked
    r"what(?:'s| is) (?:the |this )?(?:" + _NTH_SECTION + r"|section \d+(?:\.\d+)*) (?:all )?about|"
    r"^\s*(?:the |its |this )?(?:conclusions?|introduction|intro|abstract|paper|document|report|study|article|"
    + _NTH_SECTION + r")\b(?=.*\b(?:bullets?|points?|lines?|sentences?|briefly|in short|quickly)\b)|"
    r"(?:main|overall|central|core|principal|basic|key|chief|major) (?:argument|arguments|point|points|idea|ideas|"
    r"message|messages|"
    r"finding|findings|"
    r"thesis|thrust|conclusions?|takeaways?|contents?)|key (?:points|messages|findings|takeaways|ideas|arguments)|"
    # "a brief on this paper", "a two-line brief of the report": the noun, a short account of the document
    r"\b(?:a|an|the|my|our|your)\s+(?:[\w-]+\s+){0,2}?brief\s+(?:on|of|about)\s+(?:the |this |that |its )?"
    + _DOCUMENT_NOUN + r"\b|"
    # "what does the conclusion say?", "what is in the abstract?": a standard part of a document, summarised
    r"what (?:does|do|did) (?:the |its |this )?(?:(?:paper|document|article|report|study)'s )?(?:conclusions?|"
    r"abstract|introduction|final section|last section|closing section|" + _NTH_SECTION + r") "
    r"(?:say|state|tell us|argue|conclude|cover|discuss)|"
    # "what does the summary section say?", "what does the methods chapter cover?": a section named by its title
    # (the title's words stay out of the match: they say which section)
    r"what (?:does|do|did) (?:the |its |this )?(?=(?:[\w'’-]+ ){1,3}(?:section|chapter|part) "
    r"(?:say|state|tell us|argue|conclude|cover|discuss))|"
    r"what(?:'s| is) in (?:the |its )?(?:conclusions?|abstract|introduction|final section|last section|"
    + _NTH_SECTION + r")\b|"
    # "what is covered in the final section?", "what's discussed in the introduction?": the same, in the passive
    r"what(?:'s| is| are| gets) (?:covered|discussed|said|argued|presented|treated|dealt with) in (?:the |its )?"
    r"(?:conclusions?|abstract|introduction|final section|last section|closing section|" + _NTH_SECTION + r")\b|"
    # "what conclusions do the authors draw?", "the findings the paper reaches": the document's own conclusions
    r"\b(?:conclusions?|findings?) (?:(?:do|does|did) )?(?:the |its |this )?(?:authors?|writers?|paper|document|"
    r"article|report|study) (?:draws?|drew|drawn|reach(?:es|ed)?|comes? to|came to|arrives? at|arrived at)\b|"
    r"(?:what|what's)(?: is| was)? (?:this|the|that) (?:paper|document|article|report|study)(?:'s)? "
    r"(?:" + _HEDGE + r")?(?:about|argument|thesis|main)|what(?:'s| is| was) (?:it|this) (?:all )?(?:" + _HEDGE +
    r")?about|"
    r"what (?:does|did) (?:the|this) (?:paper|document|article|report|study|author|authors) "
    r"(?:argue|conclude|find|claim)\s*[?.!]*$|"
    r"(?:" + DEALS_WITH.pattern + r")|"
    # "what is the introduction of this paper basically arguing?", "what's section 3 really saying?": the document or
    # a part of it, asked what it argues
    r"what(?:'s| is| are) (?:the |this |its )?(?:" + _DOCUMENT_NOUN + r"|conclusions?|introduction|intro|abstract|"
    r"section \d+(?:\.\d+)*|" + _NTH_SECTION + r")(?: of (?:the |this )?" + _DOCUMENT_NOUN + r")? (?:" + _HEDGE +
    r")?(?:arguing|saying|claiming|getting at|driving at|trying to (?:say|argue|show))\b|"
    r"(?:" + DOCUMENT_PURPOSE.pattern + r")|"
    # "where does X stand today?", "how is X faring?", "what is the current state of X?": where a thing stands is
    # told by what the documents say of it now, not by the one sentence that matches best
    r"(?:" + STANDING_FRAME.pattern + r"))", re.I)
SUMMARY_ZH = re.compile(r"总结|概括|概述|摘要|主要内容|主要观点|核心观点|中心思想|要点|讲了什么|讲什么|讲的是什么|"
                        r"结论|结语|关于什么|主旨|简要介绍|(?:论文|文章|本文|该文|这篇|报告|研究)[^？?。]{0,6}(?:目的|宗旨|意图|想要|试图)")
SAYS_ABOUT = re.compile(
    r"\bwhat (?:does|do|did) (?:the |this )?(?:paper|document|article|report|study|(?:authors?|writers?)|it|they) "
    r"(?:say|have to say|write|tell us|discuss|argue|conclude|report|claim|think)s? (?:about|on|regarding|concerning|"
    r"of)\b|"
    r"\bwhat(?:'s| is| was) (?:said|written) (?:about|on|regarding)\b|"
    r"\bwhat (?:the |this )?(?:paper|document|article|report) (?:says|writes|argues) (?:about|on|regarding)\b|"
    # "what role does the paper see for X", "how do the authors view X": the paper's view of a topic
    r"\bwhat (?:role|place|part|future|function|importance|significance) (?:does|do|did) (?:the |this )?"
    r"(?:paper|document|article|report|study|(?:authors?|writers?)) (?:see|give|assign|envisage|envision|foresee|"
    r"attribute|expect|propose|suggest)s? (?:for|to|of)\b|"
    r"\bhow (?:does|do|did) (?:the |this )?(?:paper|document|article|report|study|(?:authors?|writers?)) "
    r"(?:see|view|regard|judge|assess|read|interpret|evaluate|appraise|perceive|look (?:at|upon|on)|"
    # "how do the authors frame / portray X?": how they present it, what they say about it ("characterise X" asks
    # what X is, its definition)
    r"frame|portray|depict|picture|present|treat|discuss|cover)\b", re.I)
SAYS_ABOUT_ZH = re.compile(r"说了什么|怎么说|如何论述|有何论述|怎么看|如何看待|有什么观点|有何观点")
# "we fund mostly smart factories: do the authors think that is the right priority?", "would the paper say that's the
# best focus?": whether a course is right, which the document's advice answers
JUDGES_A_COURSE = re.compile(
    r"\b(?:does|do|did|would|will) (?:the |this )?(?:paper|authors?|writers?|document|study|report|they) "
    r"(?:think|say|agree|consider|see|view|regard|judge|feel|believe)s? (?:that )?(?:this|it|that|so)(?:'s)? "
    r"(?:(?:is|was|would be|will be|to be|as) )?(?:(?:the |a )?(?:right|correct|best|wise|sound|proper|appropriate|"
    r"ideal)|where)\b|"
    # "should we keep pouring money into X?", "should our province stop building Y?": the asker's own course, put to
    # the document (a choice, "should we prioritise A or B?", is the document's view of the two)
    r"(?:^|[.?!;:]\s+)(?:(?:so|ok|okay|and|but|then|now),?\s+)?should (?:we|i|our (?:[\w'’-]+ ){0,2}?[\w'’-]+) "
    r"(?:(?:really|still|just|instead) )?(?:keep|continue|carry on|go on|stop|start|focus|put|pour|spend|invest|"
    r"fund|prioriti[sz]e|build|copy|adopt|follow|stick)\b(?![^?]*\bor\b)", re.I)
# what one does with a lesson: "what should China adopt?", "what can we copy?"
_LESSON_VERBS = r"do|learn|adopt|copy|take|borrow|emulate|imitate|replicate"
# "does the paper want one national platform or many?", "which way do the authors lean?": a choice between
# courses, which the recommendations make
CHOICE_ASKED = re.compile(
    # ("are the authors arguing for one nationwide platform or a patchwork of local ones?")
    r"(?:paper|authors?|document|study|report) (?:(?:is|are|was|were) )?(?:wants?|favou?rs?|prefers?|backs?|"
    r"endorses?|leans?|sides? with|comes? down on|argu(?:es?|ing) for|advocat(?:es?|ing)|push(?:es|ing)? for|"
    r"call(?:s|ing)? for|in favou?r of)\b(?=[^?]*\bor\b)|"
    r"(?:which|what) (?:way|side|option|course|approach|model) (?:\w+ )?(?:does|do|did) (?:the |this )?(?:paper|"
    r"authors?|document|study|report) (?:lean|favou?r|prefer|back|choose|pick|endorse|take)\b", re.I)
# what a lesson may be drawn from, named by its record: "the US experience", "the American model"
_RECORD_NOUN = r"(?:experiences?|examples?|case|model|approach|record|story|precedent)"
# who speaks for the document: the paper, its writers, its conclusion ("what does the final section call for?")
_VOICE = (r"(?:paper|authors?|writers?|document|study|report|they|conclusions?|"
          r"(?:final|last|closing|concluding) (?:section|chapter|part))")
RECOMMEND = re.compile(
    # "the 3 key takeaways of this document" asks for a summary; "the takeaways for Beijing" for lessons
    r"\b((?:policy )?(?:recommend\w*|suggest(?:s|ed|ions?)?|advi[cs]e[sd]?|lessons?)|"
    # "any hint in the US experience on X?", "pointers from the NNMI model": a lesson in plainer words
    # (not tips on using the assistant: "a few pointers on how to ask you questions")
    r"(?:any|some|a few|the|what|which) (?:\w+ )?(?:hints?|pointers?|tips?)\b"
    r"(?!.*\b(?:use|using|ask|asking|query|querying) (?:you|this (?:tool|assistant|bot|app))\b)|"
    # "the paper's recs", "key recos": recommendations, as notes shorten them
    r"rec(?:o|c)?s\b|"
    r"policy (?:takeaways?|implications?)|takeaways? for|"
    # "the implications of this paper for X", "what does the paper imply / mean for X?"
    r"implications? (?:of (?:this|the) (?:paper|document|study|report|article|analysis) )?for|"
    # (not what a word means: "what does the term 'toll' mean for the guild?")
    r"\b(?:does|do|did|would|will|could|might)\s+(?!(?:the\s+|this\s+|that\s+)?(?:term|word|phrase|notion|concept|"
    r"label|expression|name)\b)(?:[\w'’\"“”-]+\s+){1,6}?(?:imply|mean) for|(?:implies|means) for|"
    # "the way forward", "next steps": what is to be done; "what does the paper propose/call for"
    r"(?:the )?way forward|next steps?|road ahead|" + _VOICE + " "
    # ("push / press / argue for", "urge on China": verbs of pressing for a course)
    r"(?:proposes?|propose|put forward|puts forward|advocates?|(?:calls?|push(?:es)?|press(?:es)?|argues?|"
    r"pleads?) for|urges? (?:on|upon)\b|"
    # "what does the conclusion ask of policymakers?", "what steps does the paper ask officials to take?"
    r"ask(?:s|ed|ing)? (?:of (?:[\w'’-]+ ){0,3}?[\w'’-]+|(?:[\w'’-]+ ){1,3}?to (?:do|take|build|change|adopt|make|"
    r"pursue|focus|invest|create|set up|carry out|implement|undertake|prioriti[sz]e)\b))|"
    r"(?:its|their|the paper's|the authors'|main|key) proposals|"
    r"learn(?:s|ed|t)?|take away from|prioriti[sz]e[sd]?|priorit(?:y|ies)|advising|"
    # "the takeaway from how X did Y" (not "the takeaways from this paper", a summary); "what the report wants
    # us to build", "what would the authors have the ministry do"
    r"takeaways? from (?!(?:the|this) (?:paper|document|article|report|study|text)\b)|"
    r"(?:paper|authors?|writers?|document|study|report|they) (?:(?:wants?|would like|like|urges?|expects?|press(?:es)?|"
    r"(?:are |is )?(?:pressing|urging|pushing)|push(?:es)?) "
    r"(?:[\w'’-]+ ){1,5}?to |(?:would )?have (?:(?!to\b)[\w'’-]+ ){1,3}?)"
    r"(?:do|build|change|adopt|copy|focus|make|create|set up|pursue|invest|"
    # "what steps do the authors want China to take?", "which measures does the report expect X to carry out?"
    r"take|carry out|implement|undertake|"
    # "what do the authors want China to become / end up with?": what they wish a thing to turn into; "what role
    # does the paper want local governments to play?": what they wish a body to do
    r"become|end up|turn into|grow into|look like|develop into|evolve into|aim for|play|"
    # "how do the authors want SMEs to be tied in?", "... to be brought into the network": what they wish done to
    # a thing, in the passive
    r"be (?:[\w'’-]+(?:ed|en)|brought|built|run|set up|tied|led|held|made)\b)|"
    # "the authors' plan for X", "what blueprint does the paper lay out for X?": their proposals, as a plan
    r"(?:paper|authors?|document|study|report)(?:'s|s'|’s) (?:own )?(?:plan|vision|blueprint|roadmap|agenda|"
    r"prescriptions?)\b|"
    r"(?:plan|vision|blueprint|roadmap|agenda)s? (?:does|do|did) (?:the |this )?(?:paper|authors?|document|study|"
    r"report) (?:lay out|set out|offer|propose|draw up|put forward|have)\b|"
    # "what should change in X", "how should SMEs fit in", "what mistakes should Beijing avoid": what ought to be
    r"(?:what|how|which)\b[^?]*\b(?:should|ought to)\b|"
    # "the three things China should do", "list the steps Beijing must take", "what the government must do": a
    # course asked by its steps, with no question word
    r"\b(?:things?|steps?|measures?|actions?|moves?)\s+(?:[\w'’-]+\s+){1,3}?(?:should|must|ought to|needs? to|has to|"
    r"have to)\s+(?:do|take|pursue|make|carry out)\b|\bwhat\s+(?:[\w'’-]+\s+){1,3}?must\s+do\b|"
    # "the one thing to copy from the US", "what is the paper telling policymakers to do"
    r"(?:copy|borrow|emulate|replicate|adopt) from|tell(?:s|ing)? (?:\w+ ){1,3}to (?:do|change|adopt|copy)|"
    r"worth (?:copying|emulating|adopting|borrowing|learning(?: from)?|following|imitating)|"
    # "what does the US experience tell us about X?", "what does the American example teach us?": what a record
    # teaches
    r"\b" + _RECORD_NOUN + r"\s+(?:tell|teach|show)(?:s|es)?\s+"
    r"(?:us|me|china|beijing|policymakers|officials)\b|"
    # "anything in the US model that we could borrow?", "ideas a province might adopt": a lesson, in a clause
    r"\b(?:that |which )?(?:we|they|i|one|[\w'’-]+) (?:could|can|should|might|may|ought to) "
    r"(?:usefully |perhaps |well )?"
    r"(?:borrow|copy|adopt|emulate|replicate|imitate|learn from)\b|"
    # "what could China emulate ...", "which parts of the US model should Beijing adopt?"
    r"(?:what|which) (?:\w+ ){0,5}?(?:should|must|ought|can|could|might|would) (?:\w+ ){1,3}"
    r"(?:" + _LESSON_VERBS + r")|"
    r"(?:" + JUDGES_A_COURSE.pattern + r")|"
    # "what should China's industrial internet programme focus on?": what ought to be done, by a verb of effort
    r"what (?:should|must|ought to) (?:[\w'’-]+ ){1,5}(?:focus|concentrate|pursue|emphasi[sz]e|work on|"
    r"aim (?:at|for)|strive for))\b",
    re.I)
# "which bodies advise the council?", "what agencies give X advice?": the wh-phrase is the one that advises, a doer
# the documents name, not the documents' own advice ("which steps recommended by the paper ...?" is passive: advice)
ADVISER_ASKED = re.compile(
    r"\s*(?:and\s+|so,?\s+)?(?:which|what)\s+(?:(?!(?:the|this|that|these|those|its|their|our|your|a|an|of|it|they|"
    r"we|you|i|he|she|one|them|us|"
    r"does|do|did|should|would|could|can|will|must|might|are|is|were|was|has|have)\b)[\w'’-]+\s+){1,3}?"
    r"(?:advis(?:e|es|ed)|counsel(?:s|led|ed)?|recommend(?:s|ed)?|suggest(?:s|ed)?|"
    r"(?:gives?|gave|offer(?:s|ed)?|provid(?:e|es|ed))\s+(?:[\w'’-]+\s+){0,3}?(?:advice|guidance|"
    r"recommendations?))\b(?!\s+by\b)", re.I)
# Whom a lesson is for: "what should a province do?", "the takeaway for an organisation like ours", "any lessons
# for a city government?": the asker's kind of body, not a topic that the recommendations must name
AUDIENCE = re.compile(
    r"\b(?:should|must|ought to|can|could)\s+((?:[\w'’-]+\s+){1,4}?)(?:actually\s+|really\s+|first\s+)?"
    r"(?:" + _LESSON_VERBS + r"|focus|prioriti[sz]e|change|avoid|invest|fund|pursue|build)\b|"
    r"\b(?:takeaways?|lessons?|implications?|recommendations?|advice|suggestions?|guidance|insights?)\b"
    r"(?:\s+[\w'’-]+){0,3}?\s+for\s+([^?.!,;]+)|"
    # "what do the authors want the guild to do?", "what steps does the report expect the council to take?"
    r"\b(?:wants?|would like|'d like|’d like|urges?|expects?|press(?:es)?|pressing|urging|pushing|push(?:es)?)\s+"
    r"((?:[\w'’-]+\s+){1,5}?)to\s+(?:do|take|build|change|adopt|make|pursue|focus|invest|carry out|implement)\b",
    re.I)
# What lessons are drawn from: "take away from America's experience" names it by "from"; "anything in the US model
# that we could borrow?", "a lesson in how the US ..." by "in", though a place closing the question ("worth copying
# in China?") is where the lessons are for, not their source
_SOURCE_FROM = re.compile(r"\bfrom\b(.+)$", re.I)
_SOURCE_IN = re.compile(r"\bin\b(?!(?:\s+[\w'’-]+){1,3}\s*[?.!]*\s*$)(.+)$", re.I)
# "does the US experience offer any lesson on X?": what offers the lessons is where they are drawn from
_SOURCE_OFFERS = re.compile(r"^\s*(?:does|do|did|would|could|can) (.+?) (?:have|offer|hold|contain|give|provide|teach|"
                            r"yield) (?:us )?(?:an?y? |some )?(?:\w+ )?(?:lessons?|advice|takeaways?|guidance)\b", re.I)


# "What did the guild do to keep its harbours together - worth copying?": the doer of what is done is the record a
# lesson would be drawn from
_SOURCE_DID = re.compile(r"\s*(?:what|how)\s+(?:did|does|do|has|have)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
                         r"(?:do|done)\b", re.I)


# "the US experience", "America's example", "the American way of siting institutes": what a lesson is drawn from,
# named by its record ("what does the US experience tell us?", "going by the US example")
_EXPERIENCE = r"(?:" + _RECORD_NOUN + r"|track record|way of [\w'’-]+(?: [\w'’-]+){0,3}?)"
_SOURCE_RECORD = re.compile(r"\b((?:[\w'’-]+\s+){0,2}?[\w'’-]+?)(?:'s|’s)?\s+" + _EXPERIENCE + r"\b", re.I)
_OPENING_STOPWORDS = re.compile(r"^(?:(?:" + "|".join(sorted(STOPWORDS, key=len, reverse=True)) + r")\s+)+", re.I)
# "based on the US experience", "going by the American example": the record a lesson is drawn from, named as its
# ground; its words are no topic the lesson must speak of
RECORD_FRAME = re.compile(r"\b(?:(?:based|drawing|relying|building) on|going (?:by|off)|judging (?:by|from)|"
                          r"in (?:the )?light of|looking at|learning from|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
                          r"[\w'’-]+?(?:'s|’s)?\s+" + _EXPERIENCE + r"\b|\b" + _EXPERIENCE + r"\b", re.I)


# "practical steps, please", "concrete actions", "actionable steps", "which measures do the authors want X to take?":
# the form of the advice asked, no topic of it
ADVICE_FORM = re.compile(r"\b(?:(?:practical|concrete|actionable|tangible|pragmatic|specific|clear|simple)\s+)?"
                         r"(?:steps?|actions?|measures?|moves?)(?=\s*(?:please|pls|plz)?\s*[?.!,:;]|\s*$)|"
                         r"^\s*(?:what|which)\s+(?:steps?|actions?|measures?|moves?)\b|"
                         r"\b(?:practical|concrete|actionable|tangible|pragmatic)\s+(?:steps?|actions?|measures?|"
                         r"moves?|advice|recommendations?|suggestions?|ideas?|things?)\b", re.I)


def lesson_source(question: str) -> str:
    """The words naming what the lessons asked for are drawn from ("" when the question names no source)."""
    m = _SOURCE_FROM.search(question) or _SOURCE_OFFERS.search(last_sentence(question)) or _SOURCE_IN.search(question)
    if m:
        return m.group(1)
    record = _SOURCE_RECORD.search(question)
    if record is None and (did := _SOURCE_DID.match(question)):
        return did.group(1)
    # "does the US experience ...": the words that name the record's owner ("US"), not those before it
    return _OPENING_STOPWORDS.sub("", record.group(1)) if record else ""


def last_sentence(text: str) -> str:
    """The last sentence of ``text`` ("We're siting new centres. Does X offer any lesson?": the question asked)."""
    return re.split(r"(?<=[.?!])\s+(?=\S)", text.strip())[-1]


# ("论文要求政府采取哪些措施", "作者呼吁…做什么": what the document asks of someone, as "ask of" in English)
RECOMMEND_ZH = re.compile(r"建议|借鉴|启示|学习|学到|应该|应当|经验|教训|"
                          r"(?:论文|文章|作者|报告|本文|结论|结尾)(?:部分)?(?:要求|呼吁|主张|提议|号召)")
# the singular asks for a strength when something owns it or it is singled out ("China's strength", "its main
# strength", "the strength of X", "where does its strength lie?"); "the pillars of American strength", "the three
# foundations of the kingdom's strength" and "revive its industrial strength" speak of strength in general and ask
# for no list of strengths
STRENGTH = re.compile(r"\b(strengths|(?<!\bof )(?<!\bof the )(?<!\bof a )[\w-]+['’]s strength|"
                      r"(?:main|key|biggest|greatest|chief|real|particular|special|great|major|core|principal|one|"
                      r"only) strength|strength(?= (?:of|in|is|lies|was)\b)|"
                      r"advantages?|strong points?|assets?|(?:good|strong) at|edge|upper hand|"
                      # "where is X ahead?": where it leads, closing the question ("ahead of next week's hearing"
                      # is a time)
                      r"ahead(?=\s*[?.!]*\s*$))\b", re.I)
STRENGTH_ZH = re.compile(r"优势|长处|强项|优点")
# "problems" and "challenges" are ordinary nouns ("computational problems"): a weakness only when they are what
# is asked about ("what problems does X face?", "the main challenges of X")
WEAKNESS = re.compile(r"\b(weakness(?:es)?|weak points?|shortcomings?|disadvantages?|drawbacks?|"
                      # "the gap between A and B" compares two things; "the gaps in X" are its weaknesses
                      r"gaps?(?!\s+(?:\w+\s+){0,3}?between\b)|"
                      r"(?:what|which|main|key|biggest|major|chief) (?:\w+ )?(?:problems|challenges)|"
                      # "the problems of X", "challenges facing X"; "complement problems of NP" names a kind of
                      # problem, it asks for no weakness
                      r"(?:^|\b(?:the|main|key|biggest|major|chief|any|its|their|some|his|her) )"
                      r"(?:problems|challenges) (?:of|with|facing|for)|"
                      r"limitations?|deficienc\w+|falls? short|lags? behind|lagging(?: behind)?|short boards?|"
                      # "where is X weak?", "in which areas is X weaker than Y?", "what's the problem with X?"
                      r"where (?:is|are|does|do) [\w' ]{1,40}? (?:weak(?:er|est)?|behind|lag(?:ging)?|lacking)|"
                      r"(?:which|what) (?:areas?|respects?|ways?|fields?|points?) (?:is|are) [\w' ]{1,40}? "
                      r"(?:weak(?:er|est)?|behind|lagging)|"
                      r"(?:what(?:'s| is)|whats) the (?:main |big |biggest |key |real )?problem with|"
                      # "the main imbalance in X", "what does X neglect?", "what is overlooked?"
                      r"imbalances?|unbalanced|lopsided|neglect(?:s|ed|ing)?|overlook(?:s|ed|ing)?|blind spots?|"
                      r"critique|criti(?:ci[sz]\w*|que\w*)|faults?|flaws?|what(?:'s| is) wrong with|"
                      # "the paper's complaint about X", "what do the authors object to?", "where do they find fault
                      # with X?": the fault found, in a verb or noun of complaining
                      r"complain(?:s|ed|ing|ts?)?|objections?|object(?:s|ed)? to|(?:find|finds|found) fault with|"
                      r"(?:take|takes|took) issue with|gripes?|grievances?|"
                      # "what's lacking in X?", "what is X lacking?", "what does X lack?" ("what's missing from X
                      # compared to Y?" compares: the one thing that differs, not a list of weaknesses)
                      r"what(?:'s| is| are) (?:still )?lacking|"
                      # "what is missing in X?", "what do the authors think is missing from X?", "what's X missing?"
                      # (not "missing from X compared to Y", as above)
                      r"what\b[^?]{0,60}?\b(?:is|are|'s) (?:still )?missing (?:in|from)\b"
                      r"(?![^?]*\b(?:compared|than|versus|vs|relative|against|unlike)\b)|"
                      r"what(?:'s| is| are) [\w' ]{1,60}? missing(?=\s*\??\s*$)|"
                      r"what\b[^?]{0,80}?\black(?:s|ing)?(?=\s*\??\s*$)|"
                      r"what (?:does|do|did) [\w' ]{1,60}? lack)\b", re.I)
# "is the paper optimistic about X?", "are the authors critical of X?", "does it view X favourably?": the paper's
# stance, told by what it counts for and against X
STANCE = re.compile(r"\b(?:optimistic|pessimistic|positive|negative|critical|favou?rable|upbeat|sceptical|skeptical|"
                    r"hopeful|enthusiastic|bullish|bearish)\s+(?:(?:is|are|was|were)\s+(?:the\s+)?(?:paper|authors?|"
                    r"report|study|document|it|they)\s+)?(?:about|of|on|toward|towards|regarding)\b|"
                    r"\b(?:view|views|see|sees|judge|judges|rate|rates|assess|assesses)\b.{0,60}?"
                    r"\b(?:favou?rably|positively|negatively|critically)\b", re.I)
STANCE_ZH = re.compile(r"乐观|悲观|看好|看衰|持.{0,6}态度|正面评价|负面评价")
WEAKNESS_ZH = re.compile(r"劣势|短板|不足|弱点|缺点|差距|问题|批评|批判|诟病")
SECTION_WORD = re.compile(r"\b(section|sections|part|chapter|heading)\b|部分|章|节", re.I)
# words that say how an answer should look, not what it is about
PRESENTATION = frozenset(content_tokens(
    "point points bullet bullets minister ministers brief briefly sentence sentences word words paragraph line lines "
    "short shorter quick simple simply plain english layman laymen executive busy reader readers policymaker "
    "policymakers non-expert expert audience version format key main argument arguments idea ideas message messages "
    "finding findings takeaway takeaways overall general whole entire content contents gist thesis nutshell big "
    "picture outline overview recap synopsis conclusion conclusions section sections part chapter heading say write "
    "discuss argue conclude claim think cover covers covered summary summaries summarize summarise abstract overview "
    "compare comparison compared versus differ difference differences different contrast similar similarity alike "
    "more fewer less bigger larger smaller higher lower greater top best important most primary principal major "
    "first second third fourth fifth last final end beginning start highlight highlights rundown bottom gap gaps "
    "number numbers "
    # the stance asked about ("is the paper optimistic about X?"): how the paper sees X, not a topic of its own
    "optimistic pessimistic positive negative critical favourable favorable upbeat sceptical skeptical hopeful "
    "enthusiastic bullish bearish favourably favorably positively negatively critically view views author authors "
    # the makers as the speakers ("what are Smith and co-authors arguing?"): the document, no topic of its own
    "co-author co-authors coauthor coauthors colleagues collaborators writer writers al "
    # the core of the document ("its core argument", "核心观点", "中心思想"): its summary, no topic
    "core central crux essence heart viewpoint viewpoints 核心 观点 中心 思想"))
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "single": 1, "couple": 2, "few": 3}
_COUNT_ZH = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def asked_count(question: str) -> int | None:
    """How many bullets the question asks for ("in three bullet points", "top 5", "三点"), if it says."""
    if re.search(r"\bin an? (?:single )?(?:sentence|line)\b", question, re.I):
        return 1  # "the paper in a sentence"
    # "the paper in one tweet", "as a headline", "in 280 characters", "a tweet-length version": a medium that holds
    # one sentence
    if re.search(r"\b(?:tweets?|soundbites?|one-?liners?|text messages?)\b|\b(?:in|as|into) (?:a |one |a single )?"
                 r"headline\b|\b\d{2,3} (?:characters|chars)\b", question, re.I):
        return 1
    # "section 2 in three bullets": the section's number is no count
    m = re.search(r"(?<!section )(?<!part )(?<!chapter )"
                  r"\b(one|two|three|four|five|six|seven|eight|nine|ten|single|couple|few|\d{1,2})[\s-]+(?:of\s+)?"
                  r"(?:\w+\s+){0,2}?(?:bullets?|points?|sentences?|lines?|takeaways?|things?|ideas?|items?|"
                  r"messages?|recommendations?|lessons?|strengths?|weaknesses?|findings?|arguments?)\b",
                  question, re.I) or re.search(r"\btop\s+(\d{1,2}|three|five|ten)\b", question, re.I)
    if m:
        w = m.group(1).lower()
        n = _COUNT_WORDS.get(w) or (int(w) if w.isdigit() else None)
        return n if n and 0 < n <= 10 else None
    z = re.search(r"([一两二三四五六七八九十]|\d{1,2})\s*(?:点|条|句|个要点|方面)", question)
    if z:
        w = z.group(1)
        return int(w) if w.isdigit() else _COUNT_ZH.get(w)
    return None


def wants(ctx: AnswerContext, english: re.Pattern[str], chinese: re.Pattern[str]) -> bool:
    """Whether the question makes the request (a summary, the recommendations ...), itself or as a follow-up that
    makes the last request again ("and section 2?", "now do the same for Energy")."""
    q = ctx.u.asked or ctx.u.question
    if english.search(q) or (has_cjk(q) and chinese.search(q)):
        return True
    # the question as read, its writers read as the document: "What do the authors conclude?"
    if not ctx.u.dependent and ctx.u.standalone not in ("", q) and english.search(ctx.u.standalone):
        return True
    previous = carried_request(ctx)
    return bool(previous) and (bool(english.search(previous)) or (has_cjk(previous) and bool(chinese.search(previous))))


def carried_turns(ctx: AnswerContext) -> list[str]:
    """When this question is a follow-up that makes the last request again ("and section 2?", "same for Energy",
    "shorter please"): the earlier questions, most recent first, back to the one that made the request of its own
    ("summarise section 1"); else []."""
    u = ctx.u
    q = u.asked or u.question
    if not u.dependent or not (CARRIES_REQUEST.match(q) or is_fragment(q)):
        return []
    turns: list[str] = []
    for t in reversed(u.history):
        if t.role == "user":
            turns.append(t.content)
            if not (CARRIES_REQUEST.match(t.content) or is_fragment(t.content)):
                return turns
    return []


def carried_request(ctx: AnswerContext) -> str:
    """The question whose request a follow-up makes again (``carried_turns``), or ""."""
    turns = carried_turns(ctx)
    return turns[-1] if turns else ""


def starts_as_fact_question(question: str) -> bool:
    """A question that asks for one fact ("why ...", "how many ...", "who ...", "when ..."): not a synthesis
    ("where does X fall short?" asks for an aspect, which may be one)."""
    return not FIGURATIVE_WHERE.match(question) and bool(re.match(
        r"\s*(why|how many|how much|who|whom|whose|when|where|what year|which year|is|are|was|were|did|does|do|has|"
        r"have)\b", question, re.I))


# ---------------------------------------------------------------- phrases


@cache
def _phrase_file(name: str) -> dict[str, str]:
    text = resources.files("assistant").joinpath(f"prompts/{name}").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition(":")
            out[key.strip()] = value.strip()
    return out


def synth_phrase(key: str, language: str, titles: list[str], **values: str) -> str:
    """A fixed phrase of the synthesis plans (prompts/phrases_synth.txt, or phrases_synth_zh.txt in Chinese)."""
    if language == "zh":
        table = _phrase_file("phrases_synth_zh.txt")
        if key in table:
            return table[key].format(**values)
    text = _phrase_file("phrases_synth.txt")[key].format(**searched_words(titles), **values)
    return re.sub(r" +([.,:;])", r"\1", re.sub(r" {2,}", " ", text))  # an empty placeholder leaves no gap


# ---------------------------------------------------------------- points and the writer


@dataclass
class Point:
    """One thing an answer says, readable, with the paragraphs (of one document) it rests on."""

    text: str
    doc_id: str
    paragraphs: list[str]
    text_zh: str | None = None
    quote: str | None = None  # set when the point is itself a verbatim sentence of the document
    score: float = 0.0


def edition_for(ctx: AnswerContext, doc_id: str) -> ReaderEdition | None:
    ed = ctx.composer.kb.edition
    return ed if ed is not None and ed.document == doc_id else None


def edition_points(sentences: list[Sentence], doc_id: str) -> list[Point]:
    return [Point(s.text.strip(), doc_id, list(s.paragraphs), s.text_zh.strip()) for s in sentences]


def term_names(ctx: AnswerContext, text: str) -> set[str]:
    """The glossary terms a text names."""
    return {t.term for t, _ in ctx.composer.kb.glossary.matches(text)}


def term(ctx: AnswerContext, name: str) -> GlossaryTerm | None:
    return next((t for t in ctx.composer.kb.glossary.terms if t.term == name), None)


def is_place(ctx: AnswerContext, name: str) -> bool:
    """Whether the glossary marks the term ``name`` as a place (a country, province or city)."""
    return (t := term(ctx, name)) is not None and t.place


def display_name(ctx: AnswerContext, name: str) -> str:
    """A term as an answer names it: in Chinese its first Chinese name."""
    t = term(ctx, name)
    if ctx.u.language == "zh" and t is not None and t.chinese:
        return t.chinese[0]
    return name


@dataclass
class Writer:
    """Writes points as cited bullets; one citation per quoted span, shared by the bullets that cite it."""

    ctx: AnswerContext
    citations: list[Citation] = field(default_factory=list)
    facts_used: list[str] = field(default_factory=list)

    @property
    def titles(self) -> list[str]:
        return self.ctx.composer.titles

    @property
    def zh(self) -> bool:
        return self.ctx.u.language == "zh"

    def phrase(self, key: str, **values: str) -> str:
        return synth_phrase(key, self.ctx.u.language, self.titles, **values)

    def cite(self, doc_id: str, paragraph_id: str, quote: str) -> int:
        for c in self.citations:
            if c.doc_id == doc_id and c.paragraph_id == paragraph_id and (quote in c.quote or c.quote in quote):
                if quote not in c.quote:
                    c.quote = quote
                return c.marker
        self.citations.append(self.ctx.composer.citation(len(self.citations) + 1, doc_id, paragraph_id, quote))
        return self.citations[-1].marker

    def _sentences(self, doc_id: str, pid: str) -> list[tuple[str, set[str]]]:
        return self.ctx.composer.chooser.sentences.get((doc_id, pid), [])

    def quotes_for(self, point: Point, shown: str, max_paragraphs: int = 1) -> list[tuple[str, str]] | None:
        """(paragraph id, verbatim quote) pairs that back ``shown`` (the point's text as written): the best-matching
        sentence of the paragraph(s) it rests on that match it best (``max_paragraphs``), and every sentence that
        holds one of its numbers. None when a number of the text stands in none of them."""
        if point.quote is not None:
            return [(point.paragraphs[0], point.quote)]
        toks = set(content_tokens(point.text))
        best: list[tuple[float, str, str]] = []  # (overlap, pid, sentence)
        for pid in point.paragraphs:
            sents = self._sentences(point.doc_id, pid)
            if not sents:
                continue
            s, stoks = max(sents, key=lambda st: len(toks & st[1]) / (1 + 0.02 * len(st[1])))
            best.append((len(toks & stoks) / max(1, len(stoks)) ** 0.5, pid, s))
        order = {pid: k for k, pid in enumerate(point.paragraphs)}
        best.sort(key=lambda b: -b[0])
        chosen = {(pid, s) for _, pid, s in best[:max_paragraphs]}
        held = {n for _, s in chosen for n in numbers_in(s)}
        for n in dict.fromkeys(digits_in(shown)):
            if n in held:
                continue
            for pid in point.paragraphs:
                hit = next((s for s, _ in self._sentences(point.doc_id, pid) if n in numbers_in(s)), None)
                if hit is not None:
                    chosen.add((pid, hit))
                    held |= set(numbers_in(hit))
                    break
        if unsupported_numbers(shown, [s for _, s in chosen]):
            return None
        # in the paper's order, sentences of one paragraph joined when they touch
        out: list[tuple[str, str]] = []
        for pid, s in sorted(chosen, key=lambda x: (order.get(x[0], 99), self._position(point.doc_id, x[0], x[1]))):
            if out and out[-1][0] == pid:
                span = self.ctx.composer.chooser.joined_span(point.doc_id, pid, out[-1][1], s)
                if span is not None:
                    out[-1] = (pid, span)
                    continue
            out.append((pid, s))
        return out

    def _position(self, doc_id: str, pid: str, sentence: str) -> int:
        return next((k for k, (s, _) in enumerate(self._sentences(doc_id, pid)) if s == sentence), 0)

    def line(self, point: Point, bullet: bool = True) -> str | None:
        """The point as one cited line ("- text [1][2]"), or None when its numbers cannot be backed."""
        texts = [point.text_zh, point.text] if self.zh and point.text_zh else [point.text]
        for text in texts:
            shown = _clean(text)
            quotes = self.quotes_for(point, shown)
            if quotes is None:
                continue  # e.g. a Chinese date ("2012年3月") whose month the English quote writes as a word
            markers = "".join(f"[{self.cite(point.doc_id, pid, q)}]" for pid, q in quotes)
            return f"{'- ' if bullet else ''}{shown} {markers}"
        return None

    def bullets(self, points: list[Point]) -> list[str]:
        return [line for p in points if (line := self.line(p)) is not None]

    def compose(self, lines: list[str], support: float = 1.0) -> Composition | None:
        """The answer, or None when it has no citation or states a number its quotes do not back (then the
        extractive plans answer instead)."""
        body = "\n".join(lines).strip()
        if not self.citations or unsupported_numbers(body, [c.quote for c in self.citations]):
            return None
        u = self.ctx.u
        if u.unknown_names:  # "What should Guangdong learn?": what the documents never name is said first
            flag = not_mentioned(u.unknown_names, self.titles, u.language)
            body = body if flag in body else f"{flag}\n{body}"
        used = {int(m) for m in re.findall(r"\[(\d+)\]", body)}
        if any(c.marker not in used for c in self.citations):  # renumber: only cited quotes stay
            keep = [c for c in self.citations if c.marker in used]
            renum = {c.marker: k for k, c in enumerate(keep, 1)}
            body = re.sub(r"\[(\d+)\]", lambda m: f"[{renum.get(int(m.group(1)), m.group(1))}]", body)
            for c in keep:
                c.marker = renum[c.marker]
            self.citations = keep
        return Composition(body, self.citations, False, list(dict.fromkeys(self.facts_used)), [], support)


def premise(ctx: AnswerContext, writer: Writer, facts: list[Fact]) -> list[str]:
    """A figure the question states that none of the figures used holds ("NNMI plans 100 institutes, so how many
    remain ...?"): the answer opens by saying so, as an extractive answer does, then works with the documents'
    figures only."""
    held = {n for f in facts for n in numbers_in(f"{f.value} {f.statement} {f.quote}")}
    stated = [n for n in ctx.u.asserted_numbers if n in ctx.u.clue_numbers and not YEAR.fullmatch(n)]
    return [phrase("premise_number", writer.titles)] if any(n not in held for n in stated) else []


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text.strip())
    text = re.sub(r"\s*\[\d+(?:\s*[,\-–]\s*\d+)*\]", "", text)  # the paper's reference brackets are not markers
    return text[:1].upper() + text[1:] if not has_cjk(text[:1]) else text


_MAKERS: WeakKeyDictionary[object, frozenset[str]] = WeakKeyDictionary()


def maker_words(ctx: AnswerContext) -> frozenset[str]:
    """The words of the documents' authors' names (from their front matter): "what is Jane Smith arguing?" asks
    what the document argues."""
    kb = ctx.composer.kb
    got = _MAKERS.get(ctx.composer)
    if got is None:
        got = _MAKERS[ctx.composer] = frozenset(t for d in kb.documents for name in front_matter(d).authors
                                      for t in content_tokens(name))
    return got


def words_matched(text: str, *patterns: re.Pattern[str]) -> set[str]:
    """The content words of whatever ``patterns`` match in ``text``: the words that ask for something (a summary,
    advice, a strength) rather than name a topic."""
    return {t for pattern in patterns for m in pattern.finditer(text) for t in content_tokens(m.group(0))}


def topic_concepts(ctx: AnswerContext, with_history: bool = False) -> list:
    """The question's own concepts (and, ``with_history``, those of the questions it leans on) that name a topic
    the documents use (not how the answer should look, nor who wrote them)."""
    vocab = ctx.composer.chooser.retriever.vocabulary
    makers = PRESENTATION | maker_words(ctx)
    out = []
    for c in ctx.u.concepts:
        if c.from_history and not with_history:
            continue
        alts = [a for a in c.own if a]
        if not alts or any(a <= PRESENTATION for a in alts) or all(a <= makers for a in alts):
            continue
        if not any(a <= vocab for a in alts):
            continue
        out.append(c)
    return out
