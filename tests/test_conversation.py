"""Conversation: new topics vs follow-ups, small talk, questions of several parts, the question's language.

The first tests are pure logic (no model); the rest ask the real Assistant (real model, real Chroma)."""

from __future__ import annotations

import re

import pytest

from assistant import Assistant
from assistant.answering.chat import chat_kind, language_switch, smalltalk_kind, without_smalltalk
from assistant.answering.intent import depends_on_history, question_sentences, split_parts, with_apostrophes
from assistant.answering.render import Localiser, phrase
from assistant.numbers import digits_in, unsupported_numbers
from assistant.text import has_cjk

# -- pure logic: which questions lean on the conversation ------------------------------------------------------


@pytest.mark.parametrize("question, named", [
    ("What is the capital of France?", 0),
    ("Who is the president of Brazil?", 0),
    ("What is the weather like today?", 0),
    ("How many institutes did DoD fund?", 1),
    ("Describe the architecture of NNMI.", 1),
    ("Is it true that Obama proposed NNMI?", 2),
    ("How many platforms are there in the top 40?", 1),
    ("What does this paper say about robots?", 0),
    ("Which plan that Obama proposed built institutes?", 1),
    ("Does the paper say that DoD funded institutes?", 1),
    ("美国国防部资助了多少个创新研究院？", 2),
    ("中国的首都是哪里？", 1),
])
def test_a_complete_question_naming_its_topic_stands_alone(question, named):
    assert not depends_on_history(question, named)


@pytest.mark.parametrize("question, named", [
    ("And the Energy Department?", 1),
    ("What about Commerce?", 1),
    ("how about the Chicago one", 0),
    ("Who leads it?", 0),
    ("Who funded them?", 0),
    ("When was that?", 0),
    ("How many members are in that group?", 0),
    ("What happened in that year?", 0),
    ("Which companies are on that list?", 0),
    ("Why?", 0),
    ("How many?", 0),
    ("Who leads?", 0),
    ("Energy?", 1),
    ("Tell me more", 0),
    ("the third one", 0),
    ("那能源部呢？", 1),
    ("它是谁提出的？", 0),
    ("为什么？", 0),
])
def test_a_pronoun_an_opening_and_or_a_fragment_leans_on_the_conversation(question, named):
    assert depends_on_history(question, named)


# -- pure logic: small talk --------------------------------------------------------------------------------------


@pytest.mark.parametrize("question, kind", [
    ("hi", "greeting"), ("Hello!", "greeting"), ("Good morning", "greeting"), ("你好", "greeting"),
    ("thanks", "thanks"), ("Thank you very much!", "thanks"), ("谢谢！", "thanks"),
    ("what can you do?", "help"), ("help", "help"), ("What can I ask?", "help"), ("Hi, what can you do?", "help"),
    ("bye", "bye"), ("How are you?", "greeting"), ("Can you help me?", "help"),
    ("What kind of questions can you answer?", "help"), ("Thanks, that's helpful!", "thanks"),
    ("你能帮我做什么？", "help"),
])
def test_small_talk_is_recognised(question, kind):
    assert smalltalk_kind(question) == kind


@pytest.mark.parametrize("question, kind", [
    # praise with its intensifier ("that was very helpful"), in several orders
    ("Thank you, that was very helpful.", "thanks"), ("Thanks, you have been really helpful!", "thanks"),
    ("That is so useful, thanks", "thanks"), ("very interesting", "thanks"),
    # what may be asked, with its object after the verb ("... can I ask you?")
    ("What kinds of questions can I ask you?", "help"), ("What sort of questions could I ask here?", "help"),
    ("What types of question can you answer?", "help"),
])
def test_small_talk_in_its_longer_forms(question, kind):
    assert smalltalk_kind(question) == kind


@pytest.mark.parametrize("question, kind", [
    # the assistant named by what it is ("this tool", "this app", or only "this")
    ("Hi. I'm with the trade ministry - what can this tool help me with?", "help"),
    ("Hello, I work for the provincial government. What can this assistant do?", "help"),
    ("What could this app do for us?", "help"),
    # a farewell in the future tense
    ("Many thanks for your assistance today; that will be all.", "bye"), ("That'll be it for now.", "bye"),
    ("ok, that will be all", "bye"),
    # "做些什么": what it can do, with the measure word
    ("你好,你能做些什么?", "help"), ("你可以做些什么？", "help"), ("请问你能做些什么", "help"),
])
def test_small_talk_in_the_users_other_wordings(question, kind):
    assert smalltalk_kind(question) == kind


@pytest.mark.parametrize("question, kind", [
    # an intensifier inside the request for help ("actually", "exactly", "really")
    ("What can you actually do?", "help"), ("So what exactly can you do for me?", "help"),
    ("what can you really help me with", "help"),
    # what it can do for me / us, in Chinese with the measure word and the beneficiary
    ("你能帮我做些什么？", "help"), ("你可以为我们做什么？", "help"), ("你能给我做哪些事情", "help"),
])
def test_small_talk_with_intensifiers_and_beneficiaries(question, kind):
    assert smalltalk_kind(question) == kind


@pytest.mark.parametrize("question, kind", [
    # a farewell wishing the other a good time, or saying everything is done
    ("Have a good day.", "bye"), ("Great, I think that's everything I needed. Have a nice evening!", "bye"),
    ("OK, that's everything - take care", "bye"), ("Thanks, enjoy your weekend", "bye"),
    # an aside ("by the way", "btw", "anyway") asks nothing
    ("Who are you, by the way?", "help"), ("btw, what can you do?", "help"), ("Anyway, thanks!", "thanks"),
])
def test_small_talk_with_wishes_and_asides(question, kind):
    assert smalltalk_kind(question) == kind


@pytest.mark.parametrize("question, kind", [
    # thanks, then what the answer will do for the asker ("this will help with my briefing")
    ("Thank you so much, this will really help with my briefing.", "thanks"),
    ("Thanks, that will help a lot with my speech.", "thanks"),
    ("thank you, this helps me prepare for tomorrow's session", "thanks"),
    ("Cheers - you've helped me a great deal", "thanks"),
    # an acknowledgement before "that's everything" and a wish on leaving
    ("ok that's everything, have a nice day", "bye"), ("alright that's it, take care", "bye"),
    ("great that's all I needed, have a good evening", "bye"),
    # an apology for the asker's English before asking leave to ask (or before nothing)
    ("sorry my english not so good, is ok if i ask you some questions?", "greeting"),
    ("Sorry, my English is poor. Can I ask you a few things?", "greeting"),
    ("excuse my bad english, can i ask something?", "greeting"),
])
def test_thanks_for_a_use_farewells_after_an_acknowledgement_and_apologies_for_english(question, kind):
    assert smalltalk_kind(question) == kind


@pytest.mark.parametrize("message", [
    # the end of the asker's questions, in Chinese and English: "that's it for today", "no other questions"
    "再见,今天就到这里", "今天就到这里吧，谢谢", "好的，就先到这儿", "我没有别的问题了，再见", "没有其他问题了",
    "那今天就聊到这儿", "先到这里吧", "No further questions from me.", "nothing else, thanks",
])
def test_the_end_of_the_askers_questions_is_small_talk(message):
    assert "bye" in (smalltalk_kind(message), chat_kind(message))


