"""Ranking: BM25F over fields, cover density, quorum fill and near-duplicate collapse.

Pure parts on tables; the order of real results on a small index of made-up news.
"""

from datetime import datetime, timedelta

import numpy as np
import pytest

from indexer import SearchEngine, SearchRequest
from indexer.engine import collapse, cover, headline, quorum, ranking
from indexer.engine.postings import Postings
from tests.support import engine_of, titles

# (positions of each word, the lengths of the minimal covers)
COVERS = [
    ([[1, 10], [2, 20]], [2, 9, 11]),
    ([[5], [5]], [1]),  # two readings at one position
    ([[1, 3, 9], [2, 8], [4]], [3, 6, 6]),
    ([[1], [100]], [100]),
]


@pytest.mark.parametrize(("lists", "lengths"), COVERS)
def test_minimal_covers(lists, lengths):
    assert cover.covers(lists) == lengths


def test_density_rewards_more_and_shorter_covers():
    assert cover.density([2], 2) == 1.0
    assert cover.density([2, 2], 2) == 2.0
    # Nine other words in the cover: the bonus of words side by side over 1 + 9 / DECAY.
    assert cover.density([11], 2) == pytest.approx(1 / (1 + 9 / cover.DECAY))
    assert cover.density([11], 2) < cover.density([5], 2) < cover.density([2], 2)
    assert cover.density([2] * 10, 2) == cover.COVER_CAP


SKETCHES = [
    ("Путин встретился с Эрдоганом в Сочи", "Путин встретился с Эрдоганом в Сочи.", True),
    ("Путин встретился с Эрдоганом в Сочи", "Курс рубля упал на торгах биржи.", False),
    # One template, two reports: the numbers tell them apart.
    ("За сутки в области произошло 12 пожаров", "За сутки в области произошло 7 пожаров", False),
]


@pytest.mark.parametrize(("first", "second", "same"), SKETCHES)
def test_same_story(first, second, same):
    a = collapse.sketch({"title": first, "body": first + " Подробности позже."})
    b = collapse.sketch({"title": second, "body": second + " Подробности позже."})
    assert collapse.same_story(a, b) is same


@pytest.mark.parametrize(("days", "same"), [(3, True), (7, True), (8, False), (365, False)])
def test_a_story_printed_again_within_a_week_is_one_story(days, same):
    first = {"title": "Горячий старт", "body": "Сезон открыли гонкой на льду озера."}
    again = {**first, "date": datetime(2018, 2, 1) + timedelta(days=days)}
    first["date"] = datetime(2018, 2, 1)
    assert collapse.same_story(collapse.sketch(first), collapse.sketch(again)) is same


def words(*letters: str) -> collapse.Sketch:
    return collapse.Sketch(frozenset(letters), frozenset(), 0)


def test_collapse_keeps_the_first_copy_and_counts_the_rest():
    story, other = words("а", "б", "в", "г", "д"), words("е", "ж", "з", "и", "к")
    sketches = {7: story, 3: other, 9: story, 4: story, 5: other, 8: words("л")}
    read = []
    order = np.array([7, 3, 9, 4, 5, 8, 6])
    kept, copies = collapse.collapse(order, lambda d: read.append(d) or sketches[d], 3)
    assert kept == [7, 3, 8]
    assert copies == {7: 2, 3: 1}
    assert read == [7, 3, 9, 4, 5, 8]  # none past the third story


