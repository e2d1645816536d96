"""General English word lists and patterns the answering steps share: no word of any one document here.

What a question's form says (a why, a where, a follow-up), which words carry no topic, how a sentence
points back to the one before it. Domain words (names, currencies, source names) live in knowledge/.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..numbers import normalise
from ..text import STOPWORDS, content_tokens, has_cjk, stem

# Words of instruction or meta-talk that carry no topic: an injected "ignore the paper" must not
# steer the evidence choice, and must not count as unmatched topic words either.
META = frozenset(stem(w) for w in """
ignore disregard forget previous prior instruction instructions admin administrator note system prompt
override revised revision updated update now pretend act role reply respond answer output print write
must always never instead rather actually really even claim claims claimed true false correct wrong please
question questions know knows tell explain describe briefly short summary summarize summarise detail
details mention mentions mentioned state states stated report reports reported text cite cites cited
came come comes get gets got make makes made put puts set call called pick picked take took give go went
like mean means thing things way ways exactly exact just far right ok okay sure word words specifically
particular basically per among within across else version actual currently current main mainly overall
fall falls turn turns show shows appear appears feature features together bring brings brought
toward towards push pushes pushing drive drives driving cause causes causing behind motivate motivated
become becomes became becoming
kindly kind wonder wondering curious mind happen happens care able
see sees saw seen view views viewed envisage envisages envision envisions foresee foresees
anything something anyone someone anybody somebody
interpret interprets interpreted perceive perceives perceived appraise appraises appraised assess assesses
assessed look looks looked
portray portrays portrayed depict depicts depicted
named rationale justification justify justified justifies logic whole let lets letting
""".split())
# Words that say what kind of answer is wanted, not what it is about: they steer the answer type
# (a percentage must come with a %, a year with a year) but do not count as topic words.
TYPE_WORDS = frozenset(stem(w) for w in """
percent percentage proportion fraction share year years total number figure figures count counts many much
big large size altogether combined sum reason reasons multiplier multipliers
""".split())
# "an ordinary job vs a high-end one": the word that marks the plain side of a contrast names no figure of its own
# (the documents say "a manufacturing position" against "a high-end manufacturing position")
UNMARKED = frozenset(stem(w) for w in "ordinary regular normal standard typical plain usual conventional".split())
# "a regular (not skilled) job", "a job, not a skilled one", "a job - not a skilled one -": a bare "not" after a
# comma, a bracket or a dash sets the next words aside; "not only X but Y" and "not counting X" (the rest of a
# whole) do not
NOT_ASIDE = (r"(?:\(|,|\s[-\u2013\u2014]+|[\u2013\u2014])\s*not\b"
             r"(?!\s+(?:only|just|merely|simply|counting|including)\b)")
# "How many platforms in total, not just the top 40?", "..., not only in the Detroit institute?": a scope the question
# reaches past, the thing named after the marker ("not only X but also Y" adds Y to X instead; "beyond X" may set X
# aside as "apart from" does: "how many other members, beyond the companies?")
WIDER_THAN = re.compile(r"\bnot (?:just|only|merely|simply)\s+"
                        r"((?:(?!\s-+\s)(?!\bbut\b)[^,;:?.()\u2013\u2014]){1,40})(?![^,;:?.]*\bbut\b)", re.I)
# a figure asked of a plan: "how many is X meant / supposed to reach?", "how many does X plan to build?", "the end
# goal"; or of an end state still to come: "how many will X ultimately include?", "how many do they want in the end?"
# ("how many members did X eventually have?" asks a past count; "goal" alone may be scored)
PLAN_ASKED = re.compile(r"\b(?:end goal|(?:ultimate|final) (?:goal|target|aim)|(?:meant|supposed|slated|scheduled) to|"
                        r"plan(?:s|ned)? (?:to|for|on)|planning to|intend(?:s|ed)? to|aim(?:s|ing)? to|envisag\w*|"
                        # "how many does the blueprint call for?" (not "aimed at X", what a thing targets)
                        r"call(?:s|ed)? for|"
                        # "by what year do the authors want X finished?", "how many would they like built?"
                        r"(?:want\w*|would\s+(?:[\w'’-]+\s+){0,3}?like|'d like|’d like)\s+"
                        r"(?:[\w'’-]+\s+){1,6}?(?:to be\s+)?"
                        r"(?:finished|completed|complete|done|built|in place|ready|running|operational))\b|"
                        r"(?=.*\b(?:will|would|shall|should|want\w*|going to|is to|are to)\b)"
                        r".*\b(?:ultimately|eventually|in the end|final (?:number|total))\b", re.I)
# a unit that only spells out an acronym: "OFC stands for Ostrel Ferry Company", "BBC is short for ..."
EXPANSION = re.compile(r"^\s*(?:the\s+)?([\w&.-]+)\s+(?:stands for|is short for|is an? (?:abbreviation|acronym) "
                       r"(?:of|for))\s+(?:the\s+)?(.+?)\.?\s*$", re.I)
# what an acronym stands for, asked: "What does RAMI stand for?", "RAMI is short for what?", "the full name of RAMI"
ACRONYM_ASKED = re.compile(r"(?i:\bwhat\s+(?:does|do|did)\s+(?:the\s+(?:acronym|abbreviation|initials)\s+)?)"
                           r"['\"‘“]?([A-Z][A-Z0-9&]{1,9})['\"’”]?s?\s+(?i:(?:actually\s+|really\s+)?stand\s+for)\b|"
                           r"\b([A-Z][A-Z0-9&]{1,9})\s+(?i:(?:is|was)\s+short\s+for)\b|"
                           r"(?i:\bwhat\s+(?:is|was)\s+)([A-Z][A-Z0-9&]{1,9})\s+(?i:short\s+for)\b|"
                           r"(?i:\bfull\s+(?:name|form)\s+of\s+(?:the\s+)?)([A-Z][A-Z0-9&]{1,9})\b")
_LINKING_WORDS = frozenset("of and for the on in to at & de".split())


def spells_out(acronym: str, text: str) -> bool:
    """Whether ``text`` holds words whose initials spell ``acronym`` ("National Network for Manufacturing Innovation"
    for NNMI; small linking words may come between them), or says what it stands for."""
    letters = [c for c in acronym.lower() if c.isalpha()]
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    for i in range(len(words)):
        j, k = i, 0
        while j < len(words) and k < len(letters):
            if k and words[j].lower() in _LINKING_WORDS:
                j += 1
            elif words[j][0].lower() == letters[k]:
                j, k = j + 1, k + 1
            else:
                break
        if k == len(letters):
            return True
    return bool(re.search(re.escape(acronym) + r"\s+(?:stands|is short) for\b", text))


# the thing whose meaning is asked: "what does 'advanced' stand for?", "what does the term X mean in Y?", "what is
# X short for?" (group 1 or 2)
MEANING_ASKED = re.compile(r"\bwhat\s+(?:does|do|did)\s+(?:the\s+(?:word|term|phrase|name|label|acronym|"
                           r"abbreviation)\s+)?(.+?)\s+(?:actually\s+|really\s+)?(?:stand|mean|refer|signify|denote)|"
                           r"\bwhat\s+(?:is|are)\s+(.+?)\s+short\s+for\b", re.I)
# "share" as a verb ("what can members share with each other?", "what do the institutes share?"), not a part of a
# whole ("what share of members ...?"); and evidence that uses the verb ("can share best practices", "sharing
# resources")
SHARE_VERB_ASKED = re.compile(r"\b(?:do|does|did|can|could|will|would|should|may|might|to|able to)\b[^?.!;]{0,40}?"
                              # ("how does manufacturing's GDP share compare with ...?": the noun, before its verb)
                              r"\bshare\b(?!\s+of\b)(?!\s+(?:compare|stack|differ|rank|change|rise|fall|grow|shrink|"
                              r"look|measure|stand|sit|vary)\b)|\bshar(?:e|es|ed|ing)\s+(?:with|among|amongst|between)\b",
                              re.I)
SHARE_VERB_GIVEN = re.compile(r"\bshar(?:e|es|ed|ing)\b(?!\s+of\b)(?!\s+(?:is|was|are|were|rose|fell)\b)|"
                              r"\bin common\b|\bcommon to\b", re.I)
# evidence that speaks of a plan or an end state: a past count ("had funded 8 by 2017") answers no plan
PLAN_GIVEN = re.compile(r"\b(?:plan\w*|target\w*|goals?|aim\w*|intend\w*|intention\w*|envisag\w*|will|would|shall|"
                        r"expect\w*|propos\w*|projected|projections?|forecast\w*|schedul\w*|future|eventual\w*|"
                        r"ultimate\w*)\b", re.I)
# "the R&D network, rather than manufacturing, ...": a marker that sets a thing aside, then the thing
CONTRAST = re.compile(r"((?<!\w)(?:rather than|instead of|as opposed to|in contrast to|in contrast with|as against|"
                      r"in place of|but not|and not|"
                      # "apart from firms and universities, how many other members ...?": the things counted out
                      r"apart from|aside from|besides|other than|excluding|except(?: for)?|not counting|leaving aside)|"
                      + NOT_ASIDE + r")"
                      # (a decimal point is no full stop: "as opposed to the 1.6 of an ordinary job")
                      r"\s+((?:(?!\s-+\s)(?:[^,;?.()\u2013\u2014]|(?<=\d)\.(?=\d))){1,40})", re.I)
# "Unlike X, ...", "Whereas X is ..., ...", "While X ..., ...", "Rather than X, ...": a clause opening the question
# that names what its subject is set against, up to its comma ("while" only so, opening the question: "what
# happened while X ...?" is a time)
CONTRAST_OPENING = re.compile(r"^\s*((?:unlike|whereas|while|contrary to|in contrast to|in contrast with|"
                              r"as opposed to|by contrast with|rather than|instead of))\s+"
                              r"((?:[^,;:?.]|(?<=\d)\.(?=\d)){1,100}),", re.I)
# "X is R&D-led; by contrast, how many ...?", "X is run by A. In contrast, ...": a statement before the marker sets
# what it names against what follows
CONTRAST_AFTER = re.compile(r"^\s*([^;:?]{3,140}?)\s*[;:.,]\s*((?:but\s+)?(?:by|in) (?:contrast|comparison))\s*,",
                            re.I)


class Contrast(NamedTuple):
    marker: str  # "rather than", "unlike", "by contrast"
    contrasted: str  # what is set aside or against
    said: str  # the words that say so, marker and all
    clause: bool  # a clause of its own that sets the question's subject against another thing ("Unlike X, ...")


def contrasts(text: str) -> list[Contrast]:
    """What a question sets aside ("the R&D network, rather than manufacturing") or its subject against ("Unlike X,
    ...", "X is ...; by contrast, ...")."""
    found = [Contrast(m.group(1), m.group(2), m.group(0), False) for m in CONTRAST.finditer(text)]
    opening = CONTRAST_OPENING.match(text)
    if opening:
        found.append(Contrast(opening.group(1), opening.group(2), opening.group(0), True))
    after = CONTRAST_AFTER.match(text)
    if after:
        found.append(Contrast(after.group(2), after.group(1), after.group(0), True))
    return found


# "Would you invest in it?" asks the assistant's view; "would you kindly tell me ...", "would you mind telling me
# ...", "would you set out ..." are polite requests
OPINION = re.compile(r"\b(your (?:personal )?(?:opinion|view)|do you think|in your view|should i|"
                     r"would you(?! (?:be so kind as to|kindly|please|mind|care to|be able to)\b)(?! (?:tell|list|"
                     r"name|explain|describe|give|say|show|summari[sz]e|outline|share|clarify|remind|help|"
                     r"let|point|identify|specify|set out|spell out|lay out|walk|run through|go (?:over|through)|"
                     r"break down|sum up|provide|confirm|recap|detail|define|compare|enumerate|elaborate|"
                     r"characteri[sz]e)\b)|"
                      r"better for|will (?:the )?\w+(?: or \w+)? win|do you prefer|your favou?rite)\b", re.I)
CHECKING = re.compile(r"\b(correct|right|true|isn't it|wasn't it|doesn't it|didn't it|is that so|yes or no)\b"
                       r"\s*[?.!]*\s*(?:$|[A-Z])|^\s*(given that|since|because|as)\b", re.I)
# the world's common currencies, by name and code: what an amount of money is counted in
CURRENCY_NAMES = (r"dollars?|usd|euros?|eur|pounds? sterling|gbp|yen|jpy|yuan|rmb|renminbi|cny|rupees?|roubles?|"
                  r"rubles?|francs?|pesos?")
MONEY = re.compile(r"\b(money|" + CURRENCY_NAMES + r"|revenue|costs?|spend|spent|funding amount|annual budget|"
                   # a fee, a price, a salary asked for as such ("what is the annual fee?"), not "what service
                   # did X charge fees for?"
                   r"(?:how much\b.*?\b|what(?:'s| is| was| are| were)? (?:the |a |an |its |their )?(?:[\w-]+ ){0,2}?)"
                   r"(?:fees?|prices?|salar(?:y|ies)|wages?|turnover|valuation)|"
                    r"total (?:federal )?budget|(?:budget|funding|investment) (?:of|size|amount))\b|\$|"
                    r"\bhow much\b.*\b(budget|fund|invest)", re.I)
# "tell me about the funding of X", "I'd like to ask about ...", "describe ...": an open request on a topic, which
# asks for no amount even when its topic is money
OPEN_REQUEST = re.compile(
    r"^\s*(?:(?:can|could|would|will) you\s+)?(?:please\s+)?(?:(?:tell (?:me|us)|talk|brief (?:me|us)|"
    r"(?:i'd|i would|we'd|we would) like to (?:ask|know|hear|learn)|"
    r"(?:i|we) (?:want|wanted) to (?:ask|know|hear|learn))"
    r"\s+(?:\w+\s+)?about\b|(?:explain|describe|outline)\s+(?!how much\b))", re.I)
# an amount of money asked in Chinese: a word of money with 多少/几 ("预算是多少", "投入了多少资金", "花了多少钱");
# "资助了多少个研究院" counts institutes, not money
_MONEY_WORDS_ZH = r"(?:预算|资金|经费|投资额|投资|投入|花费|花了|成本|钱|金额|融资|营收|收入|市场规模|拨款|开支|支出)"
# Where money should go, or which of two things to fund ("Smart factories or R&D platforms - where should our money
# go first?", "fund manufacturing ones or R&D ones?"): a choice or a priority, no amount asked
MONEY_CHOICE = re.compile(r"\b(?:should|ought to|better to|prioriti[sz]e\w*|priority|priorities)\b|\bor\b", re.I)
MONEY_AMOUNT = re.compile(r"\bhow much\b|\bamounts?\b|\bsize of\b|\bhow (?:big|large)\b|\btotal\b|\$|\d|\b(?:in|of) (?:"
                          + CURRENCY_NAMES + r")\b", re.I)
MONEY_ZH = re.compile(_MONEY_WORDS_ZH + r"[^？?。]{0,8}(?:多少|几)|(?:多少|几)[^？?。]{0,8}" + _MONEY_WORDS_ZH)
ABBREVIATIONS = {"dept": "Department", "depts": "Departments", "govt": "government", "gov": "government",
                  "univ": "university", "unis": "universities", "uni": "university", "intl": "international",
                  "org": "organization", "orgs": "organizations", "approx": "about",
                  "natl": "national", "tech": "technology", "info": "information", "biz": "business",
                  "mgmt": "management", "mgt": "management", "ops": "operations", "govts": "governments",
                  "chars": "characters"}
# The document's reference list asked ("Which references does the paper cite?", "List the references.", "Show me the
# bibliography.", "论文引用了哪些参考文献？"); its words name no topic
REFERENCES_ASKED = re.compile(
    r"\b(?:references?|bibliography|works cited|reference list)\b|"
    r"\bwhat (?:sources|works|papers|literature|studies) (?:does|do|did) (?:the|this|that|it)\b[^?]*?\b(?:use|cite|"
    r"draw on|rely on|build on|quote)\b|"
    r"\bwhat (?:does|do|did) (?:the|this|that|its) (?:paper|document|report|study|article|authors?) cite\b|"
    r"参考文献|引用了?(?:哪些|什么)", re.I)
REFERENCE_WORDS = frozenset(content_tokens("reference references bibliography works cited cite cites list sources "
                                           "source literature use draw rely paper document report study article show "
                                           "give authors"))
# The document's own structure asked ("How is the paper structured?", "What sections does the report have?",
# "walk me through the sections", "table of contents", "这篇论文的结构"): its sections in order, not a subject's parts
# ("What is the structure of the network?" asks about the network)
_DOCUMENT_NOUN = r"(?:paper|document|report|article|study|text|piece|essay)"
# The document named by its noun ("Who wrote this paper?"), and "it" or "its", which may stand for it (or for another
# thing named before) in what is asked next ("What is it trying to do?", "What's its purpose?")
DOCUMENT_NAMED = re.compile(r"\b(?:this|the|that)\s+(" + _DOCUMENT_NOUN + r")\b(?!\s+(?:of|on|about)\b)", re.I)
IT_PRONOUN = re.compile(r"\b(?:it|its)\b", re.I)
# what the document is called: "what is the title of this paper?", "the article's title", "what is the study
# called?", "title?", "这篇论文的题目是什么" ("the title of the architecture" names another text; "its name"
# after a thing asks that thing's name, so only "its title" is taken)
_THIS_DOCUMENT = (r"(?:(?:this|your|the)\s+" + _DOCUMENT_NOUN + r"(?![\w-])(?!\s+(?:about|on|of|called|titled|entitled|"
                  r"named)\b)|(?:it|this)(?=\W*$))")
ASKS_TITLE = re.compile(
    r"\b(?:title|name)\s+of\s+" + _THIS_DOCUMENT + r"|"
    # ("the paper's name", "paper title"; not "which firms does the paper name?", a verb)
    r"\b" + _DOCUMENT_NOUN + r"(?:'s|’s)\s+(?:(?:full|exact|official|complete)\s+)?(?:title|name)\b|"
    r"\b" + _DOCUMENT_NOUN + r"\s+(?:(?:full|exact|official|complete)\s+)?title\b(?!\s+(?:it|its|the|a)\b)|"
    r"\bits\s+title\b(?!\s+of\b)|"
    r"^\W*(?:what(?:'s|’s|\s+is|\s+was)\s+)?(?:the\s+)?(?:(?:full|exact|official|complete)\s+)?title\W*$|"
    r"\bwhat(?:'s|’s|\s+is|\s+was)\s+(?:this|the|your)\s+" + _DOCUMENT_NOUN +
    r"\s+(?:called|titled|entitled|named)\W*$|"
    r"(?:论文|文章|文献|本文|该文|这篇)[^，,。？?]{0,6}?(?:标题|题目|题名|名称|名字|叫什么)", re.I)
STRUCTURE_ASKED = re.compile(
    r"\bhow (?:is|was) (?:the|this|that|your|their) " + _DOCUMENT_NOUN + r" (?:structured|organi[sz]ed|laid out|"
    r"set out|arranged|divided|broken (?:up|down)|built up|put together)\b|"
    r"\b(?:structure|organi[sz]ation|layout|sections|chapters|headings|table of contents)\s+of\s+(?:the|this|that|"
    r"your|their)\s+" + _DOCUMENT_NOUN + r"\b|"
    r"\b" + _DOCUMENT_NOUN + r"(?:'s|’s)\s+(?:(?:overall|basic)\s+)?(?:structure|organi[sz]ation|layout|sections|"
    r"chapters|headings|table of contents)\b|"
    r"\bwhat (?:sections|chapters|headings|parts) (?:does|do|did) (?:the|this|that|it)\b(?:\s+" + _DOCUMENT_NOUN +
    r")?\s*(?:have|contain|consist of|include|cover|hold)\b|"
    r"\b(?:walk|take|run|talk) (?:me|us) through (?:the|its|each|every|all the) (?:sections|chapters|headings)\b|"
    r"\b(?:list|name|give me) (?:the|its|all the|all of the) (?:sections|chapters|headings)\b|"
    r"\btable of contents\b|"
    r"(?:论文|文章|报告|本文|这篇|该文)[^？?。，,]{0,6}(?:结构|章节|目录|篇章|"
    r"(?:分(?:为|成)|由|包括|包含|有)(?:哪几|哪些|几)个?(?:部分|章))", re.I)
# "what % of X?": a percent sign with no figure before it is the word that asks for a percentage ("12 %" and "12%"
# stay figures)
# how many questions a message announces ("Two quick ones:", "Three questions -", "2 things:"): no figure
QUESTION_COUNT = re.compile(r"^\s*(?:(?:ok|okay|so|right),?\s+)?(?:two|three|four|five|2|3|4|5)\s+(?:quick\s+|short\s+|"
                            r"simple\s+|related\s+|more\s+|small\s+|brief\s+)?(?:questions?|things?|ones?|points?|"
                            r"parts?|qs|asks?|queries)\b\s*(?:[:,.;]|\s[-–—])?", re.I)
BARE_PERCENT = re.compile(r"(?<![\d%])(?<!\d )%")
# "Did DoD fund more than half of the institutes?", "a majority of them?", "are they over a third of the members?": a
# share asked against a fraction, which the part over the whole answers; the fraction, by its word
FRACTIONS = {"half": 1 / 2, "third": 1 / 3, "quarter": 1 / 4, "fifth": 1 / 5, "tenth": 1 / 10}
FRACTION_WORDS_ZH = {"一半": "half", "三分之一": "third", "四分之一": "quarter", "五分之一": "fifth",
                     "十分之一": "tenth"}
FRACTION_NAMES = "|".join(FRACTIONS)
FRACTION_NAMES_ZH = "|".join(FRACTION_WORDS_ZH)
THRESHOLD_ASKED = re.compile(
    r"\b(?:(more|less|fewer) than|over|under|at least|above|below)\s+(?:a\s+|one[- ])?(" + FRACTION_NAMES + r")"
    r"\b|\b(?:a|the)\s+(majority)\s+of\b|\b(most)\s+of\s+(?:the|all|those|these|its|their)\b|"
    # "超过一半了吗", "不到三分之一", "过半", "大多数"
    r"(?:超过|多于|高于|少于|不到|低于|占)(" + FRACTION_NAMES_ZH + r")|(过半|大多数|大部分)", re.I)


# "What do most of the platforms focus on?", "Most of the focus is on what?", "where do a majority of them sit?",
# "大部分集中在什么方面？": the thing most of a whole shares, asked for, not a share against a half; a question that
# also asks a figure ("how many is that, most of them?", "what share ..., the majority?") still asks the share
_ASKS_A_THING = re.compile(r"\b(?:what|which|where|who|whom)\b|什么|哪|谁", re.I)
_ASKS_A_FIGURE = re.compile(r"\bhow (?:many|much)\b|\b(?:share|percentage|percent|proportion|fraction|ratio)s?\b|"
                            r"多少|几|比例|百分", re.I)


def majority_asked(q: str) -> bool:
    """Whether the question asks what most of a whole is or does ("What do most of the ships carry?", "Most of the
    focus is on what?"), not whether a share is most of it ("Did most of them come from X?")."""
    m = THRESHOLD_ASKED.search(q)
    return (m is not None and bool(m.group(3) or m.group(4) or m.group(6) in ("大多数", "大部分"))
            and bool(_ASKS_A_THING.search(q)) and not _ASKS_A_FIGURE.search(q))


def threshold_asked(q: str) -> re.Match[str] | None:
    """A share asked against a fraction ("more than half of them?", "did most of them ...?"), or None; "most of" and
    "the majority of" in a question that asks what they are (not how many) ask a thing, not a share."""
    return None if majority_asked(q) else THRESHOLD_ASKED.search(q)


# what most of a whole is, said: "most of the trade is in grain", "mainly grain", "the bulk of it", "大部分"
MAJORITY_SAID = re.compile(r"\b(?:most of|(?:the|a) majority of|mostly|mainly|largely|predominantly|chiefly|"
                           r"the bulk of)\b|大多数|大部分|主要", re.I)


def threshold_fraction(m: re.Match[str]) -> str:
    """The fraction a share is asked against ("half", "third", ...), from a ``THRESHOLD_ASKED`` match."""
    return (m.group(2) or "").lower() or FRACTION_WORDS_ZH.get(m.group(5) or "", "half")


# A people named for its country ("the Germans", "the Brits"): the country, in the names a document may use for it,
# most usual first. Plural forms only: "French", "British" are also the adjectives a question uses of a thing.
PEOPLES = {"germans": ("Germany",), "brits": ("Britain", "United Kingdom", "UK"), "britons": ("Britain", "UK"),
           "englishmen": ("England", "Britain"), "americans": ("America", "United States", "US"),
           "yanks": ("America", "United States", "US"), "canadians": ("Canada",), "mexicans": ("Mexico",),
           "brazilians": ("Brazil",), "italians": ("Italy",), "spaniards": ("Spain",), "russians": ("Russia",),
           "koreans": ("Korea",), "australians": ("Australia",), "swedes": ("Sweden",), "danes": ("Denmark",),
           "norwegians": ("Norway",), "finns": ("Finland",), "indians": ("India",), "israelis": ("Israel",),
           "egyptians": ("Egypt",), "nigerians": ("Nigeria",)}
PEOPLE_NAMED = re.compile(r"\b(?:the\s+)?(" + "|".join(sorted(PEOPLES, key=len, reverse=True)) + r")\b", re.I)
# Slips of the words that ask ("wen was X released?", "hw many ...", "wich firm ..."): too short for the typo repair's
# one-edit guess, and some are rare words in their own right ("wen", "wat"); read as asking words where a question or
# a clause opens (not before a name: "Wen Jiabao")
QUESTION_WORD_SLIPS = {"wen": "when", "whn": "when", "wehn": "when", "wat": "what", "wht": "what", "wut": "what",
                       "whta": "what", "wich": "which", "whic": "which", "wihch": "which", "wher": "where",
                       "whre": "where", "wehre": "where", "hw": "how", "hwo many": "how many", "hwo much": "how much",
                       "hpw": "how", "whi": "why", "wy": "why", "woh": "who", "whos": "who's", "hoe many": "how many",
                       "hoe much": "how much"}
QUESTION_WORD_SLIP = re.compile(r"(?:^|(?<=[.?!,;:]\s)|(?<=\b[Aa]nd\s)|(?<=\b[Bb]ut\s)|(?<=\b[Ss]o\s))\s*(?i:("
                                + "|".join(sorted(map(re.escape, QUESTION_WORD_SLIPS), key=len, reverse=True))
                                + r"))\b(?!\s+[A-Z][a-z])")  # "Wen Jiabao" is a name
AUX_WORDS = frozenset("is are was were does do did has have had can could will would should in of on for to by "
                       "with from at as".split())
POINTS_BACK = re.compile(r"\b(this|these|those|its|it|they|their|such|the above)\b", re.I)
# a conclusion that says its reason is what comes before it ("That's why ..."), and any conclusion ("Therefore, ...")
_REASON_BEFORE = r"that's why|that is why|this is why|for this reason"
_CONCLUDING = _REASON_BEFORE + r"|therefore|thus|hence|so,|as a result"
LEANS_BACK = re.compile(rf"^({_CONCLUDING}|this|these|those|such|it|they|their|its|he|she|his|her)\b", re.I)
# a sentence that only says what a document or a part of it examines ("The paper analyses X.", "This section
# describes Y."): it gives no finding
ANNOUNCES = re.compile(r"^\s*(?:the|this|our|that) (?:paper|document|article|study|report|section|chapter|analysis)\s+"
                       r"(?:first\s+|mainly\s+|then\s+|also\s+)?(?:analy[sz]es|examines|studies|discusses|describes|"
                       r"reviews|surveys|introduces|presents|considers|looks at)\b", re.I)
# a question after what something found or shows ("what does the analysis conclude?", "the headline finding")
FINDING_ASKED = re.compile(r"\b(?:conclu(?:de|des|ded|sions?)|find|finds|found|findings?|shows?|showed|shown|"
                           r"reveals?|revealed|results?|outcomes?|takeaways?|headlines?|tells? us)\b", re.I)
# a sentence that sums up what was set out before it ("From the above analysis, ...", "It can be seen that ...")
SUMS_UP = re.compile(r"^\s*(?:from the above|as (?:can be|is) seen|it can be seen|we can see|in summary|to sum up|"
                     r"in sum|in conclusion|overall|in general|all in all)\b", re.I)
# a sentence that draws a conclusion from the one before it ("That's why X is Y."): the reason is what precedes it
CONCLUDES = re.compile(rf"^({_CONCLUDING})\b", re.I)
REASON_BEFORE = re.compile(rf"^(?:{_REASON_BEFORE})\b", re.I)
# A sentence that opens by pointing back ("These Normans began ...", "Such problems are called ...", "There they
# continued ..."): it goes on with what the sentence before it said, so the two make one statement
CONTINUES = re.compile(r"^(?:but |and |yet |so |there |in turn )?(this|these|those|such|they|there|their|its|"
                       r"he|she|his|her|"
                       # "It in turn evolved into ...", not the "it" of "It is planned to ...", "It can be said that"
                       r"it(?!\s+(?:is|was|has been|had been|(?:will|would|can|could|may|might|must|should) be|"
                       r"seems|seemed|appears|appeared)\s+(?:[\w-]+\s+){1,3}?(?:to|that)\b))\b|"
                       # "But a storm dispersed the fleet.", "For example, integers ...": a turn or an instance of
                       # what the sentence before it said
                       r"^(?:but|yet|however|indeed|for (?:example|instance)|in particular)\b", re.I)
# A sentence that ends by pointing to the next one: "An example of such a problem is the following.", "... as follows:"
POINTS_AHEAD = re.compile(r"(?:\bthe following|\bas follows|\bbelow|:)\s*[.:]?\s*$", re.I)
# "How many points/aspects ...": counts of a list's items, which the evidence need not name
LIST_COUNT_NOUNS = frozenset(stem(w) for w in "points items parts aspects ways things elements goals aims steps "
                              "categories groups types kinds areas".split())
# nouns counted as plurals though they do not end in -s ("how many staff", "how many women"); the collective ones
# are also counted with "how much" ("how much staff does X have?")
COLLECTIVE_NOUNS = frozenset("staff personnel workforce faculty crew".split())
PLURALS_WITHOUT_S = COLLECTIVE_NOUNS | frozenset("people children men women police".split())
# "how much transparency / autonomy / say ...?": a degree of a quality, which no figure measures (a noun of money, a
# size or a count after "how much" still asks a figure)
HOW_MUCH_DEGREE = re.compile(
    r"\bhow much (?:\w+ )?(?:transparency|openness|autonomy|independence|freedom|emphasis|importance|attention|"
    r"priority|influence|control|say|trust|cooperation|co-operation|collaboration|coordination|co-ordination|"
    r"flexibility|discretion|latitude|leeway|integration|interaction|overlap|competition|rivalry|sharing|consensus|"
    r"agreement)\b", re.I)
# a year between other digits is none; between letters it is ("FY2013", "在2020年": Chinese has no word breaks)
YEAR = re.compile(r"(?<!\d)(?<!\d[.,])(1[89]\d\d|20\d\d)(?!\d|[.,]\d|'?s\b)")  # "the 1860s" is a decade
# a list's item markers, "(1) ... (2) ..." or "1) ... 2) ...": they number the items, they count nothing
ENUMERATOR = re.compile(r"(?:^|(?<=[\s;:,]))(?:\(\d{1,2}\)|\d{1,2}\)(?=\s))")
# the version of a named thing: "version 1.0", "v2", "release 3", "Architecture 2.0", "Industry 4.0" (a decimal
# after a capitalised word, not a measure: "1.5 times", "2.5 million")
VERSION = re.compile(r"\b(?:version|release|edition)\s+(\d+(?:\.\d+)?)\b|\bv(\d+(?:\.\d+)?)\b|"
                     r"\b([A-Z][\w-]*)\s+(\d+\.\d+)\b(?!\s*(?:%|percent|times|million|billion|trillion|per\b))")


def versions_in(text: str) -> set[str]:
    """The versions a text names, normalised as numbers are ("2.0" -> "2"); "In 2.5 years" names none."""
    out = set()
    for m in VERSION.finditer(text):
        if m.group(3) and m.group(3).lower() in STOPWORDS:
            continue
        out.add(normalise(m.group(1) or m.group(2) or m.group(4)))
    return out


# A period named by its century or decade: "the 11th century", "the 10th and 13th centuries", "the eleventh
# century", "the 1100s" (the 12th century), "the 1990s"; a year names its century and its decade
_CENTURY_ORDINALS = {w: k for k, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)}
_CENTURIES = re.compile(r"\b((?:(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(_CENTURY_ORDINALS) + r")"
                        r"(?:\s*(?:,|and|or|to|-|–)\s*)?)+)[\s-]+centur(?:y|ies)\b", re.I)