@pytest.mark.parametrize("message, kind", [
    # a wish for the asker's health, sincerity before praise, leaving in a hurry
    ("Good afternoon. I trust you are well?", "greeting"), ("I trust you're doing well.", "ack"),
    ("That was genuinely helpful, I appreciate it.", "thanks"), ("Honestly, that was super useful.", "thanks"),
    ("Truly helpful, thank you", "thanks"), ("ok gotta run, bye", "bye"), ("I have to run now", "bye"),
    ("Gotta go, thanks!", "bye"), ("I must head off now.", "bye"),
])
def test_wishes_sincerity_and_hurried_farewells_are_small_talk(message, kind):
    assert chat_kind(message) == kind


@pytest.mark.parametrize("message", [
    # what the assistant is for, in a chat's plainer words
    "what are you for?", "What's your purpose?", "morning! what's your deal, what are you for?",
    "So what exactly is your role here?", "What is this tool for?", "what are you meant to do?",
])
def test_what_the_assistant_is_for_is_a_request_for_help(message):
    assert "help" in (smalltalk_kind(message), chat_kind(message))


@pytest.mark.parametrize("message", [
    # thanks, then how the asker's work went with it
    "appreciate the help - the briefing went well", "Thanks, the meeting went great.",
    "cheers! my presentation went smoothly", "Much appreciated - the memo went down well with the minister.",
])
def test_thanks_with_how_the_askers_work_went_is_small_talk(message):
    assert "thanks" in (smalltalk_kind(message), chat_kind(message))


@pytest.mark.parametrize("message", ["What is the purpose of NNMI?", "what is its role?", "What was the deal agreed?",
                                     "How did the plan go?", "Which institute went furthest?"])
def test_a_purpose_or_an_outcome_asked_of_a_topic_is_no_small_talk(message):
    assert not smalltalk_kind(message) and not chat_kind(message)


@pytest.mark.parametrize("message", ["Who runs the institute?", "Where should I go to learn more about NNMI?",
                                     "Head of the Detroit institute?", "Do the authors trust the market?"])
def test_the_same_words_in_a_question_are_no_small_talk(message):
    assert not smalltalk_kind(message) and not chat_kind(message)


@pytest.mark.parametrize("message", ["那其他的呢？", "其他国家呢", "nothing else?", "没有吗？",
                                     "no other questions about the funding?"])
def test_a_follow_up_in_the_same_words_is_no_small_talk(message):
    assert not smalltalk_kind(message) and not chat_kind(message)


@pytest.mark.parametrize("question", [
    # the same openings before a question of fact: the question is asked, not taken for small talk
    "Thanks, does that help SMEs?", "excuse my english, how many members does NNMI have?",
    "ok that's everything the paper says about Chicago?"])
def test_small_talk_openings_before_a_question_are_no_small_talk(question):
    assert smalltalk_kind(question) == ""


@pytest.mark.parametrize("question, kind", [
    # two requests for help joined by "and", with or without a comma
    ("Who are you, and what can you help me with?", "help"), ("what are you and what can you do", "help"),
    ("Hello, who are you and how does this work?", "help"), ("Who built you and what do you know?", "help"),
])
def test_two_requests_for_help_joined_by_and(question, kind):
    assert smalltalk_kind(question) == kind


@pytest.mark.parametrize("question", ["Hi and what is NNMI?", "Who are you and who proposed NNMI?"])
def test_a_request_for_help_joined_to_a_question_is_no_small_talk(question):
    assert smalltalk_kind(question) == ""


@pytest.mark.parametrize("question", ["What can this network do?", "What will be the budget for the plan?"])
def test_a_thing_named_or_a_future_question_is_no_small_talk(question):
    assert smalltalk_kind(question) == "" and chat_kind(question) == ""


@pytest.mark.parametrize("question, kind", [
    # thanks or a goodbye that goes on without asking anything
    ("Thank you very much for your help!", "thanks"), ("谢谢你的帮助", "thanks"), ("Much obliged.", "thanks"),
    ("ok thanks", "thanks"), ("Goodbye and thanks", "bye"), ("Bye for now", "bye"),
    ("Cheers, that's all I needed.", "bye"), ("That is all.", "bye"),
    # praise after thanks, an introduction after a greeting, a bare time of day
    ("Thanks! Very useful for my briefing.", "thanks"), ("Hello, I'm a policy adviser at the ministry.", "greeting"),
    ("Morning!", "greeting"), ("Good evening, this is the trade committee.", "greeting"),
    # what the assistant is or can do for the user
    ("What can you help me with?", "help"), ("Are you a bot?", "help"), ("你好，请问你能做什么？", "help"),
])
def test_small_talk_that_goes_on_without_asking_anything(question, kind):
    assert smalltalk_kind(question) == kind


@pytest.mark.parametrize("question, kind", [
    # acknowledgements, one to three words of them
    ("ok great, that's helpful", "thanks"), ("Alright, sounds good.", "thanks"), ("Perfect, makes sense", "thanks"),
    ("Very good, noted.", "thanks"),
    # what the assistant is able to do, in other words
    ("What are you able to do?", "help"), ("What are your limitations?", "help"), ("what are you good at?", "help"),
    # the wish to ask, with nothing asked yet
    ("I'm from the NDRC, I'd like to ask a few things", "greeting"), ("Hello, I have some questions", "greeting"),
    ("Can I ask you something?", "greeting"), ("We would like to ask a couple of quick questions.", "greeting"),
])
def test_acknowledgements_abilities_and_the_wish_to_ask_are_small_talk(question, kind):
    assert smalltalk_kind(question) == kind


@pytest.mark.parametrize("question", [
    "Good, and what about Energy?", "I'd like to ask about the funding of the institutes",
    "I have a question about the NNMI members", "Sure, the DoD ones", "Perfect timing for the 2016 figures?"])
def test_an_acknowledgement_or_wish_to_ask_with_a_topic_is_no_small_talk(question):
    assert smalltalk_kind(question) == ""


@pytest.mark.parametrize("question", [
    "Thanks to NNMI, how many jobs were created?", "Interesting facts about NNMI", "Good morning, who proposed NNMI?",
    "I am interested in the NNMI budget, what was it?", "Bye, and one more: who funded it?", "That is the plan?"])
def test_thanks_or_greetings_before_a_real_question_are_no_small_talk(question):
    assert smalltalk_kind(question) == ""


@pytest.mark.parametrize("question", ["That was helpful, and what about Energy?", "The paper is very clear about R&D"])
def test_praise_with_a_question_or_a_topic_is_not_small_talk(question):
    assert smalltalk_kind(question) == ""


@pytest.mark.parametrize("question", [
    "hi, how many institutes did DoD fund?", "Thanks, and the Energy Department?", "help me understand NNMI",
    "What is this paper about?", "What can the R&D network do?",
])
def test_a_question_that_also_asks_something_is_not_small_talk(question):
    assert smalltalk_kind(question) == ""


@pytest.mark.parametrize("question, rest", [
    ("Hi! Who proposed NNMI?", "Who proposed NNMI?"),
    ("Thanks, and Energy?", "and Energy?"),
    ("谢谢，那能源部呢？", "那能源部呢？"),
    ("OK, how many did Energy fund?", "how many did Energy fund?"),
    ("Who proposed NNMI?", "Who proposed NNMI?"),
])
def test_a_greeting_or_thanks_before_a_question_is_set_aside(question, rest):
    assert without_smalltalk(question) == rest


# -- pure logic: questions of several parts -----------------------------------------------------------------------


