"""Input formats and bad input: JSON Lines, CSV, plain text, archives, compression, encodings."""

import bz2
import gzip
import io as stdio
import json
import os
import tarfile
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from indexer.article import Article, Skip
from indexer.sources import io as sio
from indexer.sources import read_articles, read_file
from indexer.sources.charsets import detect_encoding
from indexer.sources.fields import dataset_source, parse_keywords, record_to_article
from indexer.sources.urls import clean_url, host_source, url_date, url_host, url_rubric

RT_RECORD = {
    "url": "https://russian.rt.comhttps://russian.rt.com/world/article/455367-ssha-turciya",
    "title": "Судебное  давление",
    "summary": "Лид статьи.",
    "content": "Первый абзац.\n\nВторой   абзац.",
    "keywords": ["Турция", "сша", "турция", " Иран "],
}


def jsonl(*records: object) -> str:
    return "".join(
        (r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records
    )


def articles(items) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def skips(items) -> list[Skip]:
    return [item for item in items if isinstance(item, Skip)]


def add_member(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tar.addfile(info, stdio.BytesIO(data))


# JSON Lines


def test_jsonl_record_becomes_a_clean_article(tmp_path):
    path = tmp_path / "russia_today_0.jsonlines"
    path.write_text(jsonl(RT_RECORD), encoding="utf-8")
    (article,) = read_file(path)
    assert article.url == "https://russian.rt.com/world/article/455367-ssha-turciya"
    assert (article.source, article.rubric, article.date) == ("RT", "Мир", None)
    assert (article.title, article.lead) == ("Судебное давление", "Лид статьи.")
    assert article.body == "Первый абзац.\nВторой абзац."
    assert article.keywords == ("турция", "сша", "иран")
    assert article.origin == f"{path}:1"


def test_malformed_json_line_among_good_ones(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(
        jsonl(RT_RECORD, '{"title": "broken', "", "[1, 2]", RT_RECORD), encoding="utf-8"
    )
    items = list(read_file(path))
    assert [a.origin for a in articles(items)] == [f"{path}:1", f"{path}:5"]
    assert skips(items) == [
        Skip(str(path), 2, "malformed JSON: Unterminated string starting at"),
        Skip(str(path), 4, "not a JSON object: list"),
    ]


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"foo": 1, "bar": 2}, "no text field (fields: foo, bar)"),
        ({"title": " ", "content": "\n\n"}, "empty article"),
        ({"url": "https://ria.ru/x", "text": ""}, "empty article"),
    ],
)
def test_records_without_text_are_skipped(tmp_path, record, reason):
    path = tmp_path / "x.jsonl"
    path.write_text(jsonl(record), encoding="utf-8")
    assert list(read_file(path)) == [Skip(str(path), 1, reason)]


def test_empty_content_with_a_summary_uses_the_summary_as_body(tmp_path):
    path = tmp_path / "rt.jsonl"
    path.write_text(jsonl({**RT_RECORD, "content": ""}), encoding="utf-8")
    (article,) = read_file(path)
    assert (article.body, article.lead) == ("Лид статьи.", "")


def test_json_array_and_json_lines_in_dot_json(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps([RT_RECORD, RT_RECORD]), encoding="utf-8")
    (tmp_path / "b.json").write_text(jsonl(RT_RECORD, RT_RECORD), encoding="utf-8")
    assert len(articles(read_articles([tmp_path]))) == 4


def test_ria_html_text_is_stripped(tmp_path):
    record = {"title": "заголовок", "text": "<p><strong>москва, 31 янв - риа новости.</strong> "
              "текст &quot;в кавычках&quot;</p>\n<p>второй абзац</p>"}  # fmt: skip
    path = tmp_path / "ria.json.gz"
    path.write_bytes(gzip.compress(jsonl(record).encode()))
    (article,) = read_file(path)
    assert article.body == 'москва, 31 янв - риа новости. текст "в кавычках"\nвторой абзац'
    assert (article.source, article.city) == ("РИА Новости", "Москва")


def test_overlong_line_is_skipped_unparsed(tmp_path):
    path = tmp_path / "big.jsonl"
    huge = json.dumps({"title": "x", "content": "a" * (21 * 2**20)})
    path.write_text(jsonl(RT_RECORD) + huge + "\n" + jsonl(RT_RECORD), encoding="utf-8")
    items = list(read_file(path))
    assert len(articles(items)) == 2
    assert skips(items) == [Skip(str(path), 2, "line longer than 20 MB")]


# Compression