_DECADE = re.compile(r"\b(\d{3})0'?s\b")  # "1990s", "1100s": three digits before the 0
_PERIOD_YEAR = re.compile(r"(?<![\d.,])(1\d{3}|20\d\d)(?![\d.,]\d|'?s\b)")


def periods_in(text: str, years: bool = True) -> set[tuple[str, int]]:
    """The centuries and decades a text names: {("century", 12), ("decade", 199)}; ``years``: also those its
    years fall in."""
    out: set[tuple[str, int]] = set()
    for m in _CENTURIES.finditer(text):
        for o in re.findall(r"\d{1,2}(?=st|nd|rd|th)|[a-z]+", m.group(1).lower()):
            n = int(o) if o.isdigit() else _CENTURY_ORDINALS.get(o)
            if n:
                out.add(("century", n))
    for digits in _DECADE.findall(text):
        if digits.endswith("0"):  # "the 1100s": a century
            out.add(("century", int(digits[:2]) + 1))
        else:
            out.add(("decade", int(digits)))
    for y in _PERIOD_YEAR.findall(text) if years else []:
        out |= {("century", int(y) // 100 + 1), ("decade", int(y) // 10)}
    return out


# evidence that states a total ("in total 830", "altogether", "combined")
TOTAL_GIVEN = re.compile(r"\b(total|altogether|in all|combined)\b", re.I)
# a year as a date: after a word of time ("in 2012", "by 2017", "fiscal year 2013", "March 2012", "as of 2016")
DATED_YEAR = re.compile(r"\b(?:in|by|since|until|till|from|to|before|after|during|of|year|as of|around|"
                        r"january|february|march|april|may|june|july|august|september|october|november|december)"
                        r"\s+(?:1[89]\d\d|20\d\d)s?\b|\((?:1[89]\d\d|20\d\d)\)", re.I)
# What answers a when-question in any document, not only a modern one: a year of any age ("1066", "the 1050s"),
# a century ("the 11th century"), a month
DATE_TEXT = re.compile(r"\b(?:1\d{3}|20\d\d)s?\b|\b\d{1,2}(?:st|nd|rd|th) centur(?:y|ies)\b|\b(?:January|February|"
                       r"March|April|May|June|July|August|September|October|November|December)\b|"
                       # a year of three digits after a word of time, not a count ("in 911 as a fiefdom", "around
                       # 799,", "AD 476"; not "in 300 homes")
                       r"\b(?:[Ii]n|by|since|until|till|before|after|around|circa|c\.|AD|year)\s+[1-9]\d{2}\b"
                       r"(?=\s*(?:[,.;:)]|$)|\s+(?:as|and|when|the|by|after|before|with|under|until|AD|BC|BCE|CE)\b)")
# a season after a word of time ("in early spring", "each winter", "during the summer"): a time of the year, which
# answers "when ...?" but not "what year ...?" nor "on what date ...?" (season_enough)
SEASON = re.compile(r"\b(?:in|each|every|during|by|until|through|from|since)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?"
                    r"(?:spring|summer|autumn|winter)\b", re.I)
_EXACT_TIME_ASKED = re.compile(r"\b(?:(?<!time of )(?<!time of the )years?|dates?|days?|months?|decades?|"
                               r"centur(?:y|ies))\b", re.I)


def season_enough(question: str) -> bool:
    """Whether a season answers the question's when: "when does X come?", "at what time of year ...?", not "what
    year ...?" or "on what date ...?"."""
    return not _EXACT_TIME_ASKED.search(question)


# a terse request for names: "R&D platforms names", "X: platform names" (with no question word: in "what are the
# forces the paper names?" the word is a verb)
# the auxiliary verbs a question opens with or asks by ("does", "were", "can"); "might" aside, which some rules keep
AUXILIARY = r"(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would|should|must|may)"
TERSE_NAMES = r"^(?!.*\b(?:what|which|who|whom|whose|how|where|when|why)\b).*(?:^|\s)names\s*[?.!]*\s*$"
# "What's the name of ...", "what is X called", "X names": the answer is a name the question does not hold
# ("what are the 'three core forces' named in the paper?" asks for the things counted, not for a name)
ASKS_NAME = re.compile(r"\b(?:the )?(?:names?|titles?) of\b|\b(?:can you|could you|please) name\b|" + TERSE_NAMES + r"|"
                        r"\bwhat(?:'s| is| was| are| were)\b"
                        r"(?!.*(?:\b(?:two|three|four|five|six|seven|eight|nine|ten)\b|(?<![\d.])\d+(?![\d.])).*\b(?:called|named)\b)"
                        r".*\b(?:called|named)\b(?: in the paper| in it)?\s*[?.!]*\s*$", re.I)

_CAUSAL_WORDS = (r"because|since|due to|owing to|thanks to|that's why|that is why|this is why|therefore|"
                 r"thus|hence|so that|in order to|as a result|the reason|leads? to|contributes? to|"
                 # a purpose: "so as to", "with the aim of", "helps each town to sell ...", "avoiding long haulage"
                 r"so as to|in an effort to|with the aim of|for the purpose of|aims? to|aimed at|in order that|"
                 r"to ensure|to prevent|avoid(?:s|ing)?|help(?:s|ing)? (?:\w+ ){0,3}?to")
CAUSAL = re.compile(rf"\b({_CAUSAL_WORDS})\b", re.I)
# what makes a thing possible, the answer to "why can X ...?", "what lets X ...?": "has the foundation to",
# "makes ... a reality", "enables", "after X is solved"
ENABLING = re.compile(r"\b(?:has|have|had|gives?|gave|given|with) (?:the |a |an )?(?:foundation|basis|ability|means|"
                      r"conditions?|capacity|capability|groundwork)(?: and \w+)? (?:to|for|of)\b|"
                      r"\b(?:makes?|made|making) (?:[\w-]+ ){1,6}?(?:possible|a reality|feasible|viable)\b|"
                      r"\b(?:enables?|enabled|enabling|allows?|allowed|permits?|permitted|lets)\b|"
                      r"\b(?:after|once|now that)\b[^,.;]{3,80}?\b(?:is|are|was|were|has been|have been|had been) "
                      r"(?:solved|removed|overcome|resolved|eliminated|gone|lifted)\b", re.I)
# a why-question about an ability or a basis: "why can X ...", "what lets X ...", "how come X could ..."
ASKS_ABILITY = re.compile(r"\b(?:can|could|able|capable|possible|enables?|enabled|allows?|allowed|lets?|letting|"
                          r"basis|foundation|how come)\b", re.I)
# "Why did X fund only one?": asks for a cause, which evidence restating the premise does not give
ASKS_WHY = re.compile(r"^\s*(?:(?:and|but|so|ok|okay)\s*,?\s+)?(?:why\b|how come\b|for what reasons?\b|"
                      r"what (?:is|was|are|were) the (?:main )?reasons? (?:for|why|behind)\b|what (?:caused|led to)\b)",
                      re.I)
# a reason, a cause or a consequence stated in words ...
# an end or a failure that a question may take for granted ("why did X fail?", "why was the institute shut down?"):
# a premise that evidence saying no such thing does not answer
SETBACK = re.compile(r"\b(?:fail(?:s|ed|ing|ure|ures)?|collaps\w*|shut(?:s|ting)?\s+(?:it\s+|them\s+)?down|"
                     r"(?:clos(?:e|ed|es|ing)|wound|wind(?:ing)?)\s+(?:it\s+|them\s+)?(?:down|up)|closures?|"
                     r"cancel\w*|abandon\w*|scrap(?:s|ped|ping)?|terminat\w*|discontinu\w*|dissolv\w*|disband\w*|"
                     r"(?:went|go|gone|going)\s+bankrupt|bankruptcy|defunded|axed|scrapped)\b", re.I)
# "What can guild members do?", "what are X able to do?": what the documents say a thing can do (not "what can we /
# you do", advice or help); the modal that says it in the evidence
ABILITY_ASKED = re.compile(r"\bwhat\b[^?]{0,60}?\b(?:(?:can|could)\s+(?!(?:we|i|you|us|one)\b)"
                           r"(?P<doer>(?:[\w'’-]+\s+){1,8}?)(?:(?:actually|really)\s+)?|(?:is|are)\s+"
                           r"(?!(?:we|i|you|us|one)\b)(?P<able>(?:[\w'’-]+\s+){1,8}?)(?:able|allowed|permitted) to\s+)"
                           r"do\b(?!\s+(?:for|about|to)\b)", re.I)
ABILITY_SAID = re.compile(r"\b(?:can|could|able to|allowed to|permitted to|entitled to|may)\b", re.I)
# A renaming: "when was X renamed Y?", "why was X rebranded?" take one for granted, which evidence must speak of ("re-
# branded in 2007 from X", "formerly called", "now known as")
RENAMING = re.compile(r"\b(?:renam(?:e|es|ed|ing)|re-?brand(?:s|ed|ing)?|re-?titl(?:e|es|ed|ing)|"
                      r"chang(?:e|es|ed|ing) (?:its|their|the|his|her) names?|names? (?:was |were )?changed)\b", re.I)
RENAMING_SAID = re.compile(RENAMING.pattern + r"|\b(?:now|formerly|previously|later|since then|then|originally) "
                           r"(?:called|known as|named)|\bbecame known as|\bunder the (?:new )?name\b|\bnew name\b",
                           re.I)
REASON_GIVEN = re.compile(r"\b(" + _CAUSAL_WORDS + r"|led to|caus\w+|aim\w*|goals?|purposes?|intend\w*|motivat\w*|"
                          r"driven by|results? (?:in|from)|resulted (?:in|from)|so as to|reasons?|so|in response to|"
                          r"because of|given|after|once|when|following)\b", re.I)
# the words a purpose is asked by ("the purpose of X", "X's aim", "what role ...") and, in the documents, the words and
# verbs of founding that state one ("was founded as a meeting place", "set up to ..."), stems
PURPOSE_WORDS = frozenset(stem(w) for w in "purpose aim goal objective role".split())
FOUNDING_WORDS = frozenset(stem(w) for w in "purpose aim goal objective mission role intended meant designed founded "
                           "established created formed set".split())
# evidence that states what a thing is for: a word of purpose, a founding "as" or "to", a purpose or a reason given
# ("in order to", "so that", "helping each village to ...", "because")
PURPOSE_SAID = re.compile(r"\b(?:purposes?|aims?|aimed|goals?|objectives?|missions?|roles?|intend\w*|meant|designed|"
                          r"to serve as|to act as|" + _CAUSAL_WORDS + r")\b|"
                          r"\b(?:founded|established|created|formed|set up|started|built|begun|launched)\s+"
                          r"(?:\w+\s+){0,3}?(?:as|to|for)\b", re.I)
# ... or a purpose, by "to <verb>" ("launched NNMI to rebuild ...")
PURPOSE_GIVEN = re.compile(r"\bto (?!(?:the|a|an|its|their|this|that|these|those|his|her)\b)[a-z]+", re.I)
ASKS_SOURCES = re.compile(r"\b(references?|cite[sd]?|citations?|sources?|bibliograph\w*|published|journal|"
                           r"report to)\b", re.I)
FOLLOWUP_START = re.compile(r"^\s*(and|but|also|what about|how about|what of|then|same|ok|okay|so|"
                            r"(?:(?:now|ok|okay|then|great|thanks|cool),?\s+)?(?:do the same|the same|same again|"
                            r"repeat (?:that|this|it)|again)|shorter|briefer|longer)\b", re.I)
# "and section 2?", "now do the same for Energy", "shorter please, one sentence": a follow-up that makes the last
# request again (a summary, the recommendations ...) of another thing or in another form
CARRIES_REQUEST = re.compile(r"^\s*(?:and|also|what about|how about|then|same|ok|okay|so|now|"
                             r"(?:(?:now|ok|okay|then|great|thanks|cool),?\s+)?(?:do the same|the same|same again|"
                             r"repeat (?:that|this|it)|again)|shorter|briefer|longer|more briefly|in (?:fewer|less))\b",
                             re.I)
# a comparison that names only the side after "than" ("how many more than Energy?", "how much bigger than the
# Chicago one?"): its first side is what the conversation just gave, as if "it" were said
THAN_ONLY = re.compile(r"^\s*(?:by\s+)?how (?:many|much)\s+(?:more|fewer|less|bigger|larger|smaller|higher|lower|"
                       r"greater)\s+than\b[^?]{1,60}\??\s*$", re.I)
PRONOUN = re.compile(r"\b(it|its|they|them|their|this|that|these|those|there|he|she|his|her|ones?)\b", re.I)
INJECTION = re.compile(
    r"(ignore|disregard|forget)\b.{0,40}\b(document|paper|instruction|context|above|previous|rules)"
    r"|\b(admin|system|developer)\s*(note|message|override|prompt)\b|\bthe paper (was|has been) (revised|updated)"
    r"|\byou are now\b|\bpretend\b|\bnew instructions?\b",
    re.I,
)
# more of the world's currencies, read only after an amount ("300 kroner", "90 zloty"): as a word of a question
# several are no money ("who won ...?", "the crowns of the kings")
_CURRENCIES_AFTER_AN_AMOUNT = (r"crowns?|kronor|kroner|krona|krone|zloty|zlotys|forints?|lira|lire|liras|rand|won|baht|"
                               r"ringgits?|dirhams?|riyals?|rials?|shekels?|dinars?|reais|pence|cents?|shillings?|"
                               r"guilders?|florins?|drachmas?|escudos?|pesetas?|ducats?|rupiah|naira|cedis?|taka")
# an amount of money: a number with a currency or a scale word ("dollar" alone, as in "military and dollar", is not)
CURRENCY = re.compile(r"[$€£¥₹₩₽]\s?\d|\d[\d.,]*\s*(?:" + CURRENCY_NAMES + "|" + _CURRENCIES_AFTER_AN_AMOUNT +
                      r"|billion|million|trillion)\b", re.I)


# "where ...?", "and where ...?", "so, where ...?": a where-question's opening
_WHERE_OPENS = r"^\s*(?:\w+,?\s+)?(?:and\s+)?where\b"
WHERE = re.compile(_WHERE_OPENS + r"(?!.*\b(?:paper|article|text|author)s? (?:say|says|discuss|"
                    r"mention|talk|describe))", re.I)
# "where did the fifth purpose come from?", "where does the name come from?": the source of a thing of the mind (a
# plan, a report, a body), not a place ("where did the Normans come from?" stays a place)
_FROM_A_SOURCE = (r"(?:ideas?|purposes?|goals?|aims?|names?|terms?|words?|concepts?|notions?|plans?|money|funding|"
                  r"funds?|rules?|polic(?:y|ies)|inspiration|proposals?|recommendations?|figures?|numbers?|data|"
                  r"estimates?|one|ones|others?)(?:\s+(?:of|for|behind)\s+[^?]{1,60}?)?\s+"
                  r"(?:come|comes|came|originate[sd]?|stem(?:s|med)?|derive[sd]?)\s+from")
# "where does X fall short?", "where do the two approaches differ?", "where is X weakest?": "where" asks for an
# aspect of a thing, not a place
FIGURATIVE_WHERE = re.compile(
    _WHERE_OPENS + r"(?=[^?]*\b(?:(?:fall|falls|fell|falling) short|lag(?:s|ged|ging)?|"
    r"go(?:es)? wrong|went wrong|struggl\w*|improve\w*|weak\w*|strong(?:er|est)|differ\w*|diverg\w*|excel\w*|"
    r"fail(?:s|ed|ing)?|gaps?|room for|stands?|faults?|flaw(?:s|ed)?|fits?(?= in)|fitted(?= in)|"
    # "where does X have an edge?", "where is X ahead?": the aspects X leads in, not a place
    r"edge|advantages?|ahead|upper hand|strengths?|(?:good|strong|best|better) at|" + _FROM_A_SOURCE + r")\b)", re.I)
# "where did the fifth purpose come from?": the question asks the source of a thing of the mind
SOURCE_ASKED = re.compile(_WHERE_OPENS + r"(?=[^?]*\b" + _FROM_A_SOURCE + r"\b)", re.I)
# what a source is said with: "were set out in the charter", "was added by the council", "comes from the old word"
SOURCE_SAID = re.compile(r"\b(?:come|comes|came|coming|originat\w*|stem\w*|deriv\w*|set out|laid down|recommended|"
                         r"proposed|suggested|adopted|added|taken|borrowed|drawn|inherited|based|introduced|"
                         r"put forward|written|set)\s+(?:[\w'’-]+\s+){0,3}?(?:from|in|by)\b", re.I)
# "X的短板在哪里？", "优势在哪儿？": "where" of a fault, a strength, a difference asks for an aspect, not a place
FIGURATIVE_WHERE_ZH = re.compile(r"(?:短板|不足|问题|差距|优势|长处|弱点|缺点|缺陷|区别|不同|差异|关键|难点|重点|"
                                 r"症结|瓶颈|原因|意义|价值|亮点|特点|特色)(?:主要|究竟|到底|又|都)?(?:出)?"
                                 r"在(?:哪里|哪儿|何处|哪些方面|哪方面)")
# "the current state of X", "where does X stand today?", "how is X faring?": how things are now, not where X is
# nor what X is
STATE_ASKED = re.compile(r"\b(?:current|present|today's|existing) (?:state|status|situation|position|standing|"
                         r"condition|picture)\b|\bstate of (?:play|affairs)\b|\bwhere (?:[\w’'-]+ ){1,6}?stands?\b|"
                         r"\bhow (?:is|are) (?:[\w’'-]+ ){1,6}?(?:doing|faring|progressing)\b", re.I)
# "where X stands (today)", "where does X stand now?", "how is X faring?": the current state of X, in other words;
# the words of the frame ("stand", "today", "faring") are no topic the evidence must cover
STANDING_FRAME = re.compile(r"\bwhere\s+(?:(?:does|do|did)\s+)?((?:[\w’'-]+\s+){1,6}?)stands?\b"
                            r"(?!\s+(?:on|for|with|out|by|up|in|against)\b)"
                            r"(?:\s+(?:today|now|at present|currently|these days|right now|at the moment))?|"
                            r"\bhow\s+(?:(?:is|are)\s+)?((?:[\w’'-]+\s+){1,6}?)(?:(?:is|are)\s+)?"
                            r"(?:doing|faring|progressing|getting on)\b"
                            r"(?:\s+(?:today|now|at present|currently|these days|right now|at the moment))?"
                            r"(?=\s*(?:[?.!,;]|$))|"
                            # "what is the current state of X?", "what's X's present situation?"
                            r"\bwhat(?:'s|’s| is| was)\s+(?:the\s+)?(?:current|present|latest)\s+(?:state|situation|"
                            r"status|position)\s+(?:of\s+)?((?:[\w’'-]+\s*){1,6}?)(?=\s*(?:[?.!,;]|$))", re.I)


# "what do the authors say about X?", "how do the writers view X?": the writers of a document, as the subject of
# what they say or think, stand for the document and are no topic of the question ("who are the authors?" stays)
_WRITERS_DO = (r"(?=\s+(?:(?:also|really|actually|generally|ultimately)\s+)?(?:say|said|says|think|thinks|thought|view|"
               r"views|viewed|see|sees|saw|argue|argues|argued|assess|assesses|assessed|judge|judges|judged|regard|"
               r"regards|read|reads|interpret|interprets|interpreted|make|makes|made|feel|feels|felt|believe|believes|"
               r"believed|claim|claims|claimed|conclude|concludes|concluded|suggest|suggests|suggested|recommend|"
               r"recommends|recommended|propose|proposes|proposed|consider|considers|considered|write|writes|wrote|"
               r"evaluate|evaluates|evaluated|look|looks|looked|perceive|perceives|perceived|find|finds|found|"
               r"frame|frames|framed|portray|portrays|portrayed|characteri[sz]e|characteri[sz]es|characteri[sz]ed|"
               r"depict|depicts|depicted|present|presents|presented|describe|describes|described|discuss|discusses|"
               r"discussed|treat|treats|treated)\b)")
AUTHORS_FRAME = re.compile(r"\b(?:the|these|its|their) (?:authors?|writers?)" + _WRITERS_DO, re.I)
# the auxiliary before them, which "the paper" takes in the singular: "What do the authors conclude?"
_AUTHORS_AUX = re.compile(r"\b(do|have|are|were)(?=\s+(?:the|these|its|their) (?:authors|writers)" + _WRITERS_DO + ")",
                          re.I)
_SINGULAR_AUX = {"do": "does", "have": "has", "are": "is", "were": "was"}
# "What do they conclude?", "What did they find?" asked with nothing before it: "they" are the writers
_BARE_THEY = re.compile(r"^(\s*(?:(?:so|and|ok|okay|then),?\s+)?(?:what|how|why|where|which\s+[\w-]+)\s+"
                        r"(?:do|did|would|will|have|had)\s+)they" + _WRITERS_DO, re.I)


def as_document(text: str, alone: bool = False) -> str:
    """The text with the writers that an ``AUTHORS_FRAME`` names read as "the paper" ("What do the authors
    conclude?" asks "What does the paper conclude?"); a question ``alone`` (nothing asked before it) reads its opening
    "they" of the writers' verbs as the writers."""
    if alone:
        text = _BARE_THEY.sub(r"\1the authors", text)
    text = _AUTHORS_AUX.sub(lambda m: _with_case_of(m.group(1), _SINGULAR_AUX[m.group(1).lower()]), text)
    return AUTHORS_FRAME.sub("the paper", text)


# Kinds of document a title may name itself by ("Review of the Marrow harbour", "The Guild Survey of 1790"): "what does
# the review say about X?" asks the document, as "what does the paper say" does, and "review" is no topic
DOCUMENT_KINDS = frozenset("""review report survey guide register handbook manual brief briefing memo memorandum
charter white-paper whitepaper yearbook bulletin newsletter digest audit assessment evaluation study paper article
essay thesis dissertation primer overview inquiry enquiry""".split())
_SAYING = (r"(?:says?|said|recommends?|recommended|suggests?|suggested|proposes?|proposed|describes?|described|"
           r"mentions?|mentioned|states?|stated|argues?|argued|claims?|claimed|concludes?|concluded|finds?|found|notes?|"
           r"noted|lists?|listed|covers?|covered|discuss(?:es|ed)?|tells? us|shows?|showed|calls? for|called for|"
           r"think|thinks)")


def document_by_kind(kinds: set[str] | frozenset[str]) -> re.Pattern[str] | None:
    """The pattern of "the review" (a kind of document a title names itself by, of ``kinds``) said as the source:
    before a verb of saying ("what does the review say about X?", "the survey finds") or after "according to", "in",
    "per" ("according to the review"); None when no title names a kind of document."""
    if not kinds:
        return None
    kind = r"(?:" + "|".join(sorted(map(re.escape, kinds))) + r")"
    return re.compile(r"\b(?:the|this|that)\s+" + kind + r"(?=\s+(?:(?:does|do|did|would|will|should|can)\s+)?(?:"
                      r"\w+ly\s+)?" + _SAYING + r"\b)|(?<=\baccording to )(?:the|this)\s+" + kind + r"\b|"
                      r"(?<=\bper )(?:the|this)\s+" + kind + r"\b|(?<=\bin )(?:the|this)\s+" + kind +
                      r"(?=\s*[,?.!]|\s*$)", re.I)


def _with_case_of(typed: str, word: str) -> str:
    return word.capitalize() if typed[:1].isupper() else word


def standing_subject(m: re.Match[str]) -> str:
    """The thing a ``STANDING_FRAME`` match asks the state of ("the cooperative" of "where does the cooperative
    stand today?"), whichever of its forms matched."""
    return next(g for g in m.groups() if g).strip()


def as_current_state(text: str) -> str:
    """The text with a ``STANDING_FRAME`` read as "the current state of X"."""
    return STANDING_FRAME.sub(lambda m: f"the current state of {standing_subject(m)}", text)


# A name's possessive with its noun left out ("which institute has more companies, A's or B's?", "A's institute or
# B's?"): English leaves the noun to be read from the other side, or from what "which" asks for
_POSSESSIVE = r"\b[A-Z][\w-]*(?:'s|’s)"
_BARE_POSSESSIVE = re.compile(r"(" + _POSSESSIVE + r")(?=\s*(?:[,?.!;:)]|$)|\s+(?:or|and|vs\.?|versus|than|nor|"
                              r"has|have|had|is|are|was|were|does|do|did|more|less|fewer|bigger|larger|smaller|older|"
                              r"newer|higher|lower|greater|longer|shorter|better|worse)\b)")
_POSSESSED_NOUN = re.compile(_POSSESSIVE + r"\s+(?!(?:or|and|vs|versus|than|nor|is|are|was|were|has|have|had|does|do|"
                             r"did|in|on|at|of|for|with|to|by)\b)([a-z][\w-]+)\b")
_WHICH_NOUN = re.compile(r"\b(?:which|what|whose)\s+(?!(?:is|are|was|were|has|have|had|does|do|did|one|ones|of|can|"
                         r"could|will|would|should)\b)([a-z][\w-]+)\b", re.I)


def with_possessed_noun(text: str) -> str:
    """The text with a name's bare possessive given the noun the question leaves out: that of the other side's
    possessive ("A's institute or B's" -> "... B's institute"), else the noun "which" asks for."""
    if not _BARE_POSSESSIVE.search(text):
        return text
    # ("what about Chicago's?" asks of no noun: "about" is none)
    noun = next((m.group(1) for m in (_POSSESSED_NOUN.search(text), _WHICH_NOUN.search(text))
                 if m is not None and m.group(1).lower() not in STOPWORDS), None)
    if noun is None:
        return text
    return _BARE_POSSESSIVE.sub(lambda m: f"{m.group(1)} {noun}", text)


# Who the answer is for, closing a question: "... for my minister", "..., for our briefing", "... for the deputy
# secretary", "... for a minister who has no time to read it": the audience (and what is said of it), not the topic
# ("..., suitable for a non-technical minister", "... pitched at a lay reader"); an office may carry its portfolio or
# seat, a name in capitals ("for the Minister of Finance", "for a briefing note to the Governor of X Province"), but a
# lower-case "of" phrase is a thing asked about ("the role for the director of the institute")
_OFFICE = (r"(?:(?:vice|deputy)[ -])?(?:minister|director|secretary|governor|mayor|premier|chair(?:man|woman)?|"
           r"commissioner|chief)")
_CAPITALISED_NAME = r"(?-i:[A-Z][\w&'’-]*)(?:\s+(?:(?:and|of|for|the|&)\s+)*(?-i:[A-Z][\w&'’-]*))*"
_READERS = (r"(?:boss|team|readers?|colleagues?|principal|officials?|policymakers?|non-specialists?|non-experts?|"
            r"lay ?(?:person|people|man|men|reader|readers)|laypeople|general (?:reader|public|audience)|public|"
            r"audience|newcomers?|beginners?|outsiders?)")
AUDIENCE = re.compile(r",?\s+(?:(?:suitable|fit|appropriate|pitched|aimed|written|tailored|intended|meant|"
                      r"understandable|accessible|clear|easy|simple|ready)\s+(?:enough\s+)?)?(?:for|at|to) "
                      r"(?:my|our|the|a|an|any) (?:" + _CAPITALISED_NAME + r" )?(?:[\w-]+ )?(?:" + _OFFICE +
                      r"|briefing|meeting|memo|note|" + _READERS + r")"
                      r"(?:\s+(?:to|for)\s+(?:my|our|the|a|an)\s+(?:[\w-]+\s+)?" + _OFFICE + r")?"
                      r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?" + _CAPITALISED_NAME + r")?"
                      r"(?:,?\s+(?:who|whom|that|which)\b[^?.!]{0,100})?\s*([?.!]*)\s*$", re.I)
# Who a written piece is for, said between the piece and its topic: "a short brief for the minister on this paper",
# "Draft a note for the director about X", "a summary for our team of the paper": the reader, no topic (what
# follows "on", "about" or "of" is the topic); a lower-case "of" after no written piece is a thing asked about
# ("the role for the director of the institute")
_WRITTEN_PIECE = (r"(?:brief(?:ing)?(?: note)?|note|memo(?:randum)?|summary|overview|explanation|rundown|primer|update|"
                  r"digest|synopsis|outline|recap|write-?up|one-pager|paragraph|report|account|breakdown)")
MID_AUDIENCE = re.compile(r"\b(" + _WRITTEN_PIECE + r")\s+for\s+(?:my|our|the|a|an|your)\s+(?:[\w-]+\s+)?(?:"
                          + _OFFICE + r"|" + _READERS + r")(?=\s+(?:on|about|of|regarding|concerning|covering)\b)",
                          re.I)
# Who the answer is for, in a Chinese clause of its own: "…，我要给领导汇报。", "给领导看的", "供部长参考", "领导要看":
# the audience, no topic ("领导", the leader, would be read as "led by"); a clause that asks something is kept
_AUDIENCE_ZH_NOUN = (r"(?:领导|上级|上司|老板|部长|副部长|局长|厅长|处长|市长|省长|县长|书记|主任|同事|决策者|"
                     r"委员会|常委会)们?")
_AUDIENCE_ZH = re.compile(
    r"(?:我|我们)?(?:要|需要|想|得|准备|打算|是)?(?:给|向|供|为|替|跟)(?:我的|我们的|我们|我)?" + _AUDIENCE_ZH_NOUN
    + r"[^，,。？?！!：:；;]{0,8}|"
    + _AUDIENCE_ZH_NOUN + r"(?:要|想|需要|会|得)?(?:看|过目|审阅|阅读|参考|听)[^，,。？?！!：:；;]{0,4}|"
    r"(?:我|我们)?(?:要|需要|想|得|准备|打算)?(?:用于|用来|拿去|以便)?(?:做|写)?(?:个|一个|一份)?(?:汇报|简报|汇报材料)用?")
# ... and inside the clause that asks, before the verb of telling: "请给领导总结一下…", "为部长概括…", "给我们领导讲讲…"
_AUDIENCE_ZH_INLINE = re.compile(r"(?:给|向|为|替|跟)(?:我的|我们的|我们|我)?" + _AUDIENCE_ZH_NOUN
                                 + r"(?=(?:简单|简要|大致|好好|详细)?地?(?:总结|概括|介绍|讲|说|解释|说明|汇报|"
                                 r"梳理|归纳|提炼|写|分析|解读))")
_ZH_CLAUSE_BREAK = re.compile(r"([，,。？?！!：:；;]+)")
_ZH_ASKING = re.compile(r"什么|多少|几|哪|谁|如何|怎么|怎样|为什么|为何|是否|吗|呢|请|概括|总结|介绍一下")


_CLOSING_COURTESY = re.compile(r",?\s+(?:please|pls|plz|thanks|thank you)(?=\s*[?.!]*\s*$)", re.I)


def without_audience(text: str) -> str:
    """The question without who the answer is for: "..., for my minister" (English, closing it, or between a written
    piece and its topic: "a brief for the minister on X") or a Chinese clause of its own ("…，我要给领导汇报"); the
    closing punctuation is kept, and a courtesy after the audience goes with it ("... for the minister, please")."""
    text = MID_AUDIENCE.sub(r"\1", text)
    polite = _CLOSING_COURTESY.sub("", text)
    text = AUDIENCE.sub(r"\1", polite) if AUDIENCE.search(polite) else text
    if not has_cjk(text):
        return text
    text = _AUDIENCE_ZH_INLINE.sub("", text)
    parts = _ZH_CLAUSE_BREAK.split(text)
    kept = [p for k, p in enumerate(parts)
            if k % 2 or not (_AUDIENCE_ZH.fullmatch(p.strip()) and not _ZH_ASKING.search(p))]
    rest = "".join(kept).lstrip("，,。：:；; ")
    # the break the dropped clause leaves behind: "…？。" keeps its "？"
    rest = re.sub(r"([。？?！!])[。？?！!]+", r"\1", re.sub(r"[，,：:；;]+(?=[。？?！!]|$)", "", rest))
    return rest if re.search(r"\w", rest) else text


# Who would take up a lesson: "which practices could a Chinese national network copy?", "worth borrowing for our
# provinces?": the learner, whom the lesson is for; the evidence speaks of what is copied, and need not name it
LEARNER = re.compile(r"\b(?:could|can|might|should|may|would|ought to)\s+((?:[\w'’-]+\s+){1,5}?)"
                     r"(?:realistically\s+|usefully\s+|perhaps\s+|well\s+|actually\s+|also\s+)?"
                     # (not "what should China borrow from Germany?", whose source the lessons must rest on)
                     r"(?:copy|borrow|adopt|emulate|imitate|replicate|take over)\b(?!\s+from\b)|"
                     # "anything that we could borrow?", "what China might adopt": the learner before the modal
                     r"\b((?:we|you|they|i|(?-i:[A-Z])[\w'’-]+)\s+)(?:could|can|might|should|may|would)\s+"
                     r"(?:realistically\s+|usefully\s+|perhaps\s+|well\s+|actually\s+|also\s+)?"
                     r"(?:copy|borrow|adopt|emulate|imitate|replicate|take over)\b(?!\s+from\b)|"
                     r"\bworth\s+(?:copying|borrowing|adopting|emulating|imitating|replicating)\s+"
                     r"(?:for|in|by|at)\s+((?:[\w'’-]+\s*){1,5})|"
                     # "is that worth copying?", "would be worth borrowing": the lesson's frame, whoever takes it up
                     r"\bworth\s+(?:copying|borrowing|adopting|emulating|imitating|replicating)\b", re.I)


def learner_words(text: str) -> tuple[set[str], set[str]]:
    """(the words of who would take up a lesson, with its verb; the question's other words); empty sets without one."""
    m = LEARNER.search(text)
    if m is None:
        return set(), set()
    return set(content_tokens(m.group(0))), set(content_tokens(text[:m.start()] + " " + text[m.end():]))


# a phrase anywhere in a question that names what the thing asked of is background to, not the thing itself:
# "..., in the context of X?", "cited as background to X", "the argument behind X cites ...", "the paper makes the
# case for X partly on jobs: ..." (an argument for X is the scene only when it goes on to cite what is asked; "what
# is the rationale for X?" asks of X)
_SCENE_OF = re.compile(
    r"\b(?:in (?:the )?context of|as (?:the )?(?:background|context|motivation|justification) (?:to|for))\s+"
    r"([^,?;:.!]{2,60})|"
    r"\b(?:argument|case|rationale|reasoning|justification)s? (?:behind|for)\s+([^,?;:.!]{2,60}?)\s+(?=(?:cites?|cited|"
    r"rests?|relies|rely|draws?|points?|invokes?|mentions?|uses?|partly|largely|mainly|in part)\b)", re.I)


def scene_phrases(text: str) -> list[str]:
    """The phrases of ``text`` that name the scene of what is asked ("the NNMI programme" in "cited as background
    to the NNMI programme"), each up to its clause's end, six words at most."""
    return [re.match(r"(?:\S+\s+){0,5}\S+", (m.group(1) or m.group(2)).strip()).group(0)
            for m in _SCENE_OF.finditer(text)]


def without_scenes(text: str) -> tuple[list[str], str]:
    """The scene phrases of ``text`` (``scene_phrases``), and ``text`` without them: what the question asks of."""
    phrases = scene_phrases(text)
    for phrase in phrases:
        text = text.replace(phrase, " ")
    return phrases, text


def without_scene_markers(text: str) -> str:
    """``text`` with the words that mark a scene dropped ("cited as background to X" -> "cited X"): they say how
    the question is framed, no topic."""
    return _SCENE_OF.sub(lambda m: " " + (m.group(1) or m.group(2)) + " ", text)


# Whom a lesson or an implication is for, by name: "What should Guangdong learn from X?", "the lesson for MIIT",
# "the implications for MIIT's priorities", "What does this mean for Shenzhen's planners?", "Bottom line for MIIT:"
_LEARNING_VERB = r"(?:learn|take away|take|copy|borrow|adopt|emulate|imitate|draw|glean|do|change|prioriti[sz]e)"
_RECIPIENT = re.compile(
    r"\b(?:should|could|can|might|must|ought to)\s+(?:the\s+)?((?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,3})"
    r"\s+(?:\w+\s+)?" + _LEARNING_VERB + r"\b|"
    r"\b(?:lessons?|implications?|takeaways?|significance|bottom line|upshot|consequences?|meaning|mean|means)\s+"
    r"(?:[\w/]+\s+){0,3}?for\s+(?:(?:the|our|my|your)\s+)?((?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,3})|"
    # "I'm briefing the Vice-Minister", "a note for the Premier", "a memo to our Minister": whom an answer is for
    r"\b(?:brief(?:s|ed|ing)?|(?:note|memo|update|briefing|talking points|speech|letter)\s+(?:for|to))\s+"
    r"(?:(?:the|our|my|your)\s+)?((?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,3})", re.I)


def recipient_names(text: str, names: list[str]) -> set[str]:
    """The names of ``names`` that say whom a lesson or an implication is for ("the lesson for MIIT")."""
    spans = [m.group(1) or m.group(2) or m.group(3) for m in _RECIPIENT.finditer(text)]
    return {n for n in names if any(re.search(r"\b" + re.escape(n) + r"\b", span) for span in spans)}


# The language the answer is asked in, said in the question: "Summarise the paper in Chinese.", "Who proposed X?
# Answer in Chinese please.", "请用中文概括这篇论文", "用英文回答": how to answer, no topic; in English only closing the
# message ("the platforms in Chinese cities" names a place)
LANGUAGE_ASKED = re.compile(
    r"(?:,\s*|\s+)(?:(?:please\s+)?(?:answer|reply|respond|write|explain|say it|tell me|put it|give (?:it|me the "
    r"answer))\s+)?in (chinese|mandarin|english)(?:,?\s*(?:please|thanks|thank you))?(?=\s*[.?!]*\s*$)"
    r"|(?:请)?(?:用|以|使用)(中文|汉语|英文|英语)(?:来|进行)?(?:回答|作答|答复)?", re.I)


_SMALL_COUNT = r"one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}"
# How the answer should be put, not what it is about: "in plain words", "in simple terms", "in two sentences", "a
# one-paragraph explanation"; the words of such a frame are no topic the evidence must cover
PRESENTATION_FRAME = re.compile(
    # "Two sentences, please.", "three bullet points", "one or two sentences", "a sentence or two": a length said alone
    r"\b(?:in )?an? (?:sentence|paragraph|line) or two\b|"
    # ("along which three lines ...?" asks for lines of content)
    r"(?<!\bwhich )(?<!\bwhat )(?<!\bthe )\b(?:(?:" + _SMALL_COUNT + r")(?: or (?:" + _SMALL_COUNT + r"))?|a few|"
    r"a couple of) (?:short )?(?:bullet[- ]?points?|bullets?|sentences?|paragraphs?)\b|"
    r"\b(?:in|using|with) (?:very |really |fairly )?(?:simple|plain|everyday|layman'?s'?|lay|non-technical|basic|"
    r"easy|clear|ordinary|accessible) (?:terms|words|english|language)\b|"
    r"\b(?:in|(?:keep|limit|restrict) (?:it|this|that|them|the answer) to) (?:just |only )?"
    r"(?:one|a|two|three|four|five|a single|a short|a few|a couple of|\d+) (?:short )?"
    r"(?:paragraph|sentence|line|word|bullet(?:[- ]?point)?)s?\b|"
    r"\b(?:one|two|three|four|five|single|short|\d+)-(?:paragraph|sentence|line|page|minute)(?:rs?)?\b|"
    # "中心思想", "核心观点" (the central idea, the core view): the document's summary asked, whose words ("中心",
    # "核心") would otherwise be read as a centre or a core of something
    r"中心思想|核心思想|核心观点|主要观点", re.I)
# Who wants it, opening a request: "I need a briefing note on X", "We'd like an overview of X", "I want to see a
# summary of X": the request is what follows; wanting is no topic the evidence must cover
# ("Need a summary of X", "Want the gist": the asker left out, as in a note)
WANTER_FRAME = re.compile(r"^\s*(?:(?:so|ok|okay|right|well),?\s+)?(?:(?:i|we)(?:'d| would)?\s+(?:really\s+)?"
                          r"(?:need|want|like|require)|(?:really\s+)?(?:need|want)(?:ed)?)"
                          r"(?:\s+to\s+(?:get|have|see|read|write|prepare|draft|put together))?"
                          r"\s+(?=(?:a|an|the|some|your|this|that|these|those)\b)", re.I)
# The asker's wish, setting out a problem before the question: "if we don't want provinces duplicating each other's
# efforts, ...", "We don't want X - ...", "We want small firms to join. ...": what is (not) wanted is the topic; the
# wanting is not, and not wanting a thing is avoiding it (the documents say "to avoid X", not "we don't want X", so
# the question is no negated one)
_WISHER = (r"(?:^|(?<=[,;:.!?]))\s*(?:(?:so|ok|okay|well|and|but),?\s+)?(?:(?:if|since|as|because)\s+)?"
           r"(?:we|i)\s+(?:really\s+)?")
UNWANTED = re.compile(_WISHER + r"(?:do not|don't|don’t|dont)\s+(?:really\s+)?want(?:\s+to)?\s+", re.I)
WANTED = re.compile(_WISHER + r"(?:want|would like|'d like|’d like|wish|hope)\s+"
                    # ("I want to know who ...", "we'd like a summary": a request, which other frames read)
                    r"(?!(?:to\s+)?(?:know|understand|learn|see|hear|ask|check|find out)\b)"
                    r"(?!(?:a|an|the|some|your|this|that|these|those|it|you)\b)(?:to\s+)?", re.I)
# what the asker wants to avoid: "to avoid X", "prevent X", "stop X from", said up to the end of its clause (a
# document that says how to avoid "the same projects" may say "different areas": no opposite of what is asked)
AVOIDED = re.compile(r"\b(?:avoid\w*|prevent\w*|stop(?:s|ping|ped)?)\b[^,;:?.!\u2013\u2014]*", re.I)
# Whom the asker briefs, opening the request: "I'm briefing the Vice-Minister on why X", "We are advising the
# provincial government on X": the request is what follows "on"; the one briefed is no topic
BRIEFING_FRAME = re.compile(r"^\s*(?:(?:so|ok|okay|right|well),?\s+)?(?:i(?:'m|’m| am)|we(?:'re|’re| are)|"
                            r"(?:i|we)(?:'ll|’ll| will) be)\s+(?:(?:currently|now|about to be|going to be)\s+)?"
                            r"(?:briefing|advising|updating|prepping|counselling|counseling)\s+"
                            r"(?:(?:the|my|our|a|an|some)\s+)?(?:[\w'’-]+\s+){0,5}?on\s+", re.I)
# What the answer is for, opening a question: "For a speech I need a one-liner: ...", "For my briefing note, ...",
# "For tomorrow's cabinet meeting - ...": the occasion, no topic the evidence must cover
_OCCASION = (r"(?:speech|talk|presentation|briefing|brief|note|memo|slides?|deck|meeting|hearing|interview|"
             r"press (?:conference|release)|op-ed|column|newsletter|lecture|class|seminar|workshop|summit|panel|"
             r"debate|event|conference|session|submission|email|e-mail|letter|post|tweet|remarks)")
# when it is wanted, said after the occasion: "for my speech tomorrow", "for the briefing on Monday"
_WHEN_DUE = r"(?:\s+(?:tomorrow|today|tonight|later|next week|this week|on \w+day))?"
# ("For a non-technical audience, how does X work?", "For a minister, what is X?": whom it is for, said first; not
# "for the public", which may be whom a thing serves)
PURPOSE_FRAME = re.compile(
    r"^\s*(?:(?:so|ok|okay|right|well),?\s+)?for\s+(?:(?:a|an|the|my|our|your|his|her|their|this|that|[\w-]+'s)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:" + _OCCASION + _WHEN_DUE + r"|(?!public\b)(?:" + _OFFICE + r"s?|" + _READERS + r"))" +
    r"\s*(?:[,:;]|\s[-\u2013\u2014]\s|(?=\s+(?:i|we)\s))\s*", re.I)
# What the asker needs the answer for, said after the question: "... - I need it for a speech", "...; it's for a
# presentation to the board", ", need this for my briefing tomorrow": the occasion is no topic the evidence must cover
NEED_FOR = re.compile(
    r"\s*(?:[,;:]|\s[-\u2013\u2014]\s)\s*(?:"
    r"(?:(?:i|we)(?:'ll|'d|’ll|’d| will| would)?\s+)?(?:really\s+|just\s+)?(?:need|want|require|use|(?:am|are|'m|’m|"
    r"'re|’re) using|plan to use)\s+(?:it|this|that|these|them|the answer)\s+(?:for|in)|"
    r"(?:it's|it’s|it is|this is|that's|that’s|that is)\s+(?:for|going into))\s+"
    r"(?:(?:a|an|the|my|our|your|his|her|their|this|that|[\w-]+['’]s)\s+)?(?:[\w'’-]+\s+){0,2}?" + _OCCASION +
    r"(?:\s+(?:to|for|with|at) (?:the |my |our |a )?[\w'’-]+(?: [\w'’-]+)?)?" + _WHEN_DUE + r"\s*[.!]*\s*$", re.I)
# Who asks, not what about: "as a provincial official, ...", "Speaking as a city mayor: ...", "I'm a planning officer -
# ..."; the asker's role and place are no topic the evidence must cover
_ROLE = (r"(?:official|officer|minister|policymaker|policy maker|mayor|governor|director|secretary|adviser|advisor|"
         r"analyst|civil servant|regulator|legislator|lawmaker|investor|researcher|student|journalist|manager|"
         r"executive|planner|representative|delegate|councill?or|diplomat|economist|staffer|aide|consultant|head|"
         r"chief)s?")
# someone the asker works for, and what they need: "The minister wants a two-sentence version of this paper.", "My
# boss has asked for a short version of the report.", "Minister Li needs something on this for the summit."
_NEEDER = (r"^\s*(?:(?:the|my|our|a|an|your)\s+)?(?:[\w-]+\s+){0,2}?(?:" + _ROLE + r"|boss(?:es)?|pm|team|colleagues?|"
           r"principals?|cabinet|ministry|department|office)(?:\s+(?-i:[A-Z][\w-]*))?\s+(?:(?:really|urgently|also)\s+)?"
           r"(?:wants?|needs?|would like|has asked(?: me| us)? for|asked(?: me| us)? for|"
           r"(?:is|are) asking(?: me| us)? for|requests?|requested|requires?)\b")
NEED_STATED = re.compile(_NEEDER + r"[^?]*$", re.I)
# who needs it, opening the request itself ("The minister needs a short summary of the paper."), as WANTER_FRAME
NEEDER_FRAME = re.compile(_NEEDER + r"\s+(?=(?:a|an|the|some|this|that|these|those|it)\b[^?]*$)", re.I)
# when it is needed: "a summary by noon", "by the end of the day", "by Friday", "before tomorrow's meeting", "ahead
# of Monday's cabinet briefing": a deadline, no topic
_WEEKDAY = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
DEADLINE = re.compile(r"\s+by\s+(?:noon|midday|tonight|today|tomorrow(?: morning| afternoon| evening)?|"
                      r"(?:this |next )?(?:" + _WEEKDAY + r"|morning|afternoon|evening|week)|"
                      r"(?:the )?end of (?:the |this )?(?:day|week|month)|eod|cob|close of business)\b|"
                      r"\s+(?:before|ahead of)\s+(?:(?:today|tonight|tomorrow|" + _WEEKDAY + r")(?:['’]s)?|"
                      r"(?:next|this) week['’]s|the|my|our|a|an)\s+(?:[\w-]+\s+){0,2}?" + _OCCASION + r"\b", re.I)
ASKER_FRAME = re.compile(
    r"(?:^|(?<=[,;:.!?]))\s*(?:(?:speaking|writing|asking) )?as (?:an?|the|one|your) (?:[\w-]+ ){0,3}?" + _ROLE +
    r"(?: (?:of|in|for|from|at) (?:an?|the|my|our) (?:[\w-]+ ){0,3}?[\w-]+)?\s*(?:[,;:]|\s[-\u2013\u2014]\s)|"
    r"(?:^|(?<=[,;:.!?]))\s*I(?:'m| am) (?:an?|the|one) (?:[\w-]+ ){0,3}?" + _ROLE +
    r"(?: (?:of|in|for|from|at) (?:an?|the|my|our) (?:[\w-]+ ){0,3}?[\w-]+)?\s*(?:[,;:.]|\s[-\u2013\u2014]\s|\s+and\b)",
    re.I)
# Who says it, said beside the question: "..., according to the report?", "as the article defines it", "in the
# authors' own words": the source asked of is the documents anyway, so the clause is no topic and must not hide the
# question's form ("what is X, according to the paper?" asks what X is); a part of a document named after it
# ("according to the paper's conclusion") stays
_DOCUMENT_WORDS = r"paper|document|article|study|report|text"
_SOURCE = r"(?:" + _DOCUMENT_WORDS + r"|authors?|writers?|researchers?)"
# a source named by words of its own ("the ORC review", "the council's annual report"): more kinds of document
_SOURCE_NAMED = r"(?:" + _DOCUMENT_WORDS + r"|review|survey|assessment|evaluation|audit|analysis)"
# a work of the source that frames the question: "in the authors' view", "in the paper's classification", "by the
# writers' tally", "on the authors' reckoning"
SOURCE_WORK = (r"(?:view|words|terms|definition|account|reading|analysis|classification|categori[sz]ation|breakdown|"
                r"count|tally|reckoning|estimate|assessment|grouping|typology|opinion)")
SOURCE_FRAME = re.compile(
    r"(,)?\s*\b(?:(?:according to|as per|per|going (?:by|off)|in|judging (?:by|from)|on the basis of|"
    # "Which film is based on the report?" asks what is based on it
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )based on) (?:the|this|these|its|their) " + _SOURCE +
    r"(?:'s?|’s?)?"
    r"(?: (?:own )?" + SOURCE_WORK + r")?"
    # "according to the paper that discusses X": what the clause says of the source is no topic either
    r"(?: (?:that|which|who) [^,;:?.!]+?)?|"
    # "according to the river council's report", "per the ORC review": a source named by words of its own (not a
    # year: "per the 2019 report" keeps its date; nor "in": "in the German strategy document" may pick a document;
    # nor a phrase: "going by the US example in the paper" takes the example, not the paper, for its source)
    r"(?:according to|as per|per|going (?:by|off)|judging (?:by|from)|on the basis of) (?:the|this|these|its|their) "
    r"(?:(?!(?:in|of|on|to|for|by|with|from|at|the|a|an|this|that|these|those|and|or)\s)[A-Za-z][\w&.'’-]*\s+)"
    r"{1,4}?" + _SOURCE_NAMED + r"|"
    r"(?:by|on) (?:the|this|these|its|their) " + _SOURCE + r"(?:'s?|’s?) (?:own )?" + SOURCE_WORK + r"|"
    r"in the (?:view|words|eyes|terms) of (?:the|this|its|their) " + _SOURCE + r"|"
    r"as (?:the|this|these|its|their) " + _SOURCE + r" (?:defines?|describes?|puts?|sees?|frames?|uses?|understands?|"
    # "as the paper reads it", "as the authors read it": as the source interprets it
    r"presents?|characteri[sz]es?|reads?|interprets?|explains?|tells?) (?:it|them|this|that|the term)"
    r"(?: for [\w&.'’-]+(?: [\w&.'’-]+)?)?"
    # between two commas ("What, per the authors, gives ..."), the second goes too
    r")(?=\s*(?:[,;:?.!—–]|\s-\s|$))(?(1)(?:\s*,(?=\s))?)", re.I)


