"""Copies wrapped at a fixed width (a text browser's dump): their paragraphs read whole."""

from indexer.sources import read_file
from indexer.sources.wrapped import unwrapped

# A county paper's story as a text browser dumps it, wrapped at 64 columns (after
# latgaleslaiks.lv; the text written for this test).
WRAPPED_PAGE = """\
В следующем году возрастут инвестиции в образование
- Новости
Прогнозируя бюджет на следующий год и госинвестиции в Заречном
районе, исполнительный директор райсовета Виталий Петров
рассказал, что планируется начать реконструкцию средней школы.
Общая стоимость проекта может превысить 200 000
евро. Параллельно общеобразовательной программе в школе будет и
учебная программа спортивной школы олимпийского резерва.
"""


def test_a_wrapped_copys_paragraphs_are_joined_back():
    text = unwrapped(WRAPPED_PAGE)
    assert text.splitlines()[2:] == [
        "Прогнозируя бюджет на следующий год и госинвестиции в Заречном районе, исполнительный "
        "директор райсовета Виталий Петров рассказал, что планируется начать реконструкцию "
        "средней школы.",
        "Общая стоимость проекта может превысить 200 000 евро. Параллельно общеобразовательной "
        "программе в школе будет и учебная программа спортивной школы олимпийского резерва.",
    ]


def test_a_wrapped_copy_reads_with_its_whole_text(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(WRAPPED_PAGE, encoding="utf-8")
    (article,) = read_file(path)
    assert article.title == "В следующем году возрастут инвестиции в образование"
    assert article.body.startswith("Прогнозируя бюджет на следующий год"), article.body
    assert article.body.endswith("спортивной школы олимпийского резерва."), article.body


def test_a_line_or_two_going_on_in_lower_case_is_the_pages_own():
    page = (
        "Главная страница нашего городского портала\nновости\n\n"
        "Мэр открыл новую школу в микрорайоне Северный\nфото пресс-службы\n"
    )
    assert unwrapped(page) == page


def test_a_word_split_at_the_break_is_joined_without_a_space():
    page = (
        "По данным государственной пожарно-\nспасательной службы, за минувшие\n"
        "сутки в области было зарегистрировано\nтринадцать пожаров.\n"
    )
    assert unwrapped(page) == (
        "По данным государственной пожарно-спасательной службы, за минувшие сутки в области "
        "было зарегистрировано тринадцать пожаров.\n"
    )


# A town administration's notice wrapped at about 80 columns, with the paragraph's first words
# broken off short and a name and a date carried over (after gorod-lugansk.com; the text
# written for this test).
BROKEN_PAGE = """\
Сотрудники
управления социальной защиты населения городской администрации выдали уже
около трёх тысяч наборов гуманитарной помощи за август. Об этом сообщила Галина
Науменко.
«Мы продолжаем выдачу помощи, она предназначена семьям, проживающим на территории города, к
Дню знаний всё будет выдано», – уточнила она на совещании в администрации города.
"""


def test_a_paragraphs_short_first_words_a_name_and_a_word_carried_over_are_joined():
    assert unwrapped(BROKEN_PAGE).splitlines() == [
        "Сотрудники управления социальной защиты населения городской администрации выдали уже "
        "около трёх тысяч наборов гуманитарной помощи за август. Об этом сообщила Галина "
        "Науменко.",
        "«Мы продолжаем выдачу помощи, она предназначена семьям, проживающим на территории "
        "города, к Дню знаний всё будет выдано», – уточнила она на совещании в администрации "
        "города.",
    ]


def test_a_headline_over_a_wrapped_text_stays_apart():
    page = "Выдача помощи продолжается\n" + BROKEN_PAGE
    assert unwrapped(page).splitlines()[0] == "Выдача помощи продолжается"
