"""A site's calls to its readers (follow us, send us news, link to us when you copy) are no
part of the article: whole lines go, and so does such a sentence glued to a paragraph's end."""

import pytest

from indexer.sources import read_file
from indexer.sources.calls import is_site_call, is_social_row, without_closing_call


@pytest.mark.parametrize(
    ("line", "call"),
    [
        ("Следите за главными событиями в Башкирии первыми. Присоединяйтесь к Telegram-каналу "
         "Newsbash.ru и каналу в MAX", True),
        ("Читайте новости в социальных сетях! Подписывайтесь на «Яркуб» во «ВКонтакте» и "
         "«Телеграме».", True),
        ("Подписка на МордовМедиа в Telegram - удобный способ быть в курсе важных новостей!", True),
        ("Подписывайтесь на нашу страницу новостей \"НИА-КАЛИНИНГРАД\" в telegram.", True),
        ("Вступайте в нашу группу в VK, чтобы быть в курсе событий в России и мире", True),
        ("Telegram, чтобы быть в курсе самых важных новостей. Для этого достаточно пройти по "
         "ссылке.", True),
        ("Отправьте свою новость в редакцию, расскажите о проблеме или подкиньте тему.", True),
        ("Хотите, чтобы Ваша новость появилась на сайте MariMedia.ru?", True),
        ("ИА «МариМедиа». При использовании материала гиперссылка обязательна.", True),
        ("При использовании материалов активная индексируемая гиперссылка на сайт AMUR.LIFE "
         "обязательна.", True),
        ("Перепубликация материалов возможна только с письменного разрешения администрации!", True),
        ("Копирование материалов заняло у хакеров неделю.", False),
        ("Самое интересное – в Telegram-канале «Новости Рязани».", True),
        ("Подписывайтесь!", True),
        ("Самое интересное в Telegram-канале губернатора – видео с совещания.", False),
        ("Лидеры стран договорились обсудить строительство канала в следующем году.", False),
        ("Жители пожаловались в соцсетях на очень высокие счета за тепло.", False),
        ("Блогер призвал подписчиков вступать в группу поддержки, сообщили в полиции.", False),
        ("Полиция просит очевидцев прислать фото и видео с места происшествия.", False),
        ("Видео с места происшествия в нашем Telegram-канале.", True),
        ("Больше новостей, фотографий и видео в нашем Телеграм-канале!", True),
        ("Подпишись на Telegram-канал «ТОП Тверь»: мы публикуем новости в коротком формате.", True),
        ("Как рассказали в нашем телеграм-канале читатели, свет дали только к вечеру.", False),
        ("Самые важные новости теперь в нашем Telegram-канале. Подписывайтесь, чтобы не "
         "пропустить: https://t.me/live_kuban.", True),
        ("Хотите узнавать об интересных событиях первыми? Подпишитесь на нас в Яндекс.Новости, "
         "Google.Новости!", True),
        ("Хотите узнать, кто победил? Читайте интервью с тренером на второй странице.", False),
        ("Самые важные решения принимали в нашем городе.", False),
        ("Фотографии с мероприятия смотрите в нашем альбоме.", True),
        ("Перепечатка материалов – с разрешения редакции.", True),
        ("Перепечатка, сообщение по кабелю для всеобщего сведения материалов без согласования с "
         "редакцией ЗАПРЕЩЕНА.", True),
        ("Читай и комментируй в телеграм-канале Кинешемец.", True),
        ("Подробности читайте на городском сайте Кинешемец.RU.", True),
        ("Смотрите программу “школы” – тут", True),
        ("Смотрите, как это было – здесь, в парке, на поляне.", False),
        ("Читай между строк: в письме губернатора нет ни слова о сроках.", False),
        ("Оперативные и актуальные новости Гродно и области в нашем Telegram-канале. "
         "Подписывайтесь по ссылке!", True),
        ("Эти и другие новости можно прочитать на kurganfm.ru, а также на сайте oblast45.ru.",
         True),
        ("Другие новости района читатели обсуждали на сходе в Доме культуры.", False),
    ],
    ids=["join-channel", "follow-in-networks", "subscription-in-telegram", "subscribe-page",
         "join-group", "split-link-rest", "send-news", "want-your-news", "reuse-notice",
         "reuse-notice-with-address", "republishing-notice", "copying-told",
         "most-interesting-in-telegram", "subscribe-alone", "governors-telegram",
         "discuss-a-canal", "complaints-in-networks", "reported-call", "police-asks-for-photos",
         "video-in-our-channel", "more-in-our-channel", "subscribe-singular", "readers-told",
         "most-important-in-our-channel", "want-to-know-first", "want-to-know-who-won",
         "decisions-in-our-town", "photos-in-our-album", "reprint-with-leave",
         "reprint-by-cable", "read-and-comment", "details-on-the-site", "programme-here",
         "see-how-it-was", "read-between-the-lines", "region-news-in-our-channel",
         "news-on-two-sites", "news-discussed"],
)  # fmt: skip
def test_site_calls(line, call):
    assert is_site_call(line) is call


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        ("Жители получили счет в 5 тысяч рублей! Обсудить в телеграм-канале Про Города.",
         "Жители получили счет в 5 тысяч рублей!"),
        ("Главное, чтобы до мая не задержалась… Подписывайтесь на нашу страницу новостей в "
         "telegram.", "Главное, чтобы до мая не задержалась…"),
        ("Это уже 32-е место в рейтинге. Самое интересное – в Telegram-канале «Новости Рязани». "
         "Подписывайтесь!", "Это уже 32-е место в рейтинге."),
        ("Подписывайтесь на наш канал в Telegram.", "Подписывайтесь на наш канал в Telegram."),
        ("Работы завершат к маю. Подрядчик уже вышел на объект.",
         "Работы завершат к маю. Подрядчик уже вышел на объект."),
        ("Все они госпитализированы. #bryakingnews", "Все они госпитализированы."),
        ("Праздник начнется в полдень. Подробнее в источнике РИА «Стрела».",
         "Праздник начнется в полдень."),
        ("Команда заняла первое место. #1 в рейтинге регионов по вводу жилья.",
         "Команда заняла первое место. #1 в рейтинге регионов по вводу жилья."),
    ],
    ids=["discuss-glued", "subscribe-glued", "two-calls-glued", "a-lone-call-is-a-line-rule",
         "no-call", "hashtag-glued", "source-link-glued", "a-number-sign-in-text"],
)  # fmt: skip
def test_a_call_glued_after_the_last_sentence_is_cut(paragraph, kept):
    assert without_closing_call(paragraph) == kept