@pytest.mark.parametrize(("suffix", "compress"), [(".gz", gzip.compress), (".bz2", bz2.compress)])
def test_compressed_jsonl(tmp_path, suffix, compress):
    path = tmp_path / f"news.jsonl{suffix}"
    path.write_bytes(compress(jsonl(RT_RECORD, RT_RECORD).encode()))
    assert len(articles(read_file(path))) == 2


def small_blocks_bz2(data: bytes) -> bytes:
    return bz2.compress(data, compresslevel=1)  # 100 kB blocks: a cut one keeps the first ones


TRUNCATED = [(".gz", gzip.compress, "gzip"), (".bz2", small_blocks_bz2, "bz2")]


@pytest.mark.parametrize(("suffix", "compress", "kind"), TRUNCATED)
def test_truncated_compressed_file_keeps_the_records_before_the_break(
    tmp_path, suffix, compress, kind
):
    url = "https://russian.rt.com/world/article/"
    content = [os.urandom(600).hex() for _ in range(200)]
    records = [{**RT_RECORD, "url": f"{url}{i}", "content": text} for i, text in enumerate(content)]
    data = compress(jsonl(*records).encode())
    path = tmp_path / f"news.jsonl{suffix}"
    path.write_bytes(data[: len(data) // 2])
    items = list(read_file(path))
    assert 10 < len(articles(items)) < 200
    (skip,) = skips(items)
    assert skip.reason == f"truncated {kind}"
    assert skip.line == len(articles(items)) + 1


def test_corrupt_gzip(tmp_path):
    path = tmp_path / "news.jsonl.gz"
    path.write_bytes(b"this is not gzip at all")
    (skip,) = read_file(path)
    assert skip.reason.startswith("corrupt gzip")


# CSV

LENTA_CSV = (
    "url,title,text,topic,tags\n"
    'https://lenta.ru/news/2018/12/14/cancer/,Названы регионы,"Текст, с запятой.\n'
    'Второй ""абзац"".",Россия,Общество\n'
)
ODS_CSV = (
    "date,url,edition,topics,authors,title,text,likes\n"
    "2019-08-10 06:35:00,https://ria.ru/20190810/1557366973.html,ria.ru,Происшествия,,"
    'Туристы застряли,"ВЛАДИВОСТОК, 10 авг – РИА Новости. Текст.",3\n'
    "2008-11-21 15:19:14,https://www.sport-interfax.ru/659837,www.sport-interfax.ru,Спорт,,"
    "Спортсмен,Текст о спорте.,0\n"
)


def test_lenta_csv_with_a_multiline_field(tmp_path):
    path = tmp_path / "lenta-ru-news.csv"
    path.write_text(LENTA_CSV, encoding="utf-8")
    (article,) = read_file(path)
    assert article.body == 'Текст, с запятой.\nВторой "абзац".'
    assert (article.source, article.rubric, article.date) == (
        "Lenta.ru",
        "Россия",
        date(2018, 12, 14),
    )
    assert (article.keywords, article.origin) == (("общество",), f"{path}:2")


def test_ods_csv_gz(tmp_path):
    path = tmp_path / "ria.csv.gz"
    path.write_bytes(gzip.compress(ODS_CSV.encode()))
    first, second = read_file(path)
    assert (first.source, first.date, first.rubric, first.city) == (
        "РИА Новости", date(2019, 8, 10), "Происшествия", "Владивосток")  # fmt: skip
    assert (second.source, second.date, second.origin) == (
        "Интерфакс",
        date(2008, 11, 21),
        f"{path}:3",
    )


def test_csv_without_a_text_column_is_one_skip(tmp_path):
    path = tmp_path / "prices.csv"
    path.write_text("a,b\n1,2\n3,4\n", encoding="utf-8")
    assert list(read_file(path)) == [Skip(str(path), None, "no text column (columns: a, b)")]


def test_csv_bad_row_is_skipped_with_its_line(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text(
        "title,text\nОдин,Текст один\nлишнее,поле,здесь\n\nДва,Текст два\n", encoding="utf-8"
    )
    items = list(read_file(path))
    assert [a.title for a in articles(items)] == ["Один", "Два"]
    assert skips(items) == [Skip(str(path), 3, "bad row: 3 fields, header has 2")]


@pytest.mark.parametrize(("name", "delimiter"), [("x.csv", ";"), ("x.tsv", "\t"), ("x.csv", "\t")])
def test_csv_delimiters(tmp_path, name, delimiter):
    path = tmp_path / name
    path.write_text(
        f"title{delimiter}text\nЗаголовок, с запятой{delimiter}Текст\n", encoding="utf-8"
    )
    (article,) = read_file(path)
    assert (article.title, article.body) == ("Заголовок, с запятой", "Текст")


def test_empty_csv(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("", encoding="utf-8")
    assert list(read_file(path)) == [Skip(str(path), None, "empty CSV file")]


# Plain text and encodings

PLAIN = (
    "Семья Обамы приобрела дом в Вашингтоне\n\n"
    "Семья бывшего президента США купила дом.\nВторой абзац.\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8-r"])
def test_plain_text_in_any_encoding(tmp_path, encoding):
    path = tmp_path / "wikinews" / "1.txt"
    path.parent.mkdir()
    path.write_bytes(PLAIN.encode(encoding))
    (article,) = read_file(path)
    assert article.title == "Семья Обамы приобрела дом в Вашингтоне"
    assert article.body == "Семья бывшего президента США купила дом.\nВторой абзац."
    assert (article.source, article.url, article.date, article.origin) == (
        "Викиновости",
        "",
        None,
        str(path),
    )


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1251", "koi8-r"])
def test_csv_and_jsonl_in_any_encoding(tmp_path, encoding):
    (tmp_path / "a.csv").write_bytes(
        "title,text\nПривет,Текст новости о выборах\n".encode(encoding)
    )
    (tmp_path / "b.jsonl").write_bytes(jsonl(RT_RECORD).replace("\\u", "").encode(encoding))
    csv_article, jsonl_article = read_articles([tmp_path])
    assert (csv_article.title, csv_article.body) == ("Привет", "Текст новости о выборах")
    assert jsonl_article.title == "Судебное давление"


def test_undecodable_bytes(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x80\x81" * 50)
    lines = tmp_path / "mixed.jsonl"
    lines.write_bytes(
        jsonl(RT_RECORD).encode() + b'{"title": "\x00\xff\x00"}\n' + jsonl(RT_RECORD).encode()
    )
    items = list(read_articles([tmp_path]))
    assert skips(items) == [Skip(str(tmp_path / "binary.txt"), None, "undecodable bytes"),
                            Skip(str(lines), 2, "undecodable bytes")]  # fmt: skip
    assert len(articles(items)) == 2


def test_nfc_normalisation(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(jsonl({"title": "Мои\u0306 дом", "text": "е\u0308лка"}), encoding="utf-8")
    (article,) = read_file(path)
    assert (article.title, article.body) == ("Мой дом", "ёлка")


# Archives


def test_tar_gz_members_are_read_with_member_paths(tmp_path):
    path = tmp_path / "NEREL-v1.1-texts.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        add_member(tar, "NEREL/dev/1.txt", PLAIN.encode())
        add_member(tar, "NEREL/dev/2.txt", "Другой заголовок\n\nТекст.\n".encode("cp1251"))
        add_member(tar, "NEREL/.hidden.txt", b"hidden")
        add_member(tar, "NEREL/README.md", b"# readme")
        add_member(tar, "NEREL/news.csv", "title,text\nА,Б\n".encode())
    items = list(read_file(path))
    assert [a.origin for a in items] == [f"{path}/NEREL/dev/1.txt", f"{path}/NEREL/dev/2.txt",
                                         f"{path}/NEREL/news.csv:2"]  # fmt: skip
    assert [a.source for a in items[:2]] == ["Викиновости", "Викиновости"]


def test_taiga_archive_maps_texts_to_metadata(tmp_path):
    path = tmp_path / "Lenta.tar.gz"
    meta = ("segment\ttextid\ttextname\ttextrubric\tdate\ttags\tsource\n"
            "Lenta\t20091231boeviks\tВ Дагестане уничтожили &quot;Альбаро&quot;\tРоссия\t"
            "1 января 2010\t\thttps://lenta.ru/news/2009/12/31/boeviks/\n")  # fmt: skip
    with tarfile.open(path, "w:gz") as tar:
        add_member(
            tar, "home/Lenta/texts/20091231boeviks.txt", "\nСотрудники милиции...\n".encode()
        )
        add_member(tar, "home/Lenta/tagged_texts/20091231boeviks.txt", b"# newdoc\n1\tword\n")
        add_member(tar, "home/Lenta/newmetadata.csv", meta.encode())
    (article,) = read_file(path)
    assert article.title == 'В Дагестане уничтожили "Альбаро"'
    assert (article.body, article.rubric, article.date) == (
        "Сотрудники милиции...",
        "Россия",
        date(2010, 1, 1),
    )
    assert (article.source, article.url) == (
        "Lenta.ru",
        "https://lenta.ru/news/2009/12/31/boeviks/",
    )


def test_truncated_tar_gz(tmp_path):
    path = tmp_path / "texts.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        for i in range(50):
            add_member(
                tar, f"t/{i:02}.txt", f"Заголовок {i}\n\n{os.urandom(3000).hex()}\n".encode()
            )
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    items = list(read_file(path))
    assert 5 < len(articles(items)) < 50
    assert [s.reason for s in skips(items)][-1] == "truncated gzip"


# Walking paths and bad paths


def test_walk_is_sorted_recursive_and_skips_hidden_and_readmes(tmp_path):
    for name in ["b/2.txt", "a/1.txt", "a/c/3.txt", ".hidden/4.txt", "a/.5.txt", "README.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"Заголовок {name}\n\nТекст.\n", encoding="utf-8")
    titles = [a.title for a in read_articles([tmp_path])]
    assert titles == ["Заголовок a/1.txt", "Заголовок a/c/3.txt", "Заголовок b/2.txt"]


def test_directory_symlink_loop_is_followed_once(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "1.txt").write_text("Заголовок\n\nТекст.\n", encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a", target_is_directory=True)
    (tmp_path / "a" / "up").symlink_to(tmp_path, target_is_directory=True)
    items = list(read_articles([tmp_path]))
    assert [a.title for a in articles(items)] == ["Заголовок"]
    assert [(s.path, s.reason.split(":")[0]) for s in skips(items)] == [
        (str(tmp_path / "a" / "loop"), "symlink loop"),
        (str(tmp_path / "a" / "up"), "symlink loop"),
    ]


def test_missing_path_and_broken_symlink(tmp_path):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    missing = tmp_path / "missing.jsonl"
    assert list(read_articles([missing, tmp_path])) == [
        Skip(str(missing), None, "no such file or directory"),
        Skip(str(tmp_path / "dangling.txt"), None, "broken symlink"),
    ]


def test_fifo_is_not_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.jsonl")  # opening it would wait for a writer forever
    assert list(read_articles([tmp_path])) == [
        Skip(str(tmp_path / "pipe.jsonl"), None, "not a regular file")
    ]


def test_unsupported_file_type(tmp_path):
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert list(read_articles([path])) == [Skip(str(path), None, "unsupported file type")]


def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.jsonl"
    if os.geteuid() == 0:  # root reads a chmod 000 file: use a folder named like a file instead
        path.mkdir()
        items = list(read_file(path))
    else:
        path.write_text(jsonl(RT_RECORD), encoding="utf-8")
        path.chmod(0)
        items = list(read_articles([path]))
    (skip,) = items
    assert (skip.path, skip.line) == (str(path), None)
    assert skip.reason.startswith("unreadable: [Errno")


def test_empty_files(tmp_path):
    for name in ["a.txt", "b.jsonl", "c.csv"]:
        (tmp_path / name).write_bytes(b"")
    assert [s.reason for s in read_articles([tmp_path])] == ["empty article", "empty CSV file"]


# Field mapping

URLS = [
    ("https://russian.rt.comhttps://russian.rt.com/world/article/1-x", "https://russian.rt.com/world/article/1-x"),
    ("https://amp.ng.ru/?p=http://www.ng.ru/economics/2008-04-03/1_gazprom.html",
     "http://www.ng.ru/economics/2008-04-03/1_gazprom.html"),
    ("https://amp.ng.ru/?p=http%3A%2F%2Fwww.ng.ru%2Fworld%2F2017-01-01%2F1_x.html",
     "http://www.ng.ru/world/2017-01-01/1_x.html"),
    (" https://lenta.ru/news/2018/12/14/cancer/ ", "https://lenta.ru/news/2018/12/14/cancer/"),
    ("not a url", ""),
    ("http://[::1/x", ""),
    ("https://lenta.ru:99999/x", ""),
]  # fmt: skip


@pytest.mark.parametrize(("url", "expected"), URLS)
def test_clean_url(url, expected):
    assert clean_url(url) == expected


NG_URL = "http://www.ng.ru/economics/2008-04-03/1_gazprom.html"
GAZETA_URL = "https://www.gazeta.ru/news/business/2008/11/21/n_1298950.shtml"
URL_FACTS = [
    (NG_URL, "economics", date(2008, 4, 3), "Независимая газета"),
    ("https://russian.rt.com/world/article/455367-ssha", "world", None, "RT"),
    ("https://russian.rt.com/article/99132", "", None, "RT"),
    ("https://lenta.ru/news/2018/12/14/cancer/", "", date(2018, 12, 14), "Lenta.ru"),
    ("https://ria.ru/20190810/1557366973.html", "", date(2019, 8, 10), "РИА Новости"),
    (GAZETA_URL, "", date(2008, 11, 21), "Газета.Ru"),
    ("https://tass.ru/proisshestviya/6751577", "", None, "ТАСС"),
    ("https://sputnik.by/20241223/lukashenko.html", "", date(2024, 12, 23), "Sputnik Беларусь"),
    ("https://example.org/2019/13/45/x", "", None, ""),
]  # fmt: skip


@pytest.mark.parametrize(("url", "rubric", "day", "source"), URL_FACTS)
def test_facts_from_urls(url, rubric, day, source):
    assert (url_rubric(url), url_date(url), host_source(url_host(url))) == (rubric, day, source)


KEYWORDS = [
    (["Газ", "нефть", "газ", " ", None], ("газ", "нефть")),
    ("Газ; нефть,  Газ ", ("газ", "нефть")),
    ("['Дети', 'История']", ("дети", "история")),
    (None, ()),
    (42, ()),
]


@pytest.mark.parametrize(("value", "expected"), KEYWORDS)
def test_parse_keywords(value, expected):
    assert parse_keywords(value) == expected


SOURCES = [
    ({"url": "https://meduza.io/feature/x", "edition": "-"}, "Meduza"),
    ({"url": "http://telecom.cnews.ru/news/1", "edition": "telecom"}, "telecom.cnews.ru"),
    ({"url": "https://example.org/x", "source": "Пример"}, "Пример"),
    ({"segment": "Fontanka", "source": "http://www.fontanka.ru/2007/01/01/001/"}, "Фонтанка.ру"),
    ({}, "dataset"),
]


@pytest.mark.parametrize(("fields", "expected"), SOURCES)
def test_record_source(fields, expected):
    article = record_to_article(
        {**fields, "title": "Заголовок", "text": "Текст"}, "x", 1, "dataset"
    )
    assert article.source == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("corpus/rt/russia_today_3.jsonlines.gz", "RT"),
        ("ria.json.gz", "РИА Новости"),
        ("x/my-news_2.csv", "my-news"),
    ],
)
def test_dataset_source(path, expected):
    assert dataset_source(path) == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [({"date": "14.12.2018"}, date(2018, 12, 14)), ({"published": 1544781600}, date(2018, 12, 14)),
     ({"datetime": "2016-09-29 06:10:00"}, date(2016, 9, 29)),
     ({"date": "вчера", "url": "https://lenta.ru/news/2018/12/14/x/"}, date(2018, 12, 14)),
     ({"textdate": "19.08.2015", "time": "10:50:00+03:00"}, date(2015, 8, 19))],
)  # fmt: skip
def test_record_date(fields, expected):
    assert record_to_article({**fields, "text": "Текст"}, "x", 1).date == expected


def test_io_helpers():
    names = ["a.JSONLINES.gz", "a.csv.bz2", "a.txt"]
    assert [sio.file_type(name) for name in names] == [".jsonlines", ".csv", ".txt"]
    assert sio.is_archive("a.tar.bz2") and sio.is_archive("a.tgz") and not sio.is_archive("a.gz")
    assert detect_encoding("Привет".encode("utf-8-sig")) == "utf-8-sig"
    assert detect_encoding(b"\x00\x01\xff") is None


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**64), 2**64) | st.floats() | st.text(),
    lambda values: st.lists(values, max_size=3) | st.dictionaries(st.text(), values, max_size=3),
    max_leaves=8,
)
KNOWN_FIELDS = ["url", "title", "text", "content", "summary", "date", "published", "tags",
                "keywords", "topic", "source", "edition"]  # fmt: skip
FIELD_NAMES = st.sampled_from(KNOWN_FIELDS) | st.text()


@given(st.dictionaries(FIELD_NAMES, JSON_VALUES, max_size=8))
def test_any_json_record_gives_an_article_or_a_skip(record):
    assert isinstance(record_to_article(record, "x.jsonl", 1), Article | Skip)


PRETTY_DOCUMENTS = [
    ({"articles": [{"title": "Первая", "text": "Текст один."},
                   {"title": "Вторая", "text": "Текст два."}], "count": 2}, ["Первая", "Вторая"]),
    ({"title": "Одна статья", "text": "Её текст."}, ["Одна статья"]),
]  # fmt: skip


@pytest.mark.parametrize(("document", "titles"), PRETTY_DOCUMENTS)
def test_a_pretty_printed_json_document_is_read_whole(tmp_path, document, titles):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    assert [a.title for a in read_file(path)] == titles