# Where in the documents, by what comes before or after: "Before it gets into X, ...", "After the report turns to
# X, ...", "Before discussing X, how does the paper ...": X is the part the answer is *not* in, so no topic. A bare
# "before discussing X" only when the rest names the documents ("after discussing it with the mayor, who ..." tells
# a story)
_DISCOURSE_VERB = (r"(?:(?:gets?|getting|turns?|turning|moves? on|moving on|comes?|coming) (?:in)?to|"
                   r"discuss(?:es|ing)?|introduc(?:es|ing)|analy[sz](?:es|ing)|describ(?:es|ing)|present(?:s|ing)|"
                   r"address(?:es|ing)|examin(?:es|ing)|cover(?:s|ing))")
_DOCUMENT_ORDER = re.compile(r"^\s*(?:before|after) (?:it|they|(?:the|this) " + _SOURCE + r") " + _DISCOURSE_VERB +
                             r" [^,?;]{1,80}[,;]\s*", re.I)
_DOCUMENT_ORDER_BARE = re.compile(r"^\s*(?:before|after) " + _DISCOURSE_VERB + r" [^,?;]{1,80}[,;]\s*(?=.*\b" +
                                  _SOURCE + r"s?\b)", re.I)


# What a figure was used to argue, closing a question: "..., as cited to justify X?", "..., per the figures used to
# motivate X?", "..., in the context of X's rationale?": the argument the answer served, not a subject the evidence
# must name ("..., in the context of China?" restricts what is asked and stays)
_ARGUE = (r"(?:justify|motivate|support|argue for|explain|make the case for|back|defend|in (?:support|defen[cs]e|"
          r"favou?r) of|as (?:a |the )?(?:reason|rationale|justification|argument|case) for)")
