"""What a reader sees for a query: which articles, in what order, what is marked."""

from datetime import date

import pytest

from indexer.engine.results import SearchRequest
from indexer.engine.search import SearchEngine
from indexer.writing.build import build_index
from tests.support import engine_of, titles, write_jsonl

POLITICS = "Собянин встретился с Лукашенко в Минске"
SPUTNIK = "Лукашенко: Москва и Минск замахнулись на 7 млрд долларов товарооборота"
TRADE = "Товарооборот двух стран вырос на треть"
STEEL = "Цены на сталь упали"
TEACHERS = "Учителя стали получать больше"
BRIDGE = "В Санкт-Петербурге открылся новый мост"
ELECTIONS = "Выборы президента прошли спокойно"
DECREE = "Президент подписал указ о выборах"


def search(engine, q: str, **options):
    return engine.search(SearchRequest(q=q, **options))


FINDS = [
    # a query in one form finds articles holding only other forms
    ("Собянину", {POLITICS, SPUTNIK}),
    ("товарооборота", {TRADE, SPUTNIK, POLITICS}),
    ("замахнулись", {SPUTNIK}),
    ("стали", {STEEL, TEACHERS}),  # сталь and стать
    ("Петербург", {BRIDGE}),  # a part of "Санкт-Петербурге"
    ("санкт-петербургом", {BRIDGE}),
    ("covid", {"Вакцина от COVID-19 прошла испытания"}),
    ("ЕС", {"ЕС продлил санкции"}),
    ("ёлка", {"ЕС продлил санкции"}),  # ё = е
    ("елки", {"ЕС продлил санкции"}),
    ("BELGEE", {"Завод BELGEE выпустил новую модель", SPUTNIK}),
]


@pytest.mark.parametrize(("query", "expected"), FINDS)
def test_any_form_finds_every_form(engine, query, expected):
    assert set(titles(engine, query)) == expected


def test_title_matches_rank_above_body_matches(engine):
    found = titles(engine, "выборы")
    assert found[0] == ELECTIONS
    assert set(found) == {ELECTIONS, DECREE}


def test_the_form_typed_ranks_above_other_forms(engine):
    # only the steel article has "сталь" itself in its title and body
    assert titles(engine, "сталь")[0] == STEEL


def test_snippet_marks_the_words_as_written(engine):
    hit = search(engine, "Собянину").hits[0]
    assert hit.title_html == "<mark>Собянин</mark> встретился с Лукашенко в Минске"
    assert "принял <mark>Собянина</mark> во Дворце" in hit.snippet


def test_snippet_marks_part_of_a_hyphenated_word(engine):
    hit = search(engine, "Петербург").hits[0]
    assert "В Санкт-<mark>Петербурге</mark> после ремонта" in hit.snippet
    assert "Жители <mark>Петербурга</mark>" in hit.snippet


def test_long_body_gives_fragments_cut_at_words(engine):
    snippet = search(engine, "собянин путин").hits[0].snippet
    assert snippet.startswith("… ") and "<mark>Путина</mark>" in snippet
    plain = snippet.replace("<mark>", "").replace("</mark>", "")
    assert 150 <= len(plain) <= 330


def test_phrase_keeps_the_order_in_any_form(engine):
    assert titles(engine, '"стали получать"') == [TEACHERS]
    assert titles(engine, '"получать стали"') == []
    assert titles(engine, '"стал получать"') == [TEACHERS]


def test_exact_form_only(engine):
    assert set(titles(engine, "!сталь")) == {STEEL}
    assert set(titles(engine, "!стали")) == {STEEL, TEACHERS}  # "Производители стали"
    assert titles(engine, "!собянина") == [POLITICS]
    assert set(titles(engine, "!собянин")) == {POLITICS, SPUTNIK}


def test_exclusion_or_and_groups(engine):
    assert titles(engine, "выборы -указ") == [ELECTIONS]
    # the teachers' «стали получать» is the verb (text/context.py): not steel
    assert set(titles(engine, "сталь OR мост")) == {STEEL, BRIDGE}
    assert set(titles(engine, "(сталь | мост) -учителя")) == {STEEL, BRIDGE}


def test_prefix(engine):
    assert set(titles(engine, "президен*")) >= {ELECTIONS, DECREE}


