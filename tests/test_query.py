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
