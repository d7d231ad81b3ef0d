"""The learned line scorer: its stored weights, what it calls text, and how it is trained."""

import numpy as np
import pytest

from bench.linetrain import (
    FIRST_FOLDERS,
    THRESHOLDS,
    fit,
    labels,
    page_matrix,
    recorded_pages,
    site_data,
    site_of,
    train,
)
from indexer.sources import read_file
from indexer.sources.linescore import FEATURE_NAMES, WEIGHTS, text_chances, threshold, using
from tests.test_sources_linekind import TEXT, TEXT2

TEXT3 = (
    "Как отметили в ведомстве, работы планируется завершить до конца года, после чего "
    "здание передадут городу для размещения в нём библиотеки."
)
HEADLINE = "Губернатор открыл новый детский сад в Ульяновске"


def chances(lines: list[str]) -> list[float]:
    return text_chances(page_matrix(lines)).tolist()


def test_stored_weights_fit_the_features():
    found = WEIGHTS.stored
    assert found["features"] == list(FEATURE_NAMES)
    assert len(found["weights"]) == len(FEATURE_NAMES)
    assert 0 < found["sentence_chrome_below"] <= found["chrome_below"] < 0.5


def test_paragraphs_score_as_text_and_the_menu_and_stamp_around_them_do_not():
    lines = ["Новости", "Политика", "12 марта 2024, 10:15", HEADLINE, TEXT, TEXT2, TEXT3,
             "Поделиться:", "Все новости"]  # fmt: skip
    found = chances(lines)
    assert min(found[4:7]) > 0.5
    assert max(found[:3] + found[7:]) < WEIGHTS.stored["chrome_below"]


def test_a_loader_after_a_plain_text_is_left_out_by_the_scorer_not_by_the_rules(tmp_path):
    foot = "Загружается…"
    path = tmp_path / "ulpravda.ru.txt"
    path.write_text(f"{HEADLINE}\n{TEXT}\n{TEXT2}\n{TEXT3}\n{foot}\n", encoding="utf-8")
    (article,) = read_file(path)
    assert article.body == f"{TEXT}\n{TEXT2}\n{TEXT3}"
    with using({"weights": None}):
        (by_rules,) = read_file(path)
    assert by_rules.body.endswith(foot)


def test_a_word_alone_is_held_to_the_lines_threshold_not_the_sentences():
    # A sentence is better kept than lost, so it is cut only when the scorer is surer; a word
    # alone with a full stop or an ellipsis ("Яндекс." of an ad's label, a loader) is no sentence.
    found = WEIGHTS.stored
    assert threshold("Загружается…", found) == found["chrome_below"]
    assert threshold("Яндекс.", found) == found["chrome_below"]
    assert threshold("Работы завершат до конца года.", found) == found["sentence_chrome_below"]
    assert found["sentence_chrome_below"] < found["chrome_below"]


def test_the_scorer_leaves_a_page_its_only_paragraph(tmp_path):
    # A paragraph cut with "[…]" under a date, a weather widget after it: the scorer finds it
    # unlike text, but a page is better read with its one paragraph than with none.
    cut = f"{TEXT} {TEXT3} {TEXT2}".rstrip(".") + ", […]"
    widget = ["Погода в Казани", "Сегодня17 Май", "+12°", "пасмурно", "• Влажность 92% высокая"]
    path = tmp_path / "page.txt"
    path.write_text("\n".join([HEADLINE, "", "16 апреля 2022", cut, "", *widget]), "utf-8")
    (article,) = read_file(path)
    assert article.body.startswith(cut[:40]), article.body


def test_labels_mark_the_recorded_body_as_text_and_leave_out_the_headline():
    lines = ["Главная", HEADLINE, TEXT, "Фото: vk.com", TEXT2, "Читайте также"]
    record = {"title": HEADLINE, "lead": "", "body_start": TEXT[:50], "body_end": TEXT2[-40:],
              "chrome": ["Фото: vk.com"]}  # fmt: skip
    assert labels(lines, record) == [0, None, 1, 0, 1, 0]
    assert labels(lines, {**record, "body_start": "Такой строки нет"}) is None


def test_training_finds_the_feature_that_tells_the_classes():
    rng = np.random.default_rng(1)
    told, noise = rng.integers(0, 2, 400), rng.random(400)
    matrix = np.column_stack([np.ones(400), told, noise])
    weights = fit(matrix, told.astype(float))
    assert weights[1] > 2 and abs(weights[2]) < 1


def test_a_page_belongs_to_the_site_its_file_is_named_after(tmp_path):
    assert site_of(tmp_path / "012_news.rambler.ru.txt") == "news.rambler.ru"
    assert site_of(tmp_path / "text" / "page.txt") == "text/page"
    assert site_of(tmp_path / "report9" / "ratel.kz" / "1.txt") == "ratel.kz"
    assert site_of(tmp_path / "report41" / "m.ekaraganda.kz" / "1.txt") == "ekaraganda.kz"


def test_the_pages_are_every_part_and_a_site_in_two_parts_is_one_site():
    pages = recorded_pages()
    parts = {path.parent.parent.name for path, _ in pages}
    assert {"report7", "report33", "report43", "folders"} <= parts
    odesa = {path.parent.parent.name for path, _ in pages if site_of(path) == "odesitua.com"}
    assert odesa == {"report8", "report31"}
    first = {site_of(path) for path, _ in recorded_pages(FIRST_FOLDERS)}
    assert len(first) >= 90 and len({site_of(path) for path, _ in pages}) >= 500


@pytest.mark.weights
def test_stored_weights_are_those_the_recorded_pages_train(shared_test_pages):
    # The features include the rules' marks: a change to the rules calls for `make lines`.
    pages = recorded_pages(FIRST_FOLDERS)  # trained on every page, it reads no better
    assert len(pages) >= 100
    trained = train(site_data(pages))
    assert np.allclose(trained["weights"], WEIGHTS.stored["weights"], atol=1e-3)
    assert {key: WEIGHTS.stored[key] for key in THRESHOLDS} == THRESHOLDS
