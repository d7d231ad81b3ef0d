"""An incremental build holds exactly what a full build of the same corpus holds.

Each test replays one sequence of ordinary corpus changes that once lost articles
(the rows R1..R8 of the report), then compares the incremental index with a
`--full` build of the same paths, document by document, every stored field.
"""

import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from incremental_machine import run_machine
from indexed import Denials, stored_documents

from indexer import SearchEngine, SearchRequest
from indexer.engine import plan
from indexer.sources import fields
from indexer.writing.build import StrictBuildFailed, build_index
from indexer.writing.manifest import load_manifest


def record(n: int, text: str = "", url: str = "") -> dict:
    return {
        "url": url or f"https://example.ru/news/{n}",
        "title": f"Новость номер {n}",
        "text": text or f"Текст новости {n} о товарообороте и санкциях.",
    }


def write(path: Path, *records: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return path


class Builds:
    """Incremental builds of one index, each checked against a fresh full build."""

    def __init__(self, root: Path):
        self.root, self.index, self.fulls = root, root / "index", 0

    def incremental(self, *paths, **options):
        return build_index(paths, self.index, jobs=1, progress=False, **options)

    def full(self, *paths) -> dict[str, dict]:
        self.fulls += 1
        target = self.root / f"full-{self.fulls}"
        build_index(paths, target, full=True, jobs=1, progress=False)
        return stored_documents(target)

    def check(self, *paths, **options) -> dict[str, dict]:
        """Build incrementally; the index must equal a full build's, field by field."""
        self.incremental(*paths, **options)
        documents = stored_documents(self.index)
        assert documents == self.full(*paths)
        return documents


@pytest.fixture
def builds(tmp_path) -> Builds:
    return Builds(tmp_path)


@pytest.fixture
def corpus(tmp_path) -> Path:
    (tmp_path / "c").mkdir()
    return tmp_path / "c"


def urls(documents: dict[str, dict]) -> list[str]:
    return sorted(doc["url"] for doc in documents.values())


def bodies(documents: dict[str, dict]) -> list[str]:
    return sorted(doc["body"] for doc in documents.values())


def test_r1_a_copy_then_deleting_the_original_keeps_the_articles(builds, corpus):
    write(corpus / "b.jsonl", *[record(n) for n in range(20)])
    builds.check(corpus)
    shutil.copy(corpus / "b.jsonl", corpus / "z.jsonl")
    builds.check(corpus)
    (corpus / "b.jsonl").unlink()
    assert len(builds.check(corpus)) == 20


def test_r2_one_url_with_two_texts_the_kept_file_deleted(builds, corpus):
    write(corpus / "a.jsonl", record(1, "Первый текст о выборах."))
    write(corpus / "b.jsonl", record(1, "Второй текст о выборах."), record(2))
    assert bodies(builds.check(corpus))[0] == "Первый текст о выборах."
    (corpus / "a.jsonl").unlink()
    assert "Второй текст о выборах." in bodies(builds.check(corpus))


def test_r2_one_url_with_two_texts_the_kept_line_deleted(builds, corpus):
    write(corpus / "a.jsonl", record(1, "Первый текст о выборах."), record(3))
    write(corpus / "b.jsonl", record(1, "Второй текст о выборах."), record(2))
    builds.check(corpus)
    write(corpus / "a.jsonl", record(3))
    assert len(builds.check(corpus)) == 3


def test_r3_a_new_file_sorting_first_brings_another_text_for_an_indexed_url(builds, corpus):
    write(corpus / "m.jsonl", record(1, "Старый текст о выборах."))
    builds.check(corpus)
    write(corpus / "a.jsonl", dict(record(1, "Новый текст о выборах."), title="Новый заголовок"))
    documents = builds.check(corpus)
    assert [doc["title"] for doc in documents.values()] == ["Новый заголовок"]


@pytest.mark.parametrize("change", ["edit", "delete"])
def test_r4_one_text_under_two_urls_the_kept_one_changed(builds, corpus, change):
    write(corpus / "a.jsonl", record(1, "Один текст под двумя адресами."), record(3))
    write(corpus / "b.jsonl", record(1, "Один текст под двумя адресами.", url="https://m.ru/2"))
    assert "https://m.ru/2" not in urls(builds.check(corpus))
    kept = [record(1, "Текст поправили.")] if change == "edit" else []
    write(corpus / "a.jsonl", *kept, record(3))
    assert "https://m.ru/2" in urls(builds.check(corpus))


def test_r4d_a_text_duplicate_arrives_in_a_new_file_sorting_first(builds, corpus):
    write(corpus / "m.jsonl", record(1, "Один текст под двумя адресами."))
    builds.check(corpus)
    write(corpus / "a.jsonl", record(1, "Один текст под двумя адресами.", url="https://m.ru/2"))
    assert urls(builds.check(corpus)) == ["https://m.ru/2"]


def test_r5_a_same_size_edit_with_the_time_restored_is_seen_with_checksum(builds, corpus):
    path = write(corpus / "a.jsonl", record(1, "Текст о выборах в 2023 году."))
    builds.check(corpus, checksum=True)
    times = os.stat(path)
    write(path, record(1, "Текст о выборах в 2024 году."))  # the same length
    os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns))
    assert os.stat(path).st_size == times.st_size
    assert bodies(builds.check(corpus, checksum=True)) == ["Текст о выборах в 2024 году."]


