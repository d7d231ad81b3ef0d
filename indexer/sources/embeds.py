"""What a dump's text sets apart from its paragraphs, left out: boxes of other stories, photo
captions and credits, a link's words alone on a line ("На страницу галереи");
and links its export split onto lines of their own, joined back.

RT's dump writes each such block on a line of its own between spaces, the paragraphs without:
    "…не будет.\\n Также по теме \\n «Времени у Киева …»: … \\n Минские … В... \\n«Официальная…"
    "…тюрьмы.\\n Задержанный турецкий бизнесмен Реза Зарраб \\n AFP \\n28 ноября 2017 года …"
and a link's words on a line of their own: "Подписывайтесь на наш \\nTelegram\\n, чтобы …".
A text whose lines are all set apart keeps them: then the spaces tell nothing.
"""

import re

from indexer.sources.calls import is_site_call
from indexer.sources.clean import SENTENCE_ENDS

RELATED_HEADING = "Также по теме"
# The same box where the dump lost its lines: "… Конора. Также по теме «Чувствую …»: … Он... «…".
RELATED_INLINE = re.compile(r"(?:^|(?<=\s))Также по теме\s.{10,400}?(?:\.\.\.|…)(?=\s|$)")
RELATED_LINES = 3  # the heading, the other story's headline and its teaser
CALL_TAIL_LINES = 4  # the calls to follow the outlet stand among a text's last lines
CAPTION_LINES = 3  # a photo's caption and one or two credits …
CAPTION_CHARS = 200  # … each this short …
CREDIT_CHARS = 60  # … the last the credit: " Reuters ", " © pixabay.com "
SENTENCE_END = (*SENTENCE_ENDS, ":", ";")
# A link's words the export kept on a line of their own: RT's gallery (under 461 articles).
LINK_LABELS = {"на страницу галереи", "читать далее", "читать полностью"}
LABEL_CHARS = 30
# A line opening with a mark that closes what came before: a link's words left the sentence
# ("…наш" / "Telegram" / ", чтобы …"; "(см." / ")").
CLOSING_MARKS = ",.;:!?)»]"
CLOSING = re.compile(f"^[{re.escape(CLOSING_MARKS)}]")


def is_set_apart(line: str) -> bool:
    """True for a line between spaces (" AFP "): a block the dump set apart from the text."""
    return len(line) > 2 and line[0].isspace() and line[-1].isspace() and not line.isspace()


def without_embeds(text: str) -> str:
    """The text without the blocks set apart from it, its split links joined back."""
    lines = text.replace("\r\n", "\n").split("\n")
    # The box's heading counts as set apart where the text opens with it (no space before).
    apart = [is_set_apart(line) or line.strip() == RELATED_HEADING for line in lines]
    if any(apart) and not all(apart[i] for i, line in enumerate(lines) if line.strip()):
        left_out = set(embedded(lines, apart))
        lines = [line for i, line in enumerate(lines) if i not in left_out]
    text = "\n".join(without_closing_calls(joined([line for line in lines if not is_label(line)])))
    return RELATED_INLINE.sub("", text) if RELATED_HEADING in text else text


def is_label(line: str) -> bool:
    """True for a link's words alone on a line: "На страницу галереи"."""
    return len(line) < LABEL_CHARS and line.strip().casefold().rstrip(".…") in LINK_LABELS


def embedded(lines: list[str], apart: list[bool]) -> list[int]:
    """The indexes of the lines of other stories' boxes and of photo captions with credits."""
    found: list[int] = []
    for start, end in runs(apart):
        block = [line.strip() for line in lines[start:end]]
        box = block.index(RELATED_HEADING) if RELATED_HEADING in block else len(block)
        found += range(start + box, min(end, start + box + RELATED_LINES))
        if box and is_caption(block[:box]) and not goes_on(lines, start):
            found += range(start, start + box)  # a photo's caption over the box
    return found


def runs(flags: list[bool]) -> list[tuple[int, int]]:
    """The (start, end) spans of consecutive true flags."""
    spans, start = [], None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            spans.append((start, i))
            start = None
    return spans


def is_caption(block: list[str]) -> bool:
    """True for a photo's caption and credit: a line or three, short, the last a credit with
    no sentence's end (" Reuters ", " © pixabay.com ")."""
    short = len(block) <= CAPTION_LINES and all(len(line) <= CAPTION_CHARS for line in block)
    return short and len(block[-1]) <= CREDIT_CHARS and not block[-1].endswith(SENTENCE_END)


def goes_on(lines: list[str], i: int) -> bool:
    """True for a line that continues the sentence of the line above (a link's words): this
    one opens with a closing punctuation mark, or a space stands between them inside a sentence
    (the line above ends with one, or this one opens with one and a lower-case letter). Lines
    of verse, which have no such spaces, keep their breaks."""
    above, line = (lines[i - 1] if i else ""), lines[i]
    if not above.strip() or not line.strip():
        return False
    if CLOSING.match(line.lstrip()):
        return True
    if above.rstrip().endswith(SENTENCE_END) or is_block(above) or is_block(line):
        return False
    return above[-1].isspace() or (line[0].isspace() and line.lstrip()[0].islower())


def is_block(line: str) -> bool:
    """True for a line set apart that opens like a sentence or a name: a block of its own,
    not a link's words going on (" попал в шорт-лист … издания ")."""
    return is_set_apart(line) and not line.lstrip()[0].islower()


def joined(lines: list[str]) -> list[str]:
    """The lines with a link's words put back into the sentence they were cut out of."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if out and may_go_on(lines[i - 1], line) and goes_on(lines, i):
            out[-1] = glue(out[-1], line)
        else:
            out.append(line)
    return out


def may_go_on(above: str, line: str) -> bool:
    """A quick test before goes_on: a space or a closing mark between the lines."""
    return above[-1:].isspace() or line[:1].isspace() or line[:1] in CLOSING_MARKS


def glue(left: str, right: str) -> str:
    """Two pieces of a sentence as one: no space before a punctuation mark."""
    right = right.strip()
    return left.rstrip() + ("" if CLOSING.match(right) else " ") + right


def without_closing_calls(lines: list[str]) -> list[str]:
    """The lines without the calls to follow the outlet among the text's last few ("Подписывайтесь
    на наш Telegram, …"), where a dump's texts carry them."""
    tail = len(lines) - CALL_TAIL_LINES
    return [line for i, line in enumerate(lines) if i < tail or not is_site_call(line)]
