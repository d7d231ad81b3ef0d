"""Queries mean what the README says: one row per syntax row and per operator, on the real corpus.

Each row names a query and the relation its matches must hold with other
queries' matches (sets of articles), e.g. `title:(a b)` = `title:a title:b` ⊆ `a b`.
The README's syntax table and the home page's examples are checked against this table.
Set NEWS_SEARCH_SHARED_INDEX to a built index of ../shared/corpus to skip the build.
"""

import os
import re
from datetime import date
from pathlib import Path

import pytest

from indexer import SearchEngine, SearchRequest, build_index
from indexer.engine import budget
from indexer.engine.search import planned
from search_ui.examples import syntax_examples
from tests.support import REPO

EVERYTHING = 1_000_000
MARKED = re.compile(r"<mark>(.*?)</mark>")


@pytest.fixture(scope="module")
def shared_engine(shared_corpus, tmp_path_factory) -> SearchEngine:
    """The engine over one index of the whole shared corpus, built once (2 jobs, ~3-5 min)."""
    prebuilt = os.environ.get("NEWS_SEARCH_SHARED_INDEX")
    if prebuilt and Path(prebuilt).is_dir():
        return SearchEngine(prebuilt)
    index_dir = tmp_path_factory.mktemp("shared-index")
    build_index([shared_corpus], index_dir, full=True, jobs=2, progress=False)
    return SearchEngine(index_dir)


class Corpus:
    """The matches of queries as sets of article numbers, and pages as a reader sees them."""

    def __init__(self, engine: SearchEngine):
        self.engine = engine
        self.cache: dict[str, set[int]] = {}

    def __call__(self, query: str) -> set[int]:
        if query not in self.cache:
            found = self.engine.matches(SearchRequest(q=query), limit=EVERYTHING)
            self.cache[query] = set(found.docnums.tolist())
        return self.cache[query]

    def page(self, query: str, **options):
        return self.engine.search(SearchRequest(q=query, **options))


@pytest.fixture(scope="module")
def corpus(shared_engine) -> Corpus:
    return Corpus(shared_engine)


def equal(a, b):
    return lambda found: found(a) == found(b) and found(a)


def subset(a, b):
    return lambda found: found(a) <= found(b) and found(a)


def strict_subset(a, b):
    return lambda found: found(a) < found(b) and found(a)


def union(a, parts):
    return lambda found: found(a) == set().union(*(found(p) for p in parts)) and found(a)


def intersection(a, parts):
    return lambda found: found(a) == set.intersection(*(found(p) for p in parts)) and found(a)


def difference(a, b, c):
    return lambda found: found(a) == found(b) - found(c) and found(a)


def superset_or_notice(a, b):
    """`a` finds every article of `b`, or the page says the prefix is too short."""
    return lambda found: found(a) >= found(b) or bool(found.page(a).notice)