def test_r5_without_checksum_the_same_size_edit_is_the_documented_blind_spot(builds, corpus):
    path = write(corpus / "a.jsonl", record(1, "Текст о выборах в 2023 году."))
    builds.incremental(corpus)
    times = os.stat(path)
    write(path, record(1, "Текст о выборах в 2024 году."))
    os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns))
    assert bodies(stored_documents(builds.index)) == ["Текст о выборах в 2023 году."]
    assert builds.incremental(corpus).read == 0


def test_r6_a_file_unreadable_at_first_is_read_once_permissions_are_fixed(
    builds, corpus, monkeypatch
):
    denials = Denials(monkeypatch)
    write(corpus / "a.jsonl", record(1))
    locked = write(corpus / "b.jsonl", record(2), record(3))
    denials.deny(locked)
    report = builds.incremental(corpus)
    assert [str(skip) for skip in report.skips] == [f"{locked}: unreadable: permission denied"]
    denials.allow(locked)
    assert len(builds.check(corpus)) == 3


@pytest.mark.parametrize("target", ["file", "folder"])
def test_r6b_unreadable_input_keeps_its_articles_with_a_warning(
    builds, corpus, monkeypatch, target
):
    denials = Denials(monkeypatch)
    write(corpus / "a.jsonl", record(1))
    locked = write(corpus / "sub" / "b.jsonl", record(2), record(3))
    builds.check(corpus)
    denials.deny(locked if target == "file" else locked.parent)
    report = builds.incremental(corpus)
    assert len(stored_documents(builds.index)) == 3
    assert (report.removed, report.unchanged) == (0, 3)
    kept = f"{locked}: unreadable: permission denied; its 2 indexed articles kept as they were"
    assert kept in [str(skip) for skip in report.skips]
    denials.allow(locked if target == "file" else locked.parent)
    write(locked, record(2))  # edited while unreadable: read again, not carried over
    assert len(builds.check(corpus)) == 2


def test_r6b_strict_fails_on_an_unreadable_file_before_committing(builds, corpus, monkeypatch):
    write(corpus / "a.jsonl", record(1))
    builds.check(corpus)
    write(corpus / "b.jsonl", record(2))
    Denials(monkeypatch).deny(corpus / "a.jsonl")
    with pytest.raises(StrictBuildFailed, match="1 items skipped"):
        builds.incremental(corpus, strict=True)
    assert urls(stored_documents(builds.index)) == ["https://example.ru/news/1"]


def test_r7_a_folder_and_a_file_inside_it_given_together(builds, corpus):
    write(corpus / "a.jsonl", record(1), record(2))
    builds.check(corpus, corpus / "a.jsonl")
    report = builds.incremental(corpus, corpus / "a.jsonl")
    assert (report.read, report.unchanged, report.removed) == (0, 2, 0)
    assert len(builds.check(corpus, corpus / "a.jsonl")) == 2


