"""Training and measuring the learned headline decision (indexer/sources/titlescore.py).

    python -m bench.headlinetrain            train on every recorded text page, write
                                             titlescore.json
    python -m bench.headlinetrain --measure  leave-one-site-out: for each site, train without
                                             its pages and decide theirs; the page fields
                                             against the reader without the decision
                                             (bench/page_fields.py)

Each page is read once without the decision (the rules and the other learned decisions in
place); the line in question is the headline the rules chose, unless they read the copy as one
without a headline. It is labelled from the record: 1 when it is the record's headline, 0 when
the record has none and the text's first sentence standing in is right; else (the rules took
another line than the record's headline) it is left out, as the decision cannot mend it.
Both readers' copies are decided, the scraped-page reader's and the plain reader's (a feature
tells them apart); Wikinews texts keep their first line. Of 10456 recorded text pages through
report317, 6019 headlines are labelled, of 4003 sites (a site = its host: linetrain.site_of).

Leave-one-site-out, fields right of the 10456 (title / date / source / lead / body_start /
body_end / chrome; the reader of 151eed0):

    without the decision  9293 / 9973 / 10402 / 9523 / 9456 / 9574 / 9320
    learned               9374 / 9973 / 10402 / 9523 / 9447 / 9574 / 9358

titles +81 (112 mended, 31 broken), chrome-free bodies +38 (the furniture taken for the title
gone), body starts -9 (where the record's text starts below the line now standing in). The
threshold is chosen on this measure: demoting under 0.4 gives +74 / -6 / +30 (title / body
start / chrome), under 0.6 +58 / -11 / +50. The mended are a site's or an office's name line,
a banner's file name, a list's first item, a teaser of another story or a caption over a copy
without a headline; the broken, headlines worded like a sentence of the text (a quote, a
standfirst-like line). The features include the rules' choice, so a change to the rules calls
for training again; `make weights` checks the stored weights are those the pages train.
"""

from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from bench import decisions
from bench.decisions import decision_weights, read_each, read_without
from bench.leadtrain import read_as_page, recorded_pages
from bench.page_fields import title_ok
from indexer.article import Article
from indexer.sources import copy_text, titlepick
from indexer.sources.titlescore import (
    FEATURE_NAMES,
    WEIGHTS_FILE,
    decided,
    features,
    stand_in,
    using,
)

# Overturn the rules only when sure: chosen by the leave-one-site-out measure.
THRESHOLDS = {"demote_below": 0.5}


def read_rules(path: Path) -> Article | None:
    """The page read without the decision, nor the headline choice that comes after it (None
    when it is no article)."""
    return read_without(path, using, titlepick.using)


def label(article: Article, page: dict) -> int | None:
    """1 when the rules' headline is the record's, 0 when the record has none and the text's
    first sentence stands in right; else None."""
    if page["title"]:
        return 1 if title_ok(article, page) else None
    headless = replace(article, title=stand_in(article))
    return 0 if title_ok(headless, page) and not title_ok(article, page) else None


def site_rows(pages: list[tuple[str, Path, dict]]) -> tuple[dict, list]:
    """The labelled rows of each site, and every page read (site, record, article, (text,
    plain))."""
    data: dict[str, list] = defaultdict(list)
    read = []
    articles = read_each(read_rules, [path for _, path, _ in pages])
    for (site, path, page), article in zip(pages, articles, strict=True):
        if article is None:
            continue
        kept = (copy_text(path.read_text(encoding="utf-8")), not read_as_page(path))
        read.append((site, page, article, kept))
        row = features(article, *kept)
        if row is not None and (target := label(article, page)) is not None:
            data[site].append((row, target))
    return data, read


def train(data: dict[str, list], leave_out: str = "") -> dict:
    """The model trained on every site's rows but `leave_out`'s."""
    return decision_weights(data, leave_out, FEATURE_NAMES, THRESHOLDS)


def redecided(article: Article, kept: tuple[str, bool], weights: dict) -> Article:
    """The article with its headline decided by the given weights (`kept`: the copy as read
    and whether the plain reader read it)."""
    with using(weights):
        return decided(article, *kept)


def main(argv: list[str] | None = None) -> None:
    """Train and write the weights, or measure leave-one-site-out."""
    decisions.main(
        argv, __doc__, lambda: site_rows(recorded_pages()), train, redecided, WEIGHTS_FILE,
        "labelled",
    )  # fmt: skip


if __name__ == "__main__":
    main()
