"""A text a copy writes twice in a row, paragraph for paragraph ("A" / "B" / "A" / "B": a
site's print version and its screen version on one page): its second copy blanked; and a
teaser cut short over the paragraph it was cut from ("Первый номер … вышло ..." / "Первый
номер … вышло более 11 тысяч номеров."): the teaser blanked."""

from collections import Counter

from indexer.sources.pageheads import is_paragraph

MIN_PARAGRAPHS = 2  # a single paragraph written again is a standfirst or a caption's copy
TEASER_CHARS = 40  # a cut teaser's words at least, to be taken for the paragraph's copy
CUT = ("...", "…")


def read_once(lines: list[str]) -> list[str]:
    """The lines with what a copy writes twice blanked: a text's second copy, a cut teaser."""
    return without_cut_copy(without_second_copy(lines))


def without_second_copy(lines: list[str]) -> list[str]:
    """The lines with the second of two copies of a run of paragraphs blanked, the run the
    longest one written twice side by side (empty lines between them do not count)."""
    filled = [i for i, line in enumerate(lines) if line]
    texts = [lines[i] for i in filled]
    written = Counter(texts)
    for at, text in enumerate(texts):
        if written[text] < 2 or not is_paragraph(text):
            continue
        size = copied_run(texts, at)
        if size >= MIN_PARAGRAPHS:
            second = set(filled[at + size : at + 2 * size])
            return ["" if i in second else line for i, line in enumerate(lines)]
    return lines


def copied_run(texts: list[str], at: int) -> int:
    """The longest k for which texts[at:at+k] is written again right after it; 0 for none."""
    longest = (len(texts) - at) // 2
    return next(
        (k for k in range(longest, 0, -1) if texts[at : at + k] == texts[at + k : at + 2 * k]),
        0,
    )


def without_cut_copy(lines: list[str]) -> list[str]:
    """The lines with a teaser cut short blanked where the paragraph under it opens with all
    its words."""
    filled = [i for i, line in enumerate(lines) if line]
    cut = {
        i
        for i, below in zip(filled, filled[1:], strict=False)
        if lines[i].endswith(CUT) and is_cut_from(lines[i], lines[below])
    }
    return ["" if i in cut else line for i, line in enumerate(lines)]


def is_cut_from(teaser: str, paragraph: str) -> bool:
    """True for a teaser whose words, its ellipsis off, open the paragraph."""
    words = teaser.rstrip(".… ")
    return (
        len(words) >= TEASER_CHARS and len(paragraph) > len(words) and paragraph.startswith(words)
    )
