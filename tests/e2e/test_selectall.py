"""The select-all benchmark's copies: what a person gets from a saved page, offline."""

from bench.selectall import render

SAVED_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Мост</title>
<script>document.write("из скрипта");</script>
<link rel="stylesheet" href="https://example.org/style.css"></head>
<body><nav>Главная · Новости</nav>
<h1>В Туле открыли новый мост</h1>
<img src="https://example.org/photo.jpg" alt="Фото моста">
<p>Мост длиной 120 метров соединил два района города.</p>
<footer>© Тульские вести</footer></body></html>"""


def test_the_copy_holds_the_visible_text_without_scripts_or_the_web(chromium, tmp_path):
    pages, out = tmp_path / "pages", tmp_path / "out"
    pages.mkdir()
    (pages / "tula.html").write_text(SAVED_PAGE, encoding="utf-8")
    (copied,) = render(pages, out, str(chromium))
    lines = [line for line in copied.read_text(encoding="utf-8").splitlines() if line]
    assert lines == [
        "Главная · Новости",
        "В Туле открыли новый мост",
        "Мост длиной 120 метров соединил два района города.",
        "© Тульские вести",
    ]
