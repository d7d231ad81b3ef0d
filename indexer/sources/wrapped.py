"""Copies whose paragraphs are broken into lines of a fixed width (a text browser's dump such
as `lynx -dump`, a mail client, a terminal's copy): each paragraph joined back into one line,
so the readers see paragraphs, not lines of a few words they would take for the page's
furniture."""

import re

# A line broken inside a sentence: no end of sentence or clause at its end …
BROKEN = re.compile(r"[^.!?…:;»\"”)\]]\s*$")
# … and the next line going on in lower case ("… в Даугавпилсском" / "районе, исполнительный …").
CONTINUED = re.compile(r"\s*[а-яё]")
# … or a name's last word and the sentence's end carried over ("… начальник управления Галина"
# / "Науменко.").
NAME_TAIL = re.compile(r"^\s*[А-ЯЁ][а-яё-]+(?: [А-ЯЁ][а-яё-]+)?\.$")
# … or a preposition or a conjunction left at the end of the line ("… проживающим на
# территории Луганской Народной Республики, ко" / "Дню Победы …").
WORD_BEFORE = re.compile(r"\s(?:в|во|на|с|со|по|за|из|о|об|от|до|к|ко|у|для|и|а|но|что)\s*$")
# A word split with a hyphen at the break ("пожарно-" / "спасательной"), joined without a space.
SPLIT_WORD = re.compile(r"[а-яё]-$", re.I)
WIDTH = (30, 100)  # the length of a broken line: wrapped at a width, never wider
MIN_BREAKS = 3  # a copy broken so this often is wrapped; a line or two so is the page's own


def unwrapped(text: str) -> str:
    """The text with its wrapped paragraphs joined, when it breaks lines inside sentences at
    least MIN_BREAKS times; else the text as it is."""
    lines = text.split("\n")
    breaks = {i for i in range(len(lines) - 1) if is_break(lines[i], lines[i + 1])}
    if len(breaks) < MIN_BREAKS:
        return text
    breaks |= {
        i for i in range(len(lines) - 1) if i + 1 in breaks and is_short_start(*lines[i : i + 2])
    }
    joined: list[str] = []
    for i, line in enumerate(lines):
        if i - 1 in breaks:
            joined[-1] = joined_line(joined[-1], line)
        else:
            joined.append(line)
    return "\n".join(joined)


def is_break(line: str, below: str) -> bool:
    """True for a line broken inside a sentence that the line below goes on with."""
    width = len(line.rstrip())
    if not WIDTH[0] <= width <= WIDTH[1] or not BROKEN.search(line):
        return False
    return bool(CONTINUED.match(below) or NAME_TAIL.match(below) or WORD_BEFORE.search(line))


def is_short_start(line: str, below: str) -> bool:
    """True for a paragraph's first words broken off short ("Совет" / "министров ЛНР принял
    …"), the paragraph going on in lower case on lines broken at the width."""
    return (
        0 < len(line.strip()) < WIDTH[0]
        and bool(BROKEN.search(line))
        and bool(CONTINUED.match(below))
    )


def joined_line(line: str, below: str) -> str:
    """Two parts of a paragraph as one line: a space between, none after a split word."""
    line, below = line.rstrip(), below.strip()
    return line + below if SPLIT_WORD.search(line) else f"{line} {below}"