@pytest.mark.parametrize("question, parts", [
    ("When was NNMI proposed, and how many institutes does it plan to build?",
     ["When was NNMI proposed?", "How many institutes does it plan to build?"]),
    ("Who leads the Detroit institute and who leads the Chicago one?",
     ["Who leads the Detroit institute?", "Who leads the Chicago one?"]),
    ("Who proposed NNMI? How many institutes did DoD fund?",
     ["Who proposed NNMI?", "How many institutes did DoD fund?"]),
    ("What does NNMI stand for and what does IMI stand for?",
     ["What does NNMI stand for?", "What does IMI stand for?"]),
    ("What is NNMI; who proposed it?", ["What is NNMI?", "Who proposed it?"]),
    ("NNMI是谁提出的？国防部资助了多少个研究院？", ["NNMI是谁提出的？", "国防部资助了多少个研究院？"]),
])
def test_several_questions_are_split(question, parts):
    assert split_parts(question) == parts


@pytest.mark.parametrize("question, parts", [
    # a part may open with a preposition before its question word
    ("In what three ways does the NNMI strengthen its network, and what must each IMI do with its website?",
     ["In what three ways does the NNMI strengthen its network?", "What must each IMI do with its website?"]),
    ("Who wrote the paper, and at which organization do they work?",
     ["Who wrote the paper?", "At which organization do they work?"]),
    ("When was NNMI disclosed, and in which budget was it proposed?",
     ["When was NNMI disclosed?", "In which budget was it proposed?"]),
    ("For what purpose was the Innovation Institute founded, and who leads the Detroit one?",
     ["For what purpose was the Innovation Institute founded?", "Who leads the Detroit one?"]),
])
def test_a_part_may_open_with_a_preposition(question, parts):
    assert split_parts(question) == parts


@pytest.mark.parametrize("question, parts", [
    # a preface before a colon, or a word that orders the questions, is not part of a question
    ("Two questions: how many institutes are planned, and how many were funded by 2017?",
     ["How many institutes are planned?", "How many were funded by 2017?"]),
    ("For my briefing: who proposed NNMI, and when was it disclosed?",
     ["Who proposed NNMI?", "When was it disclosed?"]),
    ("What is the industrial internet? Also, which countries compete for it?",
     ["What is the industrial internet?", "Which countries compete for it?"]),
    ("First, who leads the Chicago institute? Secondly, where is the Detroit one?",
     ["Who leads the Chicago institute?", "Where is the Detroit one?"]),
])
def test_a_preface_or_an_ordering_word_opens_no_part(question, parts):
    assert split_parts(question) == parts


@pytest.mark.parametrize("question, parts", [
    # the questions numbered: "1) ... 2) ...", "(a) ... (b) ...", "Q1: ... Q2: ..."
    ("1) who proposed NNMI? 2) when was it disclosed?", ["Who proposed NNMI?", "When was it disclosed?"]),
    ("(1) How many members did NNMI have? (2) how many were small businesses?",
     ["How many members did NNMI have?", "How many were small businesses?"]),
    ("Q1: who leads the Detroit institute? Q2: what does it focus on?",
     ["Who leads the Detroit institute?", "What does it focus on?"]),
    ("a) what is the industrial internet? b) which countries compete for it?",
     ["What is the industrial internet?", "Which countries compete for it?"]),
])
def test_numbered_questions_are_split_without_their_numbers(question, parts):
    assert split_parts(question) == parts


@pytest.mark.parametrize("text, asked", [
    ("key points on the US programme pls, bullet form is fine", "key points on the US programme pls"),
    ("What is the overall argument? Plain English please, I'm not a technologist.", "What is the overall argument?"),
    ("Summarise section 3 - keep it short, no jargon", "Summarise section 3"),
    ("What does the paper recommend? Bullet points are fine.", "What does the paper recommend?"),
    # a length is kept (the answer's form depends on it); the same words inside the question are no remark
    ("Brief me in two sentences", "Brief me in two sentences"),
    ("Is there a list of platforms?", "Is there a list of platforms?"),
    ("What does it say about plain language?", "What does it say about plain language?"),
])
def test_a_remark_on_how_the_answer_should_read_is_set_aside(text, asked):
    from assistant.answering.intent import without_style

    assert without_style(text) == asked


@pytest.mark.parametrize("text, asked", [
    ("Brief me on the harbour's finances - just the main points please.", "Brief me on the harbour's finances."),
    ("What does the report say about tolls? Just the key points.", "What does the report say about tolls?"),
    ("the guild's reforms, only the headlines please", "the guild's reforms"),
    ("How did the mills change? Highlights only.", "How did the mills change?"),
    # the main points asked for as the question itself stay
    ("What are the main points of the report?", "What are the main points of the report?"),
])
def test_a_wish_for_only_the_main_points_is_a_remark_on_the_answers_form(text, asked):
    from assistant.answering.intent import without_style

    assert without_style(text) == asked


@pytest.mark.parametrize("text", ["What happened in 2012. What then?", "Is Industry 4.0 a plan?",
                                  "How many (3) institutes?"])
def test_a_number_inside_a_question_is_no_enumerator(text):
    from assistant.answering.intent import without_enumerators

    assert without_enumerators(text) == text


@pytest.mark.parametrize("question", [
    "Did Energy and Commerce together fund more institutes than Defense, and by how much?",
    "Which funded more, DoD or DoE, and by how many?",
    "How many institutes did Commerce fund, and in what year?",
    "Which president put NNMI forward, and in which fiscal year's budget?",  # no verb: the first question goes on
])
def test_a_preposition_with_no_topic_of_its_own_splits_nothing(question):
    assert split_parts(question) == []


@pytest.mark.parametrize("question", [
    # a remark set off by commas after the question word: one question, not two
    "Why, in the paper's view, is the research side the backbone of the network?",
    "How, according to the authors, do the institutes work together?",
    "When, as far as the document says, was the programme disclosed?",
])
def test_a_remark_set_off_by_commas_splits_nothing(question):
    assert split_parts(question) == []


@pytest.mark.parametrize("question", ["How many remained to be built?", "Why was it being done?",
                                      "How many have been funded?"])
def test_forms_of_be_name_no_topic(question):
    """"be", "been", "being" are function words: "How many remained to be built?" leans on the conversation."""
    assert depends_on_history(question, 0)


@pytest.mark.parametrize("question", [
    "What are the R&D and manufacturing platforms?",
    "How many institutes did DoD and Energy fund?",
    "Which institute is in Detroit and has 60 members?",
    "Who published it, and when?",  # "and when?" asks about the same thing: one sentence answers both
    "I am writing a brief. How many institutes did DoD fund?",
    "Compare the R&D network and the manufacturing network.",
])
def test_one_question_with_an_and_is_not_split(question):
    assert split_parts(question) == []


# -- pure logic: Chinese numbers and phrases ----------------------------------------------------------------------


def test_a_chinese_date_month_stands_in_a_quote_naming_the_month():
    assert unsupported_numbers("于2012年3月正式公布 [1]", ["officially disclosed in March 2012"]) == []
    assert unsupported_numbers("于2012年4月正式公布 [1]", ["officially disclosed in March 2012"]) == ["4"]
    assert unsupported_numbers("资助了8个", ["funded 8 Innovation Institutes"]) == []
    assert unsupported_numbers("资助了9个", ["funded 8 Innovation Institutes"]) == ["9"]


def test_a_rendering_must_keep_the_figures_and_the_names(kb):
    local = Localiser(kb)
    en = "By 2017, the US Department of Defense had funded 8 Innovation Institutes."
    quote = ["By 2017, the US Department of Defense had funded 8 Innovation Institutes (IMI)"]
    assert local.keeps(en, "截至2017年，美国国防部资助了8个创新研究院。", quote)
    assert not local.keeps(en, "截至2017年，美国国防部资助了9个创新研究院。", quote)  # a figure changed
    assert not local.keeps(en, "截至2017年，美国国防部资助了创新研究院。", quote)  # a figure lost
    assert not local.keeps(en, "截至2017年，美国资助了8个创新研究院。", quote)  # a name lost