NEWS = [
    # The topic in the lead and body, words side by side: the best answer.
    (
        "Пенсионная реформа: что изменится",
        "Пенсионная реформа повысит возраст выхода на пенсию.",
        "Пенсионная реформа обсуждается давно. Правительство внесло пенсионную реформу в Думу.",
    ),
    # Both words, far apart, in passing.
    (
        "Новости дня",
        "Коротко о главном.",
        "Реформа образования продолжится. " + "Разное. " * 60 + "Пенсионная выплата выросла.",
    ),
    # A title with both words, about something else, a short body.
    ("Реформа пенсионная", "", "Заметка."),
    # The topic throughout the lead and body, one of the words in the title.
    (
        "Что ждёт пенсионеров после реформы",
        "Пенсионная реформа изменит возраст выхода на пенсию.",
        "Пенсионная реформа начнётся в январе. Пенсионную реформу поддержали в Думе. "
        "Пенсионная реформа затронет миллионы людей.",
    ),
    # Multi-reading word: «стали» is стать and сталь.
    (
        "Цены на сталь выросли",
        "Металлурги сообщили о росте цен.",
        "Сталь подорожала. Сталь нужна заводам. Производство стали выросло.",
    ),
    ("Они стали чемпионами", "Футболисты стали лучшими.", "Игроки стали героями вечера."),
    # The same story twice, a word changed: one place in the list.
    (
        "Курс рубля упал на торгах",
        "Рубль подешевел к доллару и евро на Московской бирже.",
        "Курс рубля снизился на открытии торгов вторника, сообщает биржа.",
    ),
    (
        "Курс рубля упал на торгах биржи",
        "Рубль подешевел к доллару и евро на Московской бирже.",
        "Курс рубля снизился на открытии торгов вторника, сообщает биржа.",
    ),
]


@pytest.fixture(scope="module")
def news_engine(tmp_path_factory) -> SearchEngine:
    return engine_of(tmp_path_factory.mktemp("ranking"), NEWS)


def test_cover_density_lifts_the_article_about_the_topic(news_engine, monkeypatch):
    # Covers alone: no floor for the title holding both words over a one-word body.
    monkeypatch.setattr(cover, "TITLE_FLOOR", 0)
    monkeypatch.setattr(cover, "ENABLED", False)
    before = titles(news_engine, "пенсионная реформа")
    assert before.index("Реформа пенсионная") < before.index("Что ждёт пенсионеров после реформы")
    monkeypatch.setattr(cover, "ENABLED", True)
    assert titles(news_engine, "пенсионная реформа") == [
        "Пенсионная реформа: что изменится",
        "Что ждёт пенсионеров после реформы",
        "Реформа пенсионная",
        "Новости дня",
    ]


def test_articles_missing_one_word_follow_those_with_every_word(news_engine, monkeypatch):
    monkeypatch.setattr(quorum, "ENABLED", True)
    hits = news_engine.search(SearchRequest(q="пенсионная реформа образования")).hits
    assert [(h.title, h.missing) for h in hits] == [
        ("Новости дня", ""),
        ("Пенсионная реформа: что изменится", "образования"),
        # Neither title holds every word, so each counts half (ranking.TITLE_PARTIAL): the
        # article about the reform comes before the note titled with two of the words.
        ("Что ждёт пенсионеров после реформы", "образования"),
        ("Реформа пенсионная", "образования"),
    ]


def test_two_words_go_on_with_the_articles_holding_one(news_engine, monkeypatch):
    monkeypatch.setattr(quorum, "ENABLED", True)
    hits = news_engine.search(SearchRequest(q="реформа образования")).hits
    assert (hits[0].title, hits[0].missing) == ("Новости дня", "")
    assert {(h.title, h.missing) for h in hits[1:]} == {
        ("Пенсионная реформа: что изменится", "образования"),
        ("Реформа пенсионная", "образования"),
        ("Что ждёт пенсионеров после реформы", "образования"),
    }


def test_partial_matches_holding_more_words_come_first(news_engine, monkeypatch):
    query = "пенсионная реформа образования ураганы"  # no article has every word
    monkeypatch.setattr(quorum, "HELD_WEIGHT", 0.0)
    assert titles(news_engine, query)[0] == "Пенсионная реформа: что изменится"
    monkeypatch.undo()
    page = news_engine.search(SearchRequest(q=query))
    assert page.partial
    assert [h.title for h in page.hits][0] == "Новости дня"


def test_without_quorum_fill_only_articles_with_every_word(news_engine, monkeypatch):
    monkeypatch.setattr(quorum, "ENABLED", False)
    assert titles(news_engine, "пенсионная реформа образования") == ["Новости дня"]


def test_a_near_copy_is_collapsed_into_the_first(news_engine):
    hits = news_engine.search(SearchRequest(q="курс рубля")).hits
    assert len(hits) == 1
    assert hits[0].title.startswith("Курс рубля упал на торгах")
    assert hits[0].copies == 1


