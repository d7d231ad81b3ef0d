"""Where the record's headline stands when the rules take another title.

    python -m bench.titleshift     the title misses of every recorded text page read with
                                   the rules alone, by the headline's place in the page's
                                   lines against the rules' title line

Of 1239 recorded text pages read with the rules alone (bench/leadtrain.py's pages), 149
titles are missed; by the record's headline against the rules' title line (scraped-page
reader / plain reader):

    just above     27 / 5   a standfirst, first sentence or byline taken under the headline
    elsewhere      39 / 6   a digest's headline, a chrome line far off, the site's menu item
    none           20 / 14  the record's title is "" and the text's opening words were not taken
    2-3 below       7 / 6   a rubric or date line taken over the headline
    just below      5 / 7   a kicker taken over the headline
    same line       6 / 3   the headline glued to chrome or cut on its line
    not found       1 / 3   the rules' title or the headline is on no line alone

The one frequent shift is "just above" (32); "just below" and "2-3 below" together are 25
and a third of those are the plain reader's.
"""

from collections import Counter
from pathlib import Path

from bench.leadtrain import read_as_page, read_rules, recorded_pages
from bench.page_fields import flat, spellings, title_ok

KEY = 60  # characters of a title looked for at a line's start


def page_lines(path: Path) -> list[str]:
    """The page's non-empty lines, flattened."""
    lines = (flat(line) for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def line_of(title: str, lines: list[str]) -> int | None:
    """The index of the first line that opens with the title (or that it opens with)."""
    key = flat(title)[:KEY]
    for index, line in enumerate(lines):
        if key and (line.startswith(key) or key.startswith(line[:KEY]) and len(line) > 15):
            return index
    return None


def shift_class(chosen: int | None, wanted: int | None) -> str:
    """The record's headline against the rules' title line: below, above, 2-3 below, ..."""
    if chosen is None or wanted is None:
        return "not found"
    shift = wanted - chosen
    names = {1: "just below", -1: "just above", 2: "2-3 below", 3: "2-3 below"}
    return names.get(shift, "same line" if shift == 0 else "elsewhere")


def miss_class(path: Path, page: dict, title: str) -> str:
    """The class of one title miss."""
    if not page["title"]:
        return "none (record title empty)"
    lines = page_lines(path)
    wanted = min(
        (i for t in spellings(page, "title") if (i := line_of(t, lines)) is not None), default=None
    )
    return shift_class(line_of(title, lines) if title else None, wanted)


def main() -> None:
    """Print the title misses by class, and each miss."""
    counts: Counter = Counter()
    total = 0
    for site, path, page in recorded_pages():
        if (article := read_rules(path)) is None:
            continue
        total += 1
        if title_ok(article, page):
            continue
        kind = miss_class(path, page, article.title)
        counts[kind, read_as_page(path)] += 1
        print(
            f"{kind:26} {site:28} {page['file']:14} {article.title[:50]!r} | {page['title'][:50]!r}"
        )
    print(total, "pages read;", sum(counts.values()), "titles missed")
    for (kind, as_page), count in counts.most_common():
        print(f"{count:5}  {kind}  ({'scraped-page reader' if as_page else 'plain reader'})")


if __name__ == "__main__":
    main()
