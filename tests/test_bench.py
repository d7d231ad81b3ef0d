"""The pure logic of bench/: metrics, query sets, rewriting, tables. No corpus build here."""

import gzip
import json
import math
from datetime import date

import pytest

from bench import metrics, queries, report
from bench.corpus import TOUCH_MARK, sample, touch_articles, write_jsonl
from bench.engines import body_only
from bench.load import search_path
from bench.speed import by_kind
from indexer.article import Article, article_id
from indexer.sources import read_articles

TITLES = [
    "Путин провёл переговоры с президентом Турции в Сочи",
    "Выборы в Государственную думу прошли спокойно",
    "Центробанк снизил ключевую ставку до семи процентов",
    "Сборная России вышла в финал чемпионата мира по хоккею",
    "Учёные нашли новый способ очистки воды от пластика",
    "В Москве открылась выставка современного искусства",
    "Правительство утвердило бюджет на следующий год",
    "Министр обороны посетил военный завод на Урале",
]


def article(n: int, title: str, keywords=()) -> Article:
    url = f"https://example.ru/news/{n}"
    return Article(
        id=article_id(url, "", ""),
        title=title,
        body=f"Текст статьи номер {n}. {title}.",
        url=url,
        date=date(2020, 1, 1 + n % 28),
        keywords=tuple(keywords),
    )


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return [article(n, title) for n, title in enumerate(TITLES * 3)]


# (ranked ids, the right answer, reciprocal rank at 10)
RANKS = [
    (["a", "b", "c"], "a", 1.0),
    (["a", "b", "c"], "c", 1 / 3),
    (["a", "b", "c"], "z", 0.0),
    ([str(i) for i in range(20)], "10", 0.0),  # rank 11: outside the top 10
    ([str(i) for i in range(20)], "9", 0.1),
    ([], "a", 0.0),
]


@pytest.mark.parametrize(("ranked", "wanted", "expected"), RANKS)
def test_reciprocal_rank(ranked, wanted, expected):
    assert metrics.reciprocal_rank(ranked, wanted) == pytest.approx(expected)


# (ranked ids, relevant ids, P@10, Recall@10)
SETS = [
    (["a", "b", "c"], {"a", "c"}, 0.2, 1.0),
    (["x", "y"], {"a"}, 0.0, 0.0),
    ([str(i) for i in range(12)], {"0", "1", "11"}, 0.2, 2 / 3),
    (list("abcdefghij"), set("abcdefghij"), 1.0, 1.0),
]


@pytest.mark.parametrize(("ranked", "relevant", "p10", "r10"), SETS)
def test_precision_and_recall(ranked, relevant, p10, r10):
    assert metrics.precision(ranked, relevant) == pytest.approx(p10)
    assert metrics.recall(ranked, relevant) == pytest.approx(r10)


def test_ndcg_is_one_for_an_ideal_order_and_discounts_by_rank():
    assert metrics.ndcg(["a", "b", "x"], {"a", "b"}) == pytest.approx(1.0)
    # one relevant article at rank 2 of 1 possible: (1/log2 3) / 1
    assert metrics.ndcg(["x", "a"], {"a"}) == pytest.approx(1 / math.log2(3))
    # two relevant, found at ranks 1 and 3
    ideal = 1 + 1 / math.log2(3)
    assert metrics.ndcg(["a", "x", "b"], {"a", "b"}) == pytest.approx((1 + 0.5) / ideal)
    assert metrics.ndcg(["x"], {"a"}) == 0.0
    assert metrics.ndcg([], set()) == 0.0


def test_ndcg_ideal_counts_at_most_ten_relevant():
    ranked = [str(i) for i in range(10)]
    assert metrics.ndcg(ranked, {str(i) for i in range(50)}) == pytest.approx(1.0)


def test_percentiles_and_mean():
    values = list(range(1, 101))
    assert metrics.percentile(values, 50) == pytest.approx(50.5)
    assert metrics.percentile(values, 95) == pytest.approx(95.05)
    assert metrics.percentile([7.0], 99) == 7.0
    assert metrics.percentile([], 50) == 0.0
    assert metrics.latency_summary([1.0, 3.0])["mean"] == 2.0


OTHER_FORMS = [
    ("выборы", "выборах"),
    ("москве", "москва"),
    ("путин", "путина"),
    ("государственную", "государственный"),
]


@pytest.mark.parametrize(("word", "form"), OTHER_FORMS)
def test_other_forms_of_a_word(word, form):
    forms = queries.other_forms(word)
    assert form in forms
    assert word not in forms
    assert all("ё" not in f for f in forms)


def test_other_forms_keep_a_nouns_gender_and_skip_odd_forms():
    assert "путиной" not in queries.other_forms("путин")
    assert not any(f.startswith("мирнейш") for f in queries.other_forms("мирный"))
    assert queries.other_forms("сша") == []  # indeclinable


def test_other_forms_are_of_the_word_the_index_reads_not_a_homograph():
    # «нашли» is the past of найти and the imperative of наслать, equally likely to pymorphy3
    assert "нашел" in queries.other_forms("нашли")
    assert "наслало" not in queries.other_forms("нашли")
    assert "пойдет" in queries.other_forms("пошли")


def test_title_words_are_plain_cyrillic_words():
    assert queries.title_words("Санкт-Петербург: COVID-19 и «Ёлки» в Москве") == [
        "и",
        "елки",
        "в",
        "москве",
    ]


