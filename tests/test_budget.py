"""No query costs more than its budget: costly queries answer with what they found and a hint,
repeats are evaluated once, deep pages cost what page 1 costs, and searches run side by side."""

import threading
import time

import pytest

from indexer import SearchEngine, build_index
from indexer.engine import budget, postings
from indexer.engine import query as syntax
from indexer.engine.results import SearchRequest
from tests.support import write_jsonl

TEACHERS = "Учителя стали получать больше"
STEEL = "Цены на сталь упали"

# The costly queries of the scale issue, at the size that stalled the service.
LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"
COSTLY = {
    "grouped prefixes": " ".join(f"({' '.join(a + b + '*' for b in 'аеиоу')})" for a in LETTERS),
    "letter prefixes": " ".join(f"{a}*" for a in LETTERS),
    "100 stop words in quotes": '"' + " ".join(["и", "в", "на", "с", "по"] * 20) + '"',
    "a phrase 32 times": " OR ".join(['"год россия"'] * 32),
    "unknown long words": " ".join("щ" * 25 for _ in range(5)),
    "an exact own lemma 32 times": " ".join(["!быть"] * 32),
    "a word 32 times": " ".join(["год"] * 32),
}


def search(engine, text: str, **options):
    return engine.search(SearchRequest(q=text, **options))


def titles(page) -> list[str]:
    return [hit.title for hit in page.hits]


def test_a_budget_is_spent_when_its_time_is_up_or_the_client_has_gone():
    assert not budget.Budget(seconds=60).spent()
    assert budget.Budget(seconds=0).spent()
    gone = [False]
    waiting = budget.Budget(seconds=60, gone=lambda: gone[0])
    assert not waiting.spent()
    gone[0] = True
    assert waiting.spent()
    gone[0] = False
    assert waiting.spent()  # once spent, it stays spent


def test_outside_a_search_nothing_is_limited():
    assert not budget.spent()
    with budget.limited(budget.Budget(seconds=0)):
        assert budget.spent()
    assert not budget.spent()


REPEATS = [
    ("год год год", "год"),
    ("(а | б) (а | б)", "а | б"),
    ('"год россия" OR "год россия"', '"год россия"'),
    ("-год -год", "-год"),
    ("год россия год", "год россия"),
]


@pytest.mark.parametrize(("text", "same_as"), REPEATS)
def test_a_repeated_part_is_evaluated_once(text, same_as):
    assert budget.distinct(syntax.parse(text)) == syntax.parse(same_as)


def test_a_long_phrase_keeps_its_first_words():
    words = [f"слово{n}" for n in range(30)]
    tree, cut = budget.bounded(syntax.parse('"' + " ".join(words) + '"'))
    assert cut
    assert [w.text for w in tree.words] == words[: budget.MAX_PHRASE_WORDS]


def test_a_long_query_keeps_its_first_words():
    words = [f"слово{n}" for n in range(120)]
    groups = [words[n : n + 30] for n in range(0, 120, 30)]
    tree, cut = budget.bounded(syntax.parse(" ".join(f"({' '.join(g)})" for g in groups)))
    assert cut
    assert [w.text for w in syntax.positive_words(tree)] == words[: budget.MAX_QUERY_PARTS]


def test_a_short_query_is_not_cut():
    tree = syntax.parse('"стали получать" учителя')
    assert budget.bounded(tree) == (tree, False)


@pytest.mark.parametrize("text", COSTLY.values(), ids=COSTLY.keys())
def test_a_costly_query_answers_a_page(engine, text):
    page = search(engine, text)
    assert page.total >= len(page.hits)
    assert page.took_ms >= 0


def test_repeating_a_word_finds_what_the_word_finds(engine):
    once = search(engine, "стали")
    many = search(engine, " ".join(["стали"] * 32))
    assert set(titles(once)) == {STEEL, TEACHERS}
    assert titles(many) == titles(once)
    assert many.total == once.total and many.hint is None


def test_a_phrase_of_stop_words_is_cut_with_a_hint(engine):
    page = search(engine, COSTLY["100 stop words in quotes"])
    assert page.hint == budget.CUT


def test_a_client_that_hangs_up_stops_the_search_with_a_hint(engine):
    page = engine.search(SearchRequest(q="стали получать"), gone=lambda: True)
    assert page.hint == budget.OVER_TIME
    full = engine.search(SearchRequest(q="стали получать"))  # nothing half-read was kept
    assert full.hint is None and full.total == 1 and titles(full)[0] == TEACHERS


def test_pages_one_by_one_list_every_match_once_in_the_order_of_one_long_page(engine):
    text = "москва OR минск OR выборы OR стали OR товарооборот"
    whole = search(engine, text, per_page=100)
    assert whole.total > 5
    paged = [titles(search(engine, text, page=n, per_page=1))[0] for n in range(1, whole.total + 1)]
    assert paged == titles(whole)


def test_a_page_past_the_last_is_empty_with_the_total(engine):
    page = search(engine, "стали", page=1000, per_page=100)
    assert page.hits == [] and page.total == 2


def test_searches_run_side_by_side_and_find_what_they_find_alone(engine):
    queries = ["стали", '"стали получать"', "!сталь", "москва минск", "товар*", "выборы -указ"]
    alone = {text: titles(search(engine, text)) for text in queries}
    found, errors = [], []

    def client(offset: int) -> None:
        try:
            for n in range(30):
                text = queries[(offset + n) % len(queries)]
                found.append((text, titles(search(engine, text))))
        except Exception as error:  # collected, so the test shows it
            errors.append(error)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(found) == 8 * 30
    assert all(result == alone[text] for text, result in found)


def test_one_slow_search_does_not_hold_the_others(engine, monkeypatch):
    """A search that takes its time (held here inside the evaluation) leaves the others free."""
    from indexer.engine import matching

    entered, release = threading.Event(), threading.Event()
    original = matching.Evaluator.word

    def slow_word(self, word):
        if word.text == "минск":
            entered.set()
            release.wait(10)
        return original(self, word)

    monkeypatch.setattr(matching.Evaluator, "word", slow_word)
    slow = threading.Thread(target=search, args=(engine, "минск"))
    slow.start()
    assert entered.wait(10)
    started = time.monotonic()
    try:
        assert titles(search(engine, '"стали получать"')) == [TEACHERS]
        answered_while_held = time.monotonic() - started < 5
    finally:
        release.set()
        slow.join()
    assert answered_while_held


def test_a_long_list_read_past_the_time_stops_and_is_not_kept(tmp_path, monkeypatch):
    """A common word of a large index is read in blocks, asking the budget on the way;
    the part read before the time ran out is not cached as if it were the whole list."""
    records = [{"title": f"Заметка {n}", "text": f"Товарооборот вырос, сообщение {n}."}
               for n in range(300)]  # fmt: skip
    write_jsonl(tmp_path / "news.jsonl", records)
    build_index([tmp_path / "news.jsonl"], tmp_path / "index", jobs=1, progress=False)
    monkeypatch.setattr(postings, "BLOCKS_BETWEEN_CHECKS", 1)  # 300 postings: three blocks
    engine = SearchEngine(tmp_path / "index")
    cache = engine.current().postings
    with budget.limited(budget.Budget(seconds=0)), pytest.raises(budget.Spent):
        cache.get("body", "товарооборот")
    assert ("body", "товарооборот") not in cache.cache
    assert engine.search(SearchRequest(q="товарооборот")).total == 300
