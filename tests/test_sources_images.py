"""Images a copy kept as markup: read as their alt text, on the line where they stood."""

from indexer.sources import read_file
from indexer.sources.images import alt_texts

# Markdown's image, written with the exclamation mark escaped so that no tool renders it.
MARKDOWN = "\x21[За минувшие [сутки] 13 пожаров](https://example.org/img/fire.jpg)"
TOKEN = '<image>data:image/s3,"s3://crabby-images/80fd4/80fd4d380e4c9b6e5b3ee9ee6f3da62106a79d0c" alt="В Волгограде "Газель" влетела в опору"</image>'  # noqa: E501
EMPTY = '<image>data:image/s3,"s3://crabby-images/6b4c9/6b4c9b5a0d3a7ac0c6d59b9fa27c8ac5c1b82e33" alt=""</image>'  # noqa: E501


def test_an_image_line_reads_as_its_alt_text():
    assert alt_texts(MARKDOWN) == "За минувшие [сутки] 13 пожаров"
    assert alt_texts(f"Текст.\n{TOKEN}\nЕщё текст.") == (
        'Текст.\nВ Волгограде "Газель" влетела в опору\nЕщё текст.'
    )


def test_an_image_without_alt_text_leaves_an_empty_line():
    assert alt_texts(f"Заголовок\n{EMPTY}\nТекст.") == "Заголовок\n\nТекст."


def test_an_image_inside_a_line_of_text_is_left_to_the_readers():
    line = f"Смотрите фото {MARKDOWN} в галерее."
    assert alt_texts(line) == line


def test_a_copy_whose_headline_is_an_images_alt_text_has_it_for_its_title(tmp_path):
    """A copy without a headline line of its own: the lead image's alt text holds it."""
    path = tmp_path / "gorvesti.txt"
    path.write_text(
        f"{TOKEN}\n"
        "Водитель - в больнице.\n"
        "Сегодня в 04.09 спасателям поступил сигнал о ДТП в Тракторозаводском районе "
        "Волгограда с участием автомобиля «Газель».\n"
        "Машина врезалась в световую опору, водителя доставили в больницу.\n",
        encoding="utf-8",
    )
    (article,) = read_file(path)
    assert article.title == 'В Волгограде "Газель" влетела в опору'
    assert "data:image" not in article.body and "crabby" not in article.body
    assert article.body.endswith("водителя доставили в больницу."), article.body
