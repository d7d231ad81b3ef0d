"""Code and markup out of article text: RT's video-player script, wiki markup, invisible chars.

Every reader's title, lead and body pass through `scrub`; a text without the marks each
cleaner looks for goes through untouched, so the cost on clean text is a few `in` tests.
"""

import html
import re

# 410 RT articles carry the script of their video player in the text:
#   jwplayer.key="…"; jwplayer("js-mediaplayer-…").setup({ … jwplayer(this).stop(); } } } }
JWPLAYER = re.compile(r"\s*jwplayer\.key\s*=[\s\S]*?jwplayer\(this\)\.stop\(\);(?:\s*\})*")
CODE_LINE = re.compile(r"^.*\bjwplayer\b.*[;{}].*$", re.M)  # what is left of a cut script
# Soft hyphens, zero-width spaces and joiners, word joiners, BOMs, the Braille blank social
# posts pad their lines with: invisible, but they split words for the index ("прези\u00adдент").
INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u2800"
INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
# Wikinews: ''курсив'', '''жирный''', "thumb|left|Подпись", "Файл.webm|Подпись", "|автор=".
# Forum and CMS markup a copy keeps: BBCode ("[B]Из-за обрыва …[/B]") and a theme's shortcodes
# ("… мастеров спорта.[divider]").
SHORTCODE = re.compile(
    r"\[/?(?:b|i|u|s|url|quote|center|size|color|img|divider|dropcap|caption|gallery|embed)"
    r"(?:[ =][^\[\]]{0,200})?\]",
    re.I,
)
# A page template's placeholder left unfilled: "Нарва вступила в права … ({{commentsTotal}})".
PLACEHOLDER = re.compile(r"\s*\(?\{\{\s*[A-Za-z_][\w.:]*\s*\}\}\)?")
# An emoji's presentation selector left alone when a copy dropped the emoji: "️ Глава …".
ORPHAN_SELECTOR = re.compile(r"(?:^|(?<=\s))\ufe0f+[ \t]*", re.M)
# Pictographs a site sets around a headline as decoration: "📌 Заседание …", "🏛️ Визит … 🎨".
PICTOGRAPH = "\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d"
EDGE_PICTOGRAPHS = re.compile(f"^[{PICTOGRAPH}\\s]+|[\\s{PICTOGRAPH}]+$")
# A line break's tag a copy kept as text: "Причины пожара устанавливаются. <br />".
BREAK_TAG = re.compile(r"[ \t]*</?(?:br|p)\s*/?>", re.I)
# … and an inline one's: "<span>Сухум. 14 августа. …</span>", "<b>Внимание!</b>".
INLINE_TAG = re.compile(r"</?(?:span|b|strong|i|em|u|font|a)(?:\s[^<>]*)?>", re.I)
WIKI_QUOTES = re.compile(r"'{2,}")  # never prose: "''Blowin' in the Wind''" -> "Blowin' …"
WIKI_IMAGE = re.compile(
    r"\b(?:thumb|left|right|center|upright|мини|слева|справа|центр|\d+px)\|"
    r"|\S+\.(?:webm|ogv|ogg|jpe?g|png|gif|svg)\|",
    re.I,
)
ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,5});")
WIKI_PARAM = re.compile(r"\|\s*[а-яёa-z]+=\s*", re.I)
WIKI_BRACKETS = re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]]*)\]\]")
WIKI_EXTERNAL = re.compile(r"\[https?://\S+\s+([^\]]*)\]")
# What is left of [[Target|label]] with the brackets gone: "… Чавес, Уго|Уго Чавеса …".
WORDS_BEFORE_PIPE = 6
STEM = 4  # letters a link's target and label share: "Венесуэла|Венесуэле"


def without_player(text: str) -> str:
    """Text without RT's jwplayer script."""
    if "j" not in text or "jwplayer" not in text:
        return text
    return CODE_LINE.sub("", JWPLAYER.sub("\n", text))


def link_target_start(words: list[str], label: str) -> int:
    """Which of the words before a "|" start the link target: the label's stem, else a capital."""
    stem = label[:STEM].casefold()
    for i in range(len(words) - 1, -1, -1):
        if words[i][:1].isupper() and words[i][:STEM].casefold() == stem:
            return i
    capitals = [i for i, word in enumerate(words) if word[:1].isupper() and len(word) > 1]
    return capitals[0] if capitals else len(words) - 1


def is_glued(line: str, bar: int) -> bool:
    """True for a "|" with letters on both sides, as a link leaves it: "Уго|Уго"."""
    return bar + 1 < len(line) and not line[bar - 1].isspace() and not line[bar + 1].isspace()


def drop_link_target(line: str) -> str:
    """A line with each "Target|label" left by a wiki link reduced to "label"."""
    while (bar := line.find("|")) > 0 and is_glued(line, bar):
        before = line[:bar].split(" ")
        words = before[-WORDS_BEFORE_PIPE:]
        label = line[bar + 1 :].split(" ", 1)[0]
        keep = before[: len(before) - len(words)] + words[: link_target_start(words, label)]
        line = " ".join(keep + [line[bar + 1 :]]).lstrip()
    return line


def without_wiki(text: str) -> str:
    """Text without wiki markup: quotes, image options, links and their leftovers."""
    # One-character tests first: memchr-fast, where "''" in text is five times slower.
    if "'" in text and "''" in text:
        text = WIKI_QUOTES.sub("", text)
    if ("[" in text or "]" in text) and ("[[" in text or "]]" in text):
        text = WIKI_BRACKETS.sub(r"\1", text).replace("[[", "").replace("]]", "")
    if "[" in text and "[http" in text:
        text = WIKI_EXTERNAL.sub(r"\1", text)
    if "|" in text:
        text = WIKI_PARAM.sub(" ", WIKI_IMAGE.sub("", text))
        lines = text.split("\n")
        text = "\n".join(drop_link_target(line) if "|" in line else line for line in lines)
    return text


def without_edge_pictographs(title: str) -> str:
    """A headline without the pictographs it opens or ends with; one made of them is kept."""
    if not title or max(title[0], title[-1]) < PICTOGRAPH[0]:  # letters and quotes sort below
        return title
    return EDGE_PICTOGRAPHS.sub("", title) or title


def scrub(text: str) -> str:
    """Text without embedded code, wiki, forum and CMS markup, unfilled template placeholders,
    line break and inline tags and invisible characters."""
    if not text:
        return text
    if any(char in text for char in INVISIBLE_CHARS):  # a fast scan a character beats a regex scan
        text = INVISIBLE.sub("", text)
    if "&" in text and ENTITY.search(text):  # "75&nbsp;%" in a Wikinews text
        text = html.unescape(text)
    if "[" in text:
        text = SHORTCODE.sub("", text)
    if "{{" in text:
        text = PLACEHOLDER.sub("", text)
    if "<" in text:
        text = INLINE_TAG.sub("", BREAK_TAG.sub("", text))
    if "\ufe0f" in text:
        text = ORPHAN_SELECTOR.sub("", text)
    return without_wiki(without_player(text))
