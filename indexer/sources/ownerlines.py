"""A public body's name over its page broken into lines of a few words ("Министерство" /
"труда и социальной политики" / "Луганской Народной Республики"; "Администрация" /
"Роговского" / "сельского поселения"): blanked, as the name on one line is chrome
(chrome.OWNER), not a headline."""

import re
from itertools import dropwhile

from indexer.sources.chrome import REGION_OF, is_chrome_line
from indexer.sources.clean import SENTENCE_ENDS
from indexer.sources.linetrim import CYRILLIC
from indexer.text.morph import has_finite_verb

# The body's kind, with the few words of its field: "Министерство", "Отдел культуры
# администрации"; an institution's legal form before its noun ("Краевое государственное
# казенное" / "учреждение «Лесная охрана»").
OWNER_KIND = re.compile(
    r"^(?:Администрация|Министерство|Департамент|Управление|Комитет|Отдел"
    r"|(?:Краевое|Областное|Республиканское|Муниципальное|Государственное|Федеральное)"
    r"(?= (?:[а-яё]+ )?(?:бюджетное|казенное|казённое|автономное)\b))(?: [а-яё]+){0,3}$"
)
REGION_END = re.compile(rf"\b{REGION_OF}$")
NAME_WORDS = 4  # a line of the name has at most this many words …
NAME_LINES = 6  # … and the name at most this many lines under its kind


def without_split_owner(lines: list[str]) -> list[str]:
    """The lines with a body's name broken into lines at the copy's top blanked: its kind
    alone on the first line, and the short lines of its name under it."""
    # Past the furniture over it: a logo's alt text, an arrow.
    filled = [i for i, line in enumerate(lines) if line.strip()]
    filled = list(dropwhile(lambda i: is_above_name(lines[i].strip()), filled))
    if not filled or not OWNER_KIND.match(lines[filled[0]].strip()):
        return lines
    name = [filled[0]]
    for i in filled[1 : 1 + NAME_LINES]:
        if not is_name_part(lines[i].strip()) or ends_name(lines[name[-1]], lines[i]):
            break
        name.append(i)
    return lines if len(name) < 2 else ["" if i in name else line for i, line in enumerate(lines)]


def is_above_name(line: str) -> bool:
    """True for a line of chrome over the body's name, not its kind (which is chrome too)."""
    return is_chrome_line(line) and not OWNER_KIND.match(line)


def ends_name(last: str, line: str) -> bool:
    """True when the name ended with its region's and the furniture under it follows ("Пермского
    края" / "logo"); a logo between its parts ("сельского поселения" / "gerb" / "Тимашевского
    района") does not end it."""
    return REGION_END.search(last.strip()) is not None and not CYRILLIC.search(line)


def is_name_part(line: str) -> bool:
    """True for a few words of a name: no sentence's end, no verb telling what was done."""
    words = line.split()
    return (
        len(words) <= NAME_WORDS and not line.endswith(SENTENCE_ENDS) and not has_finite_verb(line)
    )