# (query, relation): one row per README syntax row and per row of the operators' table.
ROWS = [
    ("собянин москва", intersection("собянин москва", ["собянин", "москва"])),
    (
        '"замахнулись на товарооборот"',
        subset('"замахнулись на товарооборот"', "замахнулись товарооборот"),
    ),
    ('"санкции против России"', strict_subset('"санкции против России"', "санкции против России")),
    (
        '"путин трамп"~5',
        lambda found: (
            found('"путин трамп"') | found('"трамп путин"')
            < found('"путин трамп"~5')
            < found("путин трамп")
        ),
    ),
    ("путин NEAR/5 трамп", equal("путин NEAR/5 трамп", '"путин трамп"~5')),
    ("путин /5 трамп", equal("путин /5 трамп", '"путин трамп"~5')),
    ("!стали", strict_subset("!стали", "стали")),
    ("=стали", equal("=стали", "!стали")),
    ("из стали", strict_subset("из стали", "стали")),
    ("лига 1", strict_subset("лига 1", "лига !1")),
    ("9 мая", subset('"9 мая"', "9 мая")),
    ("серия а", strict_subset("серия а", "серия")),
    ("санкции -ес", difference("санкции -ес", "санкции", "ес")),
    ("москва OR минск", union("москва OR минск", ["москва", "минск"])),
    ("москва | минск", equal("москва | минск", "москва OR минск")),
    ("москва || минск", equal("москва || минск", "москва OR минск")),
    (
        "(москва OR минск) санкции",
        intersection("(москва OR минск) санкции", ["москва OR минск", "санкции"]),
    ),
    ("товар*", lambda found: found("товар*") >= found("товар") | found("товарооборот")),
    ("title:выборы", strict_subset("title:выборы", "выборы")),
    ("lead:выборы", strict_subset("lead:выборы", "выборы")),
    ("body:выборы", strict_subset("body:выборы", "выборы")),
    (
        "title:(выборы президента)",
        equal("title:(выборы президента)", "title:выборы title:президента"),
    ),
    (
        "title:(выборы президента) ⊆",
        strict_subset("title:(выборы президента)", "выборы президента"),
    ),
    (
        "@title выборы президента",
        equal("@title выборы президента", "title:(выборы президента)"),
    ),
    ("intitle:выборы", equal("intitle:выборы", "title:выборы")),
    ("путин^2 трамп", equal("путин^2 трамп", "путин трамп")),
    ("body:(выборы президента)", equal("body:(выборы президента)", "body:выборы body:президента")),
    ("lead:(выборы президента)", equal("lead:(выборы президента)", "lead:выборы lead:президента")),
    ("title:(москва OR минск)", equal("title:(москва OR минск)", "title:москва OR title:минск")),
    ("source:rt", equal("source:rt", "source:RT")),
    ('rubric:"Мир"', equal('rubric:"Мир"', "rubric:мир")),
    ("source:(RT)", equal("source:(RT)", "source:RT")),
    ("санкции -source:RT", difference("санкции -source:RT", "санкции", "source:RT")),
    (
        "путин date:2017",
        lambda found: (
            found("путин date:2017") < found("путин")
            and found("путин date:2017") == found("путин date:>2016 date:<2018")
        ),
    ),
    (
        "путин date:2016..2017",
        union("путин date:2016..2017", ["путин date:2016", "путин date:2017"]),
    ),
    (
        "путин date:>=2017-03",
        difference("путин date:>=2017-03", "путин date:>1900", "путин date:<2017-03"),
    ),
    ("путин -date:2017", difference("путин -date:2017", "путин", "путин date:2017")),
    ("-(москва минск) санкции", difference("-(москва минск) санкции", "санкции", "москва минск")),
    ("пр* ⊇ пре*", superset_or_notice("пр*", "пре*")),
    ("люд* ∋ !люди", subset("!люди", "люд*")),
    ("шл* ∋ !шли", subset("!шли", "шл*")),
    ("пути* ∋ !пути", subset("!пути", "пути*")),
    ("«санкции против России»", equal("«санкции против России»", '"санкции против России"')),
    ("“санкции против России”", equal("“санкции против России”", '"санкции против России"')),
    ("„санкции против России“", equal("„санкции против России“", '"санкции против России"')),
    ("москва ИЛИ минск", equal("москва ИЛИ минск", "москва OR минск")),
    ("санкции NOT ес", equal("санкции NOT ес", "санкции -ес")),
    ("санкции НЕ ес", equal("санкции НЕ ес", "санкции -ес")),
    ("санкции И ес", equal("санкции И ес", "санкции ес")),
    ("санкции AND ес", equal("санкции AND ес", "санкции ес")),
]


@pytest.mark.parametrize(("name", "relation"), ROWS, ids=[name for name, _ in ROWS])
def test_operator_holds_its_relation(corpus, name, relation):
    assert relation(corpus), name


def test_source_filter_is_the_facet_and_excludes_it(corpus):
    rt = corpus.engine.stats()["sources"]["RT"]
    assert len(corpus("source:RT")) == rt
    page = corpus.page("санкции -source:RT")
    assert page.total and "RT" not in {f.value for f in page.facets["source"]}


