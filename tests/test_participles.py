"""A query word that reads as an adjective or a noun of its own is searched as that word, not
as its verb; the verb typed still finds the participle."""

import pytest

from indexer import SearchRequest
from indexer.engine.plan import make_plan
from tests.support import engine_of, titles

FORMER = ("Бывшего министра задержали", "", "Экс-чиновник был арестован.")
WAS = ("Саммит был перенесён", "", "Встреча будет в мае.")
DATA = ("Утечка данных клиентов банка", "", "Хакеры опубликовали персональные данные.")
GAVE = ("Спортсмену дали второй шанс", "", "Ему дадут выступить на турнире.")
DEAD = ("Число погибших выросло до пяти", "", "Спасатели продолжают работу.")
STRAIT = ("Судно прошло Керченский пролив", "", "Движение восстановлено.")
SPILT = ("Нефть пролили у берега", "", "Танкер пролил сто тонн.")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    articles = [FORMER, WAS, DATA, GAVE, DEAD, STRAIT, SPILT]
    return engine_of(tmp_path_factory.mktemp("participles"), articles)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("бывший", [FORMER]),  # not «был», «будет»
        ("данные", [DATA]),  # not «дали», «дадут»
        ("пролив", [STRAIT]),  # not «пролили»
        ("погибшие", [DEAD]),
    ],
)
def test_a_word_of_its_own_is_not_searched_as_its_verb(engine, query, found):
    assert titles(engine, query) == [article[0] for article in found]


def test_the_verb_still_finds_its_participles(engine):
    assert titles(engine, "погибли") == [DEAD[0]]
    assert set(titles(engine, "дать")) == {DATA[0], GAVE[0]}


def test_the_participle_typed_is_marked_in_its_own_forms_only(engine):
    (hit,) = engine.search(SearchRequest(q="бывший")).hits
    assert hit.title_html == "<mark>Бывшего</mark> министра задержали"
    assert "<mark>был</mark>" not in hit.snippet


@pytest.mark.parametrize(
    ("query", "lemmas"),
    [
        ("текущий", ("текущий",)),  # not «течь»
        ("нападающий", ("нападающий",)),
        ("задержанный", ("задержать",)),  # a participle only: its verb
        ("стали", ("стать", "сталь")),  # a verb's own form, not a participle: both
    ],
)
def test_the_lemmas_searched_for_a_typed_word(query, lemmas):
    (term,) = make_plan(query).terms
    assert term.lemmas == lemmas
