"""Query syntax examples for the empty search page."""

from datetime import date

# The period example: from=2018&to=2018-03.
PERIOD = (date(2018, 1, 1), date(2018, 3, 31))


def source_example(sources: dict[str, int]) -> str:
    """`source:` with the biggest source, quoted when it has a space: source:"Второй источник"."""
    name = max(sources, key=sources.get) if sources else "RT"
    return f'source:"{name}"' if " " in name else f"source:{name}"


def syntax_examples(stats: dict) -> list[tuple[str, str]]:
    """(query, what it does) pairs, each a link on the page."""
    return [
        ("выборы", "любые формы слова: найдёт и «выборах», и «выборов»"),
        ('"товарооборот двух стран"', "фраза в кавычках — слова рядом и по порядку"),
        ("санкции -ес", "минус исключает слово"),
        ("москва OR минск", "любое из слов; то же самое — москва | минск"),
        ("!стали", "восклицательный знак — только эта форма слова"),
        ("товар*", "звёздочка — слова с этим началом"),
        ("title:выборы", "только в заголовках"),
        (source_example(stats.get("sources") or {}), "только статьи одного источника"),
        ("rubric:политика", "только статьи одной рубрики"),
    ]