YEAR_2017 = {"date_from": date(2017, 1, 1), "date_to": date(2017, 12, 31)}
TYPED_FILTERS = [
    ("путин date:2017", "путин", YEAR_2017),
    ("выборы президента date:2017", "выборы президента", YEAR_2017),  # the page filled up
    ("date:2017", "", YEAR_2017),
    ("путин source:rt", "путин", {"sources": ("RT",)}),
]


@pytest.mark.parametrize(("typed", "words", "fields"), TYPED_FILTERS)
def test_a_filter_in_the_query_lists_what_the_page_filter_lists(corpus, typed, words, fields):
    """source:, date: typed in the query match and rank as the page's filters do."""
    found = corpus.page(typed, per_page=100)
    chosen = corpus.page(words, per_page=100, **fields)
    assert [(h.id, h.missing) for h in found.hits] == [(h.id, h.missing) for h in chosen.hits]
    assert found.total == chosen.total and found.hits


def test_an_unread_date_is_said_and_searched_without(corpus):
    page = corpus.page("путин date:вчера")
    assert "Не удалось прочитать дату «вчера»" in page.notice
    assert corpus("путин date:вчера") == corpus("путин")


def test_rubric_filter_matches_the_name_shown_in_any_case(corpus):
    rubrics = corpus.engine.stats()["rubrics"]
    name = max(rubrics, key=rubrics.get)
    assert len(corpus(f"rubric:{name.lower()}")) == rubrics[name]
    assert len(corpus(f'rubric:"{name.upper()}"')) == rubrics[name]
    without = corpus(f"санкции -rubric:{name.lower()}")
    assert without == corpus("санкции") - corpus(f"rubric:{name}")
    page = corpus.page(f"санкции -rubric:{name.lower()}")
    assert name not in {f.value for f in page.facets["rubric"]}


def test_filters_stay_filters_in_the_partial_fallback(corpus):
    page = corpus.page("source:RT абырвалгщ санкции")
    assert page.partial and page.total
    assert {f.value for f in page.facets["source"]} == {"RT"}


@pytest.mark.parametrize(
    ("typed", "searched"),
    [("title:выборр", "title:выбор"), ("!президетн", "!президент"), ("прзидент", "президент"),
     ("ghtpbltyn", "президент"), ("навальнй", "навальный")],
)  # fmt: skip
def test_corrections_keep_the_query_syntax_and_show_results(corpus, typed, searched):
    page = corpus.page(typed)
    assert (page.corrected_from, page.request.q) == (typed, searched)
    assert page.total >= 5
    assert corpus.page(typed, as_typed=True).suggestion == searched


@pytest.mark.parametrize(
    ("typed", "usual"),
    [("фейсбук", "facebook"), ("викиликс", "wikileaks"), ("Твиттере", "twitter"),
     ("Sobyanin", "собянин"), ("navalny", "навальный"),
     # an acronym spelt letter for letter, a compound typed without its hyphens
     ("наса", "nasa"), ("иихф", "iihf"), ("алькаида", "аль-каида"),
     ("санктпетербурге", "санкт-петербург"), ("ту154", "ту-154")],
)  # fmt: skip
def test_a_name_typed_in_the_other_alphabet_finds_the_usual_spelling(corpus, typed, usual):
    assert corpus(usual) <= corpus(typed)
    assert len(corpus(typed)) >= 10 * max(1, len(corpus(f"!{typed}")))
    page = corpus.page(typed)
    assert not page.corrected_from and not page.suggestion
    marked = {mark.lower() for hit in page.hits for mark in MARKED.findall(hit.snippet)}
    assert any(word.startswith(usual[:5]) for word in marked), marked


@pytest.mark.parametrize(
    ("typed", "usual"),
    [("с400", "!с-400"), ("ан124", "!ан-124"), ("ми8", "!ми-8"),
     ("ak-47", "!ак-47"), ("t-90", "!т-90")],  # Latin look-alike letters
)  # fmt: skip
def test_a_code_typed_without_its_hyphen_finds_the_articles_spelling(corpus, typed, usual):
    # Short, and in as few as six articles («Ан-124»): no word is letters and digits.
    assert corpus(usual) and corpus(usual) <= corpus(typed)
    assert len(corpus(f"!{typed}")) < len(corpus(usual))