ARGUMENT_FRAME = re.compile(
    r",\s*(?:"
    r"(?:(?:as|when|where) )?(?:cited|used|quoted|given|offered|invoked|put forward|presented|mentioned|advanced)"
    r"\s+(?:to )?" + _ARGUE + r"\s+[^,;?.!]+|"
    r"(?:per|according to|going by|from|in) the (?:figures|numbers|data|statistics|facts|evidence|arguments?|"
    r"reasons?|case)\s+(?:(?:used|cited|given|offered|put forward|made)\s+(?:to )?" + _ARGUE + r"|for|behind)"
    r"\s+[^,;?.!]+|"
    r"in the context of (?:the |its |their )?(?:(?:[^,;?.!]+?(?:'s?|’s?) )?(?:rationale|justification|"
    r"motivation|case|argument|reasoning)\b|(?:rationale|justification|motivation|case|argument|reasoning) "
    r"(?:for|behind|of)\s)[^,;?.!]*"
    r")(?=\s*[?.!]*\s*$)", re.I)


# the same in Chinese: "按文中的说法，", "根据论文，", "据本文所述，": the documents named as the source
_SOURCE_FRAME_ZH = re.compile(r"(?:按照|按|根据|据|依照|依)(?:文中|论文|本文|文章|该文|这篇论文|作者|报告)(?:的)?"
                              r"(?:说法|观点|所述|介绍|描述|看法|分析)?(?:来看|而言)?\s*[，,]?\s*|"
                              # "作者认为…", "论文指出…" opening the question: whose view is asked, not who wrote it
                              r"^\s*(?:文中|论文|本文|文章|该文|这篇论文|作者|报告)们?(?:认为|指出|觉得|看来|表示|主张|提到|强调)"
                              r"\s*[，,:：]?\s*")


