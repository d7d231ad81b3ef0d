"""The words of a page's address (text/address.py) and their place in the ranking
(engine/address.py)."""

import pytest

from indexer import SearchEngine, build_index
from indexer.engine import address
from indexer.text.address import ADDRESSED, address_terms, address_words, word_key
from tests.support import titles, write_jsonl


@pytest.mark.parametrize(
    "url, words",
    [
        ("https://russian.rt.com/world/article/379259-sssr-vzyatie-berlina-zapad",
         ["sssr", "vziatie", "berlina", "zapad"]),
        ("https://lenta.ru/news/2018/03/01/putin_poslanie/", ["putin", "poslanie"]),
        ("https://meduza.io/news/2018/03/01/reaktsiya-kremlya?utm_source=x#comments",
         ["reakcia", "kremlia"]),
        ("http://www.ng.ru/science/2018-03-20/100_mars_mask.html", ["mars", "mask"]),
        # Cyrillic, percent-encoded: «Выборы_в_Омске».
        ("https://ru.wikinews.org/wiki/%D0%92%D1%8B%D0%B1%D0%BE%D1%80%D1%8B_%D0%B2_"
         "%D0%9E%D0%BC%D1%81%D0%BA%D0%B5", ["vybory", "omske"]),
        # Numbers, one word, a section: no words.
        ("https://ria.ru/20180301/1515636236.html", []),
        ("https://www.gazeta.ru/politics/2018/03/01_a_11666647.shtml", []),
        ("http://www.ng.ru/world/2018-03-20/1_7193_trump.html", []),
        ("https://www.sport-interfax.ru/rfpl/654057", []),
        ("https://russian.rt.com/article/2491", []),
        ("", []),
    ],
)  # fmt: skip
def test_the_words_of_an_address(url, words):
    assert address_words(url) == words


@pytest.mark.parametrize(
    "spellings",
    [
        # я as ya, ia or ja; ц as ts, c or cz; й as y, i or j; х as kh or h; щ as shch or sch.
        ["reaktsiya", "reakciia", "reakcziya", "reakcija"],
        ["yanukovich", "ianukovich", "janukovich"],
        ["sergey", "sergei", "sergej"],
        ["khabarovsk", "habarovsk"],
        ["shchit", "schit", "shhit"],
    ],
)
def test_the_schemes_of_transliteration_give_one_skeleton(spellings):
    found = {tuple(address_words(f"https://example.ru/{word}-x")) for word in spellings}
    assert len(found) == 1


@pytest.mark.parametrize(
    "lemma, key",
    [("взятие", "vziat"), ("берлин", "berli"), ("россия", "rossi"), ("сша", "ssha"),
     ("реакция", "reakc"), ("учёный", "uchen"), ("объявление", "obiav"), ("nato", "nato")],
)  # fmt: skip
def test_a_query_word_is_the_opening_of_its_lemma_transliterated(lemma, key):
    assert word_key(lemma) == key


def test_the_address_is_indexed_as_the_prefixes_of_its_words():
    terms = address_terms("https://rt.com/a/1-sssr-vzyatie-berlina", "Как брали Берлин")
    assert terms[0] == ADDRESSED
    assert {"ss", "sss", "sssr", "vz", "vziat", "berli"} <= set(terms)
    assert "vziati" not in terms and "berlin" not in terms


def test_an_address_spelling_the_title_says_nothing_more():
    url = "https://iz.ru/675445/2017-11-25/uchenye-rasskazali-ob-idealnoi-diete"
    assert address_terms(url, "Учёные рассказали об идеальной диете") == []
    assert address_terms(url, "Диета для учёных") != []


def test_an_address_naming_no_word_of_the_title_is_left_out():
    # Keywords in another language: no Russian query names them.
    url = "https://nplus1.ru/news/2016/09/15/build-em-up"
    assert address_terms(url, "Физики собрали молекулу из отдельных атомов") == []


def three_towns_engine(folder) -> SearchEngine:
    """Three articles naming «выборы» alike, the newest first among equals: one whose
    address is about the weather, one whose address has no words, one whose address
    names the elections."""
    towns = [
        ("Томске", "2020-01-03", "https://example.ru/news/pogoda-tomsk-leto",
         "Горожане голосовали весь день.", "Явка на выборы оказалась высокой во всех районах."),
        ("Ижевске", "2020-01-02", "https://example.ru/news/123456",
         "Участки работали до вечера.", "Наблюдатели назвали выборы спокойными и честными везде."),
        ("Омске", "2020-01-01", "https://example.ru/news/vybory-omsk-itogi",
         "Итоги объявят завтра.", "Комиссия подсчитала голоса, выборы признаны честными."),
    ]  # fmt: skip
    records = [
        {"url": url, "date": date, "source": "test", "title": f"Выборы прошли в {town}",
         "lead": lead, "body": body}
        for town, date, url, lead, body in towns
    ]  # fmt: skip
    news = write_jsonl(folder / "news.jsonl", records)
    build_index([news], folder / "index", full=True, jobs=1, progress=False)
    return SearchEngine(folder / "index")


NEWEST_FIRST = ["Выборы прошли в Томске", "Выборы прошли в Ижевске", "Выборы прошли в Омске"]


def test_an_address_naming_the_query_ranks_its_article_first(tmp_path, monkeypatch):
    engine = three_towns_engine(tmp_path)
    # The address naming the words first; the one without words between it and the one not.
    assert titles(engine, "выборы") == NEWEST_FIRST[::-1]
    # A word looked for in the body alone is not looked for in the address.
    assert titles(engine, "body:выборы") == NEWEST_FIRST
    monkeypatch.setattr(address, "WEIGHT", 0.0)
    assert titles(engine, "выборы") == NEWEST_FIRST
