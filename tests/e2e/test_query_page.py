"""The results page in a real Chromium: corrected results, several values of a facet,
undated counts, the period fields, and the page on a phone."""

import re

import pytest

from indexer import build_index
from tests.support import REPO, Server, write_jsonl

pytestmark = pytest.mark.e2e

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
# Six undated articles of a fourth source beside the 12 dated fixture articles.
UNDATED = [
    {
        "url": f"https://example.org/undated/{n}",
        "source": "Четвёртый источник",
        "title": f"Президент провёл совещание номер {n}",
        "content": f"Президент обсудил с министрами вопрос номер {n}. Решения примут позже.",
    }
    for n in range(1, 7)
]
# One story three times: as published, updated with a line, printed again under a reworded
# title (an exact copy would be one article: the index keeps one of identical texts).
FLOOD = "Вода поднялась за ночь, жителей двух улиц эвакуировали. Спасатели откачивают воду"
COPIES = [
    {
        "url": f"https://example.org/flood/{n}",
        "source": "Пятый источник",
        "title": title,
        "content": FLOOD + " из подвалов, школы закрыты до конца недели." + more,
    }
    for n, (title, more) in enumerate(
        [
            ("Паводок подтопил дома в Уссурийске", ""),
            ("Паводок подтопил дома в Уссурийске", " Подробности позже."),
            ("В Уссурийске паводок подтопил дома", ""),
        ]
    )
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The site over the fixture articles plus six undated ones and one story thrice."""
    folder = tmp_path_factory.mktemp("undated-corpus")
    write_jsonl(folder / "undated.jsonl", UNDATED)
    write_jsonl(folder / "copies.jsonl", COPIES)
    index_dir = tmp_path_factory.mktemp("undated-index")
    build_index([REPO / "tests" / "fixtures" / "tiny", folder], index_dir, full=True, jobs=1,
                progress=False)  # fmt: skip
    with Server(index_dir, tmp_path_factory.mktemp("server") / "server.log") as site:
        yield site.url


@pytest.fixture
def phone(browser):
    """A tab as a phone opens it: 390×844, touch, no hover."""
    context = browser.new_context(**PHONE, locale="ru-RU")
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


def count(text: str) -> int:
    """The first number of a text: "Найдено 8 статей" → 8."""
    return int(re.search(r"\d+", text.replace("\u202f", "")).group())


def test_a_wrong_layout_query_shows_the_corrected_results_with_the_way_back(server, page):
    from playwright.sync_api import expect

    page.goto(f"{server}/?q=ghtpbltyn")
    banner = page.locator(".notice--corrected")
    expect(banner).to_contain_text("Показаны результаты по запросу «президент»")
    expect(page.locator("#q")).to_have_value("президент")
    assert page.locator(".hit").count() >= 5
    banner.get_by_role("link", name="ghtpbltyn").click()
    page.wait_for_url(re.compile(r"as_typed=1"))
    expect(page.locator("h1")).to_contain_text("ничего не найдено")
    expect(page.locator(".suggestion")).to_have_text("президент")
    assert page.errors == []


def test_two_values_of_one_facet_add_up_and_keep_the_others_counts(server, page):
    from playwright.sync_api import expect

    page.goto(f"{server}/?q=президент")
    facets = page.locator(".facets .facet").first
    counts = {
        v.locator(".facet__label").inner_text(): count(v.locator(".facet__count").inner_text())
        for v in facets.locator(".facet__value").all()
    }
    assert counts["Четвёртый источник"] == 6 and counts["Пример"] >= 1
    facets.locator(".facet__value", has_text="Пример").click()
    expect(page.locator(".chip", has_text="Источник: Пример")).to_be_visible()
    other = page.locator(".facets .facet").first.locator(".facet__value", has_text="Четвёртый")
    expect(other.locator(".facet__count")).to_have_text("6")
    other.click()
    expect(page.locator(".chip", has_text="Источник: Четвёртый источник")).to_be_visible()
    total = count(page.locator("#summary").inner_text())
    assert total == counts["Пример"] + 6
    assert page.errors == []


def test_undated_matches_are_counted_and_sorted_last(server, page):
    from playwright.sync_api import expect

    page.goto(f"{server}/?q=президент&sort=date&per_page=20")
    expect(page.locator(".undated")).to_contain_text("ещё 6 статей без даты")
    dated = page.locator(".hit").evaluate_all(
        "hits => hits.map(h => h.querySelector('time') !== null)"
    )
    assert dated == sorted(dated, reverse=True) and dated.count(False) == 6
    page.goto(f"{server}/?source=Четвёртый+источник")
    expect(page.locator("#summary")).to_contain_text("Найдено 6 статей")


@pytest.mark.parametrize(
    ("typed_from", "typed_to", "chip"),
    [("01.01.2018", "2018-12", "С 1 января 2018"),
     ("2018-01-01", "31.12.2018", "По 31 декабря 2018"),
     ("2018", "2018", "С 1 января 2018")],
)  # fmt: skip
def test_period_fields_take_common_date_forms(server, page, typed_from, typed_to, chip):
    from playwright.sync_api import expect

    page.goto(f"{server}/?q=выборы")
    page.locator(".period summary").first.click()
    page.fill("input[name=from]", typed_from)
    page.fill("input[name=to]", typed_to)
    page.press("input[name=to]", "Enter")
    expect(page.locator(".chip", has_text=chip)).to_be_visible()
    titles = set(page.locator(".hit__title").all_inner_texts())
    assert titles == {"Выборы президента прошли спокойно", "Президент подписал указ о выборах"}


def test_a_bad_date_is_explained_beside_the_field_and_a_reversed_period_swapped(server, page):
    from playwright.sync_api import expect

    page.goto(f"{server}/?q=выборы&from=32.13.2018")
    problem = page.locator("#from-problem")
    expect(problem).to_contain_text("Не удалось прочитать дату «32.13.2018»")
    expect(page.locator("input[name=from]")).to_have_value("32.13.2018")
    expect(page.locator("input[name=from]")).to_have_attribute("aria-invalid", "true")
    page.goto(f"{server}/?q=выборы&from=2019&to=2018")
    expect(page.locator("#period-problem")).to_contain_text("поменяли их местами")
    expect(page.locator(".hit")).to_have_count(2)


def test_phone_shows_the_first_result_on_the_first_screen(server, phone):
    from playwright.sync_api import expect

    phone.goto(f"{server}/?q=президент&per_page=1&page=5")
    first = phone.locator(".hit").first.bounding_box()
    assert first["y"] + first["height"] <= 844
    expect(phone.locator(".facets")).to_be_hidden()
    phone.locator(".filters__toggle").click()
    expect(phone.locator(".facets")).to_be_visible()
    tops = {round(item.bounding_box()["y"]) for item in visible(phone, ".pagination li")}
    assert len(tops) == 1, "pagination wraps"
    for target in visible(phone, ".sort a, .meta .original, .pagination a, .filters__toggle"):
        assert target.bounding_box()["height"] >= 24, target.inner_text()
    expect(phone.locator(".kbd-hint")).to_be_hidden()


def test_a_tap_on_the_copies_lists_the_near_copies_and_another_hides_them(server, phone):
    from playwright.sync_api import expect

    phone.goto(f"{server}/?q=паводок")
    expect(phone.locator(".hit")).to_have_count(1)
    copies = phone.locator(".hit__copies a")
    expect(copies).to_have_text("ещё 2 похожие статьи")
    assert copies.bounding_box()["height"] >= 24
    copies.tap()
    expect(phone.locator(".hit")).to_have_count(3)
    expect(phone.locator(".notice--copies")).to_contain_text("почти одинаковые")
    phone.locator(".notice--copies a").tap()
    expect(phone.locator(".hit")).to_have_count(1)


def visible(tab, css: str) -> list:
    """The elements matching css that are shown."""
    return [element for element in tab.locator(css).all() if element.is_visible()]


def test_results_page_has_a_heading_and_only_filled_bars_take_focus(server, page):
    from playwright.sync_api import expect

    page.goto(f"{server}/?q=президент")
    expect(page.locator("h1")).to_contain_text("Найдено")
    bars = page.locator(".timeline a")
    titles = bars.evaluate_all("links => links.map(a => a.getAttribute('aria-label'))")
    assert titles and all(not re.search(r": 0 статей$", t) for t in titles)
    bars.first.focus()
    outline = bars.first.locator(".timeline__bar").evaluate("r => getComputedStyle(r).stroke")
    assert outline not in ("none", "")
    expect(page.locator(".kbd-hint")).to_be_visible()