def test_r7b_the_same_file_given_twice(builds, corpus):
    path = write(corpus / "a.jsonl", record(1))
    builds.check(path, path)
    report = builds.incremental(path, path)
    assert (report.removed, report.skipped, report.articles) == (0, 0, 1)


def test_r8_a_symlink_sorting_before_its_target_then_removed(builds, corpus):
    target = write(corpus / "z.jsonl", record(1))
    (corpus / "a.jsonl").symlink_to(target)
    builds.check(corpus)
    assert list(load_manifest(builds.index)) == [str(target.resolve())]
    (corpus / "a.jsonl").unlink()
    assert len(builds.check(corpus)) == 1


# Five scraped pages of one site (tests/fixtures/scraped/report41): with one of them in the
# folder, nothing repeats, and the weather widget over the headline gives the title (its place
# name taken for no headline by the learned look at it, its pressure line standing in); with
# five, the site's lines are learnt as chrome.
SITE_PAGES = Path(__file__).parent / "fixtures" / "scraped" / "report41" / "pavlodar.city"
WIDGET_TITLE = "давление: 752 мм.рт.ст."
HEADLINE = "Вчера в Павлодарской области сгорело 56 дач"


def titles(documents: dict[str, dict]) -> list[str]:
    return [doc["title"] for doc in documents.values()]


@pytest.mark.parametrize("suffix", [".txt", ".md"])  # a Markdown copy's folder counts alike
def test_r9_pages_added_beside_an_unchanged_page_change_how_it_reads(builds, corpus, suffix):
    site = corpus / "pavlodar.city"
    site.mkdir()
    shutil.copy(SITE_PAGES / "2.txt", site / f"2{suffix}")
    assert WIDGET_TITLE in titles(builds.check(corpus))
    for n in (1, 3, 4, 5):
        shutil.copy(SITE_PAGES / f"{n}.txt", site / f"{n}{suffix}")
    documents = builds.check(corpus)
    assert HEADLINE in titles(documents) and WIDGET_TITLE not in titles(documents)
    for n in (1, 3, 4, 5):
        (site / f"{n}{suffix}").unlink()
    assert WIDGET_TITLE in titles(builds.check(corpus))


def test_r9_a_page_that_changes_nothing_the_folder_repeats_is_the_only_one_read(builds, corpus):
    site = corpus / "pavlodar.city"
    shutil.copytree(SITE_PAGES, site, ignore=shutil.ignore_patterns("*.json", "*.md"))
    builds.check(corpus)
    (site / "6.txt").write_text("Заметка редакции\n\nТекст заметки о погоде в Павлодаре.\n")
    assert builds.incremental(corpus).read == 1
    assert stored_documents(builds.index) == builds.full(corpus)


def test_the_manifest_keeps_duplicates_too(builds, corpus):
    write(corpus / "a.jsonl", record(1), record(1), record(2))
    builds.check(corpus)
    (entry,) = load_manifest(builds.index).values()
    assert entry.count() == 3


def test_strict_fails_on_a_bad_line_and_leaves_the_old_index_and_manifest(builds, corpus):
    write(corpus / "a.jsonl", record(1))
    builds.check(corpus)
    manifest = (builds.index / "manifest.json").read_text()
    (corpus / "b.jsonl").write_text(json.dumps(record(2)) + "\n{broken\n")
    with pytest.raises(StrictBuildFailed):
        builds.incremental(corpus, strict=True)
    assert urls(stored_documents(builds.index)) == ["https://example.ru/news/1"]
    assert (builds.index / "manifest.json").read_text() == manifest


def test_random_corpus_changes_keep_incremental_equal_to_full():
    """A few random sequences here; `make stress` runs hundreds."""
    run_machine(max_examples=8, steps=10)


def cleaned_titles(monkeypatch) -> list[str]:
    """The titles of the dump records cleaned into articles from now on."""
    cleaned = []
    read_record = fields.read_record

    def spy(record, *args):
        cleaned.append(record.get("title"))
        return read_record(record, *args)

    monkeypatch.setattr(fields, "read_record", spy)
    return cleaned


