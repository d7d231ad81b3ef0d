import json

from indexer.cli import main
from tests.support import SAMPLE_PAGE


def test_build_then_search_as_json(tmp_path, capsys):
    index = str(tmp_path / "index")
    assert main(["build", "tests/fixtures/tiny", "--index", index, "--no-progress"]) == 0
    assert "added 12" in capsys.readouterr().out
    assert main(["search", "Собянину", "--index", index, "--json", "--limit", "1"]) == 0
    page = json.loads(capsys.readouterr().out)
    assert page["total"] == 1
    assert page["results"][0]["title"] == "Собянин встретился с Лукашенко в Минске"
    assert set(page["results"][0]) == {
        "id",
        "title",
        "title_html",
        "url",
        "source",
        "rubric",
        "date",
        "score",
        "snippet",
        "missing",
        "copies",
    }


def test_stats(tmp_path, capsys):
    index = str(tmp_path / "index")
    main(["build", str(SAMPLE_PAGE), "--index", index, "--no-progress"])
    capsys.readouterr()
    assert main(["stats", "--index", index]) == 0
    out = capsys.readouterr().out
    assert "articles: 1" in out and "Sputnik Беларусь: 1 (0 undated)" in out and "2024-12-23" in out


def test_stats_says_when_another_analysis_made_the_index(tmp_path, capsys):
    index = tmp_path / "index"
    main(["build", str(SAMPLE_PAGE), "--index", str(index), "--no-progress"])
    main(["stats", "--index", str(index)])
    assert "word analysis" not in capsys.readouterr().out
    manifest = json.loads((index / "manifest.json").read_text())
    (index / "manifest.json").write_text(json.dumps({**manifest, "analysis": 3}))
    assert main(["stats", "--index", str(index)]) == 0
    assert "made by another version of the word analysis: run `make index`" in (
        capsys.readouterr().out
    )


def test_stats_counts_the_undated_articles_of_each_source(tmp_path, capsys):
    corpus = tmp_path / "notes"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Заметка без даты\n\nТекст заметки.\n", encoding="utf-8")
    index = str(tmp_path / "index")
    main(["build", str(SAMPLE_PAGE), str(corpus), "--index", index, "--no-progress"])
    capsys.readouterr()
    assert main(["stats", "--index", index]) == 0
    out = capsys.readouterr().out
    assert "Sputnik Беларусь: 1 (0 undated)" in out and "notes: 1 (1 undated)" in out


def test_a_missing_path_fails_clearly(tmp_path, capsys):
    assert main(["build", str(tmp_path / "nowhere"), "--index", str(tmp_path / "i")]) == 2
    assert "no such file or directory" in capsys.readouterr().err


def test_nothing_readable_fails(tmp_path, capsys, caplog):
    (tmp_path / "empty.jsonl").write_text("{broken\n")
    assert main(["build", str(tmp_path / "empty.jsonl"), "--index", str(tmp_path / "i")]) == 1
    assert "no article could be read" in capsys.readouterr().err
    assert "empty.jsonl:1: malformed JSON" in caplog.text


def test_strict_turns_a_skip_into_a_failure(tmp_path, capsys):
    good = json.dumps({"title": "Заголовок", "text": "Текст статьи о выборах."}, ensure_ascii=False)
    (tmp_path / "a.jsonl").write_text(good + "\n{broken\n")
    args = ["build", str(tmp_path / "a.jsonl"), "--index", str(tmp_path / "i"), "--no-progress"]
    assert main(args) == 0
    assert main([*args, "--full", "--strict"]) == 1
    assert "1 items skipped (--strict)" in capsys.readouterr().err


def test_search_without_an_index_says_so(tmp_path, capsys):
    assert main(["search", "выборы", "--index", str(tmp_path)]) == 1
    assert "run `make index`" in capsys.readouterr().err


def test_read_prints_one_line_per_article(capsys):
    assert main(["read", "tests/fixtures/tiny/news.jsonl", str(SAMPLE_PAGE)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "tests/fixtures/tiny/news.jsonl:1  2024-12-23  Пример  "
        "Собянин встретился с Лукашенко в Минске"
    )
    assert lines[-1].startswith(f"{SAMPLE_PAGE}  2024-12-23  Sputnik Беларусь  Лукашенко: Москва")
    assert len(lines) == 13


def test_read_json_gives_every_field_and_skips_on_stderr(tmp_path, capsys):
    record = {
        "url": "https://x.ru/a",
        "title": "Заголовок",
        "text": "Текст о выборах.",
        "date": "2024-03-01",
        "topic": "Мир",
        "tags": "выборы, Россия",
    }
    (tmp_path / "a.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n{broken\n")
    assert main(["read", "--json", str(tmp_path / "a.jsonl")]) == 0
    out, err = capsys.readouterr()
    [article] = [json.loads(line) for line in out.splitlines()]
    assert article == {
        "path": str(tmp_path / "a.jsonl"),
        "line": 1,
        "id": article["id"],
        "url": "https://x.ru/a",
        "source": "x.ru",
        "rubric": "Мир",
        "title": "Заголовок",
        "lead": "",
        "body": "Текст о выборах.",
        "date": "2024-03-01",
        "keywords": ["выборы", "россия"],
    }
    assert f"skipped {tmp_path / 'a.jsonl'}:2: malformed JSON" in err


def test_read_without_articles_fails(tmp_path, capsys):
    assert main(["read", str(tmp_path / "nowhere.txt")]) == 1
    assert "nowhere.txt: no such file or directory" in capsys.readouterr().err


def test_search_lists_a_story_once_and_its_copies_when_asked(copies_client, capsys):
    index = copies_client.application.config["INDEX_DIR"]
    assert main(["search", "курс рубля", "--index", index]) == 0
    folded = capsys.readouterr().out
    assert folded.count("Курс рубля упал на торгах") == 1
    assert "near-copies left out: 1 (--copies lists them)" in folded
    assert main(["search", "курс рубля", "--index", index, "--copies"]) == 0
    listed = capsys.readouterr().out
    assert listed.count("Курс рубля упал на торгах") == 2 and "near-copies" not in listed
