"""Training and measuring the learned line scorer (indexer/sources/linescore.py).

    python -m bench.linetrain            train on the first six parts' text pages (the 103
                                         of tests/fixtures/scraped, the shared 2), write
                                         linescore.json
    python -m bench.linetrain --measure  leave-one-site-out over every recorded text page
                                         (1239 of 656 sites: the loose pages, every reportNN
                                         part's site folders, folders/, the shared 2): for
                                         each site, train without its pages and read them;
                                         the page fields against the rules alone
                                         (bench/page_fields.py's checks), and line by line
    --all                                train on every recorded page
    --folds N                            measure by N groups of sites (14 s, against 40 s)

(or make lines; LINES_ARGS=--measure). The features include the rules' marks (linekind,
chrome), so a change to those rules calls for training again; `make weights` checks the stored
weights are those the pages train.

Leave-one-site-out on the 1239 pages, fields right (title / date / source / lead / body start /
body end / chrome-free): the rules alone 1090 / 1179 / 1226 / 1014 / 1076 / 1124 / 1074 (7783);
the stored weights (the first six parts) 1090 / 1179 / 1226 / 1016 / 1081 / 1129 / 1083 (7804),
8699 of 9184 lines told right; trained on every page 1090 / 1179 / 1226 / 1015 / 1078 / 1126 /
1080 (7794), 8719 lines. New features (a line's share of Cyrillic, link and hashtag marks,
capitals, separators, quotes, the page's first and last lines, length against the page's,
each alone), a ridge of 10 and training on the lines as the reader scores them
(its folder's repeated lines blanked) read 7793 to 7795 at the same thresholds. Only a higher
chrome_below gains (ridge 10, trained on every page: 0.35 7809, 0.4 7812), as it cuts short
lines the page fields do not check: intertitles (the shared corpus's "Свободный Эрик" at 0.35,
the Sputnik sample's "Автомобильные проекты" at 0.4).
So the weights stay the first six parts'. (Measured before the learned lead decision; with it
in place, leadscore.py, the rules alone read 1090 / 1179 / 1226 / 1030 / 1095 / 1124 / 1074 and
the stored weights 1090 / 1179 / 1226 / 1032 / 1100 / 1129 / 1083.)

Labels come from the hand-written records (tests/fixtures/scraped, its parts kept as site
folders, and ../shared/test-pages/text; expected.json): a line from the body's first sentence
to its last is text unless the record lists it as chrome; a line outside is chrome; the title
and the lead are left out.
"""

import argparse
import json
import re
from collections import defaultdict
from collections.abc import Collection
from pathlib import Path

import numpy as np

from bench.page_fields import flat, load_records, print_compared
from indexer.article import Article
from indexer.sources import read_file
from indexer.sources.glued import unglued
from indexer.sources.linekind import GOOD, density, rule_classes
from indexer.sources.linescore import FEATURE_NAMES, WEIGHTS_FILE, features, text_chances, using
from indexer.sources.pages import page_line

REPO = Path(__file__).resolve().parents[1]
SCRAPED = REPO / "tests" / "fixtures" / "scraped"
FIRST_FOLDERS = (SCRAPED, REPO.parent / "shared" / "test-pages" / "text")
# The parts from the seventh on keep a site's pages in its folder ("report33/pln24.ru/2.txt",
# the records in the part's expected.json); folders/ has a record file in each site's folder.
SITE_PARTS = tuple(sorted(SCRAPED.glob("report*/"), key=lambda part: int(part.name[6:])))
TEXT_FOLDERS = (*FIRST_FOLDERS, *SITE_PARTS, *sorted((SCRAPED / "folders").glob("*/")))
MIRROR = re.compile(r"^(?:www|m)\.")  # "m.ekaraganda.kz" is ekaraganda.kz's mobile copy
L2 = 1.0  # the ridge on the weights, the bias aside
# The chance of text under which a line is sure chrome; lower for a sentence. Chosen by the
# leave-one-site-out measure: at 0.5 it cut last paragraphs (galerka-omsk, nsn.fm); at 0.35
# and 0.4 more page fields come right, but intertitles go ("Автомобильные проекты", 0.38).
THRESHOLDS = {"chrome_below": 0.15, "sentence_chrome_below": 0.05}
ITERATIONS = 25
KEY = 60  # characters of a record's sentence looked for in a line


def recorded_pages(folders: tuple[Path, ...] = TEXT_FOLDERS) -> list[tuple[Path, dict]]:
    """(path, record) of every text page with a hand-written record in the folders."""
    return [
        (folder / page["file"], page)
        for folder in folders
        for page in load_records(folder / "expected.json")
        if page["file"].endswith(".txt")
    ]


def site_of(path: Path) -> str:
    """The site a page comes from: the host its file is named after ("012_news.ru.txt") or
    its site folder ("ratel.kz/1.txt"); its www. or mobile host is the site's
    ("report41/m.ekaraganda.kz/1.txt")."""
    stem = path.stem
    if "." in path.parent.name:
        return MIRROR.sub("", path.parent.name)
    return MIRROR.sub("", stem.split("_", 1)[1]) if "_" in stem else f"{path.parent.name}/{stem}"


def page_lines(path: Path) -> list[str]:
    """The page's non-empty lines, as the reader splits them."""
    text = path.read_text(encoding="utf-8")
    lines = [part for line in text.splitlines() for part in unglued(page_line(line))]
    return [line for line in lines if line]


def find_line(lines: list[str], sentence: str, last: bool) -> int | None:
    """The index of the line holding a record's sentence (its start, or its end)."""
    key = flat(sentence)[-KEY:] if last else flat(sentence)[:KEY]
    order = range(len(lines) - 1, -1, -1) if last else range(len(lines))
    return next((i for i in order if key and key in flat(lines[i])), None)


