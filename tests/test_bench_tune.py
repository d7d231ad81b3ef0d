"""Ranking experiments: the sets drawn anew leave out every saved query of both halves."""

import json

from bench import corpus, queries, tune
from tests.test_bench import article
from tests.test_bench_quality import PARAGRAPH
from tests.test_bench_quality import article as article_with_body

TITLES = [
    "Пенсионная реформа изменит возраст выхода",
    "Курс рубля упал на торгах биржи",
    "Сборная России выиграла турнир",
    "Министры обсудили новые налоги",
    "Ураган разрушил дома на побережье",
    "Депутаты приняли закон о выборах",
]


def test_sets_drawn_anew_leave_out_the_saved_ones(tmp_path, monkeypatch):
    articles = [article(n, t, ["экономика" if n % 2 else "политика"]) for n, t in enumerate(TITLES)]
    articles += [article(10 + n, f"Заметка {n}", ["спорт"]) for n in range(5)]
    articles += [article(20 + n, f"Обзор {n}", ["культура"]) for n in range(5)]
    saved_items = queries.known_items(articles, 2, seed=1)
    (tmp_path / "known_items.json").write_text(json.dumps(saved_items), encoding="utf-8")
    (tmp_path / "tags.json").write_text(json.dumps([{"tag": "спорт"}]), encoding="utf-8")
    monkeypatch.setattr(tune, "ANEW", {"known_items": (10, 10), "tags": (10, 10)})
    drawn = tune.drawn_anew(articles, 7, tmp_path)
    saved = {i["id"] for i in saved_items}
    assert {i["id"] for i in drawn["known_items"]} == {a.id for a in articles[:6]} - saved
    # "спорт" is saved; "экономика" and "политика" have fewer than five articles.
    assert [t["tag"] for t in drawn["tags"]] == ["культура"]


def test_seeds_drawn_anew_pool_their_sets_and_count_a_query_drawn_twice_once(monkeypatch):
    drawn = {
        1: {"known_items": [{"id": "a"}, {"id": "b"}], "tags": [{"tag": "спорт"}]},
        2: {"known_items": [{"id": "b"}, {"id": "c"}], "tags": [{"tag": "культура"}]},
    }
    monkeypatch.setattr(tune, "anew_sets", drawn.__getitem__)
    pooled = tune.pooled_anew([1, 2])
    assert [i["id"] for i in pooled["known_items"]] == ["a", "b", "c"]
    assert [t["tag"] for t in pooled["tags"]] == ["спорт", "культура"]


def test_paragraph_items_drawn_anew_leave_out_the_saved_ones(tmp_path, monkeypatch):
    found = [article_with_body(n, f"Находка {n}", PARAGRAPH) for n in range(3)]
    # Enough short notes that the paragraph's words are not among the commonest 5 %.
    notes = [article_with_body(10 + n, f"Заметка {n}") for n in range(60)]
    saved = [{"id": found[1].id}]
    (tmp_path / "passages.json").write_text(json.dumps(saved), encoding="utf-8")
    monkeypatch.setattr(tune, "ANEW", {"passages": (10, 10)})
    drawn = tune.drawn_anew(found + notes, 7, tmp_path)
    assert {i["id"] for i in drawn["passages"]} == {found[0].id, found[2].id}


def test_a_set_saved_before_it_was_drawn_anew_is_drawn_and_added(tmp_path, monkeypatch):
    before = {"known_items": [{"id": "a"}], "tags": [{"tag": "спорт"}]}
    (tmp_path / "anew-7.json").write_text(json.dumps(before), encoding="utf-8")
    asked = []

    def drawn_anew(articles, seed, names):
        asked.append((seed, names))
        return {"passages": [{"id": "p"}]}

    monkeypatch.setattr(tune, "drawn_anew", drawn_anew)
    monkeypatch.setattr(corpus, "unique_articles", lambda paths: [])
    sets = tune.anew_sets(7, tmp_path)
    assert asked == [(7, ["passages"])]
    assert [i["answers"] for i in sets["passages"]] == [["p"]]
    assert json.loads((tmp_path / "anew-7.json").read_text()) == {
        **before,
        "passages": [{"id": "p"}],
    }
    tune.anew_sets(7, tmp_path)
    assert len(asked) == 1  # drawn once, then read back
