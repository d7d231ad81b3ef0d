import pytest

from indexer.engine.query import All, Any, Filter, Not, Phrase, Word, parse

CASES = [
    ("собянин москва", All((Word("собянин"), Word("москва")))),
    ('"стали получать"', Phrase((Word("стали"), Word("получать")))),
    ("!стали", Word("стали", exact=True)),
    ("-путин", Not(Word("путин"))),
    ("прези*", Word("прези", prefix=True)),
    ("а OR б | в", Any((Word("а"), Word("б"), Word("в")))),
    ("(а OR б) в", All((Any((Word("а"), Word("б"))), Word("в")))),
    ("title:выборы", Word("выборы", field="title")),
    ("source:rt", Filter("source", "rt")),
    ('rubric:"Мир"', Filter("rubric", "Мир")),
    ("a AND b", All((Word("a"), Word("b")))),
    ("unknown:слово", Word("слово")),
    ("COVID-19", Word("COVID-19")),
    # Other engines' spellings of the same operators.
    ("а || б", Any((Word("а"), Word("б")))),
    ("=стали", Word("стали", exact=True)),
    ("intitle:выборы", Word("выборы", field="title")),
    ("путин^2 трамп", All((Word("путин"), Word("трамп")))),
    # @field limits the rest of its group; @* lifts the limit.
    ("@title а б", All((Word("а", field="title"), Word("б", field="title")))),
    ("(@lead а) б", All((Word("а", field="lead"), Word("б")))),
    ("@body а @* б", All((Word("а", field="body"), Word("б")))),
    ("@рубрика а", Word("а")),
    # A date filter's value is read whole, comparison and range marks kept.
    ("а date:>=2017-03", All((Word("а"), Filter("date", ">=2017-03")))),
    ("дата:2016..2017", Filter("date", "2016..2017")),
    ("-date:2017", Not(Filter("date", "2017"))),
]


@pytest.mark.parametrize(("text", "tree"), CASES)
def test_parse(text, tree):
    assert parse(text) == tree


@pytest.mark.parametrize(
    "text",
    ['"', "(((", ")) OR", "-", "|", "OR", "!", "*", "title:", "source:", "", "   ", "\x00\x07"],
)
def test_malformed_queries_leave_nothing_or_plain_words(text):
    tree = parse(text)
    assert tree is None or isinstance(tree, (Word, All))


def test_unbalanced_quote_is_a_phrase_to_the_end():
    assert parse('"замахнулись на') == Phrase((Word("замахнулись"), Word("на")))


def test_huge_query_is_capped():
    tree = parse("слово " * 5000)
    assert isinstance(tree, All) and len(tree.nodes) <= 32


# The operators people type, each against the tree it must give.
OPERATOR_CASES = [
    ("title:(выборы президента)",
     All((Word("выборы", field="title"), Word("президента", field="title")))),
    ("body:(москва OR минск)", Any((Word("москва", field="body"), Word("минск", field="body")))),
    ("санкции -source:RT", All((Word("санкции"), Not(Filter("source", "RT"))))),
    ("source:(RT)", Filter("source", "RT")),
    ("source:(RT Викиновости)", Any((Filter("source", "RT"), Filter("source", "Викиновости")))),
    ('source:"Независимая газета"', Filter("source", "Независимая газета")),
    ("-(москва минск) санкции", All((Not(All((Word("москва"), Word("минск")))), Word("санкции")))),
    ('-"санкции против" ес', All((Not(Phrase((Word("санкции"), Word("против")))), Word("ес")))),
    ("«санкции против»", Phrase((Word("санкции"), Word("против")))),
    ("„санкции против“", Phrase((Word("санкции"), Word("против")))),
    ("“санкции против”", Phrase((Word("санкции"), Word("против")))),
    ("москва ИЛИ минск", Any((Word("москва"), Word("минск")))),
    ("санкции NOT ес", All((Word("санкции"), Not(Word("ес"))))),
    ("санкции НЕ ес", All((Word("санкции"), Not(Word("ес"))))),
    ("санкции И ес AND сша", All((Word("санкции"), Word("ес"), Word("сша")))),
    ("москва или минск", All((Word("москва"), Word("или"), Word("минск")))),
    ("title:-путин", Not(Word("путин", field="title"))),
    ("люд*", Word("люд", prefix=True)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "tree"), OPERATOR_CASES)
