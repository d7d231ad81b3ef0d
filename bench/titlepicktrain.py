"""Training and measuring the learned headline choice (indexer/sources/titlepick.py).

    python -m bench.titlepicktrain            train on every recorded text page, write
                                              titlepick.json
    python -m bench.titlepicktrain --measure  sites in ten folds: each fold's pages chosen by
                                              the model trained on the other nine; the page
                                              fields against the reader without the choice
                                              (bench/page_fields.py)

Each page is read once without the choice (the rules and the other learned decisions in
place). Its lines above the text and its standfirst (titlepick.choices) are labelled from the
record: 1 for a line that gives the record's headline, else 0; a page is trained on when one of
them does. A conditional logit (a softmax over a page's lines) is fitted by Newton's steps with
a ridge. Ten folds of sites rather than one site left out at a time: a fit takes seconds, and
six thousand of them would take hours; no page is chosen by a model that saw its site.

Sites in ten folds, fields right of the 11,048 recorded text pages through report331 (title /
date / source / lead / body start / body end / chrome-free; the reader of 6bb20bd):

    without the choice      9875 / 10529 / 10994 / 10077 / 9983 / 10118 / 9885
    margin 0 (kept)         9951 / 10529 / 10994 / 10087 / 9983 / 10118 / 9941

With report332 to report337 in (11,244 pages, every decision retrained): without the choice 10053 /
10723 / 11189 / 10253 / 10162 / 10308 / 10071, with it 10131 / 10723 / 11189 / 10262 / 10162 /
10308 / 10129. With report338 to report343 in (11,440 pages, every decision retrained, the rules of
b3cea33 and after): without the choice 10230 / 10912 / 11385 / 10451 / 10352 / 10494 / 10257, with
it 10300 / 10912 / 11385 / 10458 / 10352 / 10494 / 10308. With report344 to report349 in (11,649
pages), a line the folder's other pages repeat (its learnt chrome) and a page title that is another
line's headline with the site's name after it no longer choices: without the choice 10425 / 11109 /
11594 / 10647 / 10551 / 10693 / 10451, with it 10515 / 11109 / 11594 / 10656 / 10551 / 10693 /
10505. On the 11,048 (the first measure): titles +76 (107 mended, 31 broken), chrome-free bodies
+56 (71 / 15: the furniture taken for the title gone), leads +10 (18 / 8). The mended are a site's,
an office's or a region's name line, a rubric, the weather, a date line with its source, a digest's
label over the headline, and standfirsts that were the headline; the broken, near ties: a
standfirst or a teaser below the headline, an office's name in capitals. Kept out, each on the
choice as kept: margin 0.05 (9952 titles, 9942 chrome-free: a tie); the ridge 0.5 / 2 (9955 / 9946
titles, 9940 / 9937 chrome-free); the body's first line a choice too, where there is no standfirst
(9945 titles, 9946 chrome-free; it took text lines for headlines). Before the standfirst was a
choice: margin 0.1 / 0.2 cost 8 / 18 titles; the likeness to the site's host gained 2 titles and 3
chrome-free. A softmax with the text's first sentence standing in as one more choice (a copy
without a headline) broke more than it mended (9870 titles): that decision stays with titlescore.

The features include the rules' choice, so a change to the rules calls for training again;
`make weights` checks the stored weights are those the pages train.
"""

import argparse
import json
import random
from dataclasses import dataclass, replace
from multiprocessing import Pool
from pathlib import Path

import numpy as np

from bench.decisions import read_without
from bench.leadtrain import read_as_page, recorded_pages
from bench.page_fields import print_compared, title_ok
from indexer.article import Article
from indexer.sources import copy_text, folder_chrome
from indexer.sources.titlepick import FEATURE_NAMES, WEIGHTS_FILE, choices, picked, using

