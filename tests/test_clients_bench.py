"""bench/suggest_speed.py: what it types and what it reports, on the tiny index."""

from bench.suggest_speed import measure, typed_prefixes


def test_prefixes_are_what_the_box_holds_key_by_key():
    queries = [{"q": "мэр мос"}, {"q": "ед"}]
    assert typed_prefixes(queries) == ["м", "мэ", "мэр", "мэр м", "мэр мо", "мэр мос", "е", "ед"]


def test_the_figures_of_a_run(tiny_index, capsys):
    figures = measure(tiny_index, [{"q": "собянин"}, {"q": "стали"}])
    assert figures["suggest_requests"] == 12
    assert 0 < figures["suggest_p50"] <= figures["suggest_p95"] <= figures["suggest_p99"]
    # The tiny index: "заявил" and the other broad queries find a few articles, not thousands.
    assert figures["export_rows"] > 0
    assert figures["export_rows_per_s"] > 0
    assert capsys.readouterr().out.startswith("suggestions p95 ")
