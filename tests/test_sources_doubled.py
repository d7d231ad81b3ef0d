"""A text a copy writes twice in a row: read once."""

from indexer.sources import read_file
from indexer.sources.doubled import without_cut_copy, without_second_copy

FIRST = (
    "В День Великой Победы жители Монастырщинского района приняли участие в митинге памяти у "
    "мемориала воинам, павшим в годы Великой Отечественной войны."
)
SECOND = (
    "По улицам посёлка прошёл «Бессмертный полк». Более ста наших земляков несли портреты своих "
    "отцов, матерей, дедов и прадедов."
)


def test_the_second_copy_of_a_text_written_twice_is_blanked():
    lines = ["Митинг памяти", FIRST, "", SECOND, FIRST, SECOND, "Поделиться"]
    assert without_second_copy(lines) == ["Митинг памяти", FIRST, "", SECOND, "", "", "Поделиться"]


def test_one_paragraph_written_again_and_copies_apart_are_left():
    # a standfirst written again as the text's first paragraph is for the reader to place
    assert without_second_copy([FIRST, FIRST, SECOND]) == [FIRST, FIRST, SECOND]
    assert without_second_copy([FIRST, SECOND, "Фото", FIRST, SECOND]) == [
        FIRST, SECOND, "Фото", FIRST, SECOND,
    ]  # fmt: skip


def test_a_copy_of_a_text_written_twice_reads_it_once(tmp_path):
    path = tmp_path / "monast.admin-smolensk.ru.txt"
    title = "Митинг памяти, посвященный 74-й годовщине Победы в Великой Отечественной войне."
    path.write_text("\n".join([title, FIRST, SECOND, FIRST, SECOND]) + "\n", encoding="utf-8")
    (article,) = read_file(path)
    assert (article.title, article.body) == (title, f"{FIRST}\n{SECOND}")


TEASER = (
    "Первый номер районной газеты вышел в ноябре 1931 года под названием «Ленинское знамя». С "
    "того далёкого времени вышло ..."
)
PARAGRAPH = (
    "Первый номер районной газеты вышел в ноябре 1931 года под названием «Ленинское знамя». С "
    "того далёкого времени вышло более одиннадцати тысяч номеров."
)


def test_a_teaser_cut_from_the_paragraph_under_it_is_blanked():
    lines = ["Из истории газеты", TEASER, "", PARAGRAPH, SECOND]
    assert without_cut_copy(lines) == ["Из истории газеты", "", "", PARAGRAPH, SECOND]


def test_a_teaser_of_another_story_is_left():
    other = "Школа №5, одна из старейших в районе, в текущем году вошла в число лучших ..."
    assert without_cut_copy([other, PARAGRAPH]) == [other, PARAGRAPH]