# "as listed among the top 40", "is featured in the ranking": the verb of a document's listing says where a thing
# stands, which the words after it name; it is no topic of its own
_LISTED_IN = re.compile(r"\b(as|is|are|was|were|be|been) (?:listed|ranked|featured) (?=(?:in|among|on|within)\b)", re.I)


# "In the paper's case for the US programme, how many jobs ...?", "For the NNMI initiative's jobs argument: ...": where
# in the documents' argument the asked fact stands, and what that argument is for; the fact asked need not name it
_ARGUMENT_NOUN = r"(?:case|argument|rationale|justification|reasoning)"
ARGUMENT_OPENING = re.compile(
    r"^\s*(?:in|for|within|as part of)\s+(?:the\s+|its\s+|their\s+)?(?:(?:paper|authors?|report|study)['’]s?\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?" + _ARGUMENT_NOUN + r"\b[^,:;?]{0,90}?[,:]\s+(?=\w)", re.I)
# "..., the one the paper contrasts with the US network?", "... that the paper compares with NNMI?": what the documents
# set the asked thing against, said after it
COMPARED_IN_DOCUMENT = re.compile(
    r",?\s*(?:the one\s+|one\s+)?(?:that\s+|which\s+)?(?:the|this)\s+(?:paper|authors?|report|study|document)\s+"
    r"(?:contrasts?|compares?|sets?|pits?|measures?|holds? up|puts?)(?:\s+(?:it|them|up))?\s+(?:with|to|against|beside|"
    r"alongside)\s+[^,;?]{1,60}(?=\s*[?.!]*\s*$)", re.I)


