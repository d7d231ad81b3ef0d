"""Blocks a dump sets apart from its text (other stories' boxes, photo captions and credits)
left out, and the links its export split onto lines of their own joined back; RT's shapes."""

import json

import pytest

from indexer.sources import read_file
from indexer.sources.clean import normalize_text
from indexer.sources.embeds import without_embeds

TEXT = "Переговоры продлятся два дня, сообщили в министерстве."
NEXT = "«Мы готовы к диалогу», — заявил министр."


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        (f"{TEXT}\n Также по теме \n «Времени у Киева не так много»: почему Донбасс ждут "
         "перемены \n Минские соглашения продлеваются на следующий год. В... \n" + NEXT,
         f"{TEXT}\n{NEXT}"),
        (f"{TEXT}\n Задержанный бизнесмен Реза Зарраб \n AFP \n{NEXT}", f"{TEXT}\n{NEXT}"),
        (f"{TEXT}\n Учения «Запад-2017» \n globallookpress.com \n © Ron Sachs \n{NEXT}",
         f"{TEXT}\n{NEXT}"),
        (f"{TEXT}\n Reuters \n{NEXT}", f"{TEXT}\n{NEXT}"),
        ("Об этом в интервью RT \nрассказала Вяльбе\n и добавила, что иск подан. \n" + NEXT,
         f"Об этом в интервью RT рассказала Вяльбе и добавила, что иск подан.\n{NEXT}"),
        ("Как сообщает \nМинобороны\n, учения завершены.",
         "Как сообщает Минобороны, учения завершены."),
        ("в «Независимой газете» (см.\n) статье", "в «Независимой газете» (см.) статье"),
        (f"{TEXT}\nНа страницу галереи\n{NEXT}", f"{TEXT}\n{NEXT}"),
        (f"{TEXT}\nПодписывайтесь на наш \nTelegram\n, чтобы быть в курсе самых важных новостей. "
         "Для этого достаточно пройти по \nссылке\n и нажать кнопку Join.\r\n", TEXT),
        (f"{TEXT} Также по теме «Группы смерти» вне закона: Дума вводит наказание Госдума "
         "приняла два законопроекта. Поправки будут...\n" + NEXT, f"{TEXT}\n{NEXT}"),
        ("Просыпаюсь – вокруг\nкромешная темень\nИ слышу, как в грохоте",
         "Просыпаюсь – вокруг\nкромешная темень\nИ слышу, как в грохоте"),
        (f" {TEXT} \n Сроки \n {NEXT} ", f" {TEXT} \n Сроки \n {NEXT} "),
        (f"{TEXT}\n Книга вышла в издательстве «Время» тиражом три тысячи экземпляров, и ее "
         "уже обсуждают критики, которые называют роман главным событием сезона, а автора – "
         "открытием года; презентация пройдет в Доме книги в субботу \n Интервью \n" + NEXT,
         f"{TEXT}\n Книга вышла в издательстве «Время» тиражом три тысячи экземпляров, и ее "
         "уже обсуждают критики, которые называют роман главным событием сезона, а автора – "
         "открытием года; презентация пройдет в Доме книги в субботу \n Интервью \n" + NEXT),
    ],
    ids=["other-story-box", "caption-and-credit", "caption-and-two-credits", "credit-alone",
         "link-split-by-spaces", "link-before-comma", "closing-bracket", "gallery-link",
         "closing-promo", "box-on-one-line", "verse-keeps-its-lines", "every-line-set-apart-kept",
         "long-paragraph-set-apart-kept"],
)  # fmt: skip
def test_blocks_set_apart_from_the_text(raw, kept):
    # Compared as the article keeps its text: spaces at the lines' ends go.
    assert normalize_text(without_embeds(raw)) == normalize_text(kept)


def test_an_rt_record_reads_without_its_boxes_and_captions(tmp_path):
    content = (
        f"Свои интересы\n{TEXT}\n Также по теме \n Союзник — флот: с какой целью Трамп "
        "наращивает расходы \n Одним из обещаний Трампа является восстановление армии... \n"
        f"{NEXT}\n Николай Петрович Резанов \n РИА Новости \nПо словам \nПескова\n, визит "
        "пройдет по плану."
    )
    record = {"title": "Визит министра", "summary": "Министр прибыл.", "content": content,
              "url": "https://russian.rt.com/world/article/1-vizit"}  # fmt: skip
    path = tmp_path / "russia_today_0.jsonlines"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (article,) = read_file(path)
    assert article.body.split("\n") == [
        "Свои интересы",
        TEXT,
        NEXT,
        "По словам Пескова, визит пройдет по плану.",
    ]