def test_a_page_ends_before_the_sites_calls(tmp_path):
    path = tmp_path / "a4.news.txt"
    path.write_text(
        "Новости Севастополя\n\nВ Севастополе маршрутка врезалась в дерево\n\n"
        "Утром на проспекте Победы маршрутка съехала с дороги и врезалась в дерево, пострадали "
        "двенадцать человек, сообщил губернатор.\n\n"
        "Водитель не справился с управлением, выясняют в Госавтоинспекции. Обсудить в "
        "телеграм-канале «Город».\n\n"
        "Отправьте свою новость в редакцию, расскажите о проблеме или подкиньте тему.\n",
        encoding="utf-8",
    )
    (article,) = read_file(path)
    assert article.body.endswith("выясняют в Госавтоинспекции."), article.body
    assert "Отправьте" not in article.body and "Обсудить" not in article.body


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("РИА «Европейско-Азиатские Новости» на ДзенеРИА «Европейско-Азиатские Новости» "
         "вКонтактеРИА «Европейско-Азиатские Новости» в Telegram", True),
        ("ВКонтакте Одноклассники Telegram YouTube", True),
        ("Видео опубликовано в Telegram-канале ведомства", False),
        ("Блогер перенес канал из YouTube в Дзен и ВКонтакте.", False),
    ],
    ids=["outlet-pages-glued", "platform-buttons", "one-platform", "a-sentence"],
)  # fmt: skip
def test_a_row_of_links_to_the_outlets_pages(line, row):
    assert is_social_row(line) is row
