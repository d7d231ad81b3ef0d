"""Compounds and the words they join: «госпереворот» and «государственный переворот» find each
other when the articles holding the compound write the pair out (words folded: ё as е)."""

import pytest

from indexer import SearchRequest
from indexer.engine import budget, compounds, learnt
from indexer.engine.search import planned
from indexer.text.compounds import learnt_parts, splits
from tests.support import engine_of, titles

COUP = [
    ("Госпереворот в Гвинее", "", "Военные объявили, что государственный переворот завершён."),
    ("Мятеж в столице", "Госпереворот осудили соседи.", "Государственного переворота ждали давно."),
    ("История одного путча", "", "Государственный переворот 1991 года провалился за три дня."),
    ("Итоги недели", "", "Госпереворот в Мали: армия взяла власть."),
    ("Ураган в Мексике", "", "Шторм оставил без света миллион домов."),
]
# The articles on the coup, whether they write the compound, the words or both.
COUP_ARTICLES = ["Госпереворот в Гвинее", "История одного путча", "Итоги недели", "Мятеж в столице"]
TOURISM = [
    ("Турпоток в Сочи вырос", "", "Туристов стало больше на треть."),
    ("Турпоток в Крым", "", "Отели заполнены к июлю."),
    ("Турецкий поток запущен", "", "Газопровод «Турецкий поток» начал работу."),
]


def test_a_compound_is_cut_into_an_adjectives_beginning_and_a_noun():
    assert ("гос", "переворот") in splits("госпереворот")
    assert ("хим", "оружие") in splits("химоружие")
    assert all(len(head) >= 3 and len(tail) >= 4 for head, tail in splits("госпереворот"))
    assert not [head for head, _ in splits("санкт-петербург") if "-" in head]


def test_the_pair_two_texts_write_out_is_learnt_as_first_written():
    one = "Госпереворот в стране. Государственного переворота никто не ждал."
    other = "Армия заявила: государственный переворот завершён, госпереворот удался."
    cuts = splits("госпереворот")
    assert learnt_parts([one, other], cuts) == ("государственного", "переворота")
    assert learnt_parts([one, "Госпереворот в стране."], cuts) is None


@pytest.mark.parametrize(
    ("text", "compound"),
    [("Министр обороны сказал. Министр обороны приехал.", "минобороны"),  # a noun, not an attribute
     ("Государство и переворот. Государство, переворот.", "госпереворот"),  # not side by side
     ("Гос. переворот, гос переворот", "госпереворот"),  # the beginning alone is no adjective
     ("Противотанковые ракетные комплексы, противотанковые ракетные", "противоракетный")],
    # the last: an adjective, not a noun, follows
)  # fmt: skip
def test_what_is_no_compounds_pair(text, compound):
    assert learnt_parts([text, text], splits(compound)) is None


@pytest.fixture(scope="module")
def coup_engine(tmp_path_factory):
    return engine_of(tmp_path_factory.mktemp("compounds"), COUP + TOURISM)


def test_a_compound_also_finds_the_words_it_joins(coup_engine):
    assert sorted(titles(coup_engine, "госпереворот")) == COUP_ARTICLES
    assert "История одного путча" not in titles(coup_engine, "!госпереворот")
    assert "История одного путча" not in titles(coup_engine, '"госпереворот"')


def test_the_words_also_find_their_compound(coup_engine):
    assert sorted(titles(coup_engine, "государственный переворот")) == COUP_ARTICLES
    assert "Итоги недели" not in titles(coup_engine, '"государственный переворот"')


def test_a_compound_whose_articles_never_write_the_pair_is_not_joined(coup_engine):
    assert titles(coup_engine, "турецкий поток") == ["Турецкий поток запущен"]
    assert sorted(titles(coup_engine, "турпоток")) == ["Турпоток в Крым", "Турпоток в Сочи вырос"]


def test_the_joined_words_are_marked_in_the_snippet(coup_engine):
    page = coup_engine.search(SearchRequest(q="государственный переворот"))
    marked = {hit.title: hit.title_html + hit.snippet for hit in page.hits}
    assert "<mark>Госпереворот</mark>" in marked["Итоги недели"]
    page = coup_engine.search(SearchRequest(q="госпереворот"))
    marked = {hit.title: hit.snippet for hit in page.hits}
    assert "<mark>Государственный</mark> <mark>переворот</mark>" in marked["История одного путча"]


def test_without_compounds_each_finds_its_own(coup_engine, monkeypatch):
    monkeypatch.setattr(compounds, "ENABLED", False)
    assert "История одного путча" not in titles(coup_engine, "госпереворот")
    assert "Итоги недели" not in titles(coup_engine, "государственный переворот")


def test_a_compound_out_of_time_keeps_its_own_spelling(coup_engine):
    snap = coup_engine.current()
    compounds.PARTS.get(snap.postings).found.clear()
    with budget.limited(budget.Budget(seconds=0)):
        late = planned(snap, "госпереворот")
    assert [term.text for term in late.positive_terms] == ["госпереворот"]
    assert len(planned(snap, "госпереворот").positive_terms) == 3


def test_reading_for_a_compound_leaves_the_search_its_share_of_the_time(coup_engine):
    snap = coup_engine.current()
    compounds.PARTS.get(snap.postings).found.clear()
    half_spent = budget.Budget(seconds=1.0)
    half_spent.deadline -= 1.0 - learnt.SEARCH_SHARE + 0.1  # less than the search's share left
    with budget.limited(half_spent):
        late = planned(snap, "госпереворот")
    assert [term.text for term in late.positive_terms] == ["госпереворот"]
    assert not half_spent.spent()