def test_the_copies_are_listed_when_asked_for(news_engine, monkeypatch):
    asked = news_engine.search(SearchRequest(q="курс рубля", copies=True)).hits
    both = ["Курс рубля упал на торгах", "Курс рубля упал на торгах биржи"]
    assert sorted(h.title for h in asked) == both
    assert [h.copies for h in asked] == [0, 0]
    monkeypatch.setattr(collapse, "ENABLED", False)
    assert len(news_engine.search(SearchRequest(q="курс рубля")).hits) == 2


class FakePostings:
    """Postings of a few terms over five documents, for reading_tfs."""

    size = 5

    def __init__(self, terms: dict[str, dict[int, float]]):
        self.terms = terms

    def get(self, field, term):
        found = self.terms.get(term, {})
        return Postings(np.array(list(found), np.int32), np.array(list(found.values()), np.float32))


def test_a_word_with_two_readings_counts_once_per_position():
    # «стали»: стать and сталь at the same positions of document 1; сталь alone in 2.
    postings = FakePostings({"стать": {1: 3.0}, "сталь": {1: 3.0, 2: 2.0}, "!стали": {1: 3.0}})
    terms = [("стать", 1.0, True), ("сталь", 1.0, True), ("!стали", 0.2, False)]
    tfs = ranking.reading_tfs(postings, "body", terms, once=True)
    assert tfs.tolist() == pytest.approx([0.0, 3.6, 2.0, 0.0, 0.0])
    assert ranking.reading_tfs(postings, "body", terms, once=False)[1] == pytest.approx(6.6)


FILLER = " ".join(["Погода была тёплой, жители гуляли по набережной."] * 6)
SENTENCES = [
    # The words far apart, twice each: more mentions, no sentence about them.
    (
        "Новости района",
        "",
        f"Ремонт начался. {FILLER} Мост старый. {FILLER} Дорогу закрыли. {FILLER} "
        f"Ремонт продолжится. {FILLER} Мост покрасят. {FILLER} Проезд закрыли. "
        f"Ремонт затянется. {FILLER} Мост узкий. {FILLER} Въезд закрыли.",
    ),
    # The words once each, in one sentence.
    (
        "Новости города",
        "",
        f"{FILLER} {FILLER} На мосту начался ремонт, проезд закрыли на месяц. {FILLER} {FILLER}",
    ),
    # The title as a reader types it, and the same words in other forms.
    ("Выборы в Думу", "", "Текст заметки."),
    ("Выборы в Думе", "", "Текст заметки."),
    ("Прогноз погоды", "", "Завтра дождь."),
    # One word: named once in a note, and throughout a long article about it.
    ("Коротко", "", "Энергетика региона."),
    ("Обзор отрасли", "", " ".join(f"Энергетика страны меняется. {FILLER}" for _ in range(3))),
]


@pytest.fixture(scope="module")
def sentence_engine(tmp_path_factory) -> SearchEngine:
    return engine_of(tmp_path_factory.mktemp("sentences"), SENTENCES)


def test_the_words_of_one_sentence_outrank_more_mentions_far_apart(sentence_engine, monkeypatch):
    query = "ремонт моста закрыли"
    monkeypatch.setattr(cover, "BOOST", 1.0)
    monkeypatch.setattr(cover, "DECAY", 1.0)
    assert titles(sentence_engine, query) == ["Новости района", "Новости города"]
    monkeypatch.undo()
    assert titles(sentence_engine, query) == ["Новости города", "Новости района"]


def test_a_title_in_the_words_as_typed_comes_first(sentence_engine, monkeypatch):
    # The two differ only by the title's form: near-copies, listed both when asked for.
    assert titles(sentence_engine, "выборы в думе") == ["Выборы в Думе"]
    both = {"copies": True}
    assert titles(sentence_engine, "выборы в думе", **both) == ["Выборы в Думе", "Выборы в Думу"]
    assert titles(sentence_engine, "выборы в думу", **both) == ["Выборы в Думу", "Выборы в Думе"]


def test_one_word_ranks_the_article_about_it_above_a_passing_mention(sentence_engine, monkeypatch):
    assert titles(sentence_engine, "энергетика") == ["Обзор отрасли", "Коротко"]
    monkeypatch.setattr(ranking, "ALONE_B", ranking.FIELD_B)
    monkeypatch.setattr(ranking, "ALONE_K1", ranking.FIELD_K1)
    assert titles(sentence_engine, "энергетика") == ["Коротко", "Обзор отрасли"]