def test_speed_queries_are_deterministic_and_of_every_kind(articles):
    first = queries.speed_queries(articles)
    assert first == queries.speed_queries(articles)
    assert len(first) == sum(queries.SPEED_MIX.values())
    kinds = {q["kind"] for q in first}
    assert kinds == set(queries.SPEED_MIX)
    assert all(q["sort"] == "date" for q in first if q["kind"] == "date")
    assert all(q["q"].startswith("title:") for q in first if q["kind"] == "title")
    assert all(q["q"].startswith('"') for q in first if q["kind"] == "phrase")
    assert first != queries.speed_queries(articles, seed=7)


def test_speed_queries_give_up_on_a_corpus_without_words():
    assert queries.speed_queries([article(1, "2024")], mix={"2w": 3}) == []


def test_known_items_are_deterministic_and_inflected(articles):
    unique = articles[: len(TITLES)]
    items = queries.known_items(unique, 5)
    assert items == queries.known_items(unique, 5)
    assert len(items) == 5
    for item in items:
        control, inflected = item["control"].split(), item["inflected"].split()
        assert 2 <= len(control) == len(inflected) <= 4
        assert all(c != i for c, i in zip(control, inflected, strict=True))


def test_known_items_skip_titles_shared_by_two_articles(articles):
    assert queries.known_items(articles, 5) == []  # every title is there three times


def test_tag_queries_keep_tags_of_five_to_two_hundred_articles():
    tagged = [article(n, "x", ["нефть"] if n < 5 else ["газ"]) for n in range(9)]
    tagged += [article(100 + n, "y", ["с-400 (тест)"]) for n in range(6)]
    found = queries.tag_queries(tagged, 10)
    assert [t["tag"] for t in found] == ["нефть", "с-400 (тест)"]
    assert found[0]["relevant"] == [a.id for a in tagged[:5]]
    assert found[1]["q"] == "с-400 тест"


def test_load_or_make_saves_once_then_loads(tmp_path):
    made = queries.load_or_make("x", lambda: [{"q": "выборы"}], tmp_path)
    again = queries.load_or_make("x", lambda: [{"q": "other"}], tmp_path)
    assert made == again == [{"q": "выборы"}]


def test_body_only_puts_each_word_in_the_lead_or_the_body():
    assert body_only("выборы думы") == "(lead:выборы | body:выборы) (lead:думы | body:думы)"


def test_search_path_escapes_the_query_and_adds_a_date_sort():
    assert search_path({"q": 'title:"a b"', "sort": "relevance"}) == (
        "/api/search?q=title%3A%22a+b%22"
    )
    assert search_path({"q": "x", "sort": "date"}).endswith("&sort=date")


def test_ratio_and_numbers_for_tables():
    assert report.ratio(10, 100) == "0.10×"
    assert report.ratio(1, 1000) == "0.001×"
    assert report.ratio(None, 3) == "—"
    assert report.ratio(3, 0) == "—"
    assert report.number(12345.678) == "12,345.7"
    assert report.number(None) == "—"


def test_compare_table_puts_ours_first_with_ratios():
    figures = {"ours": {"p95": 5.0}, "snowball": {"p95": 50.0}, "plain": {}}
    table = report.compare_table([("p95, ms", "p95", 1)], figures, ["ours", "snowball", "plain"])
    assert "| p95, ms | 5.0 | 50.0 | 0.10× | — | — |" in table


def test_sample_is_fixed_and_keeps_order(articles):
    chosen = sample(articles, 0.5)
    assert chosen == sample(articles, 0.5)
    assert len(chosen) == len(articles) // 2
    assert [articles.index(a) for a in chosen] == sorted(articles.index(a) for a in chosen)


def test_jsonl_subset_reads_back_as_the_same_articles(tmp_path, articles):
    path = write_jsonl(articles[:3], tmp_path / "sub.jsonl")
    back = list(read_articles([path]))
    assert [(a.id, a.title, a.body, a.date) for a in back] == [
        (a.id, a.title, a.body, a.date) for a in articles[:3]
    ]


def test_touch_articles_changes_the_text_of_the_first_records(tmp_path):
    path = tmp_path / "rt" / "russia_today_0.jsonlines.gz"
    path.parent.mkdir()
    records = [{"title": f"t{n}", "content": f"c{n}"} for n in range(5)]
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(r) + "\n" for r in records)
    assert touch_articles(path, 2) == 2
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        contents = [json.loads(line)["content"] for line in lines]
    assert contents == ["c0" + TOUCH_MARK, "c1" + TOUCH_MARK, "c2", "c3", "c4"]


def test_touch_articles_takes_plain_jsonl_with_a_body(tmp_path, articles):
    path = write_jsonl(articles[:2], tmp_path / "quick.jsonl")
    assert touch_articles(path, 5) == 2
    assert all(a.body.endswith(TOUCH_MARK.strip()) for a in read_articles([path]))


def test_by_kind_gives_the_p95_of_each_kind_of_query():
    kinds = [{"kind": "1w"}, {"kind": "phrase"}, {"kind": "1w"}]
    assert by_kind(kinds, [1.0, 50.0, 3.0]) == {
        "q_snip_p95_1w": pytest.approx(2.9),
        "q_snip_p95_phrase": 50.0,
    }
