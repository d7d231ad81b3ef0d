"""Snippets: which windows of a body are shown, where they are cut, and what is marked.

The highlighter here is built from given folded forms (what the query side builds from the
query's word forms), so these tests pin the marking and the window choice alone.
"""

import re

import pytest

from indexer.engine.highlight import (
    ELLIPSIS,
    SNIPPET_CHARS,
    Highlighter,
    compiled,
    mark,
    pick_windows,
    shorten,
    snippet,
    word_bounds,
)

FILLER = "Погода в городе была обычной для этого времени года и никого не удивила. "


def words(*forms: str) -> Highlighter:
    """A highlighter of these exact folded forms, whole words only."""
    return compiled(tuple((form, False, frozenset({form})) for form in forms))


@pytest.mark.parametrize(
    "forms, text, expected",
    [
        (("минск",), "Минск, минский, в Минске и Минск.", ["Минск", "Минск"]),
        (("петербург",), "В Санкт-Петербурге и Петербург", ["Петербург"]),
        (("петербурге",), "В Санкт-Петербурге", ["Петербурге"]),
        # a longer form starting inside a word must not hide a whole word after it
        (("санкт-петербург", "петербург"), "Лесанкт-Петербург", ["Петербург"]),
        (("ес",), "весна, ЕС и лес", ["ЕС"]),
        # a word with a look-alike letter of the other alphabet is the word (a Latin c, T)
        (("сенате", "ту-154"), "В сенате и в cенате; Tу-154", ["сенате", "cенате", "Tу-154"]),
        # a word of the other alphabet's look-alikes alone is another word: "top", not «тор»
        (("тор",), "Тор и top", ["Тор"]),
        (("cnn",), "\u0441nn и CNN", ["\u0441nn", "CNN"]),  # a Cyrillic с
    ],
)
def test_only_whole_words_are_marked(forms, text, expected):
    assert marked(mark(text, words(*forms))) == expected


def marked(html: str) -> list[str]:
    return re.findall(r"<mark>(.*?)</mark>", html)


def test_one_match_near_the_start_gives_one_fragment_from_the_top():
    body = "Собянин прибыл в Минск. " + FILLER * 10
    shown = snippet(body, "", words("собянин"))
    assert shown.startswith("<mark>Собянин</mark> прибыл в Минск.")
    assert shown.endswith(" " + ELLIPSIS) and " … " not in shown.removesuffix(" " + ELLIPSIS)


def test_matches_far_apart_become_separate_fragments_each_shown_once():
    body = FILLER * 5 + "Собянин прибыл. " + FILLER * 8 + "Лукашенко встретил гостя. " + FILLER * 8
    shown = snippet(body, "", words("собянин", "лукашенко"))
    assert marked(shown) == ["Собянин", "Лукашенко"]
    assert shown.startswith(ELLIPSIS + " ") and shown.endswith(" " + ELLIPSIS)
    first, second = shown.removeprefix(ELLIPSIS + " ").split(" … ")  # two fragments
    assert marked(first) == ["Собянин"] and marked(second) == ["Лукашенко"]
    assert len(re.sub(r"</?mark>", "", shown)) <= SNIPPET_CHARS + 20


def test_a_window_goes_to_an_unseen_word_before_another_copy_of_a_seen_one():
    body = "Собянин. " + FILLER * 4 + "Собянин. " + FILLER * 4 + "Минск. " + FILLER * 4
    assert marked(snippet(body, "", words("собянин", "минск"))) == ["Собянин", "Минск"]


def test_fragments_are_cut_between_words():
    body = FILLER * 6 + "Собянин прибыл. " + FILLER * 6
    text = re.sub(r"</?mark>", "", snippet(body, "", words("собянин")))
    inner = text.removeprefix(ELLIPSIS + " ").removesuffix(" " + ELLIPSIS)
    assert set(inner.split()) <= set(body.split())  # no word cut in two