# Take another line only when the model prefers it by this much: chosen on the folds' measure.
MARGIN = 0.0
L2 = 1.0  # the ridge on every weight: the softmax has no bias to spare
ITERATIONS = 12
FOLDS = 10
SEED = 5  # how the sites are dealt into folds


@dataclass
class Page:
    """A recorded page read without the choice: its site and record, the article, what the
    choice reads beside it (the copy as read, whether the plain reader read it, its folder's
    chrome), and its lines' feature rows and labels (None when there is nothing to choose)."""

    site: str
    record: dict
    article: Article
    kept: tuple[str, bool, frozenset[str]]
    rows: np.ndarray | None
    labels: np.ndarray | None


def read_page(site: str, path: Path, record: dict) -> Page | None:
    """The page read without the choice, its lines labelled; None when it is no article."""
    if (article := read_without(path, using)) is None:
        return None
    text = copy_text(path.read_text(encoding="utf-8"))
    kept = (text, not read_as_page(path), folder_chrome(str(path.parent)))
    found = choices(article, *kept)
    if found is None:
        return Page(site, record, article, kept, None, None)
    lines, rows = found
    labels = np.array([title_ok(replace(article, title=line.title), record) for line in lines])
    return Page(site, record, article, kept, rows, labels.astype(float))


def read_pages() -> list[Page]:
    """Every recorded text page read without the choice (a process a core)."""
    with Pool() as pool:
        pages = pool.starmap(read_page, recorded_pages(), chunksize=16)
    return [page for page in pages if page is not None]


def fit(groups: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """Conditional logit weights: each group a page's lines (rows) and which are right."""
    size = groups[0][0].shape[1]
    w = np.zeros(size)
    for _ in range(ITERATIONS):
        gradient, hessian = L2 * w, np.diag(np.full(size, L2))
        for rows, labels in groups:
            scores = rows @ w
            chance = np.exp(scores - scores.max())
            chance /= chance.sum()
            gradient += rows.T @ (chance - labels / labels.sum())
            hessian += rows.T @ (np.diag(chance) - np.outer(chance, chance)) @ rows
        w -= np.linalg.solve(hessian, gradient)
    return w


def train(pages: list[Page], leave_out: frozenset[str] = frozenset()) -> dict:
    """The model trained on the pages of every site but those in `leave_out`."""
    groups = [
        (page.rows, page.labels)
        for page in pages
        if page.site not in leave_out and page.labels is not None and page.labels.any()
    ]
    weights = fit(groups).round(4).tolist()
    return {"features": list(FEATURE_NAMES), "weights": weights, "margin": MARGIN}


def folds(pages: list[Page]) -> list[frozenset[str]]:
    """The sites dealt into FOLDS folds at random (SEED)."""
    sites = sorted({page.site for page in pages})
    random.Random(SEED).shuffle(sites)
    return [frozenset(sites[n::FOLDS]) for n in range(FOLDS)]


def repicked(page: Page, weights: dict) -> Article:
    """The page's article with its headline chosen by the given weights."""
    with using(weights):
        return picked(page.article, *page.kept)


def measure(pages: list[Page]) -> None:
    """Each fold's pages chosen by the model trained without the fold's sites; the page
    fields against the reading without the choice."""
    models = {}
    for fold in folds(pages):
        weights = train(pages, fold)
        models |= dict.fromkeys(fold, weights)
    print_compared(
        (page.site, page.record, page.article, repicked(page, models[page.site])) for page in pages
    )


def main(argv: list[str] | None = None) -> None:
    """Train and write the weights, or measure on folds of sites."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", action="store_true", help="figures on folds of sites")
    args = parser.parse_args(argv)
    pages = read_pages()
    trained = sum(page.labels is not None and bool(page.labels.any()) for page in pages)
    print(f"{len(pages)} pages read, {trained} with a right line above the text")
    if args.measure:
        measure(pages)
        return
    text = json.dumps(train(pages), ensure_ascii=False, indent=1) + "\n"
    WEIGHTS_FILE.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