def test_a_title_with_every_word_keeps_its_place_over_a_text_repeating_them(
    tmp_path_factory, monkeypatch
):
    """The known item «Условный противник уничтожен» for "условного противника": its text
    never names the words together, another article's lead and body do, twice."""
    engine = engine_of(tmp_path_factory.mktemp("titled"), TITLED)
    query = "условного противника"
    assert titles(engine, query) == ["Условный противник уничтожен", "Итоги учений"]
    monkeypatch.setattr(headline, "ORDER", 0.0)  # the floor alone keeps it
    monkeypatch.setattr(headline, "SHORTEST", 0.0)  # (nor a recalled headline's share)
    assert titles(engine, query)[0] == "Условный противник уничтожен"
    # Neither the floor nor the title's word order (headline.py): the text's covers win.
    monkeypatch.setattr(cover, "TITLE_FLOOR", 0)
    assert titles(engine, query) == ["Итоги учений", "Условный противник уничтожен"]


TITLED = [
    (
        "Условный противник уничтожен",
        "Учения завершились на полигоне под Псковом.",
        "Артиллерия отработала удары по колонне. Десантники заняли высоту, сообщил штаб.",
    ),
    (
        "Итоги учений",
        "Условного противника окружили у реки.",
        "Условный противник отступил. Штаб доложил, что условный противник разбит.",
    ),
    ("Погода на выходные", "Синоптики обещают дожди.", "В субботу похолодает, потом потеплеет."),
]


@pytest.mark.parametrize(
    ("lengths", "floored"),
    [
        ([], [2]),  # the text lacks a word: one cover of the words side by side
        ([30], [2]),  # one long cover counts less than one of the words side by side
        ([2], [2]),
        ([5, 9], [2]),  # two covers of a long sentence: 0.5 + 0.3
        ([2, 5], [2, 5]),  # more than the floor: the covers themselves
    ],
)
def test_the_floor_of_a_text_under_a_title_holding_every_word(lengths, floored):
    assert cover.with_floor(lengths, 2) == floored


# (each word's positions in the body, the share of the bonus with EARLY 100)
EARLY_SHARES = [
    ([[0], [1]], 0.99),  # both words opening the body: all but a hundredth
    ([[0, 400], [50]], 0.5),  # the last word first named halfway to EARLY
    ([[3], [100]], 0.0),  # at EARLY: nothing
    ([[3], []], 0.0),  # a word the body lacks
]


@pytest.mark.parametrize(("positions", "share"), EARLY_SHARES)
def test_the_early_bonus_falls_with_how_far_in_the_last_word_is_first_named(
    positions, share, monkeypatch
):
    monkeypatch.setattr(cover, "EARLY", 100)
    bonus = cover.early_bonus([np.array(p) for p in positions])
    assert bonus == pytest.approx(share * cover.BOOST * cover.EARLY_WEIGHT)


OPENING = " ".join(["Жители обсуждали новости за чаем."] * 30)
OPENED = [
    # The words in the opening sentence: what the article is about.
    ("Новости области", "", f"Мост через реку закрыли на ремонт. {OPENING}"),
    # The same sentence after a long opening about something else.
    ("Новости края", "", f"{OPENING} Мост через реку закрыли на ремонт."),
]


def test_a_body_naming_the_words_first_comes_before_one_naming_them_late(
    tmp_path_factory, monkeypatch
):
    engine = engine_of(tmp_path_factory.mktemp("opened"), list(reversed(OPENED)))
    assert titles(engine, "мост ремонт") == ["Новости области", "Новости края"]
    monkeypatch.setattr(cover, "EARLY", 0)
    first, second = engine.search(SearchRequest(q="мост ремонт")).hits
    assert first.score == second.score  # nothing else tells them apart


FIGURES = [
    # The word in the title only, as a figure of speech.
    (
        "Философия европейского подхода",
        "",
        f"Нидерланды затягивают евроинтеграцию Украины. {FILLER}",
    ),
    # The word only in the text, twice: the article is about it.
    (
        "Новые книги месяца",
        "",
        " ".join(f"Философия стоиков снова в моде. {FILLER}" for _ in range(2)),
    ),
    ("Прогноз погоды", "", "Завтра дождь."),
]


