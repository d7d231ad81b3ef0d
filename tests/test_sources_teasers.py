"""A related story's headline and cut teaser at a copy's top: neither title nor text."""

from indexer.sources import read_file
from indexer.sources.teasers import without_top_teaser

RELATED = "В районной библиотеке откроется выставка детского рисунка"
TEASER = "Церемония открытия состоится в 12:00. Юные художники покажут свои работы, ..."
TEXT = [
    "Июнь в этом году выдался сухим, дождей в районе выпало крайне мало, и аграрии торопятся "
    "с заготовкой кормов, пока погода позволяет работать в поле с утра до вечера.",
    "Сено в хозяйствах района уже заготовлено на восемьдесят процентов от плана, сенаж — на "
    "шестьдесят. Механизаторы работают в две смены, техника к сезону подготовлена заранее.",
    "Уборку зерновых начнут в конце июля, если погода не внесёт свои поправки.",
]


def test_a_related_story_over_the_text_is_blanked():
    assert without_top_teaser([RELATED, TEASER, "", *TEXT]) == ["", "", "", *TEXT]


def test_the_pages_own_headline_over_its_cut_lead_is_left():
    own = "Аграрии района торопятся с заготовкой кормов в сухой июнь"
    lines = [own, TEASER, *TEXT]
    assert without_top_teaser(lines) == lines


def test_a_teaser_over_a_line_of_furniture_is_left():
    # the page's own text cut short, a call to buy the paper under it
    lines = [RELATED, TEASER, "Все материалы свежего выпуска читайте в печатной версии издания."]
    assert without_top_teaser(lines) == lines


def test_a_copy_opening_with_a_related_story_has_no_headline(tmp_path):
    path = tmp_path / "brasovo-vestnik.ru.txt"
    path.write_text("\n".join([RELATED, TEASER, *TEXT]) + "\n", encoding="utf-8")
    (article,) = read_file(path)
    assert article.title == TEXT[0]  # the text's first sentence stands in
    assert article.body.startswith(TEXT[0])
    assert "выставка" not in article.body and "Церемония" not in article.lead + article.body