def test_operators(text, tree):
    assert parse(text) == tree


@pytest.mark.parametrize(
    ("text", "span"),
    [("title:выборр", (6, 12)), ("!президетн", (1, 10)), ("-путин", (1, 6)), ('"а б"', (1, 2))],
)
def test_words_keep_where_they_stand(text, span):
    node = parse(text)
    node = node.node if isinstance(node, Not) else node
    assert (node.words[0] if isinstance(node, Phrase) else node).span == span


def test_a_plan_analyses_each_word_once():
    from indexer.engine.plan import make_plan

    plan = make_plan("Выборах !стали -путин в москве")
    by_text = {t.text: t for t in plan.terms}
    assert set(by_text) == {"Выборах", "стали", "путин", "москве"}  # "в" is a stop word
    assert "выборы" in by_text["Выборах"].lemmas and by_text["Выборах"].exact_term == "!выборах"
    assert by_text["стали"].exact and "сталь" in by_text["стали"].lemmas
    assert "москвой" in by_text["москве"].forms
    assert [t.text for t in plan.positive_terms] == ["Выборах", "стали", "москве"]


@pytest.mark.parametrize(
    ("text", "hint"),
    [("и в на", "служебные слова"), ("!!! ---", "нет слов"), ("", None)],
)
def test_a_plan_without_words_says_why(text, hint):
    from indexer.engine.plan import make_plan

    plan = make_plan(text)
    assert plan.tree is None and (hint in plan.hint if hint else plan.hint is None)


def test_the_partial_fallback_keeps_filters_and_exclusions():
    from indexer.engine.plan import Term, make_plan

    fallback = make_plan("source:rt абырвалг санкции -ес").fallback()
    assert Filter("source", "rt") in fallback.nodes
    assert any(isinstance(n, Not) for n in fallback.nodes)
    loose = [n for n in fallback.nodes if isinstance(n, Any)][0]
    assert [t.text for t in loose.nodes if isinstance(t, Term)] == ["абырвалг", "санкции"]


@pytest.mark.parametrize(
    ("text", "fixes", "printed"),
    [("title:выборр", {"выборр": "выбор"}, "title:выбор"),
     ("!президетн -ес", {"президетн": "президент"}, "!президент -ес"),
     ('"выборы презедента" source:rt', {"презедента": "президента"},
      '"выборы президента" source:rt')],
)  # fmt: skip
def test_a_suggestion_is_printed_in_the_query_syntax(text, fixes, printed):
    from indexer.engine.plan import make_plan

    plan = make_plan(text)
    spans = {t.word.span: fixes[t.text] for t in plan.terms if t.text in fixes}
    assert plan.render(spans) == printed


@pytest.mark.parametrize(
    ("typed", "word", "distance"),
    [("навальнй", "навальный", 1.0), ("навальнй", "начальный", 1.5),
     ("президетн", "президент", 0.5),
     ("выборр", "выбор", 0.5), ("сирыя", "сирия", 0.5), ("прнзидент", "президент", 0.5),
     ("москва", "москва", 0.0), ("дом", "кит", 3.0)],
)  # fmt: skip
def test_slips_of_the_finger_cost_less(typed, word, distance):
    from indexer.engine.spelling import weighted_distance

    assert weighted_distance(typed, word) == distance


@pytest.mark.parametrize(
    ("value", "names"),
    [("rt", ["RT"]), ("RT", ["RT"]), ("газета", ["Независимая газета"]), ("газ", []),
     ("независимая газета", ["Независимая газета"]), ("мир", ["Мир"]), ("МИР", ["Мир"]),
     ("ещё", ["Ещё новости"]), ("новости", ["Ещё новости", "РИА Новости"]),
     ("риа новости", ["РИА Новости"]), ("", [])],
)  # fmt: skip
def test_filter_values_match_facet_names_by_whole_words(value, names):
    from indexer.engine.filters import matching_names

    shown = ["RT", "Независимая газета", "Мир", "Мирное небо", "Еще новости", "РИА Новости"]
    shown[4] = "Ещё новости"
    assert matching_names(shown, value) == names