@pytest.mark.parametrize(
    ("typed", "usual"), [("усейн", "усэйн"), ("мей", "мэй"), ("мэйвезер", "мейвезер")]
)
def test_a_name_typed_with_the_other_e_finds_the_articles_spelling(corpus, typed, usual):
    assert corpus(usual) <= corpus(typed)
    assert corpus(f"!{typed}") <= corpus(typed)
    assert not corpus.page(typed).corrected_from


def test_a_word_with_a_look_alike_letter_is_found_and_marked_as_written(corpus):
    # An RT article's lead writes «в cенате США» with a Latin c; its body never says «сенате».
    page = corpus.page("!сенате", per_page=100)
    (hit,) = [hit for hit in page.hits if hit.title.startswith("Футбол вне политики: ФИФА")]
    assert MARKED.findall(hit.snippet) == ["c\u0435\u043d\u0430\u0442\u0435"]  # as written


def test_a_word_of_the_language_keeps_its_spelling(corpus):
    assert not corpus("сэм") <= corpus("сем")  # «сем» is a word (семь), «Сэм» a name


def test_a_query_out_of_time_keeps_its_own_spelling(corpus):
    # The other alphabet's spellings are looked up within the query's time, like prefixes.
    snap = corpus.engine.current()
    plan = planned(snap, "фейсбук")
    with budget.limited(budget.Budget(seconds=0)):
        late = planned(snap, "фейсбук")
    assert "facebook" in plan.terms[0].lemmas
    assert "facebook" not in late.terms[0].lemmas


def test_a_name_is_not_widened_to_a_spelling_the_articles_use_less(corpus):
    # «трамп» is written six times as often as Trump, so each keeps its own articles.
    assert not corpus("trump") <= corpus("трамп")
    assert not corpus("трамп") <= corpus("trump")
    assert not corpus("facebook") <= corpus("!фейсбук")  # the form as typed is not widened
    assert not corpus("facebook") <= corpus('"фейсбук компания"')  # nor a phrase's words
    assert not corpus("facebook") <= corpus('"фейсбук"')  # nor a word alone in quotes
    assert not corpus("what") <= corpus("вахта")  # a short word sounds as too many others


def test_an_abbreviation_finds_the_name_it_stands_for(corpus):
    # The corpus writes «Русская православная церковь» in articles that never say «РПЦ».
    written_out = corpus('"русская православная церковь" -!рпц')
    assert written_out and written_out <= corpus("рпц")
    assert corpus("!рпц") < corpus("рпц")
    page = corpus.page("рпц", per_page=100)
    shown = [hit for hit in page.hits if "РПЦ" not in hit.title_html + hit.snippet]
    marked = {mark.lower() for hit in shown for mark in MARKED.findall(hit.snippet)}
    assert {"русской", "православной", "церкви"} <= marked, marked


def test_a_code_finds_its_name_and_number(corpus):
    # The reports of the Games in Pyeongchang write «Олимпийские игры» and the year apart.
    written_out = corpus('"олимпийские игры" 2018 -!ои-2018')
    assert written_out and written_out <= corpus("ои-2018")
    assert not corpus('"олимпийские игры" -2018 -!ои-2018') & corpus("ои-2018")
    assert corpus("мс-21") == corpus("!мс-21")  # an aircraft's code its articles never spell
    assert corpus("ak-47") == corpus("ак-47") > corpus("!ак-47")  # a Latin a and k


def test_an_abbreviation_typed_exactly_or_in_quotes_is_not_widened(corpus):
    assert corpus('"рпц"') == corpus("«рпц»") == corpus("!рпц")
    assert not corpus('"русская православная церковь" -!рпц') & corpus("!рпц")


def test_an_abbreviation_out_of_time_keeps_its_own_spelling(corpus):
    snap = corpus.engine.current()
    with budget.limited(budget.Budget(seconds=0)):
        late = planned(snap, "вшэ")  # looked up by no other test
    assert len(planned(snap, "вшэ").positive_terms) > 1
    assert [term.text for term in late.positive_terms] == ["вшэ"]