def test_fixed_phrases_are_rendered_in_chinese(kb):
    titles = [d.title for d in kb.documents]
    local = Localiser(kb)
    english = phrase("refusal", titles) + " " + phrase("refusal_related", titles)
    chinese = local.phrases_in(english)
    assert has_cjk(chinese) and not re.search(r"[A-Za-z]{4,}", chinese), chinese
    part = local.phrases_in(phrase("convo_part_refused", titles, part="巴西的人口是多少？"))
    assert "巴西的人口是多少？" in part and has_cjk(part.replace("巴西的人口是多少？", ""))


# -- the real assistant ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def assistant(index_settings) -> Assistant:
    return Assistant(index_settings, notify=None)


def _turns(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    out = []
    for q, a in pairs:
        out += [{"role": "user", "content": q}, {"role": "assistant", "content": a}]
    return out


DOD = ("How many institutes did DoD fund?", "By 2017, the US Department of Defense had funded 8 Innovation "
       "Institutes. [1]")


@pytest.mark.parametrize("question", [
    "What is the capital of France?",
    "Who won the 2018 World Cup?",
    "What is the industrial Internet?",
    "Who proposed NNMI?",
])
def test_a_new_topic_is_not_glued_to_the_history(assistant, question):
    ans = assistant.ask(question, _turns(DOD))
    assert ans.standalone_question == question
    assert "following" not in ans.standalone_question


@pytest.mark.parametrize("question, expected", [
    ("And the Energy Department?", "5"),
    ("What about Commerce?", "1"),
    ("And Energy?", "5"),
])
def test_a_follow_up_is_still_read_with_the_history(assistant, question, expected):
    ans = assistant.ask(question, _turns(DOD))
    assert ans.standalone_question != question
    assert expected in digits_in(ans.answer), ans.answer


def test_off_topic_questions_after_a_paper_question_are_refused(assistant):
    for q in ("What is the capital of France?", "Who won the 2018 World Cup?", "What's the weather in Paris?"):
        ans = assistant.ask(q, _turns(DOD))
        assert ans.refused, (q, ans.answer)


@pytest.mark.parametrize("question", ["hi", "Hello!", "thanks", "what can you do?", "help", "你好"])
def test_small_talk_gets_a_short_reply_with_examples(assistant, question):
    ans = assistant.ask(question, _turns(DOD))
    assert ans.kind == "smalltalk" and not ans.refused and not ans.citations
    assert ans.standalone_question == question
    assert not ans.hits, "small talk needs no retrieval"
    examples = re.findall(r"^- (.+)$", ans.answer, re.M)
    if question not in ("thanks",):
        assert 2 <= len(examples) <= 3, ans.answer
    assert len(ans.answer) < 600


@pytest.mark.parametrize("question, expected", [
    ("Hi! How many institutes did DoD fund?", "8"),
    ("Hello, how many institutes did the Department of Energy fund?", "5"),
    ("Thanks! And Commerce?", "1"),
])
def test_a_question_after_a_greeting_is_answered(assistant, question, expected):
    ans = assistant.ask(question, _turns(DOD))
    assert ans.kind == "answer" and expected in digits_in(ans.answer), ans.answer


def test_the_example_questions_are_answered_by_the_documents(assistant):
    ans = assistant.ask("what can you do?")
    examples = re.findall(r"^- (.+)$", ans.answer, re.M)
    assert len(examples) >= 2
    for q in examples:
        answer = assistant.ask(q)
        assert not answer.refused and answer.citations, q


def test_each_part_of_a_two_part_question_is_answered_with_its_own_citations(assistant):
    ans = assistant.ask("When was NNMI proposed, and how many institutes does it plan to build?")
    assert not ans.refused
    parts = ans.answer.split("\n\n")
    assert len(parts) == 2, ans.answer
    assert "2013" in parts[0] or "2012" in parts[0]
    assert "45" in parts[1]
    markers = [int(m) for m in re.findall(r"\[(\d+)\]", ans.answer)]
    assert sorted(set(markers)) == [c.marker for c in ans.citations] == list(range(1, len(ans.citations) + 1))
    assert {c.paragraph_id for c in ans.citations} >= {"s2.1-p1"}


def test_who_leads_a_and_who_leads_b(assistant):
    ans = assistant.ask("Who leads the Detroit institute and who leads the Chicago one?")
    assert "Edison Welding Institute" in ans.answer and "University of Illinois" in ans.answer
    assert ans.citations


def test_a_part_the_documents_do_not_answer_is_named(assistant):
    ans = assistant.ask("Who proposed NNMI? What is the population of Brazil?")
    assert not ans.refused
    assert "Obama" in ans.answer
    assert "does not answer this part" in ans.answer and "population of Brazil" in ans.answer
    assert not unsupported_numbers(ans.answer, [c.quote for c in ans.citations])


def test_a_single_question_with_and_is_answered_once(assistant):
    ans = assistant.ask("How many institutes did DoD and Energy fund?")
    assert "does not answer this part" not in ans.answer
    assert "\n\n" not in ans.answer or "- " in ans.answer


@pytest.mark.parametrize("question, figure", [
    ("美国国防部资助了多少个创新研究院？", "8"),
    ("NNMI计划建设多少个制造业创新研究院？", "45"),
    ("制造业占美国GDP的比例是多少？", "12"),
])
def test_a_chinese_question_gets_a_chinese_answer_quoting_the_english_original(assistant, question, figure):
    ans = assistant.ask(question)
    assert not ans.refused
    assert has_cjk(ans.answer) and figure in digits_in(ans.answer), ans.answer
    assert ans.citations and all(not has_cjk(c.quote) for c in ans.citations)
    assert not unsupported_numbers(ans.answer, [c.quote for c in ans.citations])


@pytest.mark.parametrize("question", ["NNMI是谁提出的？", "底特律的创新研究院由谁牵头？", "什么是工业互联网？"])
def test_a_chinese_answer_keeps_the_names_of_its_source(assistant, question):
    ans = assistant.ask(question)
    assert not ans.refused and has_cjk(ans.answer), ans.answer
    # the Chinese text is the reader's edition's rendering of the cited paragraph or fact
    edition = assistant.kb.edition
    renderings = [edition.paragraph(c.paragraph_id).zh for c in ans.citations] + [
        edition.fact_zh(f) or "" for f in ans.facts_used]
    body = re.sub(r"\s*\[\d+\]", "", ans.answer)
    assert any(body[:12] in r for r in renderings), body


def test_a_chinese_follow_up_gets_a_chinese_answer(assistant):
    first = assistant.ask("美国国防部资助了多少个创新研究院？")
    for follow in ("那能源部呢？", "能源部呢？", "DoE?"):
        ans = assistant.ask(follow, _turns(("美国国防部资助了多少个创新研究院？", first.answer)))
        assert has_cjk(ans.answer) and "5" in digits_in(ans.answer), (follow, ans.answer)


@pytest.mark.parametrize("question", ["中国的首都是哪里？", "巴西有多少人口？", "NASA资助了多少个研究院？"])
def test_a_chinese_refusal_is_in_chinese(assistant, question):
    ans = assistant.ask(question)
    assert ans.refused, ans.answer
    assert has_cjk(ans.answer) and not re.search(r"\b(?:does not|answer)\b", ans.answer), ans.answer


@pytest.mark.parametrize("question", ["NNMI在2020年有多少成员？", "2019年国防部资助了多少个研究院？",
                                      "2010年能源部资助了几个研究院？"])
def test_a_chinese_question_dated_a_year_the_paper_does_not_date_is_refused(assistant, question):
    # the year stands between Chinese characters, with no word break: it is still the year asked about
    ans = assistant.ask(question)
    assert ans.refused and has_cjk(ans.answer), ans.answer


@pytest.mark.parametrize("question", ["海尔的员工人数是多少？", "NNMI有多少名员工？", "国防部的雇员有多少？",
                                      "美国制造业的失业率是多少？"])
def test_a_chinese_count_of_something_the_paper_never_names_is_refused(assistant, question):
    # the counted word is no word of the paper's Chinese: no figure of the paper counts it
    ans = assistant.ask(question)
    assert ans.refused and has_cjk(ans.answer), ans.answer


@pytest.mark.parametrize("question, figure", [("2019年中国工业互联网前40强中有多少个侧重研发管理？", "4"),
                                              ("小企业有多少家？", "341"), ("国防部资助了多少个研究院？", "8")])
def test_a_chinese_count_in_other_words_than_the_papers_is_still_answered(assistant, question, figure):
    ans = assistant.ask(question)
    assert not ans.refused and figure in digits_in(ans.answer), ans.answer


@pytest.mark.parametrize("question", ["底特律研究院的董事长是谁？", "谁是芝加哥研究院的院长？", "工信部部长叫什么？"])
def test_a_chinese_question_for_an_office_holder_the_paper_never_names_is_refused(assistant, question):
    ans = assistant.ask(question)
    assert ans.refused and has_cjk(ans.answer), ans.answer


@pytest.mark.parametrize("question", ["NNMI的年度预算是多少？", "中国工业互联网的市场规模是多少？",
                                      "国防部在研究院上投入了多少资金？", "NNMI花了多少钱？"])
def test_a_chinese_question_for_an_amount_of_money_the_paper_never_gives_is_refused(assistant, question):
    # the paper states no amount of money: a count or a year is no answer to "how much money"
    ans = assistant.ask(question)
    assert ans.refused and has_cjk(ans.answer), ans.answer


@pytest.mark.parametrize("question, figure", [("国防部资助了多少个研究院？", "8"),
                                              ("NNMI是在哪一年的预算中提出的？", "2013")])
def test_a_chinese_count_or_date_near_a_word_of_money_is_still_answered(assistant, question, figure):
    ans = assistant.ask(question)
    assert not ans.refused and figure in digits_in(ans.answer), ans.answer


def test_an_english_question_still_gets_an_english_answer(assistant):
    for q in ("How many institutes did DoD fund?", "Who proposed NNMI?", "What is the population of Brazil?"):
        assert not has_cjk(assistant.ask(q).answer)


@pytest.mark.parametrize("question", [
    "Where are they based?", "And where is their company located?", "Where are they located?"])
def test_a_follow_up_with_nothing_of_its_own_is_judged_by_what_it_refers_to(assistant, question):
    # "they" are the authors of the last question: the support is judged on the authors, not on "based" alone
    history = [{"role": "user", "content": "Who wrote this paper?"},
               {"role": "assistant", "content": "Tang Cheng and seven co-authors from AVIC."}]
    ans = assistant.ask(question, history)
    assert not ans.refused and ("Yangzhou" in ans.answer or "Jiangsu" in ans.answer), ans.answer
    assert ans.support >= 0.5


@pytest.mark.parametrize("message, language", [
    ("in Chinese please", "zh"), ("Can you say that in Chinese?", "zh"), ("Please translate your answer into Mandarin.",
                                                                          "zh"),
    ("用中文回答", "zh"), ("请翻译成中文", "zh"), ("in English, please", "en"), ("用英文说一遍", "en"),
    ("Could you repeat that in English?", "en"),
])
def test_a_request_for_the_last_answer_in_another_language(message, language):
    assert language_switch(message) == language


@pytest.mark.parametrize("message", ["What is the Chinese for NNMI?", "In Chinese, how many institutes are there?",
                                     "Translate the paper into Chinese", "Is the paper written in English?"])
def test_a_question_that_names_a_language_is_no_switch(message):
    assert language_switch(message) == ""


@pytest.mark.parametrize("first, switch", [
    ("How many institutes did DoD fund?", "in Chinese please"),
    ("Who proposed NNMI?", "Can you say that in Chinese?"),
    ("Summarize the recommendations", "用中文回答"),
])
def test_the_last_answer_again_in_chinese(assistant, first, switch):
    before = assistant.ask(first)
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": before.answer}]
    again = assistant.ask(switch, history)
    assert not again.refused and has_cjk(again.answer) and not has_cjk(before.answer), again.answer
    # the same evidence, now in Chinese: the same passages cited, the same figures
    assert {c.paragraph_id for c in again.citations} == {c.paragraph_id for c in before.citations}
    assert set(re.findall(r"\d+", before.answer.split("[")[0])) <= set(re.findall(r"\d+", again.answer))


def test_a_chinese_answer_again_in_english(assistant):
    first = "国防部资助了多少个研究院？"
    before = assistant.ask(first)
    again = assistant.ask("in English please", [{"role": "user", "content": first},
                                                {"role": "assistant", "content": before.answer}])
    assert has_cjk(before.answer) and not has_cjk(again.answer) and "8" in again.answer, again.answer


# -- a message of only words of conversation is small talk, whatever its wording ---------------------------------

@pytest.mark.parametrize("message, kind", [
    ("hey, just checking this works", "greeting"),
    ("good morning all, hope the week is going well", "greeting"),
    ("brilliant, that saves me a lot of reading", "thanks"),
    ("superb answer, well done", "thanks"),
    ("right, that's all for tonight - speak tmrw", "bye"),
    ("are you a human or an ai?", "help"),
    ("how do i use this tool", "help"),
    ("what kind of questions are you good for?", "help"),
    ("oops, pressed enter by accident", "ack"),
    ("my apologies, typo in the last one", "ack"),
    ("please keep the answers short, my minister reads them on the phone", "ack"),
    ("你好，今天我先问几个问题", "greeting"),
    ("不好意思，打错字了", "ack"),
    ("谢谢，非常有帮助", "thanks"),
])
def test_a_message_of_only_words_of_conversation_is_small_talk(message, kind):
    assert chat_kind(message) == kind


@pytest.mark.parametrize("message", [
    "Good evening - who am I speaking with?", "who are we talking to here?", "Hi, who's this?",
    "who is on the other end?", "am I chatting with a real person?", "我在跟谁聊天？"])
def test_asking_who_answers_is_a_request_for_help_not_a_question_of_fact(message):
    assert smalltalk_kind(message) == "help"


@pytest.mark.parametrize("message", ["who is this institute led by?", "who is the other partner?",
                                     "who are we competing with, per the paper?"])
def test_a_who_question_about_something_else_is_not_small_talk(message):
    assert smalltalk_kind(message) == ""


@pytest.mark.parametrize("message", [
    "why?", "how so?", "is that right?", "more please", "and Energy?", "who built it?", "what do you mean?",
    "Can you tell me the weather in Detroit?", "thanks, and how many members does it have?", "yes", "no",
    "what does the paper say about robots?", "你是说国防部吗？",
])
def test_a_message_that_asks_about_the_documents_or_leans_on_the_answer_is_not(message):
    assert chat_kind(message) == ""


@pytest.mark.parametrize("message", ["oops, pressed enter by accident", "superb answer, well done",
                                     "不好意思，打错字了"])
def test_small_talk_gets_a_conversational_reply_not_a_refusal(assistant, message):
    ans = assistant.ask(message)
    assert ans.kind == "smalltalk" and not ans.refused and not ans.citations


@pytest.mark.parametrize("typed, read", [
    ("whats the gist", "what's the gist"), ("my boss isnt technical", "my boss isn't technical"),
    ("dont summarise, just list", "don't summarise, just list"), ("wheres the Detroit one", "where's the Detroit one"),
    ("its funding", "its funding"),  # a word of its own
])
def test_a_contraction_typed_without_its_apostrophe_is_read_with_it(typed, read):
    assert with_apostrophes(typed) == read


@pytest.mark.parametrize("question", [
    "Which NNMI institute is based in Pittsburgh and what does it work on?",
    "What company built the Boston institute, and where is it based?",
    "Which university leads the Houston institute, and how many members does it have?",
])
def test_a_part_about_the_thing_a_refused_part_asks_for_is_refused_too(assistant, question):
    ans = assistant.ask(question)
    assert ans.refused and not ans.citations, ans.answer


def test_a_part_about_a_thing_the_question_names_is_still_answered(assistant):
    ans = assistant.ask("Who is the director of the Chicago institute, and how many companies does it include?")
    assert "does not answer this part" in ans.answer and "41" in ans.answer


@pytest.mark.parametrize("question, first, second", [
    # the second part asks something else of the thing the first asks about; the first part's ask ("mission",
    # "vision") must not answer it again
    ("What's NNMI's stated mission? and how does it define 'advanced'?", "connect people", "advanced management"),
    ("What is NNMI's vision, and how does it define advanced?", "ahead in global industry", "advanced technology"),
    ("What is the NNMI's mission? How does it define advanced manufacturing?", "connect people",
     "advanced industry"),
])
def test_a_later_part_asking_something_new_of_the_same_thing_is_not_answered_by_the_earlier_one(
        assistant, question, first, second):
    ans = assistant.ask(question)
    parts = ans.answer.split("\n\n")
    assert first in parts[0] and second in parts[-1], ans.answer


@pytest.mark.parametrize("question, expected, elsewhere", [
    # the later part names nothing of its own: it asks of the thing the earlier part named, not of the documents
    ("Who leads the Detroit institute? Also, how many other organizations?", "17 other", "nine other"),
    ("Who leads the Chicago institute? And how many companies?", "41 companies", "11 industrial"),
    ("Which organisation heads the Detroit institute? How many universities and laboratories?",
     "9 universities", "23 universities"),
])
def test_a_later_part_that_names_nothing_of_its_own_asks_of_the_earlier_parts_thing(
        assistant, question, expected, elsewhere):
    ans = assistant.ask(question)
    later = ans.answer.split("\n\n")[-1]
    assert expected in later and elsewhere not in later, ans.answer


@pytest.mark.parametrize("question", [
    "1) what did the China Industrial Internet Industry Alliance put out in April 2020? 2) what is it centred on?",
    "(a) What did the Alliance release in April 2020? (b) What is it mostly centered around?",
    "Q1: what did the Alliance publish in April 2020? Q2: what is it mainly built around?",
])
def test_numbered_parts_are_each_answered(assistant, question):
    ans = assistant.ask(question)
    assert "2.0" in ans.answer and "intelligent manufacturing plants" in ans.answer, ans.answer


@pytest.mark.parametrize("message, asked", [
    ("I work at the ministry. What should we prioritise?", "What should we prioritise?"),
    ("Journalist here. What does the paper conclude?", "What does the paper conclude?"),
    ("We're a provincial bureau. Which platforms focus on R&D?", "Which platforms focus on R&D?"),
    ("Hi there. How many members does NNMI have?", "How many members does NNMI have?"),
    # the question leans on the sentence before it: both are kept
    ("I'm reading about the Detroit institute. Who leads it?",
     "I'm reading about the Detroit institute. Who leads it?"),
    ("What does NNMI stand for?", "What does NNMI stand for?"),
])
def test_the_writers_context_is_set_aside_when_the_question_does_not_lean_on_it(message, asked):
    assert question_sentences(message) == (asked, False)


@pytest.mark.parametrize("message, question", [
    ("Different topic: what is Japan doing on this front?", "what is Japan doing?"),
    ("Switching gears - who proposed NNMI?", "who proposed NNMI?"),
    ("New question: how many members does NNMI have?", "how many members does NNMI have?"),
    ("On another note, what does Germany do in this regard?", "what does Germany do?"),
    ("What is the front line of the platform race?", "What is the front line of the platform race?"),
    # a clause pointing at the document before the question, at its start or after the writer's context
    ("Reading this, what should a province do?", "what should a province do?"),
    ("Having read the paper, what should a city do?", "what should a city do?"),
    ("I work for a province. Based on all this, what should we do?", "I work for a province. what should we do?"),
    ("With this in mind, who proposed NNMI?", "who proposed NNMI?"),
    ("Based on the 2019 ranking, how many platforms focus on R&D?",
     "Based on the 2019 ranking, how many platforms focus on R&D?"),
])
def test_words_that_open_or_pad_a_question_are_set_aside(message, question):
    from assistant.answering.intent import without_preface
    assert without_preface(message) == question


@pytest.mark.parametrize("message", ["Switching gears - who proposed NNMI?", "Different topic: who proposed NNMI?",
                                     "New question: who proposed NNMI?"])
def test_a_preface_changes_no_answer(assistant, message):
    assert assistant.ask(message).answer == assistant.ask("who proposed NNMI?").answer


@pytest.mark.parametrize(("message", "kind"), [
    ("Good morning — who am I talking to?", "help"),
    ("Hello – what can you do?", "help"),
    ("Thanks — bye", "bye"),
    ("What kinds of things can you help me with?", "help"),
    ("What sort of tasks could you do for us?", "help"),
    ("What types of things can you handle?", "help"),
])
def test_small_talk_split_by_a_dash_or_asking_what_kinds_of_things_the_assistant_does(message, kind):
    assert (smalltalk_kind(message) or chat_kind(message)) == kind


@pytest.mark.parametrize(("message", "kind"), [
    ("谢谢你的解答，辛苦了。", "thanks"),
    ("好的，再见，下次再聊。", "bye"),
    ("感谢您耐心的回答", "thanks"),
    ("下次再聊吧", "bye"),
])
def test_chinese_thanks_for_the_answers_and_see_you_next_time_are_small_talk(message, kind):
    assert (smalltalk_kind(message) or chat_kind(message)) == kind


@pytest.mark.parametrize("message", [
    "Good morning — can you help me with something?", "Hello - could you help me out?", "Hi there — I need some help.",
    "Hey, would you assist me with a few questions?"])
def test_a_greeting_with_a_request_for_help_in_general_is_small_talk(assistant, message):
    ans = assistant.ask(message, suggest=False)
    assert smalltalk_kind(message) == "help" and not ans.refused, ans.answer


@pytest.mark.parametrize("message", ["can you help me with the funding figures?",
                                     "I need help with the NNMI membership numbers"])
def test_a_request_for_help_with_a_topic_is_not_small_talk(message):
    assert smalltalk_kind(message) == ""


@pytest.mark.parametrize("question, expected", [
    ("How many platforms in the top 40 focus on R&D management, and can you name one of them?", ["4", "Haier"]),
    ("How many members does NNMI have, and can you tell me when it was proposed?", ["830", "2013"]),
    ("Who leads the Chicago institute, and could you say how many companies it includes?",
     ["University of Illinois", "41"]),
])
def test_a_request_after_a_question_is_a_part_of_its_own(assistant, question, expected):
    # ", and can you name one of them?": a second part, answered with the first as its conversation
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and all(e in ans.answer for e in expected), ans.answer
    assert "Detroit" not in ans.answer, ans.answer


_RD_PLATFORMS = [{"role": "user", "content": "How many platforms in the top 40 focus on R&D management?"},
                 {"role": "assistant", "content": "Industrial Internet platforms focusing on R&D management account "
                                                  "for only 4 of the top 40. [1]"}]


@pytest.mark.parametrize("question", ["Can you name one of them?", "Name one of them.", "Can you name any of them?"])
def test_naming_some_of_the_things_just_counted_lists_them(assistant, question):
    ans = assistant.ask(question, _RD_PLATFORMS, suggest=False)
    assert not ans.refused and "Haier" in ans.answer, ans.answer


@pytest.mark.parametrize("question, first", [
    ("What are the three aspects NNMI uses to strengthen the network? also, does each IMI run its own website?",
     "cross-IMI collaboration"),
    ("When was the NNMI proposed? also does every IMI run its own website?", "2013"),
    ("How many members does NNMI have? does every institute keep its own website?", "830"),
])
def test_a_second_question_in_lower_case_with_its_own_is_answered_on_its_own(assistant, question, first):
    # "its own" is of the institute the part names, not of what the part before it asked about
    ans = assistant.ask(question, suggest=False)
    assert first in ans.answer and "own website" in ans.answer, ans.answer


@pytest.mark.parametrize("question", ["Could you list a few?", "Name a couple.", "Give me a few."])
def test_some_of_the_things_just_counted_without_their_noun_lists_them(assistant, question):
    assert depends_on_history(question)
    ans = assistant.ask(question, _RD_PLATFORMS, suggest=False)
    assert not ans.refused and "Haier" in ans.answer, ans.answer


# A point of the last answer asked by its ordinal, where that answer is a list stated in one sentence and then set
# out as bullets without markers of their own: the bullets rest on what that sentence cites, and the point is said
# again with the sentence of its paragraph that says most of it
_ASPECTS = [{"role": "user", "content": "What are the NNMI's three aspects of network construction?"},
            {"role": "assistant", "content": "NNMI strengthens network construction from three aspects."}]


@pytest.mark.parametrize("question, said, not_said", [
    ("And the second one?", "common IMI management", "cross-IMI"),
    ("Tell me more about the third point.", "portal", "cross-IMI"),
    ("Remind me of the first item?", "cross-IMI", "portal"),
])
def test_a_point_of_a_listed_answer_is_its_item(assistant, question, said, not_said):
    ans = assistant.ask(question, _ASPECTS, suggest=False)
    first = ans.answer.split("\n")[0]
    assert said in first and not_said not in first, ans.answer


# "What was the fourth point?" names nothing but the point: it asks of the last answer, as "and the fourth?" does
_AIMS = [{"role": "user", "content": "What does NNMI aim to do?"}, {"role": "assistant", "content": "Five aims."}]


@pytest.mark.parametrize("question, said", [
    ("What was the fourth point?", "market expansion"),
    ("Sorry, remind me of the third point?", "public and private"),
    ("What's the second item?", "transformative"),
])
def test_a_point_asked_by_its_ordinal_alone_leans_on_the_last_answer(assistant, question, said):
    ans = assistant.ask(question, _AIMS, suggest=False)
    assert not ans.refused and said in ans.answer.split("\n")[0], ans.answer


@pytest.mark.parametrize("question, said", [
    # more on a point, asked in a question's form with a verb of elaborating: of the last answer, as "and the
    # fourth?" is
    ("Can you expand on the fourth point?", "market expansion"),
    ("Could you elaborate on the third point?", "public and private"),
    ("Would you unpack the second item a bit?", "transformative"),
    ("Can you go into the fourth point in more detail?", "market expansion"),
])
def test_more_on_a_point_asked_with_a_verb_of_elaborating_leans_on_the_last_answer(assistant, question, said):
    assert depends_on_history(question)
    ans = assistant.ask(question, _AIMS, suggest=False)
    assert not ans.refused and said in ans.answer.split("\n")[0], ans.answer


# A question typed as a phrase ("Chicago institute's company count?") beside a full question is a part of its own,
# not words in front of the next question
@pytest.mark.parametrize("question, said", [
    ("Quick ones: DoD's institute count? And when was the NNMI disclosed?", ("8", "2012")),
    ("Detroit institute's lead organisation? And how many institutes had Energy funded by 2017?", ("Edison", "5")),
    ("US manufacturing share of GDP? Also, when was the China Industrial Internet System Architecture 2.0 released?",
     ("12%", "2020")),
])
def test_a_terse_question_beside_a_full_one_is_a_part(assistant, question, said):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and all(s in ans.answer for s in said), ans.answer


def test_the_parts_of_a_message_with_a_terse_question():
    assert split_parts("Two things: total NNMI membership in 2016? And how many of those were universities?") == [
        "Total NNMI membership in 2016?", "How many of those were universities?"]
    assert split_parts("Chicago's company count? And who leads it?") == ["Chicago's company count?", "Who leads it?"]
    # two terse phrases are no full question; a terse follow-up word ("Detroit?") names too little
    assert split_parts("Detroit's company count? Chicago's company count?") == []
    assert split_parts("Who leads Detroit's institute? Chicago?") == []
    # "..., and in which year?", "Anything we could copy?": they ask on of the question before them
    assert split_parts("When was NNMI proposed? And in which budget?") == []
    assert split_parts("How does NNMI keep its institutes working together? Anything we could copy?") == []
    # a claim checked ("X launched it in 2017, right?") is no phrase typed as a question
    assert split_parts("trump launched nnmi in 2017 right? which budget was it in") == []


@pytest.mark.parametrize("question", [
    # how best to use the assistant, and what the assistant is for
    "What's the best way to use you?", "Any tips for using this assistant?", "How should I use you?",
    "How do I get good answers out of you?",
    "Are you the bot for this paper?", "Hello, is this the assistant that knows the trade report?",
    "Morning! Are you the assistant for the shipping study?",
])
def test_how_to_use_the_assistant_and_what_it_is_for_ask_for_help(question):
    assert (smalltalk_kind(question) or chat_kind(question)) == "help"


@pytest.mark.parametrize("question", [
    "What's the best way to fund the institutes?", "Any tips on building regional R&D highlands?",
    "Is this the plan for the whole network?", "Are you sure about the 830 members?",
])
def test_a_best_way_or_tips_about_a_topic_is_no_small_talk(question):
    assert smalltalk_kind(question) == "" and chat_kind(question) == ""


@pytest.mark.parametrize("question", [
    "你是这篇论文的问答助手吗？", "你是这份报告的助手吗？", "怎么用你比较好？", "如何使用你最好？",
])
def test_what_the_assistant_is_for_and_how_to_use_it_in_chinese_ask_for_help(question):
    assert (smalltalk_kind(question) or chat_kind(question)) == "help"


@pytest.mark.parametrize("question", [
    "What are you able to help me with?", "What are you able to help with?", "What are you able to do for me?",
    "What could you help us with?", "What can you assist me with?", "What are you able to assist with?",
    "What kind of help can you offer?", "What help can you give me?", "How can you be of help?",
])
def test_what_help_the_assistant_can_give_asks_for_help(assistant, question):
    # help in general, asked by what the assistant is able to give; one end to end (it had been answered from the paper)
    assert smalltalk_kind(question) == "help"
    if question == "What are you able to help me with?":
        assert assistant.ask(question, suggest=False).kind == "smalltalk"


@pytest.mark.parametrize("question", [
    "What help did the network give SMEs?", "What support can the NNMI offer members?",
    "What can you help me with on the funding figures?",
])
def test_help_given_by_a_thing_of_the_documents_or_with_a_topic_is_no_small_talk(question):
    assert smalltalk_kind(question) == "" and chat_kind(question) == ""


def test_how_to_use_a_thing_of_the_documents_is_no_small_talk():
    assert smalltalk_kind("怎么用工业互联网？") == "" and chat_kind("怎么用工业互联网？") == ""


@pytest.mark.parametrize("question", [
    # a wh-phrase set off before the rest of its own question: one question, not two
    "What budget, in euros, does the paper propose for Germany's programme?",
    "What salary, in dollars, do the institutes pay their engineers?",
    "How many staff, in total, does the Detroit institute employ?",
    "Which firm, in the end, did the Detroit institute pick as its lead?",
])
def test_a_fronted_wh_phrase_and_the_rest_of_its_question_are_one_question(question):
    assert split_parts(question) == []


def test_a_question_after_a_full_one_is_still_a_part():
    assert split_parts("Who leads the Detroit institute, and does it have 34 companies?") == [
        "Who leads the Detroit institute?", "Does it have 34 companies?"]


@pytest.mark.parametrize("question, parts", [
    ("How many top-40 platforms focus on R&D management, and is Haier one of them?",
     ["How many top-40 platforms focus on R&D management?", "Is Haier one of them?"]),
    ("How many platforms focus on people's livelihood, and is Tencent among them?",
     ["How many platforms focus on people's livelihood?", "Is Tencent among them?"]),
    ("How many platforms focus on R&D, and does Haier belong to them?",
     ["How many platforms focus on R&D?", "Does Haier belong to them?"]),
    # an "and" between two things asks one question
    ("What share do R&D and manufacturing have?", []),
])
def test_a_yes_no_question_about_a_name_after_and_is_a_part_of_its_own(question, parts):
    # "..., and is Haier one of them?": a capitalised name after the verb opens a question, as "the" does
    assert split_parts(question) == parts


def test_whether_a_name_is_among_the_counted_ones_is_answered_with_them(assistant):
    ans = assistant.ask("How many top-40 platforms focus on R&D management, and is Haier one of them?", suggest=False)
    assert not ans.refused and "4" in digits_in(ans.answer) and "Haier" in ans.answer, ans.answer


@pytest.mark.parametrize("question, expected, refused", [
    ("Which firm, in the end, did the Detroit institute pick as its lead?", "Edison", False),
    ("How many staff, in total, does the Detroit institute employ?", "does not give this figure", True),
])
def test_a_fronted_wh_phrase_is_answered_as_one_question(assistant, question, expected, refused):
    ans = assistant.ask(question, suggest=False)
    assert ans.refused == refused and expected in ans.answer, ans.answer


@pytest.mark.parametrize(("question", "parts"), [
    # another name's bare possessive after a question asks the same of that name
    ("What's Haier's platform, and Huawei's?", ["What's Haier's platform?", "What's Huawei's platform?"]),
    ("Name Zoomlion's platform, and Aerospace Cloud Network's too.",
     ["Name Zoomlion's platform.", "Name Aerospace Cloud Network's platform."]),
    ("Who leads Detroit's institute, and Chicago's?",
     ["Who leads Detroit's institute?", "Who leads Chicago's institute?"]),
    ("What is the NNMI's mission, and the IMI's?", ["What is the NNMI's mission?", "What is the IMI's mission?"]),
    # a choice between two possessives is one question; "it's" owns nothing
    ("Which has more companies, Detroit's or Chicago's?", []),
    ("What is it's mission, and Detroit's?", []),
])
def test_another_names_bare_possessive_asks_the_same_of_it(question, parts):
    assert split_parts(question) == parts


@pytest.mark.parametrize(("question", "parts"), [
    # a Chinese scene that asks nothing, then two questions: each is asked in the scene
    ("工业互联网平台前40中，研发类有几个，制造类有几个？",
     ["工业互联网平台前40中，研发类有几个？", "工业互联网平台前40中，制造类有几个？"]),
    ("前40强里，研发类的有几个？制造类的有几个？", ["前40强里，研发类的有几个？", "前40强里，制造类的有几个？"]),
    ("2019年前40强当中，民生类有几个，研发类有几个？",
     ["2019年前40强当中，民生类有几个？", "2019年前40强当中，研发类有几个？"]),
    # one question after its scene is one question, and so is a share asked of what the part before counts
    ("2016年，NNMI有多少成员？", []),
    ("NNMI成员里，大学和科研机构一共有多少家？占比是多少？", []),
])
def test_a_chinese_scene_before_two_questions_scopes_each(question, parts):
    assert split_parts(question) == parts


@pytest.mark.parametrize(("question", "dependent"), [
    # a share asked in Chinese with no topic of its own leans on what was just counted
    ("比例是多少？", True), ("占比是多少？", True), ("比重为多少？", True),
    # a share of a thing it names, or a question with its own topic, stands alone
    ("大学的比例是多少？", False), ("NNMI有多少成员？", False),
])
def test_a_chinese_share_with_no_topic_leans_on_the_count_before(question, dependent):
    assert depends_on_history(question) is dependent


# ------------- "can I ask you in Chinese?", "do you understand German?": a language of the chat, asked of the assistant


@pytest.mark.parametrize("question", [
    "Could we write to you in French?",
    "Do you understand German?",
    "Is it fine to put questions to you in English and in Chinese?",
    "我可以用英文提问吗？",
])
def test_which_language_one_may_ask_in_is_asked_of_the_assistant(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert ans.kind == "smalltalk" and not ans.refused and ("Chinese" in ans.answer or "中文" in ans.answer), ans.answer


@pytest.mark.parametrize("question, kind", [
    ("May I ask you questions in Mandarin too?", "self"),
    ("Can you read Japanese as well as English?", "self"),
    # a language the question is about, or a question to be answered in a language, asks the documents
    ("Can you tell me in Chinese what NNMI is?", ""),
    ("Which institutes answer in English?", ""),
])
def test_a_language_of_the_chat_is_read_apart_from_questions_in_it(question, kind):
    from assistant.answering.chat import smalltalk_kind

    assert smalltalk_kind(question) == kind


# ------------- "Hello! I have a meeting in ten minutes. Are you ready?": how much time the asker has is no question


@pytest.mark.parametrize("question", [
    "Hello! I have a meeting in ten minutes. Are you ready?",
    "Hi, ready when you are",
    "Morning - only got three minutes before my next meeting, you ready?",
])
def test_readiness_and_the_time_the_asker_has_are_a_greeting(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert ans.kind == "smalltalk" and not ans.refused, ans.answer


def test_a_question_with_a_number_of_the_documents_is_no_readiness():
    from assistant.answering.chat import chat_kind

    assert chat_kind("Are the five institutes ready?") == ""
    assert chat_kind("Ready?") == ""  # after an answer: whether it is ready, a question about it


@pytest.mark.parametrize("message", [
    # a test of the chat itself, said with "whether" ("if" already read as a function word)
    "sorry, just testing whether this chat works", "only checking whether the bot is working",
    "testing whether you respond", "checking whether this app is up",
])
def test_a_test_of_whether_the_chat_works_is_small_talk(message):
    assert smalltalk_kind(message) or chat_kind(message)


@pytest.mark.parametrize("message", ["testing whether NNMI works", "checking whether the institutes respond"])
def test_whether_a_topic_works_is_no_small_talk(message):
    assert not smalltalk_kind(message) and not chat_kind(message)
