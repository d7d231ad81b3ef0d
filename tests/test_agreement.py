"""An adjective before a word of two readings narrows the query to the noun it agrees with."""

import pytest

from indexer import SearchRequest
from indexer.engine.agreement import agreed
from indexer.engine.plan import make_plan
from tests.support import engine_of, titles

ARTICLES = [
    ("Внутренняя политика Франции", "", "Правительство меняет курс."),
    # «политик», the politician: a reading of «политика» too (his genitive), not the policy.
    ("Внутренний аудит", "", "Внутренний аудит прошли все, кто стал политиком."),
]


def test_the_adjective_keeps_the_noun_it_agrees_with(tmp_path):
    engine = engine_of(tmp_path, ARTICLES)
    hits = engine.search(SearchRequest(q="внутренняя политика")).hits
    # The audit follows only as an article missing a word (the quorum fill).
    assert [(h.title, h.missing) for h in hits] == [
        ("Внутренняя политика Франции", ""),
        ("Внутренний аудит", "политика"),
    ]
    # Alone, the word keeps both readings: nothing tells which one is meant.
    assert set(titles(engine, "политика")) == {title for title, _, _ in ARTICLES}


@pytest.mark.parametrize(
    ("query", "lemmas"),
    [
        ("внутренняя политика", ("политика",)),
        ("керченский пролив", ("пролив",)),  # not the gerund of «пролить»
        ("верховная рада", ("рада",)),  # not «рад»
        # Words in forms that do not go together: an unlikely noun agreeing by chance
        # («тура», a rook) never takes the likeliest reading away.
        ("нереализованных тур", ("тур", "тура")),
    ],
)
def test_the_second_word_keeps_the_readings_the_adjective_agrees_with(query, lemmas):
    words = make_plan(query).tree.nodes
    assert agreed(words)[1].lemmas == lemmas