THROUGHOUT = [
    # One word: in the title and once in the text.
    (
        "Энергетика и климат",
        "",
        f"Энергетика региона выросла. {FILLER} Зима была тёплой. {FILLER}",
    ),
    # The same word throughout a long text, never in its title.
    (
        "Итоги года в регионе",
        "",
        " ".join(f"Энергетика региона меняется. {FILLER}" for _ in range(8)),
    ),
    ("Прогноз погоды", "", "Завтра дождь."),
]


COPIED = [
    # The words in other forms in one sentence, the title naming two of them.
    (
        "Предвыборные обещания министров",
        "",
        f"{FILLER} Министр пообещал в разговоре о предвыборной кампании поддержку. {FILLER}",
    ),
    # The words as a reader copies them from one paragraph, a few sentences apart.
    (
        "Итоги недели",
        "",
        f"{FILLER} После разговора с журналистами участники встречи вышли на площадь. "
        "Представители предвыборных штабов долго совещались у здания администрации. "
        f"Они пообещали министру поддержку. {FILLER}",
    ),
    ("Прогноз погоды", "", "Завтра дождь."),
]


RECALLED = [
    # Two of the words in the title, each word in the text many times, far apart.
    (
        "Ремонт старого моста",
        "",
        " ".join(
            f"Ремонт идёт. {FILLER} Мост старый. {FILLER} Дорога закрыта. {FILLER}"
            for _ in range(2)
        ),  # fmt: skip
    ),
    # The words once each, in other forms than typed, within a few sentences of one paragraph.
    (
        "Итоги недели",
        "",
        f"{FILLER} На прошлой неделе в городе начался ремонт набережной. Жители давно просили "
        "об этом администрацию, и работы идут по плану, хотя подрядчик задержал поставку "
        "материалов. Старый мост через реку тоже закроют: объезд пройдёт по новой дороге "
        f"вдоль парка. {FILLER}",
    ),
    ("Прогноз погоды", "", "Завтра дождь."),
]


PARAGRAPHED = [
    # The words close together twice, each time across a paragraph break.
    (
        "Новости района",
        "",
        f"{FILLER} Во вторник начался ремонт.\nСтарый мост закроют, объезд по новой дороге.\n"
        f"{FILLER}\nРемонт продлится месяц.\nМост откроют, дорогу расширят.\n{FILLER}",
    ),
    # The words once each, in other forms than typed, within a few sentences of one paragraph.
    RECALLED[1],
    ("Прогноз погоды", "", "Завтра дождь."),
]


PARTIAL = [
    # A title holding one of the two words, the other once in the text.
    ("Победа сборной в финале кубка", "", f"{FILLER} Весь день шёл дождь. {FILLER}"),
    # Both words throughout the text, never in its title.
    (
        "Ветераны на встрече со школьниками",
        "",
        " ".join(
            f"Ветераны вспоминали победы фронта. {FILLER} Встреча длилась весь день. {FILLER}"
            for _ in range(2)
        ),
    ),
    # Enough other articles for the words to weigh as in a real index (idf).
    *((f"Прогноз погоды на {day} число", "", "Завтра дождь.") for day in range(1, 41)),
]


# (field, each word's positions, where the body's paragraphs begin, a passage?)
PASSAGES = [
    ("body", [[10], [50], [89]], [], True),  # 80 words
    ("body", [[10], [50], [90]], [], False),  # 81 words
    ("body", [[10], [20], [30]], [25], False),  # across a paragraph break
    ("body", [[10, 60], [20, 70], [30, 80]], [25, 50], True),  # the second paragraph's
    ("lead", [[10], [20], [30]], [25], True),  # a lead is one passage
    ("title", [[0], [3], [5]], [], True),
    ("body", [[10], [20], []], [], False),  # a word lacks
]


@pytest.mark.parametrize(("field", "positions", "starts", "near"), PASSAGES)
def test_a_passage_holds_every_word_within_the_span_in_one_paragraph(
    field, positions, starts, near
):
    lists = {field: [positions, [[1], [2], [3]]]}  # the second document is a passage
    found = {field: cover.field_covers(lists[field])}
    docnums = np.array([7, 8])
    paragraphs = {7: starts, 8: []}.__getitem__
    assert cover.near_bonus(found, lists, docnums, paragraphs).tolist() == [
        cover.BOOST * cover.NEAR * near,
        cover.BOOST * cover.NEAR,
    ]