def test_field_filters(engine):
    assert set(titles(engine, "title:выборах")) == {ELECTIONS, DECREE}
    assert titles(engine, "body:указ") == [DECREE]
    assert titles(engine, "title:указ выборы source:третий") == [DECREE]
    assert titles(engine, 'выборы rubric:"политика" source:пример') == [ELECTIONS]


def test_no_article_with_every_word_gives_partial_matches(engine):
    page = search(engine, "сталь мост")
    assert page.partial
    assert set(hit.title for hit in page.hits) >= {STEEL, BRIDGE}


def test_only_stop_words_give_a_hint(engine):
    page = search(engine, "и в на")
    assert (page.total, page.hits) == (0, [])
    assert "служебные слова" in page.hint


@pytest.mark.parametrize(
    ("query", "hinted"),
    [('"', True), ("(((", True), ("OR", True), ("-", True), ("\x00", True), ("title:", None),
     ("x" * 10_000, None)],
)  # fmt: skip
def test_malformed_queries_answer_with_nothing_found(engine, query, hinted):
    page = search(engine, query)
    assert (page.total, page.hits) == (0, [])
    if hinted is not None:  # no word left to search: "В запросе нет слов для поиска."
        assert (page.hint is not None) == hinted


def test_suggestions_fix_the_layout_and_spelling(engine):
    assert search(engine, "ghtpbltyn").suggestion == "президент"
    assert search(engine, "президетн").suggestion == "президент"
    assert search(engine, "президент").suggestion is None


def test_facets_count_the_matches(engine):
    page = search(engine, "выборы")
    assert {f.value: f.count for f in page.facets["source"]} == {"Пример": 1, "Третий источник": 1}
    assert {f.value: f.count for f in page.facets["year"]} == {"2018": 2}


def test_filters_narrow_the_matches(engine):
    assert titles(engine, "выборы", sources=("Пример",)) == [ELECTIONS]
    assert set(titles(engine, "президент", years=(2018,))) == {DECREE, ELECTIONS}
    assert titles(engine, "выборы", date_from=date(2018, 3, 1)) == [ELECTIONS]


def test_timeline_counts_per_month(engine):
    bars = search(engine, "выборы").timeline
    assert [(b.period, b.count) for b in bars] == [("2018-02", 1), ("2018-03", 1)]


def test_sort_by_date_newest_first(engine):
    found = search(engine, "товарооборот", sort="date").hits
    assert [hit.date for hit in found] == [
        date(2024, 12, 23),
        date(2024, 12, 23),
        date(2024, 11, 2),
    ]


def test_pages(engine):
    first = titles(engine, "товарооборот", per_page=2)
    second = titles(engine, "товарооборот", per_page=2, page=2)
    assert len(first) == 2 and len(second) == 1 and not set(first) & set(second)


def test_article_view_marks_the_query(engine):
    hit = search(engine, "Собянину").hits[0]
    view = engine.article(hit.id, "Собянину")
    assert view.title_html.startswith("<mark>Собянин</mark>")
    assert any("<mark>Собянина</mark>" in p for p in view.paragraphs_html)
    assert engine.article("0" * 16) is None


def test_similar_articles_share_words(engine):
    hit = search(engine, "выборы президента").hits[0]
    similar = [h.title for h in engine.similar(hit.id)]
    assert similar[0] == DECREE and hit.title not in similar


def test_words_close_together_rank_above_words_far_apart(tmp_path):
    filler = " ".join(["Погода была обычной для этого времени года."] * 30)
    records = [
        {"url": "https://example.ru/far", "title": "Далеко", "text": f"Мост. {filler} Ремонт."},
        {"url": "https://example.ru/near", "title": "Близко", "text": f"Ремонт моста. {filler}"},
    ]
    corpus = write_jsonl(tmp_path / "news.jsonl", records)
    build_index([corpus], tmp_path / "index", progress=False)
    assert titles(SearchEngine(tmp_path / "index"), "мост ремонт") == ["Близко", "Далеко"]