# "..., according to the paper on the US network?", "According to the report about X, ...": what the source is about
# describes the source, not the question (a bare "in the report on X" at the end stays: "what is said in the report on
# jobs?" asks of it)
_SOURCE_ABOUT = (r" (?:the|this) " + _SOURCE + r" (?:on|about|regarding|concerning|covering|discussing|describing|"
                 r"examining|analy[sz]ing) [^,;:?.!]{1,60}?")
DESCRIBED_SOURCE = re.compile(
    r"(?:,\s*(?:in|from)|(?:,\s*)?\b(?:according to|as per|per|going (?:by|off)|judging (?:by|from)|on the basis of))" +
    _SOURCE_ABOUT + r"(?=\s*[?.!]*\s*$)|"
    r"^\s*(?:according to|as per|per|going (?:by|off)|judging (?:by|from)|on the basis of|in|from)" + _SOURCE_ABOUT +
    r"\s*,\s*(?=\w)", re.I)


# "What does the paper say X is?", "what do the authors think the main lesson was, essentially?": what X is,
# asked through what the source says (the documents are the source of every answer anyway); a manner word after a
# comma ("essentially", "conceptually") asks nothing more
REPORTED_WHAT = re.compile(r"^\s*what (?:does|do|did) (?:the|this|these|its|their) " + _SOURCE +
                           r"s? (?:say|says|think|believe|consider|claim|argue|suggest|reckon)(?: that)?\s+"
                           r"(?P<topic>[^?,;]{1,80}?)\s+(?P<verb>is|are|was|were)(?:,\s*[a-z]+ly)?\s*[?.!]*\s*$", re.I)


# "What is the paper's characterisation of X?", "what's the authors' portrayal of Y?": what X is, asked through the
# source's description of it (as "how does the paper characterise X?" asks)
SOURCE_DESCRIPTION_OF = re.compile(r"^\s*what(?:['’]s| is| was)\s+(?:the|this|these|its|their)\s+" + _SOURCE +
                                   r"s?(?:'s?|’s?)\s+(?:own\s+)?(?:characteri[sz]ation|description|portrayal|"
                                   r"depiction|conception|notion)\s+of\s+(?P<topic>[^?,;]{1,80}?)\s*[?.!]*\s*$", re.I)


# A description of the asked thing closing the question, set off by a comma: "How does the paper define high-end
# manufacturing, the target of the NNMI initiative?", "What counts as X, the kind of industry the programme
# targets?": it says which thing is meant and asks nothing, so what it names need not stand in the answer (not
# choices, "..., the Detroit one or the Chicago one?", nor a time, "..., the year it was founded?")
TRAILING_DESCRIPTION = re.compile(
    r"^(\s*(?:what|which|who|whom|how|where|why)\b[^,?;:]*\w),\s+((?:the|a|an)\s+(?!(?:year|date|time|month|day|"
    r"decade|period|moment|first|last)\b)(?:(?!\bor\b)[^,?;:]){3,100}?)\s*([?.!]*)\s*$", re.I)


def without_trailing_description(text: str) -> str:
    """The question without a description of its thing closing it ("..., the target of the NNMI initiative?")."""
    return TRAILING_DESCRIPTION.sub(r"\1\3", text)


def without_source_frame(text: str) -> str:
    """The question without the clause that names the documents as its source, or that places the answer before
    or after a part of them, or that names the argument the answer served."""
    text = REPORTED_WHAT.sub(lambda m: f"What {m.group('verb')} {m.group('topic')}?", text)
    text = SOURCE_DESCRIPTION_OF.sub(lambda m: f"What is {m.group('topic')}?", text)
    text = DESCRIBED_SOURCE.sub("", text)
    text = COMPARED_IN_DOCUMENT.sub("", ARGUMENT_OPENING.sub("", _LISTED_IN.sub(r"\1 ", text)))
    rest = ARGUMENT_FRAME.sub("", SOURCE_FRAME.sub("", _SOURCE_FRAME_ZH.sub("", text))).lstrip(" ,;:，")
    rest = _DOCUMENT_ORDER_BARE.sub("", _DOCUMENT_ORDER.sub("", rest))
    return rest if re.search(r"\w", rest) else text


# "whose idea was X?", "whose brainchild is X?": who came up with X (the noun names the doing, not a topic)
# ("who dreamed up X?", "who was the originator of X?", "the brains behind X": the same, by the one who conceived it;
# not "the author of X", who wrote a text, nor "the architect of X", who may have drawn a building)
WHOSE_IDEA = re.compile(r"\bwhose (?:original )?(?:idea|brainchild|invention|initiative|proposal|concept|creation)"
                        r"\s+(?:was|is|were|are)\b|"
                        r"\bwho\s+(?:first\s+)?(?:dreamed|dreamt|thought|cooked)\s+up\b|"
                        r"\bwho(?:'s|\s+(?:was|is|were|are))\s+(?:the\s+)?(?:original\s+|real\s+|main\s+)?"
                        r"(?:originators?|initiators?|masterminds?|brains|inventors?|creators?|"
                        r"(?:driving\s+)?force)\s+(?:of|behind)\b", re.I)
# "at what point was it unveiled?", "at what time did X open?": a date is wanted, "point" and "time" are no topic;
# "at what point in the chain ...?" asks for a place in something
AT_WHAT_POINT = re.compile(r"\bat what (point|time)\b(?! (?:in|of|on|along) the\b)", re.I)
# "where is X based?": the verb only says that a place is wanted
PLACE_VERBS = frozenset(stem(w) for w in "based located headquartered situated found sited".split())
# "in what country is X?": the kind of place asked for, not a topic the evidence must name
PLACE_NOUNS = frozenset(stem(w) for w in """country countries nation city cities town province region state
continent county district area location place part""".split())
# words of the arithmetic asked for, not of what is counted
ARITHMETIC_WORDS = frozenset(content_tokens("""compare comparison differ difference gap exceed exceeds outnumber remain
remaining alone together combined sum point points percentage
need needed required reach hit meet complete"""))
# "how does the paper define X?", "what is meant by X?": the words that ask for a definition say what kind of
# answer is wanted and weigh as answer-type words do: the documents' own "is defined as" about another thing must
# not outweigh the thing asked about
DEFINING_WORDS = frozenset(stem(w) for w in """define defines defined defining definition definitions meaning meanings
meant count counts qualify qualifies characterise characterises characterised characterize characterizes
characterized characterisation characterization""".split())

WANTS_MORE = re.compile(r"\b(more|other|else|another|besides|elaborate|expand|further|additional|details?)\b", re.I)
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
             "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "last": -1}
ORDINAL_REF = re.compile(r"\b(?:the\s+)?(" + "|".join(ORDINALS) + r")\s+(?:one|item|point|aspect|part|thing|"
                          r"of (?:them|those|these)|(?:group|category|step|goal|aim|recommendation)s?\b)", re.I)
# "... in three ways: first, shared timetables.": a sentence that announces how many items follow and opens the
# first; the others follow in later sentences, each led by its ordinal ("Second, ...", "...; third, ...")
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
ENUMERATION_OPENS = re.compile(r"\b(" + "|".join(_COUNT_WORDS) + r")\b[^:;.]{0,60}:\s*(?:first(?:ly)?|1\)|\(1\))\W",
                               re.I)
_ORDINAL_WORDS = ["second", "third", "fourth", "fifth", "sixth"]
_COUNT_ANNOUNCED = re.compile(r"\b(" + "|".join(_COUNT_WORDS) + r")\b[^:;]{0,60}[.:]?\s*$", re.I)
_OPENS_FIRST = re.compile(r"\s*(?:first(?:ly)?|1\)|\(1\))\W", re.I)


def enumeration_continues(sentence: str, later: list[str]) -> list[str]:
    """The later sentences that go on with an enumeration ``sentence`` announces ("in three ways: first, X."):
    the first that names each next ordinal ("Second, Y.", "In addition, ...; third, Z."), in order; [] when the
    sentence announces none."""
    m = ENUMERATION_OPENS.search(sentence)
    out: list[str] = []
    if m is None:
        # "... in three ways. First, X.": the count closes its sentence and the next one opens the first item
        m = _COUNT_ANNOUNCED.search(sentence)
        if m is None or not later or not _OPENS_FIRST.match(later[0]):
            return []
        out.append(later[0])
    start = len(out)
    for word in _ORDINAL_WORDS[:_COUNT_WORDS[m.group(1).lower()] - 1]:
        at = next((k for k in range(start, len(later)) if re.search(rf"\b{word}(?:ly)?\b", later[k], re.I)), None)
        if at is None:
            break
        if later[at] not in out:
            out.append(later[at])
        start = at
    return out


# "第一点能详细说说吗？", "第二个呢？", "最后一条": an ordinal and a measure word (or 呢) of a list's points
ORDINALS_ZH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "1": 1, "2": 2, "3": 3,
               "4": 4, "5": 5, "6": 6, "7": 7, "8": 8}
ORDINAL_REF_ZH = re.compile(r"(?:第\s*([一二三四五六七八1-8])|(最后)\s*一?)\s*(?:个|点|条|项|部分|方面|呢)"
                            # "第一点能详细说说吗", not "第一个研究院" (the first institute: a noun follows)
                            r"(?=\s*(?:呢|吗|能|可以|可否|再|请|详细|具体|展开|多说|说|讲|是什么|指什么|[？?。!！,，]|$))")


def ordinal_asked(text: str) -> int | None:
    """The point of a list a message asks about by its ordinal ("the second one", "第二点"; -1: the last), or
    None."""
    m = ORDINAL_REF.search(text)
    if m:
        return ORDINALS[m.group(1).lower()]
    m = ORDINAL_REF_ZH.search(text)
    if m:
        return -1 if m.group(2) else ORDINALS_ZH[m.group(1)]
    return None


# A place named in running text: a capitalised name after a word of location ("in Chicago", "located in
# northern France" -> France). What follows such a word but is no place: months, days, a figure or a table.
# (the words before the name in any case: "In southern Italy, ..." opens a sentence; the name itself capitalised;
# "fled to Normandy", "moved to Paris": a verb of going, then where to)
PLACE_NAME = re.compile(r"\b(?i:in|at|near|from|based in|located in|headquartered in|situated in|(?:fled|flee|flees|"
                        r"moved|went|sailed|travell?ed|returned|emigrated|retreated|escaped|migrated|withdrew|"
                        r"relocated) to|"
                        # "earl of Hereford", "the Bishop of Bayeux": a title held of a place
                        r"(?:earl|duke|duchess|count|countess|bishop|archbishop|king|queen|prince|princess|baron|"
                        r"emperor|empress|abbot|sultan|emir|tsar)s?\s+of)\s+(?i:the\s+)?"
                        r"(?i:(?:north|south|east|west|central|northern|southern|eastern|western)\s+)?"
                        # "from the island of Sarno", "in the city of Lyon": the kind of place, then its name
                        r"(?:(?:island|city|town|village|port|province|region|county|state|kingdom|republic|duchy|"
                        r"valley|district)\s+of\s+)?"
                        r"((?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)*)")
# kinds of person a which-question may ask for, whom the evidence must name (not their country or organisation)
PERSON_KINDS = (r"presidents?|leaders?|politicians?|statesm[ae]n|monarchs?|rulers?|kings?|queens?|emperors?|"
                r"empress(?:es)?|popes?|senators?|congress(?:man|men|woman|women)|lawmakers?|scientists?|"
                r"inventors?|explorers?|generals?")
# "Who is the director of X?" asks for a person holding an office: an organisation that leads X does not answer it
# titles of a post, asked for ("who is the mayor of X?") or held in the evidence ("X's mayor, ...")
_OFFICE_TITLES = (r"ministers?|secretar(?:y|ies)|managers?|governors?|mayors?|deans?|principals?|premiers?|"
                  r"chancellors?|commissioners?|ambassadors?|spokes(?:man|woman|person)|editors?|treasurers?|masters?|"
                  r"captains?|commanders?|kings?|queens?|dukes?|emperors?|bishops?|abbots?")
OFFICE_ASKED = re.compile(
    # "who chairs X?", "the name of the person who directs X": an office held, or a person asked for by name
    r"^\s*(?:\w+,?\s+)?(?:and\s+)?who\s+(?:currently\s+)?(?:chairs|chaired|directs|directed|presides|presided)\b|"
    # "which president launched X?", "what American leader ...": a kind of person asked for by name
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:person|individual|" + PERSON_KINDS + r")\b|"
    r"\bthe\s+(?:\w+\s+)?(?:person|individual|man|woman)\s+(?:who|that)\b|"
    r"^\s*(?:\w+,?\s+)?(?:and\s+)?who(?:'s|\s+(?:is|was|are|were|has been|had been|will be|serves as|served as))\s+"
    r"(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\w'-]+\s+){0,2}?(?:current\s+|first\s+|last\s+|former\s+)?"
    r"(directors?|head|heads|chiefs?|chair|chairs|chairman|chairwoman|chairperson|presidents?|vice[- ]presidents?|"
    r"ceos?|cto|cfo|" + _OFFICE_TITLES + r"|(?:executive|managing) directors?)\b", re.I)
_OFFICES_ZH = (r"(?:董事长|总裁|主任|院长|所长|部长|局长|总经理|首席执行官|主席|"
               r"负责人|校长|市长|州长|总统|首相|总理|秘书长)")
OFFICE_ASKED_ZH = re.compile(_OFFICES_ZH + r"(?:是谁|叫什么|的名字)|谁(?:是|担任)[^？?]*" + _OFFICES_ZH)
# Words that say someone holds a post: evidence for "who chairs X?" speaks of leading X ("X is chaired by ...",
# "its director, ...", "headed by ..."); a sentence that only names X ("X released a report") names no holder
OFFICE_HELD = re.compile(
    r"\b(?:led|leads?|leaders?|leadership|head(?:s|ed)?|chair(?:s|ed|man|men|woman|person)?|direct(?:s|ed|ors?)|"
    r"presid(?:es|ed|ents?|ency)|ceos?|chiefs?|executives?|" + _OFFICE_TITLES + r"|commanded|"
    r"founders?|founded|appointed|elected|succeeded|runs|run by|in charge|at the helm)\b", re.I)
OFFICE_HELD_ZH = re.compile(_OFFICES_ZH + r"|领导|带领|牵头|执掌|创始人|创办")
# the last word of an organisation's name: "the Edison Welding Institute", "Acme Holdings Ltd"
ORGANISATION_NOUNS = frozenset("""institute institution institutions university universities college school academy
company companies corporation corp inc ltd llc plc co holdings group department ministry agency bureau office
administration commission committee council board authority center centre laboratory laboratories lab labs
association alliance federation union society foundation fund bank network platform organisation organization
consortium partnership guild court parliament congress senate government army navy force forces club team party
museum library hospital church""".split())
# Nouns that make a word of place before them its modifier: "which State Council guidance", "which state
# agencies", "what city government" ask for an organisation, a document or a person, not a place (nouns only: "which
# state funds X?" asks a place)
HEADS_AFTER_A_PLACE = frozenset("""council councils government governments department departments ministry ministries
agency agencies bureau bureaus office offices administration administrations commission commissions committee
committees board boards authority authorities legislature legislatures parliament parliaments congress senate assembly
assemblies official officials leader leaders leadership governor governors mayor mayors guidance guideline guidelines
policy policies law laws legislation regulation regulations strategy strategies initiative initiatives budget budgets
media newspaper newspapers document documents report reports university universities college colleges""".split())
# What a company, a body or a person is, said of a name right before it: "the Shenzhen internet giant Tencent",
# "Changsha machinery maker Zoomlion", "the Shenzhen-based firm Tencent". A name inside such a description only
# describes the name it goes before; the question asks about that one
DESCRIBING_NOUNS = (r"(?:giant|maker|manufacturer|producer|firm|company|corporation|group|conglomerate|provider|"
                    r"operator|carrier|champion|player|leader|heavyweight|titan|powerhouse|start-?up|supplier|vendor|"
                    r"developer|builder|brand|bank|lab|institute|university|agency|body|ministry|department|"
                    r"official|minister|president|founder|entrepreneur|billionaire)")


def _description(name: str) -> str:
    return (r"\b" + re.escape(name) + r"(?:-based|-born|-headquartered)?(?:\s+[a-z][\w-]*){0,3}?\s+" + DESCRIBING_NOUNS
            + r"(?=\s+(?-i:[A-Z]))|\b" + re.escape(name) + r"-(?:based|born|headquartered)(?=\s+(?-i:[A-Z]))")


def without_descriptions(text: str, names: set[str]) -> str:
    """``text`` without the descriptions of ``described_names`` ("the Shenzhen internet giant Tencent" -> "the
    Tencent")."""
    for n in names:
        text = re.sub(r"(?:" + _description(n) + r")\s*", "", text, count=1, flags=re.I)
    return text


def described_names(text: str, names: list[str]) -> set[str]:
    """The names of ``names`` that only describe another name in ``text``: each stands in a description ("the
    Shenzhen internet giant", "Shenzhen-based") right before a capitalised name."""
    out = set()
    for n in names:
        m = re.search(r"(?:" + _description(n) + r")\s+((?-i:[A-Z])[\w&-]*)", text, re.I)
        if m and m.group(1).lower() not in {x.lower() for x in names}:
            out.add(n)
    return out


