"""What an article's URL tells: the real address behind a doubled host or an AMP wrapper, the
site, the outlet a known site is, the rubric in RT's and ng.ru's paths, the date in the path.
"""

import re
from datetime import date
from urllib.parse import unquote, urlsplit

from indexer.sources.clean import make_date

# The sites a URL can name; "www.", "amp." and other subdomains match too.
HOST_SOURCES = {
    "rt.com": "RT", "ng.ru": "Независимая газета", "lenta.ru": "Lenta.ru",
    "ria.ru": "РИА Новости", "rian.ru": "РИА Новости", "gazeta.ru": "Газета.Ru",
    "meduza.io": "Meduza", "tass.ru": "ТАСС", "itar-tass.com": "ТАСС", "iz.ru": "Известия",
    "interfax.ru": "Интерфакс", "sport-interfax.ru": "Интерфакс", "sputnik.by": "Sputnik Беларусь",
    "kommersant.ru": "Коммерсантъ", "rbc.ru": "РБК", "kp.ru": "Комсомольская правда",
    "fontanka.ru": "Фонтанка.ру", "nplus1.ru": "N + 1", "ntv.ru": "НТВ", "1tv.ru": "Первый канал",
    "arzamas.academy": "Arzamas", "wikinews.org": "Викиновости",
    "mk.ru": "Московский комсомолец", "sport-express.ru": "Спорт-Экспресс", "vc.ru": "vc.ru",
    "woman.ru": "Woman.ru", "pravda.com.ua": "Украинская правда", "ura.news": "URA.RU",
    "ura.ru": "URA.RU", "ovdinfo.org": "ОВД-Инфо", "rg.ru": "Российская газета",
    "aif.ru": "Аргументы и Факты", "vedomosti.ru": "Ведомости", "5-tv.ru": "Пятый канал",
    "novayagazeta.ru": "Новая газета", "regnum.ru": "REGNUM", "life.ru": "Life",
    "vesti.ru": "Вести.Ru", "echo.msk.ru": "Эхо Москвы", "forbes.ru": "Forbes",
    "svpressa.ru": "Свободная пресса", "mskagency.ru": "Агентство городских новостей «Москва»",
    "rosbalt.ru": "Росбалт", "newsru.com": "NEWSru.com", "dp.ru": "Деловой Петербург",
    "e1.ru": "E1.ru", "ngs.ru": "НГС", "bfm.ru": "Business FM", "1prime.ru": "Прайм",
}  # fmt: skip
# RT and ng.ru put the rubric first in the path: "https://russian.rt.com/world/article/...".
RUBRIC_HOSTS = ("rt.com", "ng.ru")
# Old RT URLs start with the page type, not a rubric: "https://russian.rt.com/article/99132".
NOT_RUBRICS = {"article", "news", "opinion", "video"}
# "https://russian.rt.comhttps://russian.rt.com/world/..." (1,265 RT records)
DOUBLED_HOST = re.compile(r"^https?://[^/]*?(?=https?://)")
# "https://amp.ng.ru/?p=http://www.ng.ru/politics/2017-04-18/1_x.html"
AMP_WRAPPER = re.compile(r"^https?://amp\.[^/?]+/?\?p=(\S+)$")
# "/2008-04-03/" (ng.ru), "/2018/12/14/" (lenta.ru, gazeta.ru), "/20190810/" (ria.ru)
URL_DATES = (re.compile(r"/(\d{4})-(\d\d)-(\d\d)/"), re.compile(r"/(\d{4})/(\d\d)/(\d\d)(?:/|$)"),
             re.compile(r"/((?:19|20)\d\d)(\d\d)(\d\d)/"))  # fmt: skip
# "/politics/24/10/2017/59ef…" (rbc.ru): day, month, year
URL_DMY = re.compile(r"/(\d\d)/(\d\d)/((?:19|20)\d\d)/")


def clean_url(url: str) -> str:
    """The real article URL: a doubled host or an AMP wrapper removed."""
    url = DOUBLED_HOST.sub("", url.strip())
    if match := AMP_WRAPPER.match(url):
        url = match[1] if match[1].startswith(("http://", "https://")) else unquote(match[1])
    return url if url.startswith(("http://", "https://")) and is_parsable(url) else ""


def is_parsable(url: str) -> bool:
    """False for a URL urllib rejects: "http://[::1/x" (an unclosed IPv6 host)."""
    try:
        port = urlsplit(url).port
    except ValueError:
        return False
    return port is None or port > 0


def url_host(url: str) -> str:
    """The site of a URL: "https://www.ng.ru/x" -> "ng.ru"."""
    host = (urlsplit(url).hostname or "") if url else ""
    return host.removeprefix("www.").removeprefix("amp.")


def host_source(host: str) -> str:
    """The outlet name of a host: "russian.rt.com" -> "RT"; "" when unknown."""
    parts = host.split(".")
    for i in range(len(parts) - 1):
        if name := HOST_SOURCES.get(".".join(parts[i:])):
            return name
    return ""


def url_rubric(url: str) -> str:
    """The rubric an RT or ng.ru URL carries: ".../world/article/..." -> "world"."""
    host = url_host(url)
    if not any(host == h or host.endswith("." + h) for h in RUBRIC_HOSTS):
        return ""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    return segments[0] if len(segments) > 1 and segments[0] not in NOT_RUBRICS else ""


def url_date(url: str) -> date | None:
    """The date in a URL path: ".../economics/2008-04-03/1_gazprom.html" -> 2008-04-03."""
    path = urlsplit(url).path if url else ""
    for pattern in URL_DATES:
        if match := pattern.search(path):
            return make_date(int(match[1]), int(match[2]), int(match[3]))
    if match := URL_DMY.search(path):
        return make_date(int(match[3]), int(match[2]), int(match[1]))
    return None