def labels(lines: list[str], page: dict) -> list[int | None] | None:
    """1 for text, 0 for chrome, None for the title and lead; None when the body is not found."""
    start, end = (
        find_line(lines, page["body_start"], False),
        find_line(lines, page["body_end"], True),
    )
    if start is None or end is None or end < start:
        return None
    chrome = [flat(item) for item in page["chrome"]]
    heads = {flat(page["title"]), flat(page.get("lead", ""))} - {""}
    found: list[int | None] = []
    for i, line in enumerate(lines):
        text = flat(line)
        inside = start <= i <= end and not any(item and item in text for item in chrome)
        found.append(None if text in heads else int(inside))
    return found


def page_data(path: Path, page: dict) -> tuple[np.ndarray, np.ndarray] | None:
    """The feature rows and labels of a page's labelled lines, or None."""
    lines = page_lines(path)
    found = labels(lines, page) if lines else None
    if found is None:
        return None
    matrix = page_matrix(lines)
    keep = np.array([label is not None for label in found])
    return matrix[keep], np.array([label for label in found if label is not None], dtype=float)


def page_matrix(lines: list[str]) -> np.ndarray:
    """The scorer's features of a page's lines, the rules' classes among them."""
    good = [kind == GOOD for kind in rule_classes(lines)]
    return features(lines, [density(line) for line in lines], good)


def fit(matrix: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Logistic regression weights by Newton's steps, with a ridge on all but the bias."""
    w = np.zeros(matrix.shape[1])
    ridge = np.full(matrix.shape[1], L2)
    ridge[0] = 0.0
    for _ in range(ITERATIONS):
        chance = 1.0 / (1.0 + np.exp(-(matrix @ w)))
        gradient = matrix.T @ (chance - target) + ridge * w
        hessian = (matrix * (chance * (1 - chance))[:, None]).T @ matrix + np.diag(ridge + 1e-9)
        w -= np.linalg.solve(hessian, gradient)
    return w


def train(data: dict[str, list], leave_out: Collection[str] = ()) -> dict:
    """The model trained on every site's pages but those of the sites in `leave_out`."""
    rows = [item for site, items in data.items() if site not in leave_out for item in items]
    matrix = np.vstack([m for m, _ in rows])
    target = np.concatenate([t for _, t in rows])
    return {
        "features": list(FEATURE_NAMES),
        "weights": fit(matrix, target).round(4).tolist(),
        **THRESHOLDS,
    }


def held_out(data: dict[str, list], sites: set[str], folds: int = 0) -> dict[str, dict]:
    """For each site, the model trained without its pages; with `folds`, the sites split
    into that many groups, each read by the model trained without its group (quicker)."""
    if not folds:
        return {site: train(data, {site}) for site in sites}
    groups = [set(sorted(sites)[i::folds]) for i in range(folds)]
    return {site: model for group in groups for model in [train(data, group)] for site in group}


def site_data(pages: list[tuple[Path, dict]]) -> dict[str, list]:
    """The labelled rows of each site's pages, rules alone deciding the features."""
    data: dict[str, list] = defaultdict(list)
    with using({"weights": None}):
        for path, page in pages:
            if (rows := page_data(path, page)) is not None:
                data[site_of(path)].append(rows)
    return data


def measure(pages: list[tuple[Path, dict]], models: dict[str, dict]) -> None:
    """Leave-one-site-out page fields against the rules alone, printed per field; the pages
    where they differ, as they do."""
    print_compared(
        (site_of(path), page, read_with(path, {"weights": None}), read_with(path, models[site]))
        for path, page in pages
        for site in [site_of(path)]
    )


def measure_lines(labelled: dict[str, list], models: dict[str, dict]) -> None:
    """Leave-one-site-out line by line: of the labelled lines of every site, how many the
    model trained without that site tells right (text at a chance of 0.5 or more), and how
    many of its sure chrome (under the threshold for a line that is no sentence) are chrome
    or text."""
    right = total = lost = caught = 0
    for site, items in labelled.items():
        model = models[site]
        for matrix, target in items:
            chances = text_chances(matrix, model)
            right += int(((chances >= 0.5) == (target == 1)).sum())
            sure = chances < model["chrome_below"]
            lost, caught = (
                lost + int((sure & (target == 1)).sum()),
                caught + int((sure & (target == 0)).sum()),
            )
            total += len(target)
    print(f"lines {right} of {total} told right; sure chrome: {caught} chrome, {lost} text lines")


def read_with(path: Path, weights: dict) -> Article:
    """A recorded page read with the given weights."""
    with using(weights):
        (article,) = read_file(path)
    return article


def main(argv: list[str] | None = None) -> None:
    """Train and write the weights, or measure leave-one-site-out."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", action="store_true", help="leave-one-site-out figures")
    parser.add_argument("--all", action="store_true", help="train on every recorded page")
    parser.add_argument("--folds", type=int, default=0, help="measure by N groups of sites")
    args = parser.parse_args(argv)
    pages = recorded_pages()
    data = site_data(pages if args.all else recorded_pages(FIRST_FOLDERS))
    if args.measure:
        models = held_out(data, {site_of(path) for path, _ in pages}, args.folds)
        measure_lines(data if args.all else site_data(pages), models)
        measure(pages, models)
        return
    WEIGHTS_FILE.write_text(
        json.dumps(train(data), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{sum(len(t) for items in data.values() for _, t in items)} lines of {len(data)} sites")


if __name__ == "__main__":
    main()