NOT_PLACES = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday figure fig table section chapter appendix part page
""".split())

# The size of the whole a question picks from: "how many of the leading 40 platforms", "of its 830 members",
# "of China's 40 leading platforms", "among the 40 top platforms", "the top 40": a description of the set, not a
# figure the question claims ("out of the three boroughs, which one ...": in a word too)
WHOLE_SIZE = re.compile(r"\b(?:(?:of|among|amongst|out of)\s+"
                        r"(?:the|its|their|these|those|all|[a-z][\w-]*(?:'s|’s|s'))\s+(?:[a-z'’-]+\s+){0,2}?|"
                        r"top[- ]|leading\s+|largest\s+|biggest\s+)(\d+|two|three|four|five|six|seven|eight|nine|ten|"
                        r"eleven|twelve|twenty|thirty|forty|fifty)\b", re.I)
# "of the harbour has 9": a verb between "of the" and the number ends the whole's phrase; 9 is what it has
_VERB_BETWEEN = re.compile(r"\s" + AUXILIARY + r"\s", re.I)


def whole_sizes(text: str) -> set[str]:
    """The sizes of the wholes ``text`` picks from, as numerals ("out of the three boroughs" gives "3")."""
    return {normalise(m.group(1)) for m in WHOLE_SIZE.finditer(text) if not _VERB_BETWEEN.search(m.group(0))}


# "just a single institute", "a lone member": one of them, stated in a word of singleness
SINGLENESS = re.compile(r"\b(?:a|one) (?:single|lone|sole)\b", re.I)


# A negated question ("which machines are not equally powerful?") is not answered by evidence that says the
# opposite without a negation of its own.
NEGATION = re.compile(r"\b(?:not|never|no|none|nothing|nobody|neither|nor|cannot)\b|n't\b", re.I)
# A negation said by a word of its own, which negated evidence may use in place of "not": "was excluded from the
# fleet" (was not in it), "lacked a crane" (did not have one), "sailed without a licence", "failed to reach"
NEGATION_STATED = re.compile(NEGATION.pattern + r"|\b(?:without|lack(?:s|ed|ing)?|exclud(?:e|es|ed|ing)|absent|"
                             r"fail(?:s|ed)? to|unable|refus(?:e|es|ed) to|missing)\b", re.I)
# A negated verb ("did not agree", "are measures generally not defined", "never agreed"), not a negated noun ("not
# companies"), "not only", "whether or not", or a tag question ("..., doesn't it?")
_AUX = r"(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|may|might|must)"
NEGATED_VERB = re.compile(r"\b" + _AUX + r"(?:n't\b|(?:\s+[\w'-]+){0,4}?\s+(?:not|never)\b(?!\s+only\b))|"
                          r"\bnever\s+\w+|\b(?:cannot|can't|won't)\b", re.I)
TAG_QUESTION = re.compile(r",?\s*\b\w+n't\s+(?:it|they|he|she|there|that|we|you|i)\s*\?\s*$", re.I)

# Common English antonyms: a question that keeps every word of the evidence but turns one into its opposite
# ("how many subscribers were lost" against "gained 400,000 subscribers") asks about something else.
_ANTONYM_PAIRS = """increase decrease|increased decreased|increases decreases|more less|more fewer|most least|
largest smallest|larger smaller|large small|big small|bigger smaller|biggest smallest|high low|higher lower|
highest lowest|upper lower|first last|before after|earliest latest|earlier later|early late|gain lose|gained lost|
gains losses|win lose|won lost|accept reject|accepted rejected|agree disagree|agreed disagreed|allow forbid|
allowed forbade|add remove|added removed|begin end|began ended|start finish|started stopped|open close|
opened closed|rise fall|rose fell|success failure|succeeded failed|strong weak|stronger weaker|best worst|
better worse|positive negative|major minor|maximum minimum|long short|longer shorter|old new|older newer|
oldest newest|easy hard|easier harder|easy difficult|north south|east west|northern southern|eastern western|
inside outside|internal external|import export|imported exported|buy sell|bought sold|lend borrow|
increase reduce|increased reduced|expand shrink|public private|legal illegal|same different|true false|
include exclude|included excluded|support oppose|supported opposed|above below|top bottom|rich poor|
modern ancient|always never|many few|cheap expensive|fast slow|faster slower|hot cold|possible impossible|
known unknown|equal unequal|finite infinite|complete incomplete|build destroy|built destroyed|attack defend|
attacked defended|appear disappear|improve worsen|improved worsened|create destroy|created destroyed|
born died|arrive leave|arrived left|hire fire|hired fired|send receive|sent received|lowest highest|
minority majority|inferior superior|import exports|upload download|uploaded downloaded|advantage disadvantage|
strength weakness|strengths weaknesses|success failure|successful unsuccessful|increasing decreasing|
men women|man woman|male female|males females|boy girl|boys girls|soft hard|softest hardest|softer harder|
simple complex|simplest hardest|simplicity complexity|victory defeat|victories defeats"""


def related_by_stem(groups: str) -> dict[str, frozenset[str]]:
    """``"a b c|d e"`` -> each word's stem mapped to the stems of the other words of its group."""
    table: dict[str, frozenset[str]] = {}
    for group in groups.replace("\n", "").split("|"):
        stems = {stem(w) for w in group.split()}
        for s in stems:
            table[s] = table.get(s, frozenset()) | (stems - {s})
    return table


ANTONYMS = related_by_stem(_ANTONYM_PAIRS)  # by stem: "decreased" clashes with "increase"
_NEGATING_PREFIXES = ("un", "non", "non-", "dis", "in", "im", "il", "ir")
# "in-", "im-" and "dis-" negate adjectives ("independent", "impossible", "disloyal"); before other words they
# are no negation ("inform" is no opposite of "form", "discover" none of "cover")
_ADJECTIVE_END = re.compile(r"(?:able|ible|ent|ant|ive|al|ally|ly|ate|ete|ect|ular|ure|ite)$")


def negated_form(word: str, other: str) -> bool:
    """Whether ``word`` is ``other`` with a negating prefix: "unavailable" of "available", "independent" of
    "dependent", "non-profit" of "profit"."""
    for prefix in _NEGATING_PREFIXES:
        if word.startswith(prefix) and word[len(prefix):] == other and len(other) >= 4:
            return prefix in ("un", "non", "non-") or bool(_ADJECTIVE_END.search(other))
    return False



# "how long", "how old": a measure asked for, not a claim that the thing is long or old
_HOW_ADJECTIVE = re.compile(r"\bhow (?:big|large|small|long|high|many|much|old|far|fast|often)\b", re.I)
_PLAIN_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
# evidence that says "jobs outside of manufacturing" states what "non-manufacturing jobs" asks
_NEGATES = re.compile(r"\b(?:not|never|no|without|outside|other than|except|excluding|beyond)\b|n't\b", re.I)


# "how many jobs does X bring, as opposed to Y?": the words of a connective join the question's parts and ask nothing
# (its "opposed" is no opposite of the evidence's "supports")
_CONNECTIVE = re.compile(r"\bas opposed to\b", re.I)


def question_words(question: str) -> set[str]:
    """The question's words, lower case, unstemmed, with "how long"-style measures and connectives left out."""
    return set(_PLAIN_WORD.findall(_CONNECTIVE.sub(" ", _HOW_ADJECTIVE.sub(" ", question.lower()))))


def _degree_forms(word: str) -> set[str]:
    """The word and, for a comparative or superlative, its base: softest -> soft, easier -> easy."""
    forms = {word}
    for end, base in (("iest", "y"), ("ier", "y"), ("est", ""), ("er", "")):
        if word.endswith(end) and len(word) - len(end) >= 3:
            forms.add(word[: -len(end)] + base)
    return forms


def opposed_word(asked: set[str], evidence: str) -> str | None:
    """A word of the question (``question_words``) that the evidence lacks while it states its opposite: "last"
    against "first", "unofficially" against "officially", "available" against "unavailable". None when there
    is none."""
    plain = set(_PLAIN_WORD.findall(evidence.lower()))
    missing = asked - plain
    if not missing:
        return None
    stems = {stem(w) for w in plain}
    asked_stems = {stem(w) for w in asked}
    for w in missing:
        # "softest" clashes with "hard" as "soft" does: the degree forms of an adjective share its opposites
        opposites = frozenset().union(*(ANTONYMS.get(stem(f), frozenset()) for f in _degree_forms(w)))
        # "a simple or a complex answer?": a question that names both opposites sets no clash
        if opposites and stem(w) not in stems and opposites & stems and not opposites & asked_stems:
            return w
    extra = plain - asked
    for a in missing:
        if len(a) < 4:
            continue
        for b in extra:
            if len(b) >= 4 and (negated_form(b, a) or (negated_form(a, b) and not _negated_before(evidence, b))):
                return a
    return None