def test_the_snippet_shows_the_paragraph_holding_every_word_typed(tmp_path):
    filler = " ".join(["Погода была обычной для этого времени года."] * 10)
    opening = " ".join(f"Мост номер {n} закрыт, объезд по мосту {n + 1}." for n in range(8))
    text = f"{opening}\n\n{filler}\n\nВ четверг мэр поручил начать ремонт моста на Садовой."
    corpus = write_jsonl(tmp_path / "news.jsonl", [
        {"url": "https://example.ru/1", "title": "Совещание в мэрии", "text": f"{text}\n\n{filler}"}
    ])  # fmt: skip
    build_index([corpus], tmp_path / "index", progress=False)
    hit = search(SearchEngine(tmp_path / "index"), "ремонтом мостов садовая").hits[0]
    assert "<mark>ремонт</mark> <mark>моста</mark> на <mark>Садовой</mark>" in hit.snippet


def test_fragments_never_start_inside_a_word():
    from indexer.engine.highlight import highlighter, snippet
    from indexer.engine.plan import make_plan

    body = "Радикалы собираются заблокировать проведение выборов президента. " + "Текст. " * 60
    fragment = snippet(body, "", highlighter(make_plan("выборы президента").positive_terms))
    assert fragment.startswith("Радикалы собираются заблокировать проведение <mark>выборов</mark>")


def test_postings_cache_stays_within_its_bound(engine, monkeypatch):
    from indexer.engine import postings

    monkeypatch.setattr(postings, "CACHED_POSTINGS", 5)
    monkeypatch.setattr(postings, "POSTINGS_PER_ARTICLE", 0)
    # A fresh cache over the shared engine's files: a second engine left to the collector
    # would close its files at any later moment, with a ResourceWarning in some other test.
    snapshot = engine.current()
    cache = postings.PostingsCache(snapshot.searcher.reader(), ("body",), snapshot.pool.reader)
    for word in ("выборы", "президент", "товарооборот", "сталь", "санкция", "мост"):
        cache.get("body", word)
    assert cache.cached == sum(len(p.ids) for p in cache.cache.values())
    assert cache.cached <= 5 or len(cache.cache) == 1


@pytest.mark.parametrize(
    "least, for_size, limit",
    [(8_000_000, 600_000, 8_000_000), (8_000_000, 18_000_000, 18_000_000),
     (8_000_000, 60_000_000, 40_000_000)],
)  # fmt: skip
def test_a_large_index_gets_larger_caches_up_to_a_ceiling(least, for_size, limit):
    from indexer.engine import postings

    assert postings.cache_limit(least, for_size) == limit


def test_words_at_one_position_still_rank(engine):
    # "санкт-петербург" and "петербург" stand at the same position of the body
    assert titles(engine, "Санкт-Петербург Петербург") == [BRIDGE]


@pytest.mark.parametrize(
    ("query", "sources"),
    [("source:пример", {"Пример"}), ("source:ПРИМЕР", {"Пример"}),
     ('source:"второй источник"', {"Второй источник"}),
     ("source:источник", {"Второй источник", "Третий источник"}),
     ("source:(пример третий)", {"Пример", "Третий источник"}), ("source:прим", set())],
)  # fmt: skip
def test_source_filter_matches_facet_names_by_whole_words(engine, query, sources):
    page = engine.search(SearchRequest(q=query))
    assert {f.value for f in page.facets["source"]} == sources
    assert page.total == sum(f.count for f in page.facets["source"])


def test_excluding_a_source_leaves_the_others(engine):
    page = engine.search(SearchRequest(q="президент -source:пример"))
    assert page.total and "Пример" not in {f.value for f in page.facets["source"]}


def test_url_source_filter_follows_the_same_rule(engine):
    by_url = engine.search(SearchRequest(sources=("пример",)))
    by_query = engine.search(SearchRequest(q="source:Пример"))
    assert by_url.total == by_query.total > 0


def test_an_empty_query_with_a_filter_lists_the_articles_newest_first(engine):
    page = engine.search(SearchRequest(sources=("Пример",)))
    dates = [hit.date for hit in page.hits]
    assert page.total == 5 and dates == sorted(dates, reverse=True)