def test_a_word_in_the_lead_is_shown_from_the_lead_as_the_results_show_no_lead():
    shown = snippet(FILLER * 5, "Собянин прибыл в Минск.", words("собянин"))
    assert shown.startswith("<mark>Собянин</mark> прибыл в Минск. Погода в городе")
    assert marked(shown) == ["Собянин"] and shown.endswith(" " + ELLIPSIS)


def test_a_word_of_the_lead_and_one_of_the_body_close_by_are_shown_together():
    shown = snippet("Лукашенко встретил его. " + FILLER * 5, FILLER + "Собянин прибыл.",
                    words("собянин", "лукашенко"))  # fmt: skip
    assert marked(shown) == ["Собянин", "Лукашенко"]
    assert "<mark>Собянин</mark> прибыл. <mark>Лукашенко</mark> встретил" in shown


def test_without_any_match_the_opening_of_the_lead_and_body_is_shown_unmarked():
    shown = snippet(FILLER * 5, "Вводка.", words("собянин"))
    assert shown.startswith("Вводка. " + FILLER[:40]) and shown.endswith(ELLIPSIS)
    assert "<mark>" not in shown


def test_text_around_and_inside_marks_is_escaped():
    assert (
        mark("<b>Собянин</b> & Ко", words("собянин"))
        == "&lt;b&gt;<mark>Собянин</mark>&lt;/b&gt; &amp; Ко"
    )
    assert mark("<i>x</i>", None) == "&lt;i&gt;x&lt;/i&gt;"


def test_a_word_is_marked_as_written_in_any_case_and_with_yo():
    assert marked(mark("ЁЛКА и ёлка, Елка", words("елка"))) == ["ЁЛКА", "ёлка", "Елка"]


def test_words_close_enough_get_one_window_round_them_and_far_ones_a_window_each():
    marker = words("собянин", "лукашен")
    text = " " * 10 + "собянин" + " " * 103 + "лукашен" + " " * 273
    assert pick_windows(text, [(10, 17), (120, 127)], marker) == [(0, 216)]  # filled to ~250
    far = " " * 10 + "собянин" + " " * 283 + "лукашен" + " " * 93
    assert pick_windows(far, [(10, 17), (300, 307)], marker) == [(0, 111), (259, 384)]


def sobyanin_and_minsk() -> Highlighter:
    """Two query words, the first in two forms."""
    return compiled((("минск", False, frozenset({"минск", "минске"})),
                     ("собянин", False, frozenset({"собянин", "собянина"}))))  # fmt: skip


def test_the_passage_holding_every_query_word_is_shown_not_two_forms_of_one():
    body = ("Собянин и жена Собянина. " + FILLER * 4 + "Минск. " + FILLER * 4
            + "Собянин прибыл в Минске. " + FILLER * 4)  # fmt: skip
    shown = snippet(body, "", sobyanin_and_minsk())
    assert " … " not in shown.strip(ELLIPSIS + " ")  # one fragment
    assert "<mark>Собянин</mark> прибыл в <mark>Минске</mark>" in shown
    assert marked(shown) == ["Собянин", "Минске"]


def test_a_word_far_down_a_long_body_is_still_found_for_the_snippet():
    body = "Собянин. " * 30 + FILLER * 20 + "Собянин прибыл в Минск. " + FILLER * 3
    shown = snippet(body, "", sobyanin_and_minsk())
    assert "<mark>Собянин</mark> прибыл в <mark>Минск</mark>" in shown


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("один два три четыре", 6, 12, (5, 8)),  # "два" whole, "т" of "три" dropped
        ("один два три четыре", 0, 19, (0, 19)),  # the whole text stays
        ("один два", 2, 8, (0, 8)),  # back to the start of the text within 20 characters
    ],
)
def test_word_bounds_move_cuts_out_of_words(text, start, end, expected):
    assert word_bounds(text, start, end) == expected


@pytest.mark.parametrize(
    ("text", "size", "expected"),
    [
        ("Короткий текст", 50, "Короткий текст"),
        ("Первое слово, второе слово, третье слово", 22, "Первое слово, второе …"),
    ],
)
def test_shorten_cuts_at_a_word_and_drops_trailing_punctuation(text, size, expected):
    assert shorten(text, size) == expected