def _negated_before(evidence: str, word: str) -> bool:
    """Whether a negation stands just before ``word`` in the evidence ("not complicated", "isn't really available"):
    "uncomplicated" is then what it says; a negation elsewhere ("complicated definitions that do not fit") is not."""
    low = evidence.lower()
    return any(_NEGATES.search(" ".join(low[:m.start()].split()[-3:]))
               for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", low))


# A sentence that only says where a figure or table is ("The overall architecture of X is shown in the figure
# below.", "As shown Fig 1."): it tells the reader where to look, it answers nothing about the thing itself
POINTS_TO_FIGURE = re.compile(
    r"^(?:[^,;:]{0,100}?\b(?:is|are|was|were)\s+(?:shown|illustrated|depicted|presented|displayed|summari[sz]ed)\s+"
    r"(?:in|on|by)\s+(?:the\s+)?(?:following\s+)?|as\s+(?:is\s+)?shown\s+(?:in\s+)?(?:the\s+)?)"
    r"(?:figure|fig\.?|table|chart|diagram|graph)\b[^,;:]{0,30}[.:]?\s*$", re.I)
# a sentence that mentions a figure or a table ("shown in the figure below", "As shown Fig 1.")
FIGURE_WORD = re.compile(r"\b(?:figure|fig\.?|table|chart|diagram)\b", re.I)
# ... unless the question asks about the figure or table itself (and only then is a caption, "Table 1: Members of
# the board", which names what is shown and states nothing of it, an answer)
ASKS_FIGURE = re.compile(r"\b(figure|fig|table|chart|diagram|graph|illustrat\w*|shown|depict\w*)\b|"
                         r"图\s*\d|图表|表格|示意图|架构图", re.I)

# Words that rate or scope a kind of thing asked for ("concrete steps", "short-term measures", "the main
# lessons") without naming a topic of it: general English, found in no document's words and needing none
GENERIC_MODIFIERS = frozenset(stem(w) for w in """main key concrete specific practical actionable immediate short-term
long-term medium-term near-term quick quickest simple easy cheap low-cost big biggest major important top first next
last best real particular possible potential new further additional other general broad overall detailed precise exact
clear useful feasible realistic sensible urgent priority critical essential central core basic fundamental strategic
primary principal chief tangible workable achievable pragmatic bold ambitious modest small smaller larger one two
three four five several few some any many most given such similar different alternative
wide level based oriented led scale driven focused""".split())  # ("network-wide", "state-level", "R&D-led")

# Common English words that say the same thing in most questions: a question may ask with one ("How many roles
# does a post sustain?") while the document uses another ("a position can support 1.6 jobs"). Each group's words
# are alternatives for one another, matched with the credit of a synonym (the words typed are the better clue).
# General English only: the knowledge's glossary holds a document's own terms and their other names. The commonest
# verbs and adjectives (use, need, help, provide, big, small) are left out: as alternatives they match nearly any
# sentence and find no evidence, only noise; so are the words that also say how an answer should look ("key
# points", "main messages"), which no evidence needs to say.
_SYNONYM_GROUPS = """support sustain|create generate produce spawn yield|job role post position|
additional further extra|beyond outside|authorize authorise empower entitle|
important crucial vital significant essential|step move measure|implement implementation execute|
policy strategy|convene assemble|weakness shortcoming flaw drawback deficiency|chief principal primary|
construct build|strengthen reinforce bolster|shared common joint|gateway portal|
finish complete|open inaugurate|decline dwindle|protect shield safeguard guard|pay fund finance|
rename rebrand re-brand retitle|
replace supersede supplant|tax levy|railway railroad|buy purchase|
enterprise firm company business corporation|employee worker staff|
scholar academic academia researcher|goal aim objective|plan intend aim target expect blueprint roadmap|
famous renowned notable|ancient old|
sector industry|trade commerce|vessel ship boat|include comprise consist compose contain|
summarize summary|thinking thought notion|plant factory|unmanned workerless|tool instrument|
phase period stage|worldwide global|future tomorrow|strength power force might|act bill law legislation statute|
agency body|formal formally official officially|giant heavyweight titan|pillar backbone cornerstone mainstay|
define regard treat consider deem|focus centre center|organization entity body|
steer guide guidance oversee supervise|create found|
distribute spread scatter disperse place site locate|geographic geographical geographically region regional|
avoid prevent stop|connect link interconnect|disclose unveil reveal announce publicize publicise"""
SYNONYMS = related_by_stem(_SYNONYM_GROUPS)  # by stem: "sustains" -> {"support", "generat", ...}'s stems

# "What makes up X?", "what is X composed of?", "the composition of X": the answer is a sentence that says what X
# includes; its verbs of inclusion are what such a question asks the evidence to say
ASKS_PARTS = re.compile(r"\b(?:make|makes|making|made) up\b|\b(?:composed|consists?|consisting|comprised) of\b|"
                        r"\bcomprises?\b|\bcomposition\b|\bconstituents?\b|\bcounts? as\b|"
                        # "which bodies form the academic side?", "what forms American academia?" (not "in what form")
                        # (the asked bodies its subject: "X forms part of which strategy?" asks the whole)
                        r"\b(?:which|what)(?:\s+[\w'’-]+){0,3}?\s+(?:form|forms|formed)\s+"
                        r"(?=(?:the|a|an|its|their)\b|(?-i:[A-Z]))|"
                        # "X components", "which bodies fall under the heading of X?", "who comes under X?"
                        r"\bcomponents?\b|\b(?:falls?|fell|falling|comes?|came|coming) under\b|"
                        # "who belongs to X?", "which firms sit / serve on the board?": who X's members are (not "X
                        # belongs to which company?", an owner)
                        r"\b(?:who|which|what)(?:\s+[\w'’-]+){0,2}\s+(?:(?:belongs?|belonged) to|"
                        r"(?:sits?|sat|serves?|served) on)\b", re.I)
INCLUSION_WORDS = frozenset(stem(w) for w in "include comprise consist compose contain".split())
# "How big is the network?", "what's the size of X?", "how large was X in 2016?": the size of a body is told by how
# many members it has; its member counts are what such a question asks the evidence to say
SIZE_ASKED = re.compile(r"\bhow (?:big|large)\s+(?:is|was|are|were|has|had)\b|\bsize\s+of\b", re.I)
MEMBER_WORDS = frozenset(stem(w) for w in "member members membership".split())
# "the home-appliance maker Acme", "the shipping firm Ostrel": lowercase words between an article and a name, the
# last one a word for an agent or a body, describe the named thing in the asker's words; the document names it, and
# need not describe it so ("the capital of France", "the audience BSkyB said ..." describe nothing)
_AGENT = (r"[a-z-]+(?:er|or|ist|ian|ant)|company|companies|firm|group|giant|conglomerate|brand|corporation|start-?up|"
          r"enterprise|city|town|province|state|region|country|nation|party|team|club|king|queen|emperor|duke|general")
APPOSITIVE = re.compile(r"\b(?:the|a|an)\s+((?:(?!(?:of|in|on|at|for|from|to|by|with|and|or|about)\s)[a-z][a-z-]*\s+)"
                        r"{0,2}(?:" + _AGENT + r")\s+)([A-Z][\w&-]*)")
# "the term 'toll'", "the word berth", "the notion of fair trade": the word for a word, no topic of its own
TERM_FRAME = re.compile(r"\b(?:the|this|that) (?:(term|word|phrase|expression|label)\s+(?!of\b)(?=[\"'“‘\w])|"
                        r"(notion|concept) of\s)", re.I)
# "how does it define 'advanced'?", 'what do they mean by "unified"?': a term quoted in the question (an apostrophe
# inside a word, "NNMI's", opens none)
QUOTED_TERM = re.compile(r"(?:^|(?<=[\s(]))[\"'“‘]([^\"'“”‘’]{2,60}?)[\"'”’](?=[\s?.!,;:)]|$)")
# "which types of institutions", "what kinds of support", "an example of what sort of problem": the word of kind
# says a kind is wanted and weighs as an answer-type word; the documents seldom say "type" where they name one
KIND_FRAME = re.compile(r"\b(types?|kinds?|sorts?|categor(?:y|ies))\s+of\b", re.I)
# "which mayor proposed ...", "which US body moved ...": "which", up to two modifiers and a singular head (not ending
# in -s), then the word after it; the answer type and the doer's verb are both read from it
WHICH_SINGULAR_HEAD = r"which\s+(?:[\w&'-]+\s+){0,2}?[a-z][\w-]+(?<![s'’])\s+"
# Nouns of a kind, an aspect or a part whose instances are no names: "which areas ...?", "which types of institution
# ...?", "which matters ...?" ask for things as "what areas ...?" does, not for a capitalised name as "which company?"
GENERIC_KINDS = frozenset(stem(w) for w in """
type types kind kinds sort sorts category categories class classes form forms area areas field fields domain domains
sphere spheres aspect aspects matter matters issue issues topic topics subject subjects feature features element
elements component components dimension dimensions respect respects way ways means method methods practice practices
habit habits thing things factor factors role roles function functions step steps stage stages phase phases level
levels activity activities task tasks goal goals aim aims purpose purposes
""".split())
# "which types of institutions ...", "what kinds of firms ...": the kind asked for is the noun
# after "types of", not the verb after it
KIND_OF = re.compile(r"\s*(?:which|what)\s+((?:types?|kinds?|sorts?)\s+of\s+[a-z]+)\b", re.I)
# A polite request around an embedded question ("Could you please tell me which firm ...", "I'd like to know what
# ..."): the question is what follows it, read as if asked directly
POLITE_REQUEST = re.compile(r"^\s*(?:(?:could|can|would|will) you(?: please| kindly)? (?:tell|show|let) me(?: know)?|"
                            r"(?:please |kindly )?tell me|i(?:'d| would) (?:like|love) to know|i want to know|"
                            r"i(?: was|'m)? wonder(?:ing)?|do you know)\s*,?\s+"
                            r"(?=(?:which|what|who|whom|whose|when|where|why|how)\b)", re.I)
# Phrasal verbs and the one word a document is likelier to use ("set up" -> establish): read as that word
_PHRASAL = {"set|sets|setting up": "establish", "carry|carries|carried|carrying out": "implement",
            "put|puts|putting in place": "establish", "sum|sums|summed|summing up": "summarize",
            "step|steps|stepped|stepping up": "strengthen", "shut|shuts|shutting down": "close",
            "speed|speeds|sped|speeding up": "accelerate", "take|takes|took|taking part": "participate",
            "look|looks|looked|looking into": "examine", "find|finds|found|finding out": "discover",
            "turn|turns|turned|turning down": "reject",
            "back|backs|backed|backing up": "support", "bring|brings|brought|bringing about": "cause",
            "give|gives|gave|giving up": "abandon", "keep|keeps|kept|keeping up": "maintain",
            # a noun as a verb: "platforms that centre on R&D" focus on it; they are no centres (institutes)
            "centre|centres|centred|centring|center|centers|centered|centering on": "focus on",
            "centre|centres|centred|centring|center|centers|centered|centering around": "focus on",
            # "a platform built around trade" centres on it; it is not constructed (a glossary may name the phrase)
            "build|builds|built|building around": "centred around",
            "tighten|tightens|tightened|tightening up": "strengthen"}
PHRASAL = re.compile(r"\b(?:" + "|".join("(?:{}) {}".format(*forms.split(" ", 1)) for forms in _PHRASAL) + r")\b",
                     re.I)
_PHRASAL_WORD = {(form, forms.split(" ", 1)[1]): word for forms, word in _PHRASAL.items()
                 for form in forms.split(" ", 1)[0].split("|")}


def phrasal_word(m: re.Match[str]) -> str:
    """The one word for a phrasal verb ``PHRASAL`` matched ("set up" -> "establish")."""
    verb, particle = m.group(0).lower().split(" ", 1)
    return _PHRASAL_WORD[(verb, particle)]


# "hold X together", "what keeps X together?", "knit / tie / bind the parts together": to make X hold as one is to
# strengthen it, the word a document is likelier to use ("bring / pull X together" gathers parties, and stays)
HELD_TOGETHER = re.compile(r"\b(?:hold|holds|held|holding|keep|keeps|kept|keeping|knit|knits|knitted|knitting|tie|"
                           r"ties|tied|tying|bind|binds|bound|binding|glue|glues|glued|gluing)\b([^,;:?.!]{0,60}?)\s*"
                           r"\btogether\b", re.I)


# "keep X working as one network", "make X work together (rather than in silos)", "stop X (from) working in silos":
# to make the parts of X act as one is to strengthen X, as holding it together is
WORKING_AS_ONE = re.compile(r"\b(?:keep|keeps|kept|keeping|make|makes|made|making|get|gets|got|getting)\b"
                            r"([^,;:?.!]{0,60}?)\s*\b(?:work|works|worked|working|operate|operates|operated|operating|"
                            r"run|runs|running|act|acts|acted|acting|function|functions|functioned|functioning)\s+"
                            r"(?:together|as (?:one|a (?:single|unified|whole|coherent|joined-up)))\b"
                            r"(?:,?\s+(?:rather than|instead of|not)\s+(?:in\s+)?silos\b)?|"
                            r"\b(?:stop|stops|stopped|stopping|prevent|prevents|prevented|preventing|keep|keeps|kept|"
                            r"keeping)\b([^,;:?.!]{0,60}?)\s*\b(?:from\s+)?(?:work|working|operating|acting|being|"
                            r"ending up)\s+in\s+silos\b", re.I)


def as_strengthened(text: str) -> str:
    """``text`` with "hold X together" and "keep X working as one" read as "strengthen X"."""
    text = WORKING_AS_ONE.sub(lambda m: "strengthen" + (m.group(1) if m.group(1) is not None else m.group(2)), text)
    return HELD_TOGETHER.sub(lambda m: "strengthen" + m.group(1), text)


# "X is / was / forms (an important) part of Y", "which strategy was X part of?": X belongs to Y, and "part" is no
# topic of its own ("which part of X", "the parts of X" ask X's parts, and stay)
PART_OF = re.compile(r"(\b(?:is|are|was|were|be|been|being|form|forms|formed|forming)\b(?:\s+[\w'\u2019-]+){0,4}?"
                     r"\s+)(?:an?\s+)?(?:(?:important|key|integral|central|major|core|small|large)\s+)?part\s+of\b",
                     re.I)


# "run without workers", "with no human staff", "without any people": done with no one at work, the one word a
# document is likelier to use
_NO_ONE = re.compile(r"\b(?:without|with no)\s+(?:any\s+)?(?:human\s+)?(?:workers?|people|humans?|staff|operators?|"
                     r"personnel|manpower|crew|labou?r|employees)\b", re.I)


_INTENDED_ROLE = (r"\b(?:meant|supposed|intended|designed|set up|created|established|founded)\s+to\s+"
                  r"(?:be|become|serve as|play|fulfil|fulfill)\b")
# "what is X meant to achieve?", "what is it supposed to accomplish?", "what was X designed to do?": X's purpose, the
# noun a document is likelier to use (a figure X is meant to reach, "meant to build 45", stays a plan)
_PURPOSE_ASKED = re.compile(r"\b(?:meant|supposed|intended|designed|there)\s+to\s+(?:achieve|accomplish|attain|deliver|"
                            r"bring about|do)\b|" +
                            # "what is X intended to be?", "what role was X designed to play?", "what was X set up
                            # to become?": what X is for, asked at the question's end ("is X designed to be
                            # national?" asks a claim)
                            _INTENDED_ROLE + r"(?=\s*(?:[?.!]|$))", re.I)
# "initially meant to become", "at first intended to be": the time of a founding, in the word documents use for it
_AT_FIRST = re.compile(r"\b(?:initially|at first|at the outset|in the beginning)\s+(?=" + _INTENDED_ROLE + ")", re.I)
# the standard a thing is measured against: "(X's weaknesses) compared with Y", "relative to Y", "in comparison to Y",
# "next to Y": Y is no side of its own, and a list of X's strengths or weaknesses need not name it
STANDARD_OF_COMPARISON = re.compile(r"\b(?:compared (?:with|to)|in comparison (?:with|to)|relative to|"
                                    r"measured against|as against|next to|set against)\s+([^,?;.]+)", re.I)
# "compared with its plan", "against the target", "relative to their original goals": the figure planned, which a
# document states with its verb ("plans to build 45"), not a plan as a thing (a programme's name)
_AGAINST_PLAN = re.compile(r"\b(compared (?:with|to)|against|relative to|versus|vs\.?|measured against|set against)\s+"
                           r"(?:its|their|the|his|her|that|this)\s+(?:original\s+|own\s+|initial\s+|stated\s+)?"
                           r"(?:plans?|planning|targets?|goals?)\b(?!\s+(?:of|for|to)\b)", re.I)
# the same asked of X in a scope said after it ("What is an IMI supposed to be within the network?"), when the
# question asks "what": "is X meant to be in Detroit?" asks a claim of where it is
_PURPOSE_IN_SCOPE = re.compile(_INTENDED_ROLE + r"(?=\s+(?:within|in|inside|under|across|of|for)\s)", re.I)


# "what's the point of X?": its purpose; "what was X for?": the purpose of X (not "what is X known / responsible /
# used for?", an attribute, nor "what is X looking for?")
_POINT_OF = re.compile(r"\bthe\s+(?:whole\s+)?point\s+(?=of\b)", re.I)
_FOR_WHAT = re.compile(r"\bwhat(?:'s|’s| is| was| are| were)\s+((?:the|an?|this|that|these|those|its|their)\s+)?"
                       r"((?:[\w&'’-]+\s+){0,4}?[\w&'’-]+)\s+(?:really\s+|actually\s+|even\s+)?for\s*(?=[?.!,;]|$)",
                       re.I)
# ("what is X short for?" asks what an abbreviation stands for)
_NOT_A_PURPOSE = re.compile(r"\b(?:\w+(?:ed|ble|ous|ful|ing)|known|responsible|famous|good|bad|best|worst|meant|"
                            r"there|here|due|ready|eligible|accountable|liable|enough|short)\b", re.I)


def _purpose_of(m: re.Match[str]) -> str:
    return m.group(0) if _NOT_A_PURPOSE.search(m.group(2)) else f"what is the purpose of {m.group(1) or ''}{m.group(2)}"


# "name a couple of X", "list a couple": a few of them ("a couple" is no topic)
_A_COUPLE = re.compile(r"\ba couple\b(?=\s+of\b|\s*[?.!,;]|\s*$)", re.I)


# "why does X matter?", "why should we care about X?": why X is important, the word a document is likelier to use
_MATTERS = re.compile(r"\bwhy (?:does|do|did|would|should|will) ([^?.!,;]{2,60}?) (?:really |even |still |so much )?"
                      r"matters?\b|\bwhy should (?:we|i|anyone|one|you|people|they|policymakers) (?:even |really )?"
                      r"care (?:about|for) ([^?.!,;]{2,60}?)(?=\s*(?:[?.!,;]|$))", re.I)


# "why did Obama propose NNMI?", "why was NNMI set up?": why a thing was made is what it was made for, the purpose a
# document gives it ("why did X fail?" or "why did they fund it?" ask other causes)
_CREATING = r"(?:propose|create|launch|set up|establish|found|start|introduce|build|form|initiate|unveil|release|issue)"
_CREATED = (r"(?:proposed|created|launched|set up|established|founded|started|introduced|built|formed|initiated|"
            r"unveiled|released|issued)")
_WHY_MADE = re.compile(r"\bwhy (?:did|does|do|would|had|has|have) (?:[\w'’.-]+ ){1,4}?" + _CREATING + r"\s+"
                       r"((?:the |a |an |its |their |this |that )?[^?.!,;]{2,60}?)(?=\s*(?:[?.!,;]|$))|"
                       r"\bwhy (?:was|were|is|are|has been|have been|had been) ((?:the |a |an |this |that )?"
                       r"[^?.!,;]{2,60}?) (?:first |originally |ever )?" + _CREATED +
                       r"(?: in \d{4}| by [^?.!,;]{2,40}?)?(?=\s*(?:[?.!,;]|$))", re.I)


def as_purpose(text: str) -> str:
    """``text`` with "why did A propose X?" and "why was X set up?" read as "what is the purpose of X"."""
    return _WHY_MADE.sub(lambda m: f"what is the purpose of {m.group(1) or m.group(2)}", text)


# "how is X laid out?", "how are the institutes organised?": the way X is arranged is its structure, which a document
# states as such ("X's structure has three tiers"), not a manner; "how was X set up?" (founded) and "how is X made up?"
# (of what) are other questions
_HOW_ARRANGED = re.compile(r"^\s*how (?:is|are|was|were) ((?:the |a |an |its |their |this |that )?[^?.!,;]{2,60}?) "
                           r"(?:laid out|organi[sz]ed|arranged|structured)(?=\s*(?:[?.!]|$))", re.I)


def as_structure(text: str) -> str:
    """``text`` with "how is X laid out / organised / arranged / structured?" read as "what is the structure of X"."""
    return _HOW_ARRANGED.sub(lambda m: f"what is the structure of {m.group(1)}", text)


# "why does the paper think X should be Y?", "why do they argue that X ...": the writers' holding a view is how the
# document puts X, no topic of it; the reason asked is the reason for X
_WHY_HELD = re.compile(r"^(\s*(?:(?:and|so|but),?\s+)?why)\s+(?:do|does|did)\s+(?:the\s+|this\s+)?(?:paper|authors?|"
                       r"writers?|document|report|study|review|article|they)\s+(?:(?:really|actually|still)\s+)?"
                       r"(?:think|believe|argue|claim|hold|insist|feel|contend|maintain|reckon)(?:\s+that)?\s+(?=\S)",
                       re.I)


def as_plain_why(text: str) -> str:
    """``text`` with "why does the paper think X ...?" read as "why X ...?"."""
    return _WHY_HELD.sub(r"\1 ", text)


# "target" as a verb ("how many platforms target production?", "the boats that target the islands"): what a thing
# serves or aims at, not a planned figure (the noun: "the target", "its target", "target of")
_TARGET_VERB = re.compile(r"\b((?:(?!(?:its|is|was|has|this|his|us|as|plus|less|unless|thus)\s)[a-z]+s|that|which|"
                          r"who|to|do|does|did|can|could|will|would|mainly|primarily|chiefly|mostly|specifically|directly|"
                          r"also|actually|really)\s+)target(?:s|ed|ing)?\b(?!\s+(?:of|for|is|was|are|were|number|date|"
                          r"year|set|figure)\b)", re.I)


def with_plain_verbs(text: str) -> str:
    """``text`` with phrases of several words read as the one verb a document is likelier to use: "hold X together"
    as "strengthen X", "X was part of Y" as "X was belong to Y", a phrasal verb as its one word ("set up":
    "establish"), "without workers" as "unmanned", "meant to achieve" as "purpose", "why does X matter?" as "why is X
    important?", "the point of X" and "what is X for?" as the purpose of X, "a couple of X" as "a few of X", "target"
    as a verb as "serve", "initially meant to" as "originally meant to", "compared with its plan" as "compared
    with what was planned"."""
    text = _AT_FIRST.sub("originally ", _TARGET_VERB.sub(r"\1serve", text))
    text = _AGAINST_PLAN.sub(r"\1 what was planned", text)
    text = _PURPOSE_ASKED.sub("purpose", _MATTERS.sub(lambda m: f"why is {m.group(1) or m.group(2)} important", text))
    if re.match(r"\s*(?:[^,?]{1,60},\s*)?what\b", text, re.I):
        text = _PURPOSE_IN_SCOPE.sub("purpose", text)
    text = _FOR_WHAT.sub(_purpose_of, _POINT_OF.sub("the purpose ", text))
    text = _A_COUPLE.sub("a few", text)  # "name a couple of X": some of them, no topic "couple"
    text = PART_OF.sub(lambda m: m.group(1) + "belong to", as_strengthened(_NO_ONE.sub("unmanned", text)))
    return PHRASAL.sub(phrasal_word, text)


# Irregular verb forms the stemmer does not bring to their base ("built" and "build", "sold" and "sell"): one word.
# Forms that are also other words ("found", "left", "saw", "rose", "fell") and verbs of meta-talk are left out.
_IRREGULAR = """build built|buy bought|sell sold|pay paid|lead led|hold held|win won|begin began begun|teach taught|
think thought|grow grew grown|choose chose chosen|write wrote written|speak spoke spoken|fight fought|seek sought|
spend spent|send sent|lend lent|lose lost|meet met|keep kept|run ran|draw drew drawn|fly flew flown|
freeze froze frozen|steal stole stolen|break broke broken|forbid forbade forbidden|undertake undertook undertaken|
withdraw withdrew withdrawn|overcome overcame|strike struck|sink sank sunk|wear wore worn|tear tore torn|
hide hid hidden|shake shook shaken|feed fed|flee fled|catch caught|deal dealt|sleep slept|stand stood|
understand understood|arise arose arisen|bind bound|forecast forecasted|bear bore borne"""
# (a form meets its base's synonyms too, both ways: "paid for" and "funded", "built" and "constructed")
for _s, _others in related_by_stem(_IRREGULAR).items():
    SYNONYMS[_s] = SYNONYMS.get(_s, frozenset()) | _others
for _forms in [{stem(w) for w in _g.split()} for _g in _IRREGULAR.replace("\n", "").split("|")]:
    _shared = frozenset().union(*(SYNONYMS[f] for f in _forms)) - _forms
    for _t in _shared:
        SYNONYMS[_t] = SYNONYMS.get(_t, frozenset()) | _forms
    for _f in _forms:
        SYNONYMS[_f] = SYNONYMS[_f] | _shared


# What a unit says a thing is: "X is ...", "X refers to ...". The copula alone where "stands for" would match the
# spelling out of an acronym itself.
COPULA = re.compile(r"\b(?:is|are|was|were)\b", re.I)
DEFINING_VERB = re.compile(r"\b(?:is|are|was|were|refers? to|means|denotes|stands for)\b", re.I)


def subject_before(text: str, verb: re.Pattern[str] = COPULA, window: int = 160) -> str:
    """What stands before the first ``verb`` in the opening ``window`` characters of ``text`` ("" without one):
    the subject of "The board is a body that ..." is "The board"."""
    m = verb.search(text[:window])
    return text[:m.start()] if m else ""


# Kinds of category a thing belongs to ("which sector ...", "what industry ..."): a document gives one in brackets or
# by a preposition ("Midea Group-M. The IoT (furniture)", "a platform for steel"), not by a verb
CATEGORY_KIND = (r"(?:sector|industry|industries|field|domain|market|line of business|speciali[sz]ation|specialty|"
                 r"speciality)s?")
# "Which sector does X serve?", "What industry does X's platform target?", "which field does X focus on?": the verb
# after the subject is only the relation of a thing to its category, which the document need not name
CATEGORY_VERB = re.compile(r"^\s*(?:which|what)\s+(?:\w+\s+)?" + CATEGORY_KIND + r"\s+(?:does|do|did|will|would|can)"
                           r"\s+.+?\s+(\w+)(?:\s+(?:on|in|to|into|at|for|with))?\s*[?.!]*\s*$", re.I)