def test_a_compound_and_the_words_it_joins_find_each_other(corpus):
    # The corpus writes «химическое оружие» in articles that never say «химоружие», and the
    # other way round.
    written_out = corpus('"химическое оружие" -!химоружие')
    assert written_out and written_out <= corpus("химоружие")
    joined = corpus("химоружие -химический")
    assert joined and joined <= corpus("химическое оружие")
    assert corpus("!химоружие") < corpus("химоружие")
    hits = [
        hit for n in (1, 2) for hit in corpus.page("химическое оружие", per_page=100, page=n).hits
    ]
    full = [hit for hit in hits if not hit.missing]  # not the fill of those missing a word
    joined_only = [hit for hit in full if "химическ" not in article_text(corpus, hit.id)]
    marked = [(hit.title_html + hit.snippet).lower() for hit in joined_only]
    assert marked and all("<mark>химоружи" in text for text in marked)


def test_a_name_typed_in_full_finds_its_abbreviation(corpus):
    # «ЧМ» without «чемпионат» anywhere in the article: found by the name typed in full.
    short_only = corpus("!чм -чемпионат")
    assert short_only and short_only <= corpus("чемпионат мира")
    assert not short_only & corpus('"чемпионат мира"')
    # The articles give «АК» another name: «андрей кузнецов» does not find it.
    assert not (corpus("!ак") - corpus("кузнецов")) & corpus("андрей кузнецов")


def article_text(corpus, article_id: str) -> str:
    """An article's title, lead and paragraphs in lower case."""
    view = corpus.engine.article(article_id)
    return " ".join([view.title, view.lead_html, *view.paragraphs_html]).lower()


def test_a_compound_whose_articles_never_write_the_pair_out_stays_apart(corpus):
    # «турпоток» (tourists) is in the index, but its articles never write «турецкий поток».
    alone = corpus("турпоток -турецкий")
    assert alone and not alone & corpus("турецкий поток")


def test_a_too_short_prefix_says_so(corpus):
    assert "уточните" in corpus.page("п*").notice
    assert corpus.page("пре*").total >= 1_000


def readme_queries() -> list[str]:
    """The queries of the README's query-syntax table: `собянин москва`, `!стали`…"""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    table = text.split("## Query syntax", 1)[1].split("\n\n", 1)[0]
    first_cells = [line.split("|")[1] for line in table.splitlines() if line.startswith("| `")]
    return [q.replace("\\|", "|") for cell in first_cells for q in re.findall(r"`([^`]+)`", cell)]


def test_readme_syntax_rows_are_in_the_table():
    names = {name for name, _ in ROWS}
    missing = [q for q in readme_queries() if q not in names and not q.endswith(":")]
    assert not missing, f"README rows without a conformance row: {missing}"


def test_home_page_examples_find_articles(corpus):
    stats = corpus.engine.stats()
    for query, _ in syntax_examples(stats):
        page = corpus.page(query)
        assert page.total and not page.hint and not page.partial, query


PAGED_QUERIES = ["санкции сша", "курс рубля", "чемпионат мира"]


@pytest.mark.parametrize("query", PAGED_QUERIES)
def test_paging_cuts_one_order_whatever_the_page_size(corpus, query):
    # The closeness re-ranking and the collapsing of copies reach past the first pages: a
    # page of 10 and a page of 100 must be cut from one order, or paging repeats articles.
    paged = [hit.id for number in range(1, 16) for hit in corpus.page(query, page=number).hits]
    at_once = [hit.id for hit in corpus.page(query, per_page=100).hits]
    at_once += [hit.id for hit in corpus.page(query, per_page=100, page=2).hits[:50]]
    assert len(set(paged)) == len(paged) == 150
    assert paged == at_once


@pytest.mark.parametrize("query", PAGED_QUERIES)
def test_the_export_lists_the_matches_in_the_pages_order(corpus, query):
    exported = corpus.engine.matches(SearchRequest(q=query), limit=100)
    listed = [hit.id for n in range(1, 11) for hit in corpus.page(query, page=n, copies=True).hits]
    assert [row.id for row in exported.rows()] == listed