def csv_file(path: Path, *records: dict) -> Path:
    rows = ['"url","title","text"'] + [
        ",".join(f'"{r[name]}"' for name in ("url", "title", "text")) for r in records
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("write_dump", [write, csv_file], ids=["jsonl", "csv"])
def test_a_changed_dump_cleans_its_changed_records_alone(builds, corpus, monkeypatch, write_dump):
    news = [record(n) for n in range(30)]
    dump = corpus / ("a.jsonl" if write_dump is write else "a.csv")
    write_dump(dump, *news, news[3])  # the last line repeats the fourth: a duplicate
    builds.incremental(corpus)
    # One article corrected, one added at the top (every line below it moves), one dropped.
    news[7] = record(7, "Текст новости 7 исправлен редакцией.")
    write_dump(dump, record(99), *news[:20], *news[21:], news[3])
    cleaned = cleaned_titles(monkeypatch)
    report = builds.incremental(corpus)
    assert sorted(cleaned) == ["Новость номер 7", "Новость номер 99"]
    assert (report.added, report.updated, report.removed) == (1, 1, 1)
    assert (report.unchanged, report.duplicates) == (28, 1)
    monkeypatch.undo()
    builds.check(corpus)  # and the index is a full build's, field by field


def test_a_dump_copied_elsewhere_is_read_in_full(builds, corpus, monkeypatch):
    write(corpus / "a.jsonl", *[record(n) for n in range(5)])
    builds.incremental(corpus)
    (corpus / "a.jsonl").rename(corpus / "b.jsonl")  # another path: no saved records of its own
    cleaned = cleaned_titles(monkeypatch)
    builds.incremental(corpus)
    assert len(cleaned) == 5
    monkeypatch.undo()
    builds.check(corpus)


def scores(index: Path, q: str) -> dict[str, float]:
    """Each hit's title and score for a query, rounded past float noise."""
    hits = SearchEngine(index).search(SearchRequest(q=q)).hits
    return {hit.title: round(hit.score, 4) for hit in hits}


def test_an_incremental_index_scores_as_a_full_one_after_deletions(builds, corpus):
    # Deleted articles stay in their segment until a merge: their lengths and postings must
    # not change the averages and document frequencies the live articles are scored by.
    news = [
        record(n, f"Санкции ударили по рынку. {'Биржа закрылась. ' * n}Рынок упал {n + 1} раз.")
        for n in range(4)
    ]
    other = [record(n, "Рынок рынок рынок: торги шли вяло весь день.") for n in range(4, 40)]
    write(corpus / "a.jsonl", *news, *other)
    builds.incremental(corpus)
    write(corpus / "a.jsonl", *news)  # 36 of the segment's 40 articles deleted
    builds.check(corpus)
    found = scores(builds.index, "санкции рынок")
    assert len(found) == 4
    assert found == scores(builds.root / f"full-{builds.fulls}", "санкции рынок")


def dated(n: int, day: int) -> dict:
    """An article whose text is every other's: equal scores for any query."""
    return {**record(n, "Санкции ударили по рынку."), "date": f"2020-01-{day:02d}"}


def test_equal_scores_come_newest_first_in_one_order_however_the_index_was_built(builds, corpus):
    write(corpus / "b.jsonl", dated(1, 5), dated(2, 7), dated(3, 7))
    builds.incremental(corpus)
    # A full build reads this file first, so its articles get the first document numbers.
    write(corpus / "a.jsonl", dated(4, 6), dated(5, 7))
    builds.check(corpus)
    request = SearchRequest(q="санкции рынок")
    incremental = SearchEngine(builds.index).search(request).hits
    full = SearchEngine(builds.root / f"full-{builds.fulls}").search(request).hits
    assert len({hit.score for hit in incremental}) == 1
    assert [hit.date.day for hit in incremental] == [7, 7, 7, 6, 5]
    assert [hit.title for hit in incremental] == [hit.title for hit in full]
    by_date = [
        [hit.id for hit in SearchEngine(index).search(replace(request, sort="date")).hits]
        for index in (builds.index, builds.root / f"full-{builds.fulls}")
    ]
    assert by_date[0] == by_date[1]


def scores_after_deleting_others(builds, corpus, kept: list[dict]) -> list[dict[str, float]]:
    """The scores for «рынок» of an index built with `kept` and 20 articles holding «биржа»
    alone, then incrementally without those, and of a full build of `kept`."""
    gone = [record(n, "Биржа открылась, биржа закрылась.") for n in range(25, 45)]
    write(corpus / "a.jsonl", *kept, *gone)
    builds.incremental(corpus)
    write(corpus / "a.jsonl", *kept)
    builds.check(corpus)
    return [
        scores(index, "рынок") for index in (builds.index, builds.root / f"full-{builds.fulls}")
    ]


def test_a_one_word_query_with_feedback_scores_as_in_a_full_build_after_deletions(builds, corpus):
    # The best matches' leads share «биржа» and «акция» (the feedback words, weighed by how
    # rare they are in bodies); the deleted articles held «биржа» alone.
    kept = [
        {
            **record(n, f"{'Рынок снова упал. ' * (n % 5 + 1)}Биржа и акции."),
            "lead": "Биржа и акции.",
        }
        for n in range(25)
    ]
    found, full = scores_after_deleting_others(builds, corpus, kept)
    assert len(found) == 10
    assert found == full


def test_feedback_weighs_a_word_with_a_weak_reading_as_a_full_build_after_deletions(builds, corpus):
    # «судно» marks the best matches' leads; no body names it, but half of them hold «Суда»,
    # судно's weak reading (the courts' «суд» is likelier). A full build's rarity of «судно»
    # counts the plain term alone: so must an incremental one, which counts live postings.
    kept = [
        {
            **record(
                n,
                f"{'Рынок снова упал. ' * (n % 5 + 1)}Биржа и акции."
                f"{' Суда вышли в море.' * (n % 2)}",
            ),
            "lead": "Биржа, судно и акции.",
        }
        for n in range(25)
    ]
    found, full = scores_after_deleting_others(builds, corpus, kept)
    assert len(found) == 10
    assert found == full


def after_deleting(builds, corpus, gone, kept) -> list[SearchEngine]:
    """Engines over an index built with `gone` and `kept`, then incrementally without `gone`,
    and over a full build of `kept` alone: what one answers, the other must."""
    write(corpus / "a.jsonl", *gone)
    write(corpus / "b.jsonl", *kept)
    builds.incremental(corpus)
    (corpus / "a.jsonl").unlink()
    builds.check(corpus)
    return [SearchEngine(index) for index in (builds.index, builds.root / f"full-{builds.fulls}")]


def test_a_word_whose_articles_were_deleted_is_corrected_as_after_a_full_build(builds, corpus):
    # Whoosh still counts the deleted articles until a merge; the correction must not.
    jobs = [record(n, f"Стив Джобс представил телефон номер {n}.") for n in range(8)]
    jones = [record(n, f"Том Джонс выступил с концертом номер {n}.") for n in range(8, 16)]
    engines = after_deleting(builds, corpus, jobs, jones)
    pages = [engine.search(SearchRequest(q="джобс")) for engine in engines]
    # Both show the articles of «джонс» in its place, saying so.
    shown = [(page.corrected_from, page.request.q, page.total) for page in pages]
    assert shown == [("джобс", "джонс", 8)] * 2


def test_a_prefix_is_not_filled_with_words_only_deleted_articles_held(builds, corpus, monkeypatch):
    monkeypatch.setattr(plan, "MAX_EXPANSION", 4)  # «ка*» stands for at most four words
    gone = [record(n, text) for n, text in enumerate(("Кабан.", "Кабель.", "Кабина."))]
    kept = [record(n, text) for n, text in enumerate(("Казак.", "Казна.", "Каток.", "Каша."), 3)]
    engines = after_deleting(builds, corpus, gone, kept)
    pages = [engine.search(SearchRequest(q="ка*")) for engine in engines]
    # The four live words, all of them: every kept article, and no notice of a cut prefix.
    assert [(page.total, page.notice) for page in pages] == [(4, None)] * 2


def test_completions_leave_out_words_only_deleted_articles_held(builds, corpus):
    gone = [record(n, f"Кабан вышел к дороге {n}.") for n in range(6)]
    kept = [record(n, f"Казак спел песню {n}.") for n in range(6, 9)]
    offered = [engine.complete("ка") for engine in after_deleting(builds, corpus, gone, kept)]
    assert offered == [["казак"], ["казак"]]
