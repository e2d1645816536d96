"""Chinese words of a question that no Chinese text of the knowledge uses.

An English question's words the documents never use count against its coverage ("the unemployment rate"); a
Chinese question has no word breaks, and its concepts come from the glossary, so "海尔有多少员工？" would be
read as a question about Haier alone. Here the question's Chinese left over after the glossary's terms, the
question words and common function characters is split into runs; a run none of whose character pairs occurs in
the knowledge's Chinese (the reader's edition, the glossary) is a word the documents never use; where a how-many
counts such a word, the evidence must count it (``counted_words``, for the gates).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..knowledge import KnowledgeBase

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# question words, pronouns, particles, measure words and the like: they carry no topic
FUNCTION_WORDS = sorted("""
多少 几 什么 谁 哪 哪些 哪个 哪里 怎么 怎样 如何 为什么 为何 是否 是不是 有没有 请问 请 一下 吗 呢 吧 啊 呀
的 地 得 了 着 过 是 有 在 和 与 及 或 或者 以及 并 而 也 都 还 就 又 要 会 能 可以 应该 应当 被 把 给 对 于 从 向
这 那 这个 那个 这些 那些 这篇 本文 文中 论文 文章 报告 作者 它 它们 他们 她们 我们 你 您 我 其 之 以 中 里 上 下 等
个 家 所 名 项 条 种 座 位 人 年 月 日 共 一共 总共 总计 大约 约 多 少 最 更 比 哪一 哪一个 分别 各 每 所有 全部 主要
大概 大致 大体 约莫 差不多 左右 上下 将近 接近 比重 比例 占比 份额 百分比 百分之 几成
目前 现在 如今 当前 至今 迄今
""".split(), key=len, reverse=True)  # the last two lines: words of approximation, of a share and of the present,
# which say how a figure is given, not what it is about
_FUNCTION = re.compile("|".join(map(re.escape, FUNCTION_WORDS)))


def chinese_pairs(kb: KnowledgeBase) -> frozenset[str]:
    """Every pair of adjacent Chinese characters in the knowledge's Chinese texts (empty when it has none)."""
    texts: list[str] = []
    ed = kb.edition
    if ed is not None:
        texts += [p.zh for p in ed.paragraphs] + [f.zh for f in ed.facts] + [s.title_zh for s in ed.sections]
        texts += [x.text_zh for s in ed.sections for x in s.summary]
        texts += [x.text_zh for group in (ed.paper.summary, ed.paper.recommendations, ed.paper.strengths,
                                          ed.paper.weaknesses) for x in group]
        texts.append(ed.paper.title_zh or "")
    texts += [v for term in kb.glossary.terms for v in term.variants]
    texts += list(kb.glossary.question_words)
    pairs = {run[i:i + 2] for t in texts for run in _CJK_RUN.findall(t) for i in range(len(run) - 1)}
    return frozenset(pairs)


def unknown_chinese_words(text: str, known: list[str], pairs: frozenset[str]) -> list[str]:
    """Runs of the question's Chinese (``known`` spans, function words set aside) none of whose character pairs
    the knowledge uses; [] when the knowledge has no Chinese to judge by."""
    if not pairs:
        return []
    for span in sorted(known, key=len, reverse=True):
        text = text.replace(span, " ")
    text = _FUNCTION.sub(" ", text)
    out = []
    for run in _CJK_RUN.findall(text):
        # read left to right: a known pair is a word of the documents; characters no known pair covers, two or
        # more in a row, make a word they never use ("失业率" in "制造业的失业率": 失业 is no pair of theirs)
        unknown, i = "", 0
        while i < len(run):
            if run[i:i + 2] in pairs:
                if len(unknown) >= 2:
                    out.append(unknown)
                unknown, i = "", i + 2
            else:
                unknown, i = unknown + run[i], i + 1
        if len(unknown) >= 2:
            out.append(unknown)
    return out


_MEASURE = "[个家所名项条种位人座]"  # the measure words a count takes ("多少个", "几家", "多少名")
_AFTER_COUNT = re.compile(r"(?:多少|几)" + _MEASURE + "?")
# "员工人数是多少", "二级节点目前有多少个": an adverb of time or of the whole may stand before the verb
_BEFORE_COUNT = re.compile(r"(?:的)?(?:人数|数量|数目|总数)?(?:目前|现在|如今|当前|现有|一共|总共|共计)?"
                           r"(?:有|是|为|共有|达)?(?:多少|几)")
_MEASURE_WORD = re.compile("^" + _MEASURE)
_CLOSING = re.compile(r"[\s?？。!！吗呢]")
# a generic head noun after the counted word: "多少家会员单位" (member units), "多少个会员组织" counts members
_HEAD_NOUN = re.compile(r"^(?:单位|机构|组织|企业|公司|人员)")


def counted_words(question: str, words: list[str]) -> set[str]:
    """Which of ``words`` a Chinese how-many counts: one closing the question right after 多少/几 (and a measure
    word), "有多少名员工？", "多少家会员单位？" (with a generic head noun), or right before it, "员工人数是多少"; a
    verb after an elided noun, "多少个侧重研发管理", is not counted."""
    after = [m.end() for m in _AFTER_COUNT.finditer(question)]
    # "员工人数是多少？": the count closes the question, so the word before it is counted; "打算建多少个研究院"
    # counts what follows; a measure word may close it ("节点有多少个？")
    before = [m.start() for m in _BEFORE_COUNT.finditer(question)
              if not _CLOSING.sub("", _MEASURE_WORD.sub("", question[m.end():]))]
    return {w for w in words
            if any(question.startswith(w, i) and not _CLOSING.sub("", _HEAD_NOUN.sub("", question[i + len(w):]))
                   for i in after)
            or any(question[:i].endswith(w) for i in before)}