@pytest.mark.parametrize(
    ("articles", "query", "switch", "first"),
    [
        (FIGURES, "философия", (ranking, "TITLE_UNTOLD", 1.0), "Новые книги месяца"),
        (THROUGHOUT, "энергетика", (ranking, "ALONE_TITLE", 1.0), "Итоги года в регионе"),
        (COPIED, "разговора предвыборных пообещали министру", (cover, "TEXT_TYPED", 0.0),
         "Итоги недели"),
        (RECALLED, "ремонтом мостов дороги", (cover, "NEAR", 0.0), "Итоги недели"),
        (PARAGRAPHED, "ремонтом мостов дороги", (cover, "ONE_PARAGRAPH", False),
         "Итоги недели"),
        (PARTIAL, "день победы", (ranking, "TITLE_PARTIAL", 1.0),
         "Ветераны на встрече со школьниками"),
    ],
    ids=["title-a-figure-of-speech", "one-word-throughout-the-text",
         "words-copied-from-a-paragraph", "words-recalled-from-a-paragraph-in-other-forms",
         "words-recalled-from-one-paragraph-not-two",
         "a-title-holding-one-of-the-words"],
)  # fmt: skip
def test_the_article_about_the_query_comes_first_and_would_not_without_the_signal(
    tmp_path_factory, monkeypatch, articles, query, switch, first
):
    engine = engine_of(tmp_path_factory.mktemp("signal"), articles)
    found = titles(engine, query)
    assert len(found) == 2 and found[0] == first
    monkeypatch.setattr(*switch)
    assert titles(engine, query) == found[::-1]


def test_the_pages_count_a_story_once_when_every_match_was_ranked(news_engine):
    page = news_engine.search(SearchRequest(q="курс рубля", per_page=1))
    assert (page.total, page.pages, page.collapsed) == (2, 1, 1)
    assert news_engine.search(SearchRequest(q="курс рубля", per_page=1, copies=True)).pages == 2


def rouble_story_engine(folder, copies: int):
    """One story printed `copies` times with its title reworded, two other articles with
    every word of «курс рубля», and one missing «курс»."""
    endings = ["", " биржи", " утром", " снова", " во вторник", " в Москве"][:copies]
    story = [
        (f"Курс рубля упал на торгах{end}", "Рубль подешевел к доллару.", "Курс рубля снизился.")
        for end in endings
    ]
    others = [
        ("Валюты", "Обзор рынка.", "Курс рубля обсуждали экономисты на форуме в Москве."),
        ("Прогноз", "Аналитики о валюте.", "Курс рубля может вырасти весной, считают в банках."),
    ]
    return engine_of(folder, [*story, *others, ("Рубль", "Новости.", "Рубль укрепился.")])


def test_copies_leave_no_place_to_an_article_missing_a_word(tmp_path):
    engine = rouble_story_engine(tmp_path, copies=6)
    hits = engine.search(SearchRequest(q="курс рубля", per_page=3)).hits
    assert {h.title for h in hits[1:]} == {"Валюты", "Прогноз"}
    assert hits[0].copies == 5 and not any(h.missing for h in hits)


def test_the_pages_past_the_collapsed_head_neither_repeat_nor_skip(tmp_path, monkeypatch):
    # Copies are looked for among the first DEEPEST matches (100; 3 here, to keep the index
    # small): the matches past them follow as ranked, page after page.
    monkeypatch.setattr(collapse, "DEEPEST", 3)
    engine = rouble_story_engine(tmp_path, copies=5)
    one_page = engine.search(SearchRequest(q="курс рубля", per_page=10)).hits
    paged = [
        hit
        for number in (1, 2, 3, 4)
        for hit in engine.search(SearchRequest(q="курс рубля", per_page=2, page=number)).hits
    ]
    assert [h.id for h in paged] == [h.id for h in one_page]
    assert len({h.id for h in paged}) == len(paged) == 6
    assert one_page[0].copies == 2 and one_page[0].title.startswith("Курс рубля")
    assert [h.title for h in one_page[-1:]] == ["Рубль"] and one_page[-1].missing
    assert not any(h.missing for h in one_page[:-1])