def test_facets_keep_the_other_values_counts_when_one_is_chosen(engine):
    everything = engine.search(SearchRequest(q="президент"))
    counts = {f.value: f.count for f in everything.facets["source"]}
    chosen = engine.search(SearchRequest(q="президент", sources=("Пример",)))
    assert {f.value: f.count for f in chosen.facets["source"]} == counts
    assert [f.value for f in chosen.facets["source"] if f.active] == ["Пример"]
    both = engine.search(SearchRequest(q="президент", sources=("Пример", "Третий источник")))
    assert both.total == counts["Пример"] + counts["Третий источник"]


def test_suggestions_keep_the_query_syntax(engine):
    assert engine.search(SearchRequest(q="title:выборр")).suggestion == "title:выбор"
    assert engine.search(SearchRequest(q="!президетн")).suggestion == "!президент"


def test_the_query_as_typed_is_kept_when_asked_for(engine):
    page = engine.search(SearchRequest(q="ghtpbltyn", as_typed=True))
    assert (page.total, page.corrected_from, page.suggestion) == (0, None, "президент")


def test_a_prefix_past_the_expansion_cap_says_so(engine, monkeypatch):
    from indexer.engine import plan

    whole = engine.search(SearchRequest(q="с*"))
    monkeypatch.setattr(plan, "MAX_EXPANSION", 3)
    capped = engine.search(SearchRequest(q="с*"))
    assert whole.notice is None and "уточните" in capped.notice and "с*" in capped.notice
    assert capped.total <= whole.total


def test_an_inflected_form_no_article_writes_is_no_typo(engine):
    page = search(engine, "президентами")
    assert (page.total, page.suggestion) == (search(engine, "президент").total, None)


NUMBERED = [
    ("Возвращение в «Формулу-1»", "", "Пилот вернулся в «Формулу-1» после перерыва."),
    ("Календарь «Формулы-1»", "", "Сезон «Формулы-1» начнётся в марте."),
    ("Лайнер Ту-154 списан", "", "Последний Ту-154 авиакомпании совершил рейс."),
]


@pytest.mark.parametrize("query", ["формула-1", "Формулы-1", "формуле-1"])
def test_a_name_with_a_number_is_found_in_any_form(tmp_path, query):
    engine = engine_of(tmp_path, NUMBERED)
    assert set(titles(engine, query)) == {"Возвращение в «Формулу-1»", "Календарь «Формулы-1»"}
    assert titles(engine, "!формулы-1") == ["Календарь «Формулы-1»"]
    assert titles(engine, "ту-154") == ["Лайнер Ту-154 списан"]


# Set with U+2011, the hyphen that does not break a line, and U+2010.
TYPOGRAPHIC = ("В Санкт\u2011Петербурге открылся мост", "", "Мост открыли в Санкт\u2010Петербурге.")


def test_a_word_set_with_a_typographic_hyphen_is_found_and_marked(tmp_path):
    engine = engine_of(tmp_path, [TYPOGRAPHIC])
    (hit,) = search(engine, "санкт-петербург").hits
    assert hit.title_html == "В <mark>Санкт\u2011Петербурге</mark> открылся мост"
    assert "<mark>Санкт\u2010Петербурге</mark>" in hit.snippet
    assert titles(engine, "Санкт\u2011Петербург") == [TYPOGRAPHIC[0]]


# «после» can be read as «посол» in the prepositional case («о после»), and «тем» as the
# genitive plural of «тема», but pymorphy3 gives those readings under 2 % (morph.RARE_READING).
RARE_READINGS = [
    ("Посол Франции вручил верительные грамоты", "", "Церемония прошла в Кремле."),
    ("Матч закончился вничью", "", "После матча тренер тем не менее похвалил команду."),
    ("Темы недели", "", "Редакция выбрала главную тему."),
]


def test_a_word_is_not_found_in_its_unlikely_readings(tmp_path):
    engine = engine_of(tmp_path, RARE_READINGS)
    (hit,) = search(engine, "посол").hits
    assert hit.title_html == "<mark>Посол</mark> Франции вручил верительные грамоты"
    assert titles(engine, "послы") == [RARE_READINGS[0][0]]
    assert titles(engine, "тема") == [RARE_READINGS[2][0]]
    assert titles(engine, "после") == [RARE_READINGS[1][0]]


# «стали» reads as стать far more often than as сталь (morph.WEAK_READING), and nothing beside it
# here tells which: it finds the steel, after the article naming «сталь» plainly once, though it
# says «стали» three times.
WORKS = [
    ("Рабочие завода стали", "", "Рабочие завода стали. Заводы стали."),
    ("Завод выпускает сталь", "", "Завод выпускает сталь."),
]


def test_a_weak_reading_finds_the_word_after_its_plain_forms(tmp_path):
    engine = engine_of(tmp_path, WORKS)
    assert titles(engine, "сталью") == [WORKS[1][0], WORKS[0][0]]
    assert titles(engine, "стать") == [WORKS[0][0]]
    assert titles(engine, '"завода сталь"') == [WORKS[0][0]]
    hit = search(engine, "сталью").hits[1]
    assert hit.title_html == "Рабочие завода <mark>стали</mark>"


# «текущий» is an adjective of its own, so its reading as течь's participle is weak: the text
# saying «течёт» once comes before the one saying «текущий» twice.
FLOWING = [
    ("Итоги", "", "Текущий год и текущий момент."),
    ("Река", "", "Вода течёт."),
]


def test_a_lexicalised_participle_finds_its_verb_after_the_verbs_forms(tmp_path):
    engine = engine_of(tmp_path, FLOWING)
    assert titles(engine, "течь") == [FLOWING[1][0], FLOWING[0][0]]
    assert titles(engine, "текущий") == [FLOWING[0][0]]
    assert titles(engine, "!течёт") == [FLOWING[1][0]]


# Words typed or pasted with look-alike letters of the other alphabet (morph.fold_word).
MIXED = [
    ("Заседание в cенате", "", "В cенате США обсудили бюджет."),  # Latin c
    ("Крушение Ту-154", "", "Самолёт Ту-154 разбился над морем."),
    ("Репортаж из Вашингтона", "", "Канал \u0441nn показал репортаж."),  # a Cyrillic с
]


def test_a_word_with_letters_of_the_other_alphabet_is_the_word(tmp_path):
    engine = engine_of(tmp_path, MIXED)
    assert titles(engine, "сенат") == [MIXED[0][0]]
    hit = search(engine, "сенат").hits[0]
    assert "В <mark>cенате</mark> США" in hit.snippet  # marked as written, with its Latin c
    assert titles(engine, "cnn") == [MIXED[2][0]]
    assert "Канал <mark>\u0441nn</mark> показал" in search(engine, "cnn").hits[0].snippet
    assert titles(engine, "Tу-154") == [MIXED[1][0]]  # a Latin T
    assert titles(engine, "ту-154") == [MIXED[1][0]]


# «три», «почти» and «мой» read as commands too (тереть, почтить, мыть), and «им» as «им.» for
# «имени», each as likely or less than the word they are (morph.MARKED): not matched so.
COMMANDS = [
    ("Три года спустя", "", "Прошло почти три года, и мой друг вернулся к ним, мы писали им."),
    ("Как тереть морковь", "", "Морковь трут на крупной тёрке."),
    ("Ветераны почтили память павших", "", "Память героев почтят минутой молчания."),
]


def test_a_word_is_not_found_as_a_command_it_only_reads_as(tmp_path):
    engine = engine_of(tmp_path, COMMANDS)
    assert titles(engine, "тереть") == [COMMANDS[1][0]]
    assert titles(engine, "почтить") == [COMMANDS[2][0]]
    assert titles(engine, "мыть") == []
    assert titles(engine, "имя") == []
    assert titles(engine, "три") == [COMMANDS[0][0]]
    (hit,) = search(engine, "почтили").hits
    assert "<mark>почти</mark>" not in hit.snippet


# «уже» reads as «уж» (a grass snake) and as the comparative of «узкий», «просто» (just) as
# «простой» (morph.NOT_FUNCTION).
FUNCTION_WORDS = [
    ("Выборы уже прошли", "", "Итоги уже подведены, это просто формальность."),
    ("Решение принял узкий круг лиц", "", "Круг узок, решение простое."),
]


def test_a_function_word_is_not_found_as_a_noun_or_comparative(tmp_path):
    engine = engine_of(tmp_path, FUNCTION_WORDS)
    assert titles(engine, "узкий") == [FUNCTION_WORDS[1][0]]
    assert titles(engine, "ужи") == []
    assert titles(engine, "простой") == [FUNCTION_WORDS[1][0]]
