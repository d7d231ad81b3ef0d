"""Pages from many sites, each field against a record written by hand from reading the page.

../shared/test-pages: 17 saved HTML pages and 2 scraped text pages. A folder of more scraped
pages with its own expected.json (same fields) joins the table when it exists at
tests/fixtures/scraped: 103 pages of 99 other sites, in parts collected one after another, each
first read on sites the reader was not tuned on (its README; the sixth, report6, read once with
the reader before and after the rules that followed the fifth), and in tests/fixtures/scraped/
folders more pages of some of those sites, a folder a site, read with the chrome learnt from
their folder. The seventh part (report7: 30 pages of 16 sites) keeps its pages in site folders,
so each is read with its folder's chrome as a user's would be; so do the eighth (report8: 26
pages of 14 sites), the ninth (report9: 28 pages of 17 sites), the tenth (report10: 30
pages of 18 sites), the eleventh (report11: 35 pages of 25 sites), the twelfth (report12: 25
pages of 18 sites), the thirteenth (report13: 23 pages of 14 sites), the fourteenth (report14:
22 pages of 14 sites), the fifteenth (report15: 30 pages of 22 sites), the sixteenth (report16:
31 pages of 12 sites), the seventeenth (report17: 43 pages of 20 sites), the eighteenth (report18:
29 pages of 11 sites), the nineteenth (report19: 32 pages of 12 sites), the twentieth (report20:
31 pages of 14 sites), the twenty-first (report21: 35 pages of 15 sites) and the parts after
it to the hundred-and-third (report103), each part's size in its README. A field a reader is
known to get wrong is listed in KNOWN_MISSES, so the table shows the accuracy and fails on any
change.
"""

from pathlib import Path

import pytest

from bench.page_fields import CHECKS, FIELDS, load_records
from indexer.article import Article
from indexer.sources import read_file

REPO = Path(__file__).resolve().parents[1]
TEST_PAGES = REPO.parent / "shared" / "test-pages"
SCRAPED = REPO / "tests" / "fixtures" / "scraped"
FOLDERS = {"html": TEST_PAGES / "html", "text": TEST_PAGES / "text", "scraped": SCRAPED}
# The parts from the seventh on, their pages in site folders: records' files are site/1.txt.
FOLDERS |= {f"report{n}": SCRAPED / f"report{n}" for n in range(7, 104)}
# More pages of sites above, one folder a site as users keep them: read with the folder's chrome.
SITE_FOLDERS = SCRAPED / "folders"
FOLDERS |= {f"folders/{path.name}": path for path in sorted(SITE_FOLDERS.glob("*/"))}
UNSCORED_PARTS: set[str] = set()  # a part collected for a before/after measure, until it is taken
# (folder, file, field): what the readers still get wrong, said plainly.
KNOWN_MISSES = {
    # Report3 part: after its first reading (misses in the fixtures' README) it became tuning
    # material; none left.
    # Report4 part (sites the reader was not tuned on), as first read:
    # Report5 part (sites the reader was not tuned on), as first read:
    # kartalinka: the rubric "Погода" on top; the standfirst taken as the title; the last
    # paragraph, without its full stop, dropped.
    ("scraped", "074_kartalinka.ru.txt", "title"),
    ("scraped", "074_kartalinka.ru.txt", "lead"),
    ("scraped", "074_kartalinka.ru.txt", "body_end"),
    # e1: the outlet named "E1.ru" (the page and the record: "E1.RU").
    ("scraped", "076_e1.ru.txt", "source"),
    # voronezh365: read as plain text; a teaser cut mid-word and the standfirst kept as body.
    ("scraped", "082_voronezh365.ru.txt", "lead"),
    ("scraped", "082_voronezh365.ru.txt", "body_start"),
    ("scraped", "082_voronezh365.ru.txt", "chrome"),
    # Report6 part (sites the reader was not tuned on): as first read, the same with the
    # reader before this round's rules (fff2807) and after them (misses in the fixtures'
    # README); then tuning material. Left:
    # rbc.ua: the subtitle under the date lines and a reading time ("1 хв") dropped.
    ("scraped", "088_rbc.ua.txt", "lead"),
    # regionorel: the site's tagline, which the text retells more than the headline, taken as
    # the title.
    ("scraped", "089_regionorel.ru.txt", "title"),
    ("scraped", "089_regionorel.ru.txt", "chrome"),
    # tatar-inform: the standfirst (the digest's intertitles) taken as the title.
    ("scraped", "094_tatar-inform.com.txt", "title"),
    ("scraped", "094_tatar-inform.com.txt", "lead"),
    # history-kazan in its folder: the widget's name is learnt as chrome and the headline read
    # (5746-870, the page of 095); on its "this day in history" pages the headline is the day
    # ("6 августа"), a date's shape, so no headline is seen below the learnt lines and the
    # "this day" line between them is not taken for a widget's: it is taken for the title.
    ("folders/history-kazan.ru", "14186-6-avgusta.txt", "title"),
    ("folders/history-kazan.ru", "14186-6-avgusta.txt", "chrome"),
    ("folders/history-kazan.ru", "14371-9-oktyabrya.txt", "title"),
    ("folders/history-kazan.ru", "14371-9-oktyabrya.txt", "chrome"),
    # Report7 part (sites the reader was not tuned on): as first read, the same with the reader
    # of 9ab1dec and with the folder-learnt chrome and line scorer after it (misses in the
    # fixtures' README); then tuning material. Nothing left: piter.tv's copies have no
    # headline, and the text's first sentence stands in for it (bench/page_fields.title_ok).
    # Report8 part (sites the reader was not tuned on, site folders): as first read with the
    # reader of 45208b0 (and of 9ab1dec but body start, misses in the fixtures' README); then
    # tuning material. Left:
    # charter97: the standfirst (a short first paragraph under the date lines) left in the body
    # (mended since).
    # Report9 part (sites the reader was not tuned on, site folders): as first read with the
    # reader of the commit that listed them (figures in the fixtures' README).
    # regnum: a copy without headline, its standfirst the lead; the Latin epigraph opens the
    # text (the record's body start, so the title that stands in), the first paragraph's first
    # sentence is taken; the chrome listed ("Казахстан", a tag) is a word of the text.
    ("report9", "regnum.ru/1.txt", "title"),
    ("report9", "regnum.ru/1.txt", "chrome"),
    # inbusiness.kz: the standfirst (a paragraph of three sentences under the byline) left in
    # the body.
    ("report9", "inbusiness.kz/1.txt", "lead"),
    ("report9", "inbusiness.kz/1.txt", "body_start"),
    # Report10 part (sites the reader was not tuned on, site folders): first read with the
    # reader of 8909035 and of 1caeb82 (figures in the fixtures' README), then tuning material.
    # bashinform: a date seven years back in the text dates a copy without headline.
    ("report10", "bashinform.ru/3.txt", "date"),
    # dp.ru: a morning letter's standfirst over a greeting ("Доброе утро!") left in the body.
    ("report10", "dp.ru/1.txt", "lead"),
    ("report10", "dp.ru/1.txt", "body_start"),
    ("report10", "dp.ru/2.txt", "lead"),
    ("report10", "dp.ru/2.txt", "body_start"),
    ("report10", "dp.ru/3.txt", "lead"),
    ("report10", "dp.ru/3.txt", "body_start"),
    # today.kg: the site's clock ("12:32, 12 мая 2024 Вс") over a page without a date dates it.
    ("report10", "today.kg/1.txt", "date"),
    # live.kun.uz, sport24: digests; the opening summary left in the body, not read as the lead
    # (kun.uz); the first item's headline left out and the last items cut (sport24).
    ("report10", "live.kun.uz/1.txt", "lead"),
    ("report10", "live.kun.uz/1.txt", "body_start"),
    ("report10", "sport24.ru/1.txt", "body_start"),
    ("report10", "sport24.ru/1.txt", "body_end"),
    # Report11 part (sites the reader was not tuned on, site folders): first read with the
    # reader of 8909035 and of 6c01597 (figures in the fixtures' README), then tuning material.
    # prokazan: a digest; the first item's headline taken for the title and left out of the body.
    ("report11", "prokazan.ru/1.txt", "title"),
    ("report11", "prokazan.ru/1.txt", "body_start"),
    # prokazan: related headlines after the text (no date of their own) kept in the body.
    ("report11", "prokazan.ru/3.txt", "body_end"),
    ("report11", "prokazan.ru/3.txt", "chrome"),
    # rusbiathlon: a digest whose first item's headline is left out of the body.
    ("report11", "rusbiathlon.ru/1.txt", "body_start"),
    # asiaplus: a digest's standfirst left in the body.
    # Report12 part (sites the reader was not tuned on, site folders): first read with the
    # reader of 8909035 and of bd90fa0 (figures in the fixtures' README), then tuning material.
    # magnis: a standfirst of three sentences left in the body.
    ("report12", "magnis.news/2.txt", "lead"),
    ("report12", "magnis.news/2.txt", "body_start"),
    # ya-dv: the standfirst under a views counter left in the body.
    # Report13 part (sites the reader was not tuned on, site folders): read once with the
    # reader of 8909035 and of 3f05fa3, the session's last (figures in the fixtures' README).
    # prima-tv: the site's clock on top ("Понедельник, 6 мая") taken over the rubric line's
    # "Среда, 9 августа 2023"; a headless copy's opening sentence taken for the title and left
    # out of the body.
    ("report13", "prima-tv.ru/2.txt", "date"),
    ("report13", "prima-tv.ru/3.txt", "title"),
    ("report13", "prima-tv.ru/3.txt", "body_start"),
    ("report13", "prima-tv.ru/3.txt", "chrome"),
    # ngs: a live page's widget label ("Сейчас в Новосибирске") taken for the title.
    ("report13", "ngs.ru/1.txt", "title"),
    ("report13", "ngs.ru/1.txt", "lead"),
    ("report13", "ngs.ru/1.txt", "chrome"),
    # nsk-news24: a date glued after a photo credit and alt text not read; the alt text (the
    # headline again) glued to the text's first line left in the body (mended since).
    ("report13", "nsk-news24.ru/1.txt", "date"),
    # sia.ru: a copy without a headline of its own under other stories' headlines; a related
    # headline's date dates it.
    ("report13", "sia.ru/1.txt", "title"),
    ("report13", "sia.ru/1.txt", "date"),
    ("report13", "sia.ru/1.txt", "chrome"),
    # asninfo: "Новости по теме:" after the text left in the body (mended since).
    # eurobelarus: the date opening a line of date, rubric and credit joined by pipes not read
    # (mended since).
    # progorodsamara: a digest whose items' headlines stand where a standfirst would.
    ("report13", "progorodsamara.ru/2.txt", "body_start"),
    # gazetarb: unlabelled related headlines after the text kept; short standfirsts under the
    # headline left in the body (both mended since).
    # tsaricinsky-vestnik: a caption's label ("Встреча с главой управы") taken for the lead.
    ("report13", "gazeta-tsaricinsky-vestnik.ru/1.txt", "lead"),
    ("report13", "gazeta-tsaricinsky-vestnik.ru/1.txt", "chrome"),
    # Report14 part (sites the reader was not tuned on, site folders): read once with the
    # reader of 6841c0d and of aa12b0e (figures in the fixtures' README), then tuning material.
    # Left: stapravda: a headline opening with an ellipsis that the text does not retell
    # ("…На запасном пути") taken for a label over a headless copy.
    ("report14", "stapravda.ru/3.txt", "title"),
    # a24: a one-paragraph story over the next story in the same shape, which the reader takes
    # for the page's (more paragraphs; its first paragraph for the lead); the standfirst under
    # a date line glued to its rubric left in the body.
    ("report14", "a24.press/1.txt", "body_end"),
    ("report14", "a24.press/1.txt", "chrome"),
    ("report14", "a24.press/2.txt", "lead"),
    # checheninfo: a headless digest under a label in bars ("| ДАЙДЖЕСТ: |"), taken for the title.
    ("report14", "checheninfo.ru/1.txt", "title"),
    # smolensk-i: a digest's summary left in the body, its last item's teaser dropped.
    ("report14", "smolensk-i.ru/1.txt", "lead"),
    ("report14", "smolensk-i.ru/1.txt", "body_start"),
    ("report14", "smolensk-i.ru/1.txt", "body_end"),
    # elitetrader: the date under a standfirst written again over the text, beside the source.
    ("report14", "elitetrader.ru/1.txt", "date"),
    # sports.ru: the results table and its note after the text taken for a menu.
    ("report14", "sports.ru/1.txt", "body_end"),
    # Report16 part (sites the reader was not tuned on, site folders of up to five pages): read
    # once with the reader of 53db2a9 and of aa12b0e (figures in the fixtures' README), then
    # tuning material. Left:
    # vologda-poisk: the site's promo after the text kept (a sentence).
    ("report16", "vologda-poisk.ru/5.txt", "body_end"),
    ("report16", "vologda-poisk.ru/5.txt", "chrome"),
    # slutsk-gorod: headless copies under other stories' teasers written as prose: a teaser taken
    # for the text.
    ("report16", "slutsk-gorod.by/1.txt", "title"),
    ("report16", "slutsk-gorod.by/1.txt", "lead"),
    ("report16", "slutsk-gorod.by/1.txt", "body_start"),
    ("report16", "slutsk-gorod.by/1.txt", "body_end"),
    ("report16", "slutsk-gorod.by/1.txt", "chrome"),
    ("report16", "slutsk-gorod.by/2.txt", "title"),
    ("report16", "slutsk-gorod.by/2.txt", "body_start"),
    ("report16", "slutsk-gorod.by/2.txt", "body_end"),
    ("report16", "slutsk-gorod.by/2.txt", "chrome"),
    ("report16", "slutsk-gorod.by/3.txt", "title"),
    ("report16", "slutsk-gorod.by/3.txt", "body_start"),
    ("report16", "slutsk-gorod.by/3.txt", "body_end"),
    ("report16", "slutsk-gorod.by/3.txt", "chrome"),
    ("report16", "slutsk-gorod.by/4.txt", "body_end"),
    ("report16", "slutsk-gorod.by/4.txt", "chrome"),
    # rk37: headless copies under other stories' teaser lines: a teaser's line taken for the
    # title; a one-sentence standfirst left in the body.
    ("report16", "rk37.ru/2.txt", "title"),
    ("report16", "rk37.ru/2.txt", "lead"),
    ("report16", "rk37.ru/3.txt", "title"),
    ("report16", "rk37.ru/3.txt", "chrome"),
    ("report16", "rk37.ru/4.txt", "title"),
    ("report16", "rk37.ru/4.txt", "chrome"),
    # r40: headlines in capitals taken for intertitles; a lone "?" after the text kept.
    ("report16", "r40.ru/2.txt", "title"),
    ("report16", "r40.ru/4.txt", "title"),
    # rybinsk.ru: a line of the site's promo box over the text (on both pages of a two-page
    # folder, learnt since) taken for the title.
    ("report16", "rybinsk.ru/1.txt", "title"),
    # progorod76: the subtitle taken with the title.
    ("report16", "progorod76.ru/1.txt", "title"),
    ("report16", "progorod76.ru/1.txt", "lead"),
    # gorodkirov: a digest's picture caption taken for the lead.
    ("report16", "gorodkirov.ru/1.txt", "lead"),
    ("report16", "gorodkirov.ru/1.txt", "body_start"),
    ("report16", "gorodkirov.ru/1.txt", "chrome"),
    # Report17 part (the same): read once with the reader of 53db2a9 and of aa12b0e, then tuning
    # material. Left:
    # baikal-daily: the standfirst (the first paragraph, set apart on the site) left in the body;
    # a caption glued to the rubric and credit over the text kept.
    ("report17", "baikal-daily.ru/1.txt", "lead"),
    ("report17", "baikal-daily.ru/2.txt", "lead"),
    ("report17", "baikal-daily.ru/3.txt", "lead"),
    ("report17", "baikal-daily.ru/4.txt", "title"),
    ("report17", "baikal-daily.ru/4.txt", "lead"),
    ("report17", "baikal-daily.ru/5.txt", "lead"),
    ("report17", "baikal-daily.ru/5.txt", "chrome"),
    # gazeta-n1: a rubric over the headline taken with it.
    ("report17", "gazeta-n1.ru/4.txt", "body_end"),
    # primorye24, vladivostok1: the headline glued to its rubric and written again; a digest's
    # standfirst left in the body.
    ("report17", "primorye24.ru/2.txt", "body_start"),
    # esp.md: photo captions inside the text taken for the text's start.
    ("report17", "esp.md/1.txt", "title"),
    ("report17", "esp.md/1.txt", "lead"),
    ("report17", "esp.md/1.txt", "body_start"),
    ("report17", "esp.md/1.txt", "chrome"),
    ("report17", "esp.md/2.txt", "title"),
    ("report17", "esp.md/2.txt", "lead"),
    ("report17", "esp.md/2.txt", "body_start"),
    ("report17", "esp.md/2.txt", "body_end"),
    ("report17", "esp.md/2.txt", "chrome"),
    # 7info, amurpress: a repost names the outlet it quotes (E1.ru, a TASS dateline), taken for
    # the source.
    ("report17", "7info.ru/1.txt", "source"),
    ("report17", "amurpress.info/1.txt", "source"),
    # lisa.md, mordovmedia: headless copies: a line of chrome taken for the title.
    ("report17", "lisa.md/1.txt", "title"),
    ("report17", "lisa.md/1.txt", "chrome"),
    ("report17", "mordovmedia.ru/1.txt", "title"),
    ("report17", "mordovmedia.ru/1.txt", "body_start"),
    # news2: the date a user posted the story with ("Добавил suhan suhan 14 Марта 2009") not read.
    ("report17", "news2.ru/1.txt", "date"),
    # therussiannews, voran.by: a related link and a video address inside or after the text kept.
    ("report17", "therussiannews.ru/1.txt", "body_end"),
    ("report17", "therussiannews.ru/1.txt", "chrome"),
    ("report17", "voran.by/1.txt", "chrome"),
    # Report18 part (sites the reader was not tuned on, site folders of up to five pages): read
    # once with the reader of 8457f59 and of aa12b0e (figures in the fixtures' README), then
    # tuning material. Left:
    # tvzvezda: a date line with seconds and the author's name glued before it not read.
    ("report18", "tvzvezda.ru/4.txt", "date"),
    # vestinn: a video page's only paragraph where the standfirst goes, its player's words and
    # file list around it.
    ("report18", "vestinn.ru/1.txt", "lead"),
    ("report18", "vestinn.ru/1.txt", "body_start"),
    ("report18", "vestinn.ru/1.txt", "body_end"),
    ("report18", "vestinn.ru/2.txt", "lead"),
    ("report18", "vestinn.ru/2.txt", "body_start"),
    ("report18", "vestinn.ru/2.txt", "body_end"),
    ("report18", "vestinn.ru/4.txt", "lead"),
    ("report18", "vestinn.ru/4.txt", "body_start"),
    ("report18", "vestinn.ru/4.txt", "body_end"),
    # v-kurse, izhlife, susanin: standfirsts (a digest's summary of itself, a short subtitle) left
    # in the body or dropped; kirov-portal: a subtitle taken for the title.
    ("report18", "v-kurse.ru/2.txt", "lead"),
    ("report18", "v-kurse.ru/2.txt", "body_start"),
    ("report18", "kirov-portal.ru/1.txt", "lead"),
    ("report18", "izhlife.ru/1.txt", "lead"),
    ("report18", "izhlife.ru/2.txt", "lead"),
    ("report18", "izhlife.ru/3.txt", "lead"),
    ("report18", "izhlife.ru/4.txt", "lead"),
    ("report18", "izhlife.ru/5.txt", "lead"),
    ("report18", "izhlife.ru/5.txt", "body_start"),
    ("report18", "susanin.news/3.txt", "lead"),
    ("report18", "susanin.news/4.txt", "lead"),
    # abn, staroetv: related stories and the next story's agency dateline after the text kept;
    # the site's clock taken for the date; video captions closing the text dropped.
    ("report18", "abn.agency/1.txt", "date"),
    ("report18", "abn.agency/1.txt", "body_end"),
    ("report18", "abn.agency/1.txt", "chrome"),
    ("report18", "staroetv.ru/1.txt", "body_end"),
    # Report19 part (the same): read once with the reader of 8457f59 and of aa12b0e, then tuning
    # material. Left:
    # obyektiv, mgorod, yarcube: the next story after the text, a reader's comment, the site's
    # rules glued after the last sentence kept; standfirsts glued to the headline on one line.
    ("report19", "obyektiv.press/2.txt", "body_end"),
    ("report19", "obyektiv.press/2.txt", "chrome"),
    ("report19", "obyektiv.press/3.txt", "body_end"),
    ("report19", "obyektiv.press/3.txt", "chrome"),
    ("report19", "mgorod.kz/1.txt", "chrome"),
    ("report19", "mgorod.kz/2.txt", "title"),
    ("report19", "mgorod.kz/2.txt", "lead"),
    ("report19", "mgorod.kz/3.txt", "title"),
    ("report19", "mgorod.kz/3.txt", "lead"),
    ("report19", "mgorod.kz/3.txt", "body_start"),
    ("report19", "mgorod.kz/3.txt", "chrome"),
    ("report19", "mgorod.kz/4.txt", "body_end"),
    ("report19", "mgorod.kz/5.txt", "body_end"),
    ("report19", "mgorod.kz/5.txt", "chrome"),
    ("report19", "yarcube.ru/3.txt", "chrome"),
    # moscow-baku: video digests whose headline runs on in a second sentence, or names an item the
    # copy does not reach; a greeting where a standfirst would be.
    ("report19", "moscow-baku.ru/2.txt", "title"),
    ("report19", "moscow-baku.ru/2.txt", "body_start"),
    ("report19", "moscow-baku.ru/4.txt", "body_start"),
    ("report19", "moscow-baku.ru/5.txt", "title"),
    ("report19", "moscow-baku.ru/5.txt", "body_start"),
    # trc33, nadezhda, vlast: a headless copy's second sentence, an advertisement in sentences, a
    # subtitle taken for the title.
    ("report19", "trc33.ru/2.txt", "title"),
    ("report19", "nadezhda.kz/1.txt", "lead"),
    ("report19", "nadezhda.kz/1.txt", "body_start"),
    ("report19", "nadezhda.kz/1.txt", "body_end"),
    ("report19", "nadezhda.kz/2.txt", "title"),
    ("report19", "nadezhda.kz/2.txt", "body_start"),
    ("report19", "nadezhda.kz/2.txt", "chrome"),
    ("report19", "vlast.kz/1.txt", "title"),
    ("report19", "vlast.kz/1.txt", "lead"),
    ("report19", "vlast.kz/2.txt", "title"),
    ("report19", "vlast.kz/2.txt", "lead"),
    # golosarmenii, tdk42: the author's latest items' dates taken for the date; a date glued to
    # the time and views ("c 17:43, 14/02/2019 c 798") not read.
    ("report19", "golosarmenii.am/1.txt", "date"),
    ("report19", "tdk42.kz/1.txt", "date"),
    # Report20 and report21 parts (sites the reader was not tuned on, site folders of up to five
    # pages): read once with the reader of 8f67271 and with aa12b0e (figures in the fixtures'
    # README); then tuning material for four rules (a short sentence over a longer paragraph is
    # the standfirst; "Сейчас в <город>" is a widget's label; "Эфир от …" and Ukrainian months).
    # 72.ru: an image's markup taken for the title; short subtitles under the headline left in the
    # body (a live widget's label, "Сейчас в Тюмени", and "<image>" mended since).
    ("report20", "72.ru/1.txt", "lead"),
    ("report20", "72.ru/4.txt", "title"),
    ("report20", "72.ru/4.txt", "lead"),
    ("report20", "72.ru/4.txt", "body_end"),
    ("report20", "72.ru/4.txt", "chrome"),
    # ysia: headless mobile copies opening with their standfirst, taken for the title.
    ("report20", "ysia.ru/3.txt", "title"),
    ("report20", "ysia.ru/3.txt", "lead"),
    ("report20", "ysia.ru/4.txt", "title"),
    ("report20", "ysia.ru/4.txt", "lead"),
    # gorod55, om1, omsk365: short standfirsts ("Итоги субботы.", "Из кранов местных жителей
    # течёт коричневое нечто.") left in the body (those of six words or fewer right under the
    # headline mended since).
    ("report20", "gorod55.ru/1.txt", "lead"),
    ("report20", "om1.ru/1.txt", "lead"),
    ("report20", "omsk365.ru/1.txt", "lead"),
    ("report20", "omsk365.ru/1.txt", "body_start"),
    # superomsk, hawk, 76.ru: a kicker in capitals before the headline ("ТРЕНДЫ НЕДЕЛИ: …") and a
    # date line with its source taken for the title; a subtitle taken for the title.
    ("report20", "superomsk.ru/1.txt", "title"),
    ("report20", "superomsk.ru/2.txt", "title"),
    ("report20", "hawk.ru/1.txt", "title"),
    ("report20", "76.ru/1.txt", "title"),
    ("report20", "76.ru/1.txt", "lead"),
    ("report20", "76.ru/1.txt", "chrome"),
    # tumentoday, vomske: a video promo kept; views glued to the date ("589902 февраля 2019") not
    # read (72.rodina.news's "read on" link mended since).
    ("report20", "vomske.ru/1.txt", "date"),
    # metr12, pravda.in.ua, marimedia, autogrodno: other stories' headlines and teasers after the
    # text, unlabelled, taken for the text.
    ("report21", "metr12.ru/4.txt", "title"),
    ("report21", "metr12.ru/4.txt", "chrome"),
    ("report21", "pravda.in.ua/2.txt", "body_end"),
    ("report21", "pravda.in.ua/2.txt", "chrome"),
    ("report21", "marimedia.ru/1.txt", "body_end"),
    ("report21", "marimedia.ru/1.txt", "chrome"),
    ("report21", "marimedia.ru/4.txt", "body_end"),
    ("report21", "marimedia.ru/4.txt", "chrome"),
    ("report21", "autogrodno.by/1.txt", "body_end"),
    ("report21", "autogrodno.by/1.txt", "chrome"),
    ("report21", "autogrodno.by/2.txt", "body_end"),
    ("report21", "autogrodno.by/2.txt", "chrome"),
    ("report21", "autogrodno.by/3.txt", "body_end"),
    ("report21", "autogrodno.by/3.txt", "chrome"),
    ("report21", "autogrodno.by/4.txt", "body_end"),
    ("report21", "autogrodno.by/4.txt", "chrome"),
    # gtrkmariel, 0619: a broadcast's date after the text ("Эфир от 9 ноября 2016 г.") and a
    # Ukrainian date line not read (both mended since, report21 then tuning material for them).
    # zanoza-news, mosaica, bobruisk: standfirsts (one without its full stop, a digest's summary)
    # left in the body.
    ("report21", "zanoza-news.com/2.txt", "lead"),
    ("report21", "zanoza-news.com/2.txt", "body_start"),
    ("report21", "mosaica.ru/1.txt", "lead"),
    ("report21", "mosaica.ru/1.txt", "body_start"),
    # Report15 part (sites the reader was not tuned on, site folders): read once with the
    # reader of d2e765d and of aa12b0e (figures in the fixtures' README), then tuning material.
    # Left: stolicaonego: an evening digest's first item's headline is its standfirst (taken
    # for the text); the story after a digest ended with its related story's headline.
    ("report15", "stolicaonego.ru/1.txt", "lead"),
    ("report15", "stolicaonego.ru/1.txt", "body_end"),
    # cursorinfo: standfirsts (a paragraph; a short sentence, mended since) under the headline
    # left in the body; so katun24's one-sentence standfirst, and the next story after its one
    # paragraph kept.
    ("report15", "cursorinfo.co.il/1.txt", "lead"),
    ("report15", "cursorinfo.co.il/1.txt", "body_start"),
    ("report15", "katun24.ru/2.txt", "body_end"),
    ("report15", "katun24.ru/2.txt", "chrome"),
    # 1tvspb: the site's clock dates a page whose own day has no year; the standfirst left in
    # the body, the reporters' credit kept at its end.
    ("report15", "1tvspb.ru/1.txt", "date"),
    ("report15", "1tvspb.ru/1.txt", "lead"),
    ("report15", "1tvspb.ru/1.txt", "body_end"),
    ("report15", "1tvspb.ru/1.txt", "chrome"),
    # txt.newsru: the date in crumbs above the headline ("// Израиль // 23 Февраля 2009 г.")
    # (mended since).
    # ugra: a digest's summary line taken for the title over the headline.
    ("report15", "ugra.ru/1.txt", "title"),
    ("report15", "ugra.ru/1.txt", "lead"),
    # Report22 part (sites the reader was not tuned on, site folders): read once with the reader
    # of c3f6a8c and of 9958b95 (the same figures, in the fixtures' README). Left:
    # noks, ustinka: a widget's label, and the site's clock, taken for the title and the date;
    # a standfirst taken for the headline.
    ("report22", "noks.kz/1.txt", "title"),
    ("report22", "noks.kz/1.txt", "date"),
    ("report22", "noks.kz/1.txt", "chrome"),
    ("report22", "ustinka.kz/4.txt", "title"),
    ("report22", "ustinka.kz/5.txt", "title"),
    # ustinka: the standfirst left in the body.
    ("report22", "ustinka.kz/1.txt", "lead"),
    ("report22", "ustinka.kz/1.txt", "body_start"),  # since the line scorer's last training
    ("report22", "ustinka.kz/4.txt", "lead"),
    ("report22", "ustinka.kz/5.txt", "lead"),
    # habrus: a weather widget's stamp taken for the page's date.
    ("report22", "habrus.ru/1.txt", "date"),
    # knews, yk-news: the text's last line taken for chrome, or other stories' headlines kept.
    ("report22", "knews.kg/1.txt", "body_end"),
    ("report22", "yk-news.kz/1.txt", "body_end"),
    # Report23 part (the same): read once with the reader of c3f6a8c and of 9958b95; the site
    # calls after it (calls.py) read a4.news's and 39rus.org/1's text end. Left:
    # 39rus: an interview's teaser the site repeats after the text kept.
    ("report23", "39rus.org/2.txt", "body_end"),
    ("report23", "39rus.org/2.txt", "chrome"),
    ("report23", "39rus.org/3.txt", "body_end"),
    ("report23", "39rus.org/3.txt", "chrome"),
    ("report23", "39rus.org/4.txt", "body_end"),
    ("report23", "39rus.org/4.txt", "chrome"),
    # factornews: a digest's generic headline passed over for its first item's.
    ("report23", "factornews.ru/1.txt", "title"),
    ("report23", "factornews.ru/1.txt", "body_start"),
    ("report23", "factornews.ru/1.txt", "body_end"),
    ("report23", "factornews.ru/2.txt", "title"),
    ("report23", "factornews.ru/2.txt", "body_start"),
    ("report23", "factornews.ru/3.txt", "title"),
    ("report23", "factornews.ru/3.txt", "body_start"),
    ("report23", "factornews.ru/3.txt", "body_end"),
    ("report23", "factornews.ru/4.txt", "title"),
    ("report23", "factornews.ru/4.txt", "body_start"),
    # locals.md, newsnn, sevastopol.su: a digest's fixed opening or a standfirst left in the body.
    ("report23", "locals.md/1.txt", "lead"),
    ("report23", "locals.md/1.txt", "body_start"),
    ("report23", "locals.md/2.txt", "lead"),
    ("report23", "locals.md/2.txt", "body_start"),
    ("report23", "locals.md/3.txt", "lead"),
    ("report23", "locals.md/3.txt", "body_start"),
    ("report23", "newsnn.ru/3.txt", "lead"),
    ("report23", "newsnn.ru/3.txt", "body_start"),
    ("report23", "sevastopol.su/5.txt", "body_start"),
    # sevastopol.su, newkaliningrad: other stories' teasers after the text, unlabelled, kept.
    ("report23", "newkaliningrad.ru/1.txt", "body_end"),
    ("report23", "newkaliningrad.ru/1.txt", "chrome"),
    # Report24 and report25 parts (sites the reader was not tuned on, site folders): read once
    # with the final reader of the session (c4c57ff) and with its start's (9958b95), figures in
    # the fixtures' README; not tuned on. Left:
    # regions, rzn, in-kolomna: standfirsts (and a headline the text writes again) left in the
    # body or taken for a quote's start; the text's first paragraph dropped.
    ("report24", "in-kolomna.ru/2.txt", "body_start"),
    # mediaryazan: a rating's date taken for the page's.
    ("report24", "mediaryazan.ru/4.txt", "date"),
    # ryazannews: another story's headline over a copy without its own taken for the title.
    ("report24", "ryazannews.ru/2.txt", "title"),
    ("report24", "ryazannews.ru/2.txt", "chrome"),
    # kvnews: the site's clock ("В Омске пятница, 22 Ноября") taken for the title; a column's
    # fixed standfirst left in the body.
    # amic: a digest's standfirst taken for the title of a copy without a headline, or left out;
    # its date line with the agency's name taken for the title.
    ("report25", "amic.ru/1.txt", "lead"),
    ("report25", "amic.ru/2.txt", "title"),
    ("report25", "amic.ru/2.txt", "lead"),
    ("report25", "amic.ru/3.txt", "title"),
    ("report25", "amic.ru/3.txt", "lead"),
    ("report25", "amic.ru/3.txt", "chrome"),
    ("report25", "amic.ru/4.txt", "title"),
    ("report25", "amic.ru/4.txt", "lead"),
    # khovar: the agency named only in its dateline glued to the text.
    ("report25", "khovar.tj/3.txt", "source"),
    ("report25", "khovar.tj/4.txt", "source"),
    # tvsamara: a headline with a full stop taken for the text's first sentence.
    ("report25", "tvsamara.ru/3.txt", "lead"),
    ("report25", "tvsamara.ru/3.txt", "body_start"),
    # nsknews, chrdk, 1nsk, 24tv: standfirsts left in the body or missed (a key points box, a
    # subtitle over buttons); a section heading over the text; a counter kept.
    ("report25", "nsknews.info/1.txt", "lead"),
    ("report25", "nsknews.info/1.txt", "body_start"),
    ("report25", "nsknews.info/1.txt", "body_end"),
    ("report25", "chrdk.ru/1.txt", "title"),
    ("report25", "chrdk.ru/1.txt", "lead"),
    ("report25", "chrdk.ru/1.txt", "body_start"),
    ("report25", "1nsk.ru/1.txt", "lead"),
    ("report25", "24tv.ua/1.txt", "lead"),
    ("report25", "24tv.ua/1.txt", "chrome"),
    # мтв.онлайн, samru: a date line with its rubric, the portal's name taken for the title.
    ("report25", "мтв.онлайн/1.txt", "title"),
    ("report25", "мтв.онлайн/1.txt", "chrome"),
    ("report25", "мтв.онлайн/2.txt", "title"),
    ("report25", "мтв.онлайн/2.txt", "chrome"),
    # Report26 and report27 parts (sites the reader was not tuned on, site folders): read once
    # with the reader of a0ad4ee and of 9958b95 (figures in the fixtures' README), then tuning
    # material for a few rules (a tagline ending with a quote, the clock under it, the home
    # page's crumbs, a rubric's weekday date under the headline). Left, report26: subtitles
    # taken for the headline (gorodarmavir, alaniatv), a closing "Как ранее сообщал портал …"
    # link the records count as text, rubric images' dates (sputnik-abkhazia), an aggregator's
    # stacked headlines (29ru), a uCoz archive path's date, standfirsts left in the body.
    ("report26", "alaniatv.ru/2.txt", "title"),
    ("report26", "alaniatv.ru/2.txt", "lead"),
    ("report26", "gorodarmavir.ru/1.txt", "body_end"),
    ("report26", "gorodarmavir.ru/3.txt", "body_end"),
    ("report26", "gorodarmavir.ru/4.txt", "body_end"),
    ("report26", "gorodarmavir.ru/5.txt", "title"),
    ("report26", "gorodarmavir.ru/5.txt", "lead"),
    ("report26", "sputnik-abkhazia.ru/2.txt", "date"),
    ("report26", "sputnik-abkhazia.ru/2.txt", "lead"),
    ("report26", "sputnik-abkhazia.ru/2.txt", "body_start"),
    ("report26", "sputnik-abkhazia.ru/5.txt", "title"),
    ("report26", "sputnik-abkhazia.ru/5.txt", "lead"),
    ("report26", "sputnik-abkhazia.ru/5.txt", "body_start"),
    ("report26", "sputnik-abkhazia.ru/5.txt", "chrome"),
    ("report26", "29ru.net/1.txt", "title"),
    ("report26", "29ru.net/1.txt", "lead"),
    ("report26", "29ru.net/1.txt", "chrome"),
    ("report26", "29ru.net/3.txt", "date"),
    ("report26", "goarmavir24.ru/1.txt", "body_start"),
    ("report26", "lezgi-yar.ru/1.txt", "date"),
    # Report27: a newspaper issue's numbered headlines, newscasts' titles, digests' standfirsts
    # and fixed headlines, related headlines glued to the text, widgets' and captions' lines,
    # dates without a year.
    ("report27", "vkgazeta.ru/2.txt", "title"),
    ("report27", "vkgazeta.ru/4.txt", "title"),
    ("report27", "business-class.su/2.txt", "chrome"),
    ("report27", "business-class.su/4.txt", "body_end"),
    ("report27", "business-class.su/4.txt", "chrome"),
    ("report27", "rus.lsm.lv/1.txt", "title"),
    ("report27", "rus.lsm.lv/1.txt", "lead"),
    ("report27", "rus.lsm.lv/2.txt", "title"),
    ("report27", "rus.lsm.lv/2.txt", "lead"),
    ("report27", "rus.lsm.lv/3.txt", "title"),
    ("report27", "rus.lsm.lv/3.txt", "lead"),
    ("report27", "wobla.ru/1.txt", "title"),
    ("report27", "wobla.ru/1.txt", "body_start"),
    ("report27", "progorod43.ru/1.txt", "title"),
    ("report27", "progorod43.ru/1.txt", "lead"),
    ("report27", "krasnokamskii-gorodovoi.ru/1.txt", "body_end"),
    ("report27", "tv.pgtrk.com/1.txt", "body_end"),
    ("report27", "tv.pgtrk.com/1.txt", "chrome"),
    ("report27", "berezniki-gid.ru/1.txt", "body_end"),
    ("report27", "berezniki-gid.ru/1.txt", "chrome"),
    ("report27", "gorod.lv/1.txt", "title"),
    ("report27", "pg12.ru/1.txt", "date"),
    ("report27", "pg12.ru/1.txt", "lead"),
    ("report27", "pg12.ru/2.txt", "title"),
    ("report27", "pg12.ru/2.txt", "lead"),
    ("report27", "pg12.ru/2.txt", "chrome"),
    ("report27", "pg12.ru/3.txt", "lead"),
    ("report27", "pg12.ru/3.txt", "chrome"),
    ("report27", "zanedeliu.lt/1.txt", "date"),
    ("report27", "zanedeliu.lt/1.txt", "chrome"),
    # Report28 and report29 parts (the same): read once with the reader of aa536d0 and of
    # 9958b95, then tuning material (a headline ending with a full stop, a site's call over a
    # rubric and a date, glued crumbs). Left, report28: a digest's fixed headline and standfirst
    # (topdialog), headlines printed after the text (selgazeta, v-pravda), paragraphs glued
    # without spaces, stamp lines with counters, a date after a teaser's "Читать далее...".
    ("report28", "topdialog.ru/1.txt", "title"),
    ("report28", "topdialog.ru/1.txt", "date"),
    ("report28", "topdialog.ru/1.txt", "lead"),
    ("report28", "topdialog.ru/1.txt", "chrome"),
    ("report28", "topdialog.ru/2.txt", "title"),
    ("report28", "topdialog.ru/2.txt", "lead"),
    ("report28", "topdialog.ru/2.txt", "body_start"),
    ("report28", "topdialog.ru/3.txt", "title"),
    ("report28", "topdialog.ru/3.txt", "lead"),
    ("report28", "topdialog.ru/3.txt", "body_start"),
    ("report28", "topdialog.ru/4.txt", "title"),
    ("report28", "topdialog.ru/4.txt", "lead"),
    ("report28", "topdialog.ru/4.txt", "chrome"),
    ("report28", "topdialog.ru/5.txt", "title"),
    ("report28", "topdialog.ru/5.txt", "chrome"),
    ("report28", "selgazeta.ru/2.txt", "title"),
    ("report28", "selgazeta.ru/2.txt", "lead"),
    ("report28", "selgazeta.ru/2.txt", "body_start"),
    ("report28", "selgazeta.ru/3.txt", "title"),
    ("report28", "selgazeta.ru/3.txt", "body_end"),
    ("report28", "selgazeta.ru/3.txt", "chrome"),
    ("report28", "selgazeta.ru/4.txt", "title"),
    ("report28", "selchanka.com/1.txt", "body_end"),
    ("report28", "selchanka.com/3.txt", "title"),
    ("report28", "selchanka.com/3.txt", "body_start"),
    ("report28", "ap22.ru/1.txt", "lead"),
    ("report28", "ap22.ru/1.txt", "body_start"),
    ("report28", "ap22.ru/1.txt", "chrome"),
    ("report28", "ap22.ru/2.txt", "lead"),
    ("report28", "ap22.ru/2.txt", "body_start"),
    ("report28", "ap22.ru/2.txt", "chrome"),
    ("report28", "ap22.ru/4.txt", "title"),
    ("report28", "ap22.ru/4.txt", "lead"),
    ("report28", "ap22.ru/4.txt", "body_start"),
    ("report28", "ap22.ru/4.txt", "body_end"),
    ("report28", "ap22.ru/4.txt", "chrome"),
    ("report28", "v-pravda.ru/1.txt", "body_end"),
    ("report28", "v-pravda.ru/2.txt", "title"),
    ("report28", "v-pravda.ru/2.txt", "body_end"),
    ("report28", "v-pravda.ru/2.txt", "chrome"),
    ("report28", "echomsk.spb.ru/1.txt", "date"),
    ("report28", "echomsk.spb.ru/2.txt", "date"),
    ("report28", "gazeta.spb.ru/1.txt", "chrome"),
    ("report28", "mosregion.info/1.txt", "body_end"),
    ("report28", "centerasia.ru/1.txt", "title"),
    ("report28", "centerasia.ru/1.txt", "date"),
    ("report28", "centerasia.ru/1.txt", "body_start"),
    # Report29: the visit's date and clock over old stories (tia-ostrova), a headline written
    # again after the text (kolyma), "От редакции:" over the text, readers' comments.
    ("report29", "tia-ostrova.ru/1.txt", "title"),
    ("report29", "tia-ostrova.ru/1.txt", "date"),
    ("report29", "tia-ostrova.ru/1.txt", "lead"),
    ("report29", "tia-ostrova.ru/1.txt", "body_end"),
    ("report29", "tia-ostrova.ru/2.txt", "title"),
    ("report29", "tia-ostrova.ru/2.txt", "date"),
    ("report29", "tia-ostrova.ru/2.txt", "lead"),
    ("report29", "tia-ostrova.ru/3.txt", "date"),
    ("report29", "tia-ostrova.ru/3.txt", "body_end"),
    ("report29", "tia-ostrova.ru/3.txt", "chrome"),
    ("report29", "tia-ostrova.ru/4.txt", "title"),
    ("report29", "tia-ostrova.ru/4.txt", "chrome"),
    ("report29", "kolyma.ru/2.txt", "body_start"),
    ("report29", "kolyma.ru/3.txt", "chrome"),
    ("report29", "kolyma.ru/4.txt", "date"),
    ("report29", "kolyma.ru/4.txt", "body_start"),
    ("report29", "kolyma.ru/4.txt", "body_end"),
    ("report29", "kolyma.ru/4.txt", "chrome"),
    ("report29", "ng.kz/2.txt", "body_start"),
    ("report29", "ng.kz/2.txt", "chrome"),
    # Report30 and report31 parts (the same): read once with the final reader of the session
    # (85a2e2c) and with its start's (9958b95); tuned on since (report31's odesitua.com is a
    # site of report8). Left, report30: the text's first paragraph over a photo credit taken for
    # the standfirst (pln24.ru), a caption's text (fm.pln24.ru), month-first dates (1tulatv), a
    # page title with the site's name in crumbs (myslo), standfirsts.
    ("report30", "fm.pln24.ru/2.txt", "chrome"),
    ("report30", "fm.pln24.ru/3.txt", "chrome"),
    ("report30", "fm.pln24.ru/4.txt", "body_end"),
    ("report30", "pln-pskov.ru/1.txt", "chrome"),
    ("report30", "pln-pskov.ru/4.txt", "title"),
    ("report30", "pln-pskov.ru/4.txt", "date"),
    ("report30", "pln-pskov.ru/4.txt", "chrome"),
    ("report30", "gtrkpskov.ru/2.txt", "title"),
    ("report30", "gtrkpskov.ru/2.txt", "chrome"),
    ("report30", "myslo.ru/1.txt", "title"),
    ("report30", "myslo.ru/1.txt", "lead"),
    ("report30", "myslo.ru/1.txt", "body_start"),
    ("report30", "myslo.ru/1.txt", "body_end"),
    ("report30", "myslo.ru/1.txt", "chrome"),
    ("report30", "myslo.ru/4.txt", "title"),
    ("report30", "1tulatv.ru/1.txt", "date"),
    ("report30", "1tulatv.ru/2.txt", "date"),
    ("report30", "vesti-yaroslavl.ru/1.txt", "body_end"),
    # Report31: editors' codes glued to the last sentence and related items split by "-" lines
    # (turan.az), visit dates in widgets, headlines glued to crumbs or to "Новость", standfirsts
    # left in the body, agencies credited in datelines.
    ("report31", "turan.az/1.txt", "body_end"),
    ("report31", "turan.az/1.txt", "chrome"),
    ("report31", "allinsurance.kz/2.txt", "lead"),
    ("report31", "allinsurance.kz/2.txt", "body_start"),
    ("report31", "allinsurance.kz/2.txt", "chrome"),
    ("report31", "lsm.kz/1.txt", "lead"),
    ("report31", "lsm.kz/1.txt", "body_start"),
    ("report31", "lsm.kz/1.txt", "chrome"),
    ("report31", "good.newsarmenia.am/1.txt", "source"),
    ("report31", "d2ynw85xwm3jnu.cloudfront.net/1.txt", "lead"),
    ("report31", "d2ynw85xwm3jnu.cloudfront.net/1.txt", "body_start"),
    ("report31", "d2ynw85xwm3jnu.cloudfront.net/1.txt", "chrome"),
    ("report31", "ru.interfax.com.ua/1.txt", "source"),
    ("report31", "the-tenge.kz/1.txt", "date"),
    ("report31", "the-tenge.kz/1.txt", "lead"),
    ("report31", "for.kg/1.txt", "title"),
    ("report31", "report.az/1.txt", "lead"),
    ("report31", "kazpravda.kz/1.txt", "lead"),
    # Report32 to report35 (sites never seen, site folders): each read once with the reader of its
    # moment and with 163fbaf (figures in the session note), then tuned on. Left, report32: a
    # standfirst the text retells taken for the headline (b-port), a headless copy of related
    # teasers (gtrk-kurgan), the text's first sentence over a photo credit (kurgan-gid),
    # standfirsts left in the body, a date from the text of a page without one (realbrest).
    ("report32", "b-port.com/1.txt", "title"),
    ("report32", "b-port.com/1.txt", "lead"),
    ("report32", "b-port.com/2.txt", "title"),
    ("report32", "b-port.com/2.txt", "lead"),
    ("report32", "gtrk-kurgan.ru/4.txt", "title"),
    ("report32", "gtrk-kurgan.ru/4.txt", "body_end"),
    ("report32", "gtrk-kurgan.ru/4.txt", "chrome"),
    ("report32", "kurgan-gid.ru/1.txt", "body_start"),
    ("report32", "kuzvesti.ru/1.txt", "title"),
    ("report32", "kuzvesti.ru/1.txt", "chrome"),
    ("report32", "old.glava.kbr.ru/1.txt", "date"),
    ("report32", "realbrest.by/1.txt", "date"),
    # Left, report33: a digest page's title (vesti-tver), headless copies' standfirsts (k1news),
    # dates only in the related news' heading (dddkursk), a column's name (sovch), standfirsts
    # left in the body.
    ("report33", "dddkursk.ru/1.txt", "date"),
    ("report33", "dddkursk.ru/2.txt", "date"),
    ("report33", "k1news.ru/1.txt", "body_end"),
    ("report33", "k1news.ru/3.txt", "title"),
    ("report33", "k1news.ru/3.txt", "lead"),
    ("report33", "k1news.ru/4.txt", "title"),
    ("report33", "k1news.ru/4.txt", "lead"),
    ("report33", "k1news.ru/5.txt", "title"),
    ("report33", "k1news.ru/5.txt", "lead"),
    ("report33", "k1news.ru/5.txt", "body_start"),
    ("report33", "news-kursk.ru/2.txt", "title"),
    ("report33", "news-kursk.ru/2.txt", "body_start"),
    ("report33", "riakursk.ru/1.txt", "lead"),
    ("report33", "sovch.chuvashia.com/1.txt", "title"),
    ("report33", "sovch.chuvashia.com/2.txt", "title"),
    ("report33", "vesti-tver.ru/1.txt", "title"),
    ("report33", "vesti-tver.ru/1.txt", "lead"),
    ("report33", "vesti-tver.ru/2.txt", "title"),
    ("report33", "vesti-tver.ru/2.txt", "lead"),
    ("report33", "vesti-tver.ru/3.txt", "title"),
    ("report33", "vesti-tver.ru/3.txt", "lead"),
    # Left, report34: a museum's promo glued after the text (amurnews), a video caption's date
    # (ural56), a repost's source, standfirsts.
    ("report34", "amurnews.ru/3.txt", "body_end"),
    ("report34", "amurnews.ru/3.txt", "chrome"),
    ("report34", "gtsmi.ru/1.txt", "body_start"),
    ("report34", "onyxmedia.ru/1.txt", "source"),
    ("report34", "oren.aif.ru/2.txt", "body_start"),
    ("report34", "ural56.ru/1.txt", "date"),
    ("report34", "ural56.ru/1.txt", "lead"),
    ("report34", "ural56.ru/3.txt", "lead"),
    ("report34", "ural56.ru/3.txt", "chrome"),
    # Left, report35: standfirsts set apart from the text by the layout only (rus.jauns.lv), a
    # question-shaped caption over the headline, hard-wrapped text (mixnews, latgaleslaiks),
    # Latvian promos (delfi), related headlines inside the text (nasha).
    ("report35", "mixnews.lv/4.txt", "body_start"),
    ("report35", "nasha.la.lv/2.txt", "chrome"),
    ("report35", "rus.delfi.lv/3.txt", "body_end"),
    ("report35", "rus.delfi.lv/3.txt", "chrome"),
    ("report35", "rus.jauns.lv/1.txt", "lead"),
    ("report35", "rus.jauns.lv/1.txt", "body_start"),
    ("report35", "rus.jauns.lv/2.txt", "lead"),
    ("report35", "rus.jauns.lv/2.txt", "body_start"),
    ("report35", "rus.jauns.lv/3.txt", "lead"),
    ("report35", "rus.jauns.lv/3.txt", "body_start"),
    ("report35", "rus.jauns.lv/4.txt", "title"),
    ("report35", "rus.jauns.lv/4.txt", "chrome"),
    # Report36 and report37 (the same): read once with the session's final reader of the pages and
    # with 163fbaf (the same figures), then tuned on. Left, report36: headless copies under
    # another story's promo (gobalakovo), related headlines inside the text (4vsar), standfirsts.
    ("report36", "4vsar.ru/1.txt", "chrome"),
    ("report36", "gobalakovo.ru/3.txt", "title"),
    ("report36", "gobalakovo.ru/3.txt", "chrome"),
    ("report36", "gobalakovo.ru/4.txt", "title"),
    ("report36", "gobalakovo.ru/4.txt", "body_start"),
    ("report36", "gobalakovo.ru/4.txt", "body_end"),
    ("report36", "gobalakovo.ru/4.txt", "chrome"),
    ("report36", "novosti-saratova.ru/1.txt", "body_start"),
    # Left, report37: related teasers after the text (life-news, pcnews), a kicker over a video's
    # headline (sakhalife), an agency's dateline or a site the text names taken for the source, a
    # chrome line the text also holds (sakhapress), a caption.
    ("report37", "finsightdaily.ru/1.txt", "source"),
    ("report37", "life-news.ru/3.txt", "body_end"),
    ("report37", "life-news.ru/3.txt", "chrome"),
    ("report37", "pcnews.ru/1.txt", "body_end"),
    ("report37", "pcnews.ru/1.txt", "chrome"),
    ("report37", "sakhalife.ru/1.txt", "title"),
    ("report37", "sakhalife.ru/1.txt", "lead"),
    ("report37", "sakhalife.ru/1.txt", "body_end"),
    ("report37", "sakhapress.ru/1.txt", "chrome"),
    ("report37", "tmbw.ru/1.txt", "source"),
    ("report37", "uznayvse.ru/1.txt", "chrome"),
    # Report38 and report39 (the same): read once with the session's final reader of the pages and
    # with 163fbaf (the same figures), then tuned on. Left, report38: other stories' times over
    # the headline (in-news), kickers and subtitles (siapress, chelny24), a text on one line with
    # its video credits inside (tagilcity), standfirsts.
    ("report38", "chelny-biz.ru/1.txt", "body_end"),
    ("report38", "chelny24.ru/1.txt", "title"),
    ("report38", "chelny24.ru/1.txt", "lead"),
    ("report38", "chelny24.ru/2.txt", "title"),
    ("report38", "chelny24.ru/2.txt", "lead"),
    ("report38", "in-news.ru/1.txt", "date"),
    ("report38", "in-news.ru/2.txt", "date"),
    ("report38", "in-news.ru/3.txt", "date"),
    ("report38", "in-news.ru/4.txt", "date"),
    ("report38", "muravlenko24.ru/1.txt", "body_start"),
    ("report38", "naberezhnye-chelny-gid.ru/1.txt", "body_end"),
    ("report38", "naberezhnye-chelny-gid.ru/1.txt", "chrome"),
    ("report38", "norilsk-news.ru/1.txt", "title"),
    ("report38", "norilsk-news.ru/1.txt", "body_start"),
    ("report38", "rnti.ru/1.txt", "source"),
    ("report38", "siapress.ru/1.txt", "title"),
    ("report38", "siapress.ru/1.txt", "lead"),
    ("report38", "siapress.ru/2.txt", "title"),
    ("report38", "siapress.ru/2.txt", "lead"),
    ("report38", "siapress.ru/3.txt", "title"),
    ("report38", "siapress.ru/3.txt", "lead"),
    ("report38", "siapress.ru/4.txt", "title"),
    ("report38", "siapress.ru/4.txt", "lead"),
    ("report38", "tagilcity.ru/1.txt", "chrome"),
    ("report38", "tagilcity.ru/2.txt", "lead"),
    ("report38", "tagilcity.ru/2.txt", "chrome"),
    ("report38", "tagilcity.ru/3.txt", "lead"),
    ("report38", "tagilcity.ru/3.txt", "body_end"),
    ("report38", "tagilcity.ru/3.txt", "chrome"),
    ("report38", "tagilcity.ru/4.txt", "body_end"),
    # Left, report39: a source credit line over the headline (ras), interview pages' kickers
    # (trud, znak), a view counter glued to crumbs, related teasers after the text, standfirsts.
    ("report39", "bobsoccer.ru/3.txt", "body_end"),
    ("report39", "bobsoccer.ru/3.txt", "chrome"),
    ("report39", "dailymoscow.ru/1.txt", "body_end"),
    ("report39", "dailymoscow.ru/1.txt", "chrome"),
    ("report39", "echo.msk.ru/1.txt", "title"),
    ("report39", "echo.msk.ru/1.txt", "chrome"),
    ("report39", "everyday.uz/1.txt", "date"),
    ("report39", "jinr.ru/1.txt", "date"),
    ("report39", "jinr.ru/1.txt", "lead"),
    ("report39", "jinr.ru/1.txt", "body_start"),
    ("report39", "lite.mir24.tv/1.txt", "source"),
    ("report39", "nedelia.lt/1.txt", "lead"),
    ("report39", "nedelia.lt/1.txt", "body_start"),
    ("report39", "ras.ru/1.txt", "title"),
    ("report39", "ras.ru/1.txt", "lead"),
    ("report39", "ras.ru/1.txt", "chrome"),
    ("report39", "ras.ru/3.txt", "title"),
    ("report39", "rscf.ru/1.txt", "title"),
    ("report39", "trud.ru/1.txt", "title"),
    ("report39", "trud.ru/1.txt", "lead"),
    ("report39", "uv-kurier.ru/1.txt", "title"),
    ("report39", "uv-kurier.ru/1.txt", "date"),
    ("report39", "uv-kurier.ru/1.txt", "chrome"),
    ("report39", "web.sbras.ru/1.txt", "body_end"),
    ("report39", "znak.com/1.txt", "title"),
    ("report39", "znak.com/1.txt", "lead"),
    # Report40 and report41 (sites never seen): read once with the session's final reader of the
    # pages (7d0214d) and with 163fbaf (the same figures); then tuned on for five rules (markup,
    # widgets' labels, a date's label, a call to read the outlet). Left, report40: headless
    # copies running into other stories' teasers (elista), headlines in markup or with a rubric
    # word, other stories after the text, standfirsts.
    ("report40", "alaniya.nia-kavkaz.ru/1.txt", "title"),
    ("report40", "alaniya.nia-kavkaz.ru/1.txt", "chrome"),
    ("report40", "crimea.vgorode.ua/1.txt", "title"),
    ("report40", "crimea.vgorode.ua/1.txt", "body_start"),
    ("report40", "crimea.vgorode.ua/1.txt", "body_end"),
    ("report40", "elista.org/2.txt", "body_end"),
    ("report40", "elista.org/2.txt", "chrome"),
    ("report40", "elista.org/3.txt", "body_end"),
    ("report40", "elista.org/3.txt", "chrome"),
    ("report40", "elista.org/4.txt", "body_end"),
    ("report40", "elista.org/4.txt", "chrome"),
    ("report40", "elista.org/5.txt", "body_end"),
    ("report40", "elista.org/5.txt", "chrome"),
    ("report40", "osetia.kvaisa.ru/3.txt", "title"),
    ("report40", "osetia.kvaisa.ru/3.txt", "lead"),
    ("report40", "pg13.ru/1.txt", "lead"),
    ("report40", "region15.ru/3.txt", "body_end"),
    ("report40", "region15.ru/3.txt", "chrome"),
    ("report40", "vladikavkaz-news.net/1.txt", "body_end"),
    ("report40", "vladikavkaz-news.net/1.txt", "chrome"),
    ("report40", "vladikavkaz-news.net/2.txt", "title"),
    ("report40", "vladikavkaz-news.net/2.txt", "body_end"),
    ("report40", "vladikavkaz-news.net/2.txt", "chrome"),
    ("report40", "vladikavkaz-news.ru/1.txt", "body_end"),
    ("report40", "vladikavkaz-news.ru/1.txt", "chrome"),
    # Left, report41: the copy's day over the headline, login buttons and widgets on top, reprint
    # credits and aphorisms after the text (the .city portals), digest pages, standfirsts.
    ("report41", "avestnik.kz/1.txt", "title"),
    ("report41", "avestnik.kz/1.txt", "lead"),
    ("report41", "avestnik.kz/3.txt", "title"),
    ("report41", "avestnik.kz/3.txt", "lead"),
    ("report41", "avestnik.kz/3.txt", "body_start"),
    ("report41", "informburo.kz/1.txt", "title"),
    ("report41", "informburo.kz/1.txt", "lead"),
    ("report41", "nv.kz/1.txt", "body_end"),
    ("report41", "nv.kz/1.txt", "chrome"),
    ("report41", "pavlodar.city/3.txt", "lead"),
    ("report41", "pavlodar.city/5.txt", "lead"),
    ("report41", "pavlodar.city/5.txt", "body_start"),
    ("report41", "time.kz/1.txt", "title"),
    ("report41", "time.kz/1.txt", "lead"),
    ("report41", "time.kz/1.txt", "body_start"),
    # The site's clock is no headline now; the standfirst under it is taken for the text.
    ("report41", "semey.city/3.txt", "lead"),
    # Report42 and report43 (sites never seen, site folders): read once with the reader of 16518cf
    # (the same reading as the session start's, 859b7fc); no rule made from them (the learned
    # lead decision's weights are trained on every part, these too). Left, report42: split date
    # stamps and digest labels (newsivanovo, newslipetsk), a poll and related headlines over the
    # headline (allelets), rubrics glued to standfirsts (gorodlip), standfirsts.
    ("report42", "daytimenews.ru/1.txt", "lead"),
    ("report42", "daytimenews.ru/1.txt", "chrome"),
    ("report42", "demo.lipetsktime.ru/1.txt", "lead"),
    ("report42", "demo.lipetsktime.ru/1.txt", "body_start"),
    ("report42", "gorodlip.ru/1.txt", "lead"),
    ("report42", "gorodlip.ru/2.txt", "date"),
    ("report42", "m.newsivanovo.ru/1.txt", "date"),
    ("report42", "m.newsivanovo.ru/1.txt", "source"),
    ("report42", "news.allelets.ru/1.txt", "title"),
    ("report42", "news.allelets.ru/1.txt", "date"),
    ("report42", "news.allelets.ru/1.txt", "lead"),
    ("report42", "news.allelets.ru/1.txt", "body_start"),
    ("report42", "news.allelets.ru/1.txt", "chrome"),
    ("report42", "news.allelets.ru/2.txt", "title"),
    ("report42", "news.allelets.ru/2.txt", "body_start"),
    ("report42", "news.allelets.ru/2.txt", "chrome"),
    ("report42", "news.allelets.ru/3.txt", "title"),
    ("report42", "news.allelets.ru/3.txt", "chrome"),
    ("report42", "newslipetsk.ru/1.txt", "lead"),
    ("report42", "newslipetsk.ru/1.txt", "chrome"),
    ("report42", "newslipetsk.ru/2.txt", "title"),
    ("report42", "newslipetsk.ru/2.txt", "date"),
    ("report42", "newslipetsk.ru/2.txt", "lead"),
    ("report42", "newslipetsk.ru/2.txt", "body_start"),
    ("report42", "newslipetsk.ru/3.txt", "lead"),
    ("report42", "newslipetsk.ru/3.txt", "body_end"),
    ("report42", "newslipetsk.ru/3.txt", "chrome"),
    ("report42", "newslipetsk.ru/4.txt", "title"),
    ("report42", "newslipetsk.ru/4.txt", "chrome"),
    ("report42", "vesti-lipetsk.ru/2.txt", "lead"),
    ("report42", "vesti-lipetsk.ru/4.txt", "lead"),
    # Left, report43: publish / update stamps over the headline (muksun, bel), standfirsts left in
    # the body, kickers and rubrics glued to standfirsts (vbelgorode), polls and hashtags in the
    # text (go31), window titles and counters (sever-press).
    ("report43", "altapress.ru/1.txt", "chrome"),
    ("report43", "go31.ru/4.txt", "body_end"),
    ("report43", "go31.ru/4.txt", "chrome"),
    ("report43", "muksun.fm/1.txt", "body_start"),
    ("report43", "muksun.fm/3.txt", "body_start"),
    ("report43", "muksun.fm/5.txt", "lead"),
    ("report43", "muksun.fm/5.txt", "body_start"),
    ("report43", "mvdrus.ru/1.txt", "title"),
    ("report43", "mvdrus.ru/1.txt", "chrome"),
    ("report43", "nur24.ru/2.txt", "chrome"),
    ("report43", "oskol.city/1.txt", "body_end"),
    ("report43", "poleznygorod.fonar.tv/1.txt", "lead"),
    ("report43", "poleznygorod.fonar.tv/1.txt", "body_start"),
    ("report43", "poleznygorod.fonar.tv/1.txt", "chrome"),
    ("report43", "sever-press.ru/1.txt", "lead"),
    ("report43", "sever-press.ru/1.txt", "chrome"),
    ("report43", "sever-press.ru/2.txt", "body_end"),
    ("report43", "sever-press.ru/2.txt", "chrome"),
    ("report43", "sever-press.ru/3.txt", "title"),
    ("report43", "sever-press.ru/3.txt", "chrome"),
    ("report43", "vbelgorode.com/1.txt", "title"),
    ("report43", "vbelgorode.com/1.txt", "body_start"),
    ("report43", "vbelgorode.com/1.txt", "chrome"),
    ("report43", "vbelgorode.com/2.txt", "date"),
    ("report43", "yamal-media.ru/2.txt", "title"),
    ("report43", "yamal-media.ru/2.txt", "lead"),
    ("report43", "yamal-media.ru/2.txt", "body_start"),
    ("report43", "yamal-media.ru/2.txt", "chrome"),
    # Report44 and report45 (sites never seen, site folders): read once with the session start's
    # reader (20d3ef5); then a page copied as one line, its sentences glued, is split into its
    # sentences (glued.py: four report44 pages had been skipped as empty), and the crumbs' marks
    # are no words when a date among them is looked for (six pages' dates). Left, report44: the
    # crumbs glued to the headline and the agency's credit glued after the text (nakhodka,
    # kaskad), a dateline glued to the text (ussurmedia); report45: headless copies (gorvesti,
    # v1), standfirsts.
    ("report44", "165rus.ru/1.txt", "lead"),
    ("report44", "165rus.ru/1.txt", "body_start"),
    ("report44", "deita.ru/1.txt", "date"),
    ("report44", "infpol.ru/2.txt", "body_end"),
    ("report44", "kaskad.vtvn.ru/1.txt", "body_end"),
    ("report44", "kaskad.vtvn.ru/1.txt", "chrome"),
    ("report44", "kaskad.vtvn.ru/2.txt", "body_end"),
    ("report44", "kaskad.vtvn.ru/3.txt", "body_start"),
    ("report44", "magadan-news.net/1.txt", "title"),
    ("report44", "magadan-news.net/1.txt", "body_start"),
    ("report44", "nakhodka.tv/1.txt", "date"),
    ("report44", "nakhodka.tv/1.txt", "body_end"),
    ("report44", "nakhodka.tv/1.txt", "chrome"),
    ("report44", "nakhodka.tv/2.txt", "body_start"),
    ("report44", "nakhodka.tv/2.txt", "body_end"),
    ("report44", "nakhodka.tv/2.txt", "chrome"),
    ("report44", "nakhodka.tv/3.txt", "body_end"),
    ("report44", "nakhodka.tv/3.txt", "chrome"),
    ("report44", "nakhodka.tv/4.txt", "body_end"),
    ("report44", "nakhodka.tv/5.txt", "title"),
    ("report44", "nakhodka.tv/5.txt", "date"),
    ("report44", "nakhodka.tv/5.txt", "body_end"),
    ("report44", "primorsky-news.ru/3.txt", "lead"),
    ("report44", "ussurmedia.ru/1.txt", "title"),
    ("report44", "ussurmedia.ru/1.txt", "body_start"),
    ("report44", "ussurmedia.ru/2.txt", "title"),
    ("report44", "ussurmedia.ru/2.txt", "body_start"),
    ("report44", "ussurmedia.ru/3.txt", "title"),
    ("report44", "ussurmedia.ru/3.txt", "body_start"),
    ("report44", "yakutia-daily.ru/1.txt", "body_end"),
    ("report44", "yakutia-daily.ru/1.txt", "chrome"),
    ("report45", "atvmedia.ru/1.txt", "body_end"),
    ("report45", "atvmedia.ru/1.txt", "chrome"),
    ("report45", "blagodarnyj-gid.ru/1.txt", "lead"),
    ("report45", "blagodarnyj-gid.ru/1.txt", "chrome"),
    ("report45", "gorvesti.ru/4.txt", "title"),
    ("report45", "gorvesti.ru/4.txt", "lead"),
    ("report45", "gorvesti.ru/5.txt", "title"),
    ("report45", "infokam.su/5.txt", "title"),
    ("report45", "infokam.su/5.txt", "lead"),
    ("report45", "infokam.su/5.txt", "body_start"),
    ("report45", "infokam.su/5.txt", "chrome"),
    ("report45", "m.astr.ru/1.txt", "body_start"),
    ("report45", "m.astr.ru/1.txt", "body_end"),
    ("report45", "m.astr.ru/1.txt", "chrome"),
    ("report45", "osnova.news/1.txt", "date"),
    ("report45", "v1.ru/2.txt", "title"),
    ("report45", "v1.ru/2.txt", "lead"),
    ("report45", "v1.ru/3.txt", "lead"),
    ("report45", "v1.ru/4.txt", "title"),
    ("report45", "volzsky.ru/2.txt", "lead"),
    ("report45", "volzsky.ru/5.txt", "body_end"),
    ("report45", "volzsky.ru/5.txt", "chrome"),
    ("report45", "yugrf.ru/1.txt", "lead"),
    ("report45", "yugrf.ru/1.txt", "body_start"),
    # The learned lead decision (leadscore, trained on these pages by bench/leadtrain.py)
    # overturns the rules here: the text's first sentence taken as the standfirst, or a
    # standfirst left as the text's first line.
    ("report13", "sia.ru/1.txt", "body_start"),
    ("report15", "stolicaonego.ru/1.txt", "body_start"),
    ("report23", "factornews.ru/2.txt", "lead"),
    # The one date line over the text (dates.lone_date) is the previous story's here.
    ("report37", "verelq.am/1.txt", "date"),
    ("scraped", "041_chr.aif.ru.txt", "body_start"),
    ("scraped", "041_chr.aif.ru.txt", "lead"),
    ("scraped", "051_babr24.net.txt", "body_start"),
    ("scraped", "084_svetlanagoryainova.ru.txt", "body_start"),
    ("scraped", "084_svetlanagoryainova.ru.txt", "lead"),
    # The learned lead decision trained again with report46 to report49: the standfirst's
    # line under a rubric and a photo's credit, and a first paragraph, taken for the text's.
    # Report46 to report49 (sites never seen, site folders): report46, report47 and report49
    # read once with the session start's reader (21f99b8), report48 once with the reader of
    # 1e6f9cb (the session's reader changes made before the part was collected); then tuned
    # on report48 and report49 (a date written a part a line, a photo's credit, a calendar's
    # row, a link to read on, calls to follow the outlet), and the learned decisions trained
    # again with every part.
    ("report46", "arkhangelsk-news.net/1.txt", "source"),
    ("report46", "arkhangelsk-news.ru/1.txt", "source"),
    ("report46", "old.vdvsn.ru/1.txt", "source"),
    ("report46", "old.vdvsn.ru/2.txt", "source"),
    ("report46", "old.vdvsn.ru/3.txt", "source"),
    ("report46", "old.vdvsn.ru/4.txt", "title"),
    ("report46", "old.vdvsn.ru/4.txt", "date"),
    ("report46", "old.vdvsn.ru/4.txt", "source"),
    ("report46", "old.vdvsn.ru/4.txt", "body_start"),
    ("report46", "arhangel.online/1.txt", "lead"),
    ("report46", "arhangel.online/1.txt", "chrome"),
    ("report46", "tcnordtv.ru/1.txt", "title"),
    ("report46", "tcnordtv.ru/1.txt", "date"),
    ("report46", "tcnordtv.ru/1.txt", "chrome"),
    ("report46", "region29.ru/1.txt", "title"),
    ("report46", "region29.ru/1.txt", "lead"),
    ("report46", "region29.ru/1.txt", "chrome"),
    ("report47", "dela.ru/2.txt", "chrome"),
    ("report47", "dela.ru/3.txt", "chrome"),
    ("report47", "prokuzbass.ru/1.txt", "lead"),
    ("report47", "prokuzbass.ru/1.txt", "body_start"),
    ("report47", "prokuzbass.ru/1.txt", "body_end"),
    ("report47", "ufa1.ru/1.txt", "title"),
    ("report47", "ufa1.ru/1.txt", "lead"),
    ("report47", "utv.ru/1.txt", "body_end"),
    ("report47", "utv.ru/1.txt", "chrome"),
    ("report47", "almetevsk-gid.ru/1.txt", "title"),
    ("report47", "almetevsk-gid.ru/1.txt", "lead"),
    ("report47", "almetevsk-gid.ru/1.txt", "body_start"),
    ("report48", "yarnews.net/1.txt", "body_start"),
    ("report48", "yarnews.net/2.txt", "body_start"),
    ("report48", "prokalugu.ru/1.txt", "body_end"),
    ("report48", "prokalugu.ru/1.txt", "chrome"),
    ("report48", "prokalugu.ru/2.txt", "body_start"),
    ("report48", "tver-news.net/1.txt", "lead"),
    ("report48", "tver-news.net/1.txt", "body_start"),
    ("report48", "62info.ru/1.txt", "title"),
    ("report48", "62info.ru/1.txt", "lead"),
    ("report49", "105fm.by/2.txt", "body_start"),
    ("report49", "gazeta.uz/4.txt", "title"),
    ("report49", "darakchi.uz/2.txt", "title"),
    ("report49", "ru.hrodna.life/1.txt", "body_end"),
    ("report49", "ru.hrodna.life/1.txt", "chrome"),
    ("report49", "ru.hrodna.life/3.txt", "body_start"),
    ("report49", "ru.hrodna.life/3.txt", "chrome"),
    ("report49", "news.day.az/1.txt", "title"),
    ("report49", "news.day.az/1.txt", "body_start"),
    ("report49", "news.day.az/1.txt", "chrome"),
    ("report49", "gazeta.ee/1.txt", "title"),
    ("report49", "gazeta.ee/1.txt", "chrome"),
    ("report49", "buzza.co.il/1.txt", "body_start"),
    ("report49", "buzza.co.il/1.txt", "body_end"),
    # A folder of two pages learning the lines of some words both have: sib.fm's date line under
    # learnt widgets not read; the last paragraph of nadezhda's and obninsk.name's, under the
    # learnt chrome, dropped.
    ("report13", "sib.fm/1.txt", "date"),
    ("report19", "nadezhda.kz/2.txt", "body_end"),
    ("report48", "obninsk.name/1.txt", "body_end"),
    # A line opening in lower case no headline: ras.ru's page, its headline lost, takes a date's
    # tail for its title.
    ("report39", "ras.ru/3.txt", "chrome"),
    # Wrapped copies joined back: mixnews.lv's headless page, its first paragraph whole now, taken
    # for a standfirst under a title made of the next paragraph.
    ("report35", "mixnews.lv/4.txt", "title"),
    ("report35", "mixnews.lv/4.txt", "lead"),
    ("report35", "mixnews.lv/4.txt", "chrome"),
    # The learned lead decision trained again with report50 and report51: a first paragraph
    # taken for a standfirst, or the standfirst for the text's first paragraph.
    ("report23", "factornews.ru/3.txt", "lead"),
    # Report50 part (Smolensk, Bryansk, Tula, Voronezh, topical sites) and report51 part (the
    # north-west, Kirov, Ulyanovsk, Chuvashia, St Petersburg and Zelenograd portals): sites the
    # reader was not tuned on, read once (figures in ../fixtures/scraped/README.md), then tuning
    # material. Left: standfirst-or-text judgements, headless copies' next story, headlines the
    # text does not retell.
    ("report50", "smollenta.ru/4.txt", "body_start"),
    ("report50", "moe-online.ru/1.txt", "title"),
    ("report50", "moe-online.ru/1.txt", "lead"),
    ("report50", "moe-online.ru/1.txt", "body_end"),
    ("report50", "wi-fi.ru/1.txt", "lead"),
    ("report50", "wi-fi.ru/1.txt", "body_start"),
    ("report50", "infovoronezh.ru/1.txt", "title"),
    ("report50", "infovoronezh.ru/1.txt", "lead"),
    ("report50", "infovoronezh.ru/1.txt", "body_end"),
    ("report51", "pskov.aif.ru/3.txt", "body_end"),
    ("report51", "pskov.aif.ru/3.txt", "chrome"),
    ("report51", "spbdnevnik.ru/1.txt", "lead"),
    ("report51", "spbdnevnik.ru/4.txt", "body_start"),
    ("report51", "78.ru/1.txt", "date"),
    ("report51", "78.ru/1.txt", "lead"),
    ("report51", "78.ru/2.txt", "body_start"),
    ("report51", "zelao.ru/1.txt", "body_start"),
    ("report51", "vp43.ru/1.txt", "body_start"),
    ("report51", "gorodche.ru/1.txt", "title"),
    ("report51", "gorodche.ru/1.txt", "lead"),
    ("report51", "gorodche.ru/1.txt", "body_start"),
    ("report51", "novvedomosti.ru/1.txt", "body_start"),
    ("report51", "novvedomosti.ru/1.txt", "chrome"),
    ("report51", "pgn21.ru/1.txt", "lead"),
    ("report51", "pgn21.ru/2.txt", "lead"),
    ("report51", "m.severpost.ru/1.txt", "body_end"),
    ("report51", "m.severpost.ru/1.txt", "chrome"),
    # A line with a verb under the headline kept as its standfirst: rk37.ru's related headline
    # under another taken for the title, noks.kz's headline under a city's name. The first
    # paragraph under a headline written twice over its date and byline kept, read as the
    # standfirst (politico.kz). Report52 part (Astrakhan, Kalmykia, Stavropol, Krasnodar,
    # Dagestan) and report53 part (Irkutsk, Bratsk, Kazakhstan, Kyrgyzstan): sites the reader was
    # not tuned on, read once (figures in ../fixtures/scraped/README.md), then tuning material (a
    # widget's fixed words). Left: a hashtag over a police summary, related headlines after the
    # text, a site's name over its menu taken for the headline.
    ("report16", "rk37.ru/3.txt", "lead"),
    ("report22", "noks.kz/1.txt", "lead"),
    ("report52", "kaspyinfo.ru/2.txt", "chrome"),
    ("report52", "news-stavropol.ru/1.txt", "title"),
    ("report52", "news-stavropol.ru/1.txt", "body_start"),
    ("report52", "news-stavropol.ru/2.txt", "title"),
    ("report52", "news-stavropol.ru/2.txt", "body_start"),
    ("report52", "news-stavropol.ru/2.txt", "body_end"),
    ("report52", "pda.kavkazcenter.com/1.txt", "source"),
    ("report53", "bst.bratsk.ru/3.txt", "lead"),
    ("report53", "bst.bratsk.ru/3.txt", "body_start"),
    ("report53", "trk-bratsk.tv/3.txt", "body_end"),
    ("report53", "saqshy.info/1.txt", "body_end"),
    ("report53", "saqshy.info/1.txt", "chrome"),
    ("report53", "politico.kz/1.txt", "lead"),
    ("report53", "politico.kz/1.txt", "body_start"),
    ("report53", "vestisemey.kz/1.txt", "title"),
    ("report53", "vestisemey.kz/1.txt", "chrome"),
    ("report53", "altairk.ru/1.txt", "body_end"),
    ("report53", "altairk.ru/1.txt", "chrome"),
    # The learned decisions trained again with report54 and report55: a first paragraph
    # taken for a standfirst, or the standfirst for the text's first paragraph. Report54 part
    # (Bashkortostan, Orenburg, Samara, Tyumen, trade outlets of dairy, agriculture and gas)
    # and report55 part (Novosibirsk and Ob, Biysk, Vladimir, Nizhny Novgorod, Mykolaiv,
    # Moldova, Belarus): sites the reader was not tuned on, read once (figures in
    # ../fixtures/scraped/README.md), then tuning material (a headline has a Russian word).
    # Left: rubric menus and notices over the headline, teasers cut short over a headless
    # copy, another story's headline over the photo, the site's name after the text,
    # standfirst-or-text judgements.
    ("report25", "kvnews.ru/2.txt", "lead"),
    ("report25", "kvnews.ru/2.txt", "body_start"),
    ("report54", "dairynews.ru/1.txt", "date"),
    ("report54", "dairynews.ru/1.txt", "source"),
    ("report54", "dairynews.ru/4.txt", "lead"),
    ("report54", "dairynews.ru/4.txt", "body_start"),
    ("report54", "ufacitynews.ru/1.txt", "body_end"),
    ("report54", "ufacitynews.ru/3.txt", "body_end"),
    ("report54", "ufacitynews.ru/3.txt", "chrome"),
    ("report54", "gazprom.ru/1.txt", "body_start"),
    ("report54", "gazprom.ru/1.txt", "body_end"),
    ("report54", "oblgaz56.ru/1.txt", "date"),
    ("report54", "oblgaz56.ru/1.txt", "body_end"),
    ("report54", "oblgaz56.ru/2.txt", "title"),
    ("report54", "oblgaz56.ru/2.txt", "lead"),
    ("report54", "oblgaz56.ru/2.txt", "chrome"),
    ("report54", "cs74755.tmweb.ru/1.txt", "date"),
    ("report54", "chem.ru/1.txt", "title"),
    ("report54", "chem.ru/1.txt", "lead"),
    ("report54", "chem.ru/1.txt", "chrome"),
    ("report54", "fagps.ru/1.txt", "date"),
    ("report54", "fagps.ru/2.txt", "title"),
    ("report54", "fagps.ru/2.txt", "body_start"),
    ("report54", "fagps.ru/2.txt", "chrome"),
    ("report54", "fagps.ru/3.txt", "title"),
    ("report54", "fagps.ru/3.txt", "body_start"),
    ("report54", "fagps.ru/3.txt", "chrome"),
    ("report55", "aero-sity.ru/2.txt", "lead"),
    ("report55", "aero-sity.ru/2.txt", "body_start"),
    ("report55", "novosti-n.org/1.txt", "body_end"),
    ("report55", "novosti-n.org/1.txt", "chrome"),
    ("report55", "newsvladimir.ru/1.txt", "title"),
    ("report55", "newsvladimir.ru/1.txt", "lead"),
    ("report55", "newsvladimir.ru/2.txt", "title"),
    ("report55", "newsvladimir.ru/2.txt", "chrome"),
    ("report55", "newsvladimir.ru/3.txt", "title"),
    ("report55", "newsvladimir.ru/3.txt", "chrome"),
    ("report55", "newsvladimir.ru/4.txt", "title"),
    ("report55", "newsvladimir.ru/4.txt", "chrome"),
    ("report55", "newsvladimir.ru/5.txt", "title"),
    ("report55", "newsvladimir.ru/5.txt", "chrome"),
    ("report55", "progorod33.ru/5.txt", "lead"),
    ("report55", "progorod33.ru/5.txt", "body_end"),
    ("report55", "progorod33.ru/5.txt", "chrome"),
    ("report55", "33live.ru/3.txt", "title"),
    ("report55", "33live.ru/3.txt", "lead"),
    ("report55", "m.forum.md/1.txt", "title"),
    ("report55", "m.forum.md/1.txt", "source"),
    ("report55", "biwork.ru/1.txt", "body_start"),
    ("report55", "biwork.ru/2.txt", "lead"),
    ("report55", "biwork.ru/2.txt", "body_start"),
    ("report55", "reporter-nn.ru/1.txt", "title"),
    ("report55", "reporter-nn.ru/1.txt", "body_start"),
    ("report55", "reporter-nn.ru/1.txt", "chrome"),
    ("report55", "gorsite.ru/1.txt", "title"),
    ("report55", "gorsite.ru/1.txt", "chrome"),
    ("report55", "md.sputniknews.ru/1.txt", "lead"),
    ("report55", "md.sputniknews.ru/1.txt", "body_start"),
    # The learned decisions trained again with report56 and report57: a first paragraph
    # taken for a standfirst, or the standfirst for the text's first paragraph. Report56 part
    # (Nenets okrug, Yakutia, Khabarovsk, Sakhalin, Kamchatka, Birobidzhan, Kotlas) and report57
    # part (Kursk, Lipetsk, Penza, Oryol): sites the reader was not tuned on, read once (figures in
    # ../fixtures/scraped/README.md), then tuning material (the call to report a typo). Left:
    # related headlines and an agency's note after the text, a headline written three times.
    ("report56", "nao-news.net/1.txt", "title"),
    ("report56", "infotimes.ru/1.txt", "body_end"),
    ("report56", "infotimes.ru/1.txt", "chrome"),
    ("report56", "sakhalinmedia.ru/1.txt", "body_end"),
    ("report56", "sakhalinmedia.ru/1.txt", "chrome"),
    ("report56", "kamchatinfo.com/1.txt", "body_end"),
    ("report56", "kamchatinfo.com/1.txt", "chrome"),
    ("report57", "penzainform.ru/1.txt", "body_end"),
    ("report57", "penzainform.ru/1.txt", "chrome"),
    # The learned decisions trained again with report58 and report59: a first paragraph taken
    # for a standfirst (fm.pln24.ru). Report58 part (Udmurtia, Chuvashia, Perm krai, Miass) and
    # report59 part (Crimea, Sevastopol, Saratov, Volgograd, Tver): sites the reader was not tuned
    # on, read once (figures in ../fixtures/scraped/README.md), then tuning material (a straight
    # quote opening a name, a masthead's founding date, a date line naming its outlet). Left:
    # digests whose fixed opening sentence is the standfirst over items opened by dashes, rubric
    # names over headless copies, a counter glued to the headline, a salutation opening a notice,
    # related items and hashtags after the text, standfirst-or-text judgements.
    ("report58", "au-18.ru/1.txt", "body_end"),
    ("report58", "beriki.ru/1.txt", "body_start"),
    ("report58", "beriki.ru/1.txt", "body_end"),
    ("report58", "beriki.ru/1.txt", "chrome"),
    ("report58", "izhevsk-news.net/2.txt", "title"),
    ("report58", "izhevsk-news.net/2.txt", "chrome"),
    ("report58", "izhevsk-news.net/3.txt", "title"),
    ("report58", "molodost-mozhgi.ru/1.txt", "lead"),
    ("report58", "old.glazov-gov.ru/1.txt", "body_end"),
    ("report58", "old.glazov-gov.ru/1.txt", "chrome"),
    ("report58", "ru.chuvash.org/1.txt", "title"),
    ("report58", "ru.chuvash.org/1.txt", "body_end"),
    ("report58", "ru.chuvash.org/1.txt", "chrome"),
    ("report58", "ru.chuvash.org/2.txt", "title"),
    ("report58", "ru.chuvash.org/2.txt", "body_end"),
    ("report58", "ru.chuvash.org/2.txt", "chrome"),
    ("report58", "ud18.ru/1.txt", "body_end"),
    ("report58", "udmps.ru/1.txt", "lead"),
    ("report58", "udmps.ru/1.txt", "body_start"),
    ("report59", "crimea-news.com/2.txt", "body_start"),
    ("report59", "saratov-news.net/2.txt", "body_start"),
    ("report59", "saratov-news.net/3.txt", "title"),
    ("report59", "saratov-news.net/3.txt", "lead"),
    ("report59", "saratov-news.net/3.txt", "body_start"),
    ("report59", "saratov-news.net/3.txt", "body_end"),
    ("report59", "saratov-news.net/3.txt", "chrome"),
    ("report59", "saratov24.tv/1.txt", "title"),
    ("report59", "saratov24.tv/2.txt", "title"),
    ("report59", "saratov24.tv/2.txt", "lead"),
    ("report59", "saratov24.tv/2.txt", "body_start"),
    ("report59", "saratov24.tv/3.txt", "title"),
    ("report59", "saratov24.tv/3.txt", "body_end"),
    ("report59", "saratov24.tv/3.txt", "chrome"),
    ("report59", "saratov24.tv/4.txt", "title"),
    ("report59", "saratov24.tv/4.txt", "lead"),
    ("report59", "saratov24.tv/4.txt", "body_start"),
    ("report59", "saratov24.tv/4.txt", "body_end"),
    ("report59", "saratov24.tv/4.txt", "chrome"),
    ("report59", "saratov24.tv/5.txt", "title"),
    ("report59", "saratov24.tv/5.txt", "lead"),
    ("report59", "saratov24.tv/5.txt", "body_start"),
    ("report59", "sevastopol-news.com/2.txt", "title"),
    ("report59", "tver.today/1.txt", "title"),
    ("report59", "tver.today/1.txt", "lead"),
    ("report59", "tver.today/1.txt", "body_start"),
    ("report59", "volgograd-gid.ru/1.txt", "lead"),
    ("report59", "volgograd-gid.ru/1.txt", "body_start"),
    # The headline written again with a full stop is kept as the text's first sentence: a
    # digest's headline that its summary opens with, left in the body.
    ("report11", "tatarstan24.tv/1.txt", "body_start"),
    # The learned lead decision trained again, now for the plain reader's title-first copies too
    # and knowing a digest's opening words, with report60 to report63: a short first paragraph
    # taken for a standfirst, or the standfirst for the text's first paragraph. Report60 part
    # (Komi, Karelia, Chita, Tuva, Kemerovo, Tomsk, Omsk), report61 (Dagestan, Kabardino-Balkaria,
    # Karachay-Cherkessia, Adygea, Estonia, Berlin), report62 (Vladimir and Samara regions,
    # Kostroma, Kineshma, Serpukhov) and report63 (Kamensk-Uralsky, Orsk, Novorossiysk, Armavir,
    # Taganrog, auto outlets): sites the reader was not tuned on, read once (figures in
    # ../fixtures/scraped/README.md), then tuning material (a subtitle under the date line, a
    # two-word subtitle, the reading time, counters after a labelled date). Left: another item's
    # teaser after the text, digests' items, headless copies, standfirst-or-text judgements.
    ("report17", "baikal-daily.ru/5.txt", "body_start"),
    ("report18", "news-bash.ru/1.txt", "lead"),
    ("report18", "news-bash.ru/1.txt", "body_start"),
    ("report20", "nashgorod.ru/1.txt", "body_end"),
    ("report27", "vestniksr.ru/1.txt", "lead"),
    ("report34", "blagoveshensk.ru/2.txt", "lead"),
    ("report34", "blagoveshensk.ru/2.txt", "body_start"),
    ("report35", "latvia-news.com/2.txt", "lead"),
    ("report35", "latvia-news.com/2.txt", "body_start"),
    ("report39", "vseprosport.by/1.txt", "lead"),
    ("report39", "vseprosport.by/1.txt", "body_start"),
    ("report42", "m.newsivanovo.ru/1.txt", "lead"),
    ("report42", "m.newsivanovo.ru/1.txt", "body_start"),
    ("report42", "news.allelets.ru/3.txt", "body_start"),
    ("report42", "newsivanovo.ru/4.txt", "lead"),
    ("report42", "newsivanovo.ru/4.txt", "body_start"),
    ("report43", "sever-press.ru/3.txt", "lead"),
    ("report49", "ru.hrodna.life/3.txt", "lead"),
    ("report56", "nao-news.ru/1.txt", "lead"),
    ("report56", "nao-news.ru/1.txt", "body_start"),
    ("report60", "chita.ru/1.txt", "lead"),
    ("report60", "kemerovo-gid.ru/1.txt", "lead"),
    ("report60", "kemerovo-gid.ru/1.txt", "body_start"),
    ("report60", "komiinform.ru/4.txt", "body_end"),
    ("report60", "komiinform.ru/5.txt", "lead"),
    ("report60", "komionline.ru/2.txt", "lead"),
    ("report60", "kuzbassfm.ru/1.txt", "date"),
    ("report60", "kuzbassfm.ru/1.txt", "chrome"),
    ("report60", "news-komi.ru/1.txt", "title"),
    ("report60", "news-komi.ru/1.txt", "chrome"),
    ("report60", "pg11.ru/1.txt", "lead"),
    ("report60", "pg11.ru/1.txt", "body_end"),
    ("report60", "pg11.ru/2.txt", "lead"),
    ("report60", "pg11.ru/2.txt", "body_end"),
    ("report60", "pg11.ru/3.txt", "body_end"),
    ("report60", "pg11.ru/5.txt", "lead"),
    ("report60", "tomsk-time.ru/1.txt", "title"),
    ("report60", "tomsk-time.ru/1.txt", "body_end"),
    ("report60", "tomsk-time.ru/1.txt", "chrome"),
    ("report60", "tribuna.nad.ru/2.txt", "body_start"),
    ("report61", "adigeatoday.ru/1.txt", "lead"),
    ("report61", "argumentiru.com/1.txt", "body_end"),
    ("report61", "argumentiru.com/1.txt", "chrome"),
    ("report61", "bezgranic.online/1.txt", "body_start"),
    ("report61", "lezgigazet.ru/1.txt", "chrome"),
    ("report61", "r4.err.ee/2.txt", "body_end"),
    ("report61", "r4.err.ee/2.txt", "chrome"),
    ("report61", "r4.err.ee/3.txt", "title"),
    ("report61", "r4.err.ee/3.txt", "body_start"),
    ("report61", "r4.err.ee/3.txt", "body_end"),
    ("report61", "r4.err.ee/3.txt", "chrome"),
    ("report61", "r4.err.ee/4.txt", "body_end"),
    ("report61", "r4.err.ee/4.txt", "chrome"),
    ("report61", "r4.err.ee/5.txt", "title"),
    ("report61", "r4.err.ee/5.txt", "body_start"),
    ("report61", "r4.err.ee/5.txt", "body_end"),
    ("report61", "r4.err.ee/5.txt", "chrome"),
    ("report61", "rus.delfi.ee/3.txt", "body_end"),
    ("report61", "rus.delfi.ee/3.txt", "chrome"),
    ("report61", "rus.err.ee/2.txt", "body_end"),
    ("report61", "rus.err.ee/2.txt", "chrome"),
    ("report61", "rus.err.ee/3.txt", "lead"),
    ("report61", "rus.err.ee/3.txt", "body_start"),
    ("report62", "gorodkovrov.ru/1.txt", "body_end"),
    ("report62", "ivanovo-gid.ru/1.txt", "body_end"),
    ("report62", "ivanovo-gid.ru/1.txt", "chrome"),
    ("report62", "ktv-ray.ru/2.txt", "title"),
    ("report62", "ktv-ray.ru/5.txt", "title"),
    ("report62", "kurez.com/1.txt", "body_end"),
    ("report62", "kurez.com/1.txt", "chrome"),
    ("report62", "moinside.info/1.txt", "chrome"),
    ("report62", "muromtv.ru/1.txt", "title"),
    ("report62", "news-33.ru/1.txt", "title"),
    ("report62", "news-33.ru/1.txt", "chrome"),
    ("report62", "novosti44.ru/1.txt", "date"),
    ("report62", "old.gorodkovrov.ru/1.txt", "body_start"),
    ("report62", "syzran-small.ru/3.txt", "date"),
    ("report62", "tltgorod.ru/2.txt", "body_start"),
    ("report62", "vladday.ru/1.txt", "body_end"),
    ("report62", "vladday.ru/1.txt", "chrome"),
    ("report62", "vladday.ru/2.txt", "body_end"),
    ("report62", "vladday.ru/2.txt", "chrome"),
    ("report63", "armvest.ru/2.txt", "body_end"),
    ("report63", "armvest.ru/2.txt", "chrome"),
    ("report63", "avtovzglyad.ru/1.txt", "body_end"),
    ("report63", "ekaterinburg-gid.ru/2.txt", "lead"),
    ("report63", "ekaterinburg-gid.ru/2.txt", "body_start"),
    ("report63", "k-ur.info/1.txt", "chrome"),
    ("report63", "k-ur.info/3.txt", "chrome"),
    ("report63", "k-ur.info/5.txt", "chrome"),
    ("report63", "news-armavir.ru/5.txt", "body_start"),
    ("report63", "orsk.ru/1.txt", "date"),
    ("report63", "orsk.ru/3.txt", "lead"),
    ("report63", "orsk.ru/3.txt", "body_start"),
    ("report63", "orsk.ru/5.txt", "body_end"),
    ("report63", "orsk.ru/5.txt", "chrome"),
    ("report63", "pokatim.ru/1.txt", "title"),
    ("report63", "pokatim.ru/1.txt", "lead"),
    ("report63", "pokatim.ru/1.txt", "body_start"),
    ("report63", "ruffnews.ru/1.txt", "body_start"),
    ("report63", "ruffnews.ru/2.txt", "title"),
    ("report63", "ruffnews.ru/2.txt", "date"),
    ("report63", "ruffnews.ru/2.txt", "chrome"),
    # The learned decisions trained again with report64 and report65: two digests' openings read
    # as their text's first paragraph. Report64 part (Achinsk, Kansk, Ust-Ilimsk, Artyom, Ussuriysk,
    # the Khabarovsk krai) and report65 part (the Leningrad region, Velikiye Luki, Rzhev, Staraya
    # Russa, Yelets, Novomoskovsk): sites the reader was not tuned on, read once (figures in
    # ../fixtures/scraped/README.md), then tuning material (an outlet's name with its town after
    # the headline, the copy's date over the site's banners). Left: another item's teaser after
    # the text, headless copies, standfirst-or-text judgements.
    ("report59", "saratov24.tv/1.txt", "lead"),
    ("report59", "saratov24.tv/1.txt", "body_start"),
    ("report64", "artemduma.ru/1.txt", "body_end"),
    ("report64", "mediaresurs.ru/1.txt", "title"),
    ("report64", "mediaresurs.ru/3.txt", "title"),
    ("report64", "norilsk-gid.ru/1.txt", "lead"),
    ("report64", "norilsk-gid.ru/1.txt", "body_start"),
    ("report64", "norilsk-gid.ru/1.txt", "chrome"),
    ("report64", "osa24.ru/1.txt", "body_start"),
    ("report64", "osa24.ru/3.txt", "body_start"),
    ("report64", "sibpravda.net/1.txt", "date"),
    ("report64", "sibpravda.net/1.txt", "lead"),
    ("report64", "sibpravda.net/1.txt", "chrome"),
    ("report64", "ustilimsk24.ru/1.txt", "title"),
    ("report64", "vybor-naroda.org/1.txt", "title"),
    ("report64", "vybor-naroda.org/1.txt", "lead"),
    ("report64", "vybor-naroda.org/1.txt", "chrome"),
    ("report64", "zolotou.com/2.txt", "date"),
    ("report64", "zolotou.com/2.txt", "lead"),
    ("report64", "zolotou.com/2.txt", "chrome"),
    ("report65", "47.rodina.news/1.txt", "body_end"),
    ("report65", "47.rodina.news/1.txt", "chrome"),
    ("report65", "47.rodina.news/2.txt", "body_end"),
    ("report65", "47.rodina.news/2.txt", "chrome"),
    ("report65", "etrk.ru/2.txt", "date"),
    ("report65", "gatchina-news.ru/1.txt", "body_end"),
    ("report65", "gatchina-news.ru/1.txt", "chrome"),
    ("report65", "gatchina-news.ru/2.txt", "body_end"),
    ("report65", "gatchina-news.ru/2.txt", "chrome"),
    ("report65", "gatchina-news.ru/3.txt", "lead"),
    ("report65", "gatchina-news.ru/3.txt", "body_start"),
    ("report65", "gatchina-news.ru/3.txt", "body_end"),
    ("report65", "gatchina-news.ru/3.txt", "chrome"),
    ("report65", "gatchina.life/1.txt", "body_start"),
    ("report65", "gtn-pravda.ru/1.txt", "lead"),
    ("report65", "gtn-pravda.ru/1.txt", "body_start"),
    ("report65", "gtn-pravda.ru/1.txt", "chrome"),
    ("report65", "lentv24.ru/1.txt", "body_end"),
    ("report65", "lentv24.ru/1.txt", "chrome"),
    ("report65", "lipetsktime.ru/2.txt", "body_end"),
    ("report65", "lipetsktime.ru/2.txt", "chrome"),
    ("report65", "luki.ru/2.txt", "title"),
    ("report65", "luki.ru/2.txt", "chrome"),
    ("report65", "new.lentv24.ru/3.txt", "title"),
    ("report65", "new.lentv24.ru/3.txt", "body_start"),
    ("report65", "nmosktoday.ru/1.txt", "date"),
    ("report65", "pressa53.ru/1.txt", "title"),
    ("report65", "pressa53.ru/1.txt", "lead"),
    ("report65", "presska.ru/1.txt", "body_end"),
    ("report65", "presska.ru/1.txt", "chrome"),
    ("report65", "radm.gtn.ru/1.txt", "title"),
    ("report65", "radm.gtn.ru/1.txt", "lead"),
    ("report65", "radm.gtn.ru/1.txt", "chrome"),
    # The learned decisions trained again with report66 and report67. Report66 part (Kamyshin,
    # Nizhnekamsk, Balashov, Bugulma, Balakovo, Engels, Volzhsky, Dimitrovgrad, Saransk) and
    # report67 part (Tobolsk, Armizon, Aromashevo, Nefteyugansk, Pervouralsk, Perm, Belovo): sites
    # the reader was not tuned on, read once (figures in ../fixtures/scraped/README.md). Left: the
    # next item's text after a page's, headless copies, standfirst-or-text judgements.
    ("report66", "gos.news/1.txt", "source"),
    ("report66", "nk-online.ru/1.txt", "body_end"),
    ("report66", "nk-online.ru/1.txt", "chrome"),
    ("report66", "ntr-24.ru/1.txt", "title"),
    ("report66", "ntr-24.ru/5.txt", "body_end"),
    ("report66", "ntr-24.ru/5.txt", "chrome"),
    ("report66", "sarinform.ru/1.txt", "title"),
    ("report66", "sarinform.ru/1.txt", "lead"),
    ("report66", "tatar-inform.ru/2.txt", "lead"),
    ("report66", "tatar-inform.ru/2.txt", "body_start"),
    ("report66", "volgograd1.tv/1.txt", "body_end"),
    ("report66", "volgograd1.tv/1.txt", "chrome"),
    ("report67", "armizon72.ru/2.txt", "body_end"),
    ("report67", "armkultura.ucoz.ru/3.txt", "date"),
    ("report67", "armkultura.ucoz.ru/4.txt", "date"),
    ("report67", "aromashevo.online/5.txt", "body_end"),
    ("report67", "aromashevo.online/5.txt", "chrome"),
    ("report67", "megatyumen.ru/1.txt", "title"),
    ("report67", "megatyumen.ru/1.txt", "lead"),
    ("report67", "mybelovo.ru/1.txt", "body_start"),
    ("report67", "permnews.ru/1.txt", "body_end"),
    ("report67", "permnews.ru/1.txt", "chrome"),
    ("report67", "pervo66.ru/1.txt", "date"),
    ("report67", "pervo66.ru/1.txt", "lead"),
    ("report67", "pervo66.ru/1.txt", "body_start"),
    ("report67", "pervouralska.net/1.txt", "body_end"),
    ("report67", "pervouralska.net/1.txt", "chrome"),
    ("report67", "t-l.ru/1.txt", "date"),
    ("report67", "t-l.ru/1.txt", "body_end"),
    ("report67", "tobolsk.info/1.txt", "title"),
    ("report67", "tobolsk.info/1.txt", "chrome"),
    # Report68 part (Murmansk region towns, Koryazhma and Kotlas, Severodvinsk, Noyabrsk, Neryungri,
    # Magadan region districts, Kamchatka) and report69 part (Stary Oskol, Gubkin, Volgodonsk,
    # Stavropol krai towns): sites the reader was not tuned on, read once (figures in
    # ../fixtures/scraped/README.md). Left: headless copies, a site's header over the headline.
    ("report68", "evensknovosti.ru/1.txt", "chrome"),
    ("report68", "hibiny.ru/2.txt", "date"),
    ("report68", "hibiny.ru/2.txt", "body_end"),
    ("report68", "hibiny.ru/5.txt", "date"),
    ("report68", "nord-news.ru/1.txt", "date"),
    ("report68", "nord-news.ru/1.txt", "body_end"),
    ("report68", "nord-news.ru/1.txt", "chrome"),
    ("report69", "ideputat.er.ru/1.txt", "title"),
    ("report69", "ideputat.er.ru/1.txt", "chrome"),
    ("report69", "mirbelogorya.ru/1.txt", "title"),
    ("report69", "nevinnomisskiy.ru/1.txt", "lead"),
    ("report69", "nevinnomisskiy.ru/1.txt", "body_start"),
    ("report69", "news.1777.ru/4.txt", "body_end"),
    ("report69", "news.1777.ru/4.txt", "chrome"),
    ("report69", "staryjoskol-r31.gosweb.gosuslugi.ru/2.txt", "title"),
    ("report69", "staryjoskol-r31.gosweb.gosuslugi.ru/2.txt", "lead"),
    ("report69", "staryjoskol-r31.gosweb.gosuslugi.ru/2.txt", "body_start"),
    ("report69", "staryjoskol-r31.gosweb.gosuslugi.ru/2.txt", "chrome"),
    ("report69", "stavplus.ru/2.txt", "title"),
    ("report69", "stv-kray.ru/3.txt", "source"),
    ("report69", "volgodonskduma.ru/1.txt", "date"),
    # A comments heading ends the text's run of paragraphs: a science site's "Комментарии" button
    # between its standfirst and its text now cuts the text off; a print version's standfirst is
    # taken for its headline once the "Версия для печати" link is not.
    ("report25", "chrdk.ru/1.txt", "body_end"),
    ("report25", "chrdk.ru/1.txt", "chrome"),
    ("report69", "stavplus.ru/2.txt", "lead"),
    # The learned decisions trained again with report68 and report69: a Murmansk portal's first
    # short paragraph now taken for its standfirst.
    # A headless notice's first sentence stands in for its title now that the list under it is no
    # standfirst apart: its forecast's days are read as the page's date.
    ("report68", "hibiny.ru/4.txt", "date"),
    # Report70 part (Vyksa, Kasimov, Mordovia, Mari El, Pereslavl) and report71 part (Berdsk,
    # Iskitim, Buzuluk, Sterlitamak, Neftekamsk, Shadrinsk, Rubtsovsk, the Altai Republic): sites
    # the reader was not tuned on, read once (figures in ../fixtures/scraped/README.md).
    ("report70", "gazeta13.ru/1.txt", "body_end"),
    ("report70", "gazeta13.ru/1.txt", "chrome"),
    ("report70", "gazeta13.ru/3.txt", "body_end"),
    ("report70", "gazeta13.ru/3.txt", "chrome"),
    ("report70", "gazeta13.ru/4.txt", "body_end"),
    ("report70", "gazeta13.ru/4.txt", "chrome"),
    ("report70", "gazeta13.ru/5.txt", "body_end"),
    ("report70", "gazeta13.ru/5.txt", "chrome"),
    ("report70", "kasmuzey.ru/1.txt", "title"),
    ("report70", "kasmuzey.ru/1.txt", "chrome"),
    ("report70", "kasmuzey.ru/2.txt", "title"),
    ("report70", "kasmuzey.ru/2.txt", "chrome"),
    ("report70", "mariel-news.ru/1.txt", "chrome"),
    ("report70", "mordovia-news.ru/1.txt", "title"),
    ("report70", "vsar.ru/1.txt", "title"),
    ("report70", "vsar.ru/1.txt", "chrome"),
    ("report70", "vsar.ru/2.txt", "title"),
    ("report70", "vyksa-tv.ru/1.txt", "date"),
    ("report70", "wyksa.ru/1.txt", "date"),
    ("report70", "wyksa.ru/2.txt", "date"),
    ("report70", "wyksa.ru/3.txt", "date"),
    ("report70", "wyksa.ru/4.txt", "date"),
    ("report70", "yar.aif.ru/1.txt", "title"),
    ("report70", "yar.aif.ru/1.txt", "chrome"),
    ("report71", "berdsk-bn.ru/4.txt", "body_start"),
    ("report71", "berdsk-bn.ru/4.txt", "body_end"),
    ("report71", "berdsk-bn.ru/4.txt", "chrome"),
    ("report71", "cityopen.ru/2.txt", "title"),
    # The learned decisions trained again with report70 and report71: four standfirsts read as the
    # text's first paragraph, one short first paragraph as a standfirst.
    # Report72 part (Birobidzhan, Ulan-Ude, Severobaikalsk, Shelekhov, Krasnokamensk, Borzya,
    # Belogorsk) and report73 part (the Bryansk region, Lyudinovo, Borovichi, Cherepovets, Bobruisk,
    # Baranovichi, Petropavlovsk): sites the reader was not tuned on, read once (figures in
    # ../fixtures/scraped/README.md).
    ("report72", "baikal-ogni.ru/1.txt", "date"),
    ("report72", "birobidzhan-news.net/1.txt", "title"),
    ("report72", "birobidzhan-news.net/1.txt", "chrome"),
    ("report72", "birobidzhan-news.net/2.txt", "body_end"),
    ("report72", "birobidzhan-news.net/3.txt", "body_start"),
    ("report72", "buryatiya-news.ru/1.txt", "title"),
    ("report72", "eaomedia.ru/3.txt", "title"),
    ("report72", "eaomedia.ru/3.txt", "lead"),
    ("report72", "eaomedia.ru/3.txt", "body_start"),
    ("report72", "l-baikal.ru/1.txt", "body_end"),
    ("report72", "riabir.ru/3.txt", "title"),
    ("report72", "riabir.ru/3.txt", "body_start"),
    ("report72", "riabir.ru/4.txt", "title"),
    ("report72", "riabir.ru/4.txt", "body_start"),
    ("report72", "riabir.ru/5.txt", "title"),
    ("report72", "riabir.ru/5.txt", "body_start"),
    ("report73", "1reg.pro/1.txt", "body_end"),
    ("report73", "1reg.pro/1.txt", "chrome"),
    ("report73", "bryansk-news.ru/1.txt", "body_end"),
    ("report73", "bryansk-news.ru/1.txt", "chrome"),
    ("report73", "bryansk-news.ru/3.txt", "body_end"),
    ("report73", "bryansk-news.ru/3.txt", "chrome"),
    ("report73", "bryansk-news.ru/4.txt", "body_end"),
    ("report73", "bryansk-news.ru/4.txt", "chrome"),
    ("report73", "bryansk.aif.ru/3.txt", "lead"),
    ("report73", "bryansk.aif.ru/3.txt", "chrome"),
    ("report73", "bryansktoday.ru/3.txt", "body_end"),
    ("report73", "bryansktoday.ru/3.txt", "chrome"),
    ("report73", "guberniya.tv/3.txt", "body_end"),
    ("report73", "guberniya.tv/3.txt", "chrome"),
    ("report73", "mkkaluga.ru/1.txt", "body_end"),
    ("report73", "mkkaluga.ru/1.txt", "chrome"),
    ("report73", "newsbryansk.ru/2.txt", "title"),
    ("report73", "newsbryansk.ru/2.txt", "chrome"),
    ("report73", "novozybkov.su/1.txt", "body_start"),
    # A headline written again under its time, both after an emoji's orphaned selector: now read as
    # the text's first paragraph.
    ("report72", "baikal-ogni.ru/1.txt", "body_start"),
    # Report74 part (Anapa, Yeysk, Tuapse, Bataysk, Feodosia, Kerch, Grozny) and report75 part
    # (Kanash, Shumerlya, Novocheboksarsk, Cheboksary, Syzran, Novokuibyshevsk, Chapayevsk): sites
    # the reader was not tuned on, read once (figures in ../fixtures/scraped/README.md).
    ("report74", "anapa-ch.ru/3.txt", "title"),
    ("report74", "anapa-ch.ru/3.txt", "body_start"),
    ("report74", "priazovka.ru/1.txt", "title"),
    ("report74", "priazovka.ru/1.txt", "body_start"),
    ("report74", "priazovka.ru/3.txt", "body_start"),
    ("report74", "primechaniya.ru/1.txt", "date"),
    ("report74", "primechaniya.ru/1.txt", "lead"),
    ("report74", "primechaniya.ru/1.txt", "chrome"),
    ("report74", "ug.tsargrad.tv/1.txt", "body_end"),
    ("report74", "yeisk.info/1.txt", "body_end"),
    ("report74", "yeisk24.ru/1.txt", "title"),
    ("report74", "yeisk24.ru/1.txt", "chrome"),
    ("report74", "zakryma.ru/1.txt", "body_end"),
    ("report74", "zakryma.ru/1.txt", "chrome"),
    ("report74", "zakryma.ru/2.txt", "body_end"),
    ("report74", "zakryma.ru/2.txt", "chrome"),
    ("report75", "63.ru/4.txt", "title"),
    ("report75", "63.ru/4.txt", "lead"),
    ("report75", "63.ru/4.txt", "chrome"),
    ("report75", "adm.sseu.ru/1.txt", "date"),
    ("report75", "chv.aif.ru/1.txt", "chrome"),
    ("report75", "digital.cap.ru/1.txt", "title"),
    ("report75", "digital.cap.ru/1.txt", "lead"),
    ("report75", "digital.cap.ru/1.txt", "chrome"),
    ("report75", "gazeta-kanash.cap.ru/2.txt", "body_start"),
    ("report75", "gcheb.cap.ru/1.txt", "title"),
    ("report75", "gcheb.cap.ru/1.txt", "chrome"),
    ("report75", "grani21.ru/1.txt", "lead"),
    ("report75", "grani21.ru/1.txt", "chrome"),
    ("report75", "gshum.cap.ru/2.txt", "lead"),
    ("report75", "gshum.cap.ru/2.txt", "body_start"),
    ("report75", "niasam.ru/2.txt", "body_start"),
    ("report75", "niasam.ru/3.txt", "body_start"),
    ("report75", "niasam.ru/4.txt", "body_start"),
    ("report75", "volga.news/4.txt", "body_end"),
    ("report75", "volga.news/4.txt", "chrome"),
    # The learned decisions trained again with report74 and report75 and the rules above: a
    # digest's fixed opening taken for the text's first paragraph again.
    ("report59", "saratov24.tv/3.txt", "lead"),
    ("report59", "saratov24.tv/3.txt", "body_start"),
    # The learned decisions trained again on the final rules: three short first paragraphs taken for
    # standfirsts.
    ("report9", "sportbox.ru/3.txt", "lead"),
    ("report9", "sportbox.ru/3.txt", "body_start"),
    ("report40", "osetia.kvaisa.ru/2.txt", "lead"),
    ("report40", "osetia.kvaisa.ru/2.txt", "body_start"),
    ("report43", "bel.ru/1.txt", "lead"),
    ("report43", "bel.ru/1.txt", "body_start"),
    # Report76 part (Pridnestrovie, Abkhazia, Ingushetia, Kaluga and Kaliningrad region towns) and
    # report77 part (Kuzbass towns, Khakassia, the Nenets okrug, Armenia, Georgia): sites the reader
    # was not tuned on, read once (figures in ../fixtures/scraped/README.md).
    ("report76", "angrapa.ru/1.txt", "body_start"),
    ("report76", "angrapa.ru/1.txt", "body_end"),
    ("report76", "dubossary.ru/3.txt", "title"),
    ("report76", "dubossary.ru/3.txt", "date"),
    ("report76", "dubossary.ru/3.txt", "body_end"),
    ("report76", "dubossary.ru/3.txt", "chrome"),
    ("report76", "dubossary.ru/4.txt", "title"),
    ("report76", "dubossary.ru/4.txt", "body_start"),
    ("report76", "dubossary.ru/4.txt", "body_end"),
    ("report76", "dubossary.ru/4.txt", "chrome"),
    ("report76", "dubossary.ru/5.txt", "body_end"),
    ("report76", "kaluga.aif.ru/1.txt", "title"),
    ("report76", "kaluga.aif.ru/1.txt", "chrome"),
    ("report76", "novostipmr.com/1.txt", "lead"),
    ("report76", "sukhumcity.ru/3.txt", "body_start"),
    ("report76", "vestikavkaza.ru/2.txt", "title"),
    ("report77", "38451.ru/1.txt", "title"),
    ("report77", "38451.ru/1.txt", "chrome"),
    ("report77", "arka.am/1.txt", "lead"),
    ("report77", "armenpress.am/1.txt", "date"),
    ("report77", "kentron.am/1.txt", "body_end"),
    ("report77", "kentron.am/1.txt", "chrome"),
    ("report77", "mrech.ru/3.txt", "date"),
    ("report77", "ru.gruzinform.ge/1.txt", "body_end"),
    ("report77", "ru.gruzinform.ge/1.txt", "chrome"),
    ("report77", "tmkvant.ru/4.txt", "title"),
    ("report77", "trksever.ru/1.txt", "title"),
    ("report77", "trksever.ru/1.txt", "chrome"),
    # The lead decision retrained on every part through report77: a standfirst on these pages
    # now read the other way (lead or the body's first paragraph).
    # Report78 part (Tuva, Kalmykia, the Altai krai's towns) and report79 part (Yakutia's
    # towns, Chukotka, Norilsk, the Khanty-Mansi okrug's towns): sites the reader was not tuned
    # on, read once (figures in ../fixtures/scraped/README.md).
    ("report78", "kes-basket.ru/1.txt", "lead"),
    ("report78", "old.elista-gs.ru/1.txt", "title"),
    ("report78", "old.elista-gs.ru/1.txt", "body_start"),
    ("report78", "old.elista-gs.ru/1.txt", "body_end"),
    ("report78", "old.elista-gs.ru/1.txt", "chrome"),
    ("report79", "admkogalym.ru/2.txt", "chrome"),
    ("report79", "aldanonline.info/2.txt", "date"),
    ("report79", "aldanonline.info/2.txt", "chrome"),
    ("report79", "centerdosyga.ru/1.txt", "date"),
    ("report79", "centerdosyga.ru/2.txt", "title"),
    ("report79", "centerdosyga.ru/2.txt", "date"),
    ("report79", "centerdosyga.ru/2.txt", "chrome"),
    ("report79", "gazetazp.ru/1.txt", "title"),
    ("report79", "gazetazp.ru/1.txt", "body_end"),
    ("report79", "gazetazp.ru/1.txt", "chrome"),
    ("report79", "holdingtv.tv/2.txt", "body_end"),
    ("report79", "holdingtv.tv/2.txt", "chrome"),
    ("report79", "holdingtv.tv/3.txt", "lead"),
    ("report79", "holdingtv.tv/3.txt", "body_start"),
    ("report79", "holdingtv.tv/4.txt", "lead"),
    ("report79", "holdingtv.tv/4.txt", "body_start"),
    ("report79", "norilsk.tv/1.txt", "title"),
    ("report79", "norilsk.tv/1.txt", "date"),
    ("report79", "norilsk.tv/1.txt", "body_start"),
    ("report79", "norilsk.tv/1.txt", "chrome"),
    # The lead decision retrained on every part through report79: a standfirst on this page now
    # read the other way (lead or the body's first paragraph).
    # The lead decision trained again on the rules through report79's last change: this page's
    # standfirst read the other way again (it was mended by the training before).
    # Report80 part (Belarus's regional press, Gagauzia) and report81 part (Sakhalin, Kamchatka,
    # Magadan, the Yamal towns): sites the reader was not tuned on, read once (figures in
    # ../fixtures/scraped/README.md).
    ("report80", "ctv.by/1.txt", "title"),
    ("report80", "ctv.by/1.txt", "lead"),
    ("report80", "ctv.by/1.txt", "body_start"),
    ("report80", "ctv.by/1.txt", "chrome"),
    ("report80", "ctv.by/2.txt", "title"),
    ("report80", "ctv.by/2.txt", "lead"),
    ("report80", "ctv.by/2.txt", "body_start"),
    ("report80", "ctv.by/2.txt", "chrome"),
    ("report80", "ctv.by/3.txt", "title"),
    ("report80", "ctv.by/3.txt", "lead"),
    ("report80", "ctv.by/3.txt", "body_start"),
    ("report80", "ctv.by/3.txt", "body_end"),
    ("report80", "ctv.by/3.txt", "chrome"),
    ("report80", "ctv.by/4.txt", "title"),
    ("report80", "ctv.by/4.txt", "lead"),
    ("report80", "ctv.by/4.txt", "body_start"),
    ("report80", "ctv.by/4.txt", "chrome"),
    ("report80", "gagauzinfo.myjino.ru/1.txt", "date"),
    ("report80", "moyby.com/1.txt", "lead"),
    ("report80", "onlinebrest.by/1.txt", "body_end"),
    ("report80", "orshanka.by/2.txt", "body_end"),
    ("report80", "orshanka.by/2.txt", "chrome"),
    ("report80", "smartpress.by/1.txt", "body_start"),
    ("report80", "tv6.live/1.txt", "lead"),
    ("report80", "viciebsk.cc/2.txt", "body_end"),
    ("report80", "viciebsk.cc/2.txt", "chrome"),
    ("report81", "astv.ru/1.txt", "title"),
    ("report81", "astv.ru/4.txt", "body_end"),
    ("report81", "astv.ru/4.txt", "chrome"),
    ("report81", "ks-yanao.ru/2.txt", "title"),
    ("report81", "ks-yanao.ru/2.txt", "lead"),
    ("report81", "news-port.ru/1.txt", "body_start"),
    ("report81", "news-port.ru/1.txt", "body_end"),
    ("report81", "ohotniki.ru/1.txt", "body_end"),
    ("report81", "ohotniki.ru/1.txt", "chrome"),
    ("report81", "yamal-news.net/1.txt", "title"),
    ("report81", "yamal-news.net/1.txt", "lead"),
    ("report81", "yamal-news.net/1.txt", "body_start"),
    ("report81", "yamal-news.ru/1.txt", "body_start"),
    ("report81", "yamal-news.ru/2.txt", "body_start"),
    ("report81", "yamal-news.ru/3.txt", "body_end"),
    ("report81", "yamal-news.ru/3.txt", "chrome"),
    # Report82 part (the Donetsk and Luhansk republics' towns, the Zaporozhye and Kherson regions)
    # and report83 part (Russian-language news of communities abroad): sites the reader was not
    # tuned on, read once (figures in ../fixtures/scraped/README.md).
    ("report82", "959.xn--p1ai/1.txt", "body_end"),
    ("report82", "959.xn--p1ai/1.txt", "chrome"),
    ("report82", "agklnr.su/2.txt", "title"),
    ("report82", "agklnr.su/2.txt", "body_start"),
    ("report82", "agklnr.su/4.txt", "date"),
    ("report82", "alchevsk-news.ru/1.txt", "title"),
    ("report82", "alchevsknews.ru/1.txt", "title"),
    ("report82", "alchevsknews.ru/1.txt", "lead"),
    ("report82", "alchevsknews.ru/1.txt", "body_start"),
    ("report82", "lifelug.ru/1.txt", "title"),
    ("report82", "lifelug.ru/1.txt", "lead"),
    ("report82", "lifelug.ru/1.txt", "chrome"),
    ("report82", "lnr-news.ru/4.txt", "title"),
    ("report82", "lug-info.com/1.txt", "body_end"),
    ("report82", "melitopolnews.ru/1.txt", "lead"),
    ("report82", "melitopolnews.ru/1.txt", "body_end"),
    ("report82", "rupulse.ru/1.txt", "lead"),
    ("report83", "bangkok.union.travel/1.txt", "lead"),
    ("report83", "bangkok.union.travel/1.txt", "body_start"),
    ("report83", "brightonbeachnews.com/1.txt", "body_start"),
    ("report83", "dw.com/1.txt", "date"),
    ("report83", "dw.com/1.txt", "lead"),
    ("report83", "dw.com/1.txt", "body_start"),
    ("report83", "haifaru.co.il/4.txt", "body_end"),
    ("report83", "megapolistoronto.ca/1.txt", "date"),
    ("report83", "news.knopka.ca/1.txt", "title"),
    ("report83", "news.knopka.ca/1.txt", "chrome"),
    ("report83", "news.knopka.ca/2.txt", "date"),
    ("report83", "news.knopka.ca/3.txt", "date"),
    ("report83", "news.knopka.ca/4.txt", "title"),
    ("report83", "news.knopka.ca/4.txt", "chrome"),
    ("report83", "novosti.fi/1.txt", "body_end"),
    ("report83", "novosti.fi/1.txt", "chrome"),
    ("report83", "novostiphuketa.com/1.txt", "title"),
    ("report83", "russianweek.ca/1.txt", "title"),
    ("report83", "teleor.net/2.txt", "title"),
    ("report83", "teleor.net/3.txt", "title"),
    ("report83", "teleor.net/3.txt", "body_start"),
    ("report83", "teleor.net/3.txt", "chrome"),
    ("report83", "yle.fi/1.txt", "body_start"),
    ("report83", "yle.fi/1.txt", "body_end"),
    ("report83", "yle.fi/1.txt", "chrome"),
    # The lead decision retrained on every part through report83: these pages' standfirst now read
    # the other way.
    ("report64", "zolotou.com/2.txt", "body_start"),
    # A photo credit alone on its line now tells a page: this standfirst over it reads as a caption.
    ("report30", "myslo.ru/2.txt", "lead"),
    # Report84 part (the Nizhny Novgorod region's towns) and report85 part (the Moscow
    # region's towns): sites the reader was not tuned on, read once (figures in
    # ../fixtures/scraped/README.md).
    ("report84", "4.gorodets.z8.ru/1.txt", "lead"),
    ("report84", "4.gorodets.z8.ru/1.txt", "body_start"),
    ("report84", "4.gorodets.z8.ru/2.txt", "title"),
    ("report84", "4.gorodets.z8.ru/2.txt", "date"),
    ("report84", "4.gorodets.z8.ru/2.txt", "lead"),
    ("report84", "4.gorodets.z8.ru/2.txt", "body_start"),
    ("report84", "4.gorodets.z8.ru/2.txt", "body_end"),
    ("report84", "4.gorodets.z8.ru/2.txt", "chrome"),
    ("report84", "arzamas.org/1.txt", "body_start"),
    ("report84", "borcity.ru/1.txt", "title"),
    ("report84", "gipernn.ru/1.txt", "title"),
    ("report84", "gipernn.ru/1.txt", "lead"),
    ("report84", "gipernn.ru/1.txt", "chrome"),
    ("report84", "index.sarov.net/1.txt", "title"),
    ("report84", "index.sarov.net/1.txt", "date"),
    ("report84", "index.sarov.net/1.txt", "body_start"),
    ("report84", "index.sarov.net/1.txt", "body_end"),
    ("report84", "index.sarov.net/1.txt", "chrome"),
    ("report84", "nn.aif.ru/1.txt", "body_end"),
    ("report84", "nn.aif.ru/1.txt", "chrome"),
    ("report84", "nntv.tv/1.txt", "title"),
    ("report84", "nntv.tv/1.txt", "lead"),
    ("report84", "pravda-nn.ru/1.txt", "lead"),
    ("report84", "pravda-nn.ru/1.txt", "chrome"),
    ("report84", "pravda-nn.ru/3.txt", "body_end"),
    ("report84", "pravda-nn.ru/3.txt", "chrome"),
    ("report84", "semvestnik.ru/1.txt", "title"),
    ("report84", "semvestnik.ru/1.txt", "body_start"),
    ("report84", "vremyan.ru/3.txt", "body_end"),
    ("report84", "vremyan.ru/3.txt", "chrome"),
    ("report84", "vremyan.ru/4.txt", "lead"),
    ("report84", "vremyan.ru/4.txt", "chrome"),
    ("report85", "er-ctupino.ru/1.txt", "title"),
    ("report85", "er-ctupino.ru/1.txt", "lead"),
    ("report85", "er-ctupino.ru/1.txt", "chrome"),
    ("report85", "er-schatura.ru/3.txt", "title"),
    ("report85", "er-schatura.ru/3.txt", "date"),
    ("report85", "er-schatura.ru/3.txt", "lead"),
    ("report85", "er-schatura.ru/3.txt", "chrome"),
    ("report85", "kolomna.bezformata.com/1.txt", "date"),
    ("report85", "news-50.ru/1.txt", "date"),
    ("report85", "obr-klin.ru/1.txt", "body_end"),
    ("report85", "plan1.ru/1.txt", "body_end"),
    ("report85", "poisktv.ru/1.txt", "body_start"),
    ("report85", "poisktv.ru/1.txt", "body_end"),
    ("report85", "xn--80aabf3beind4a7e3b2b.xn--p1ai/1.txt", "body_start"),
    # The lead decision retrained on every part through report85: this page's standfirst read the
    # other way again.
    ("report60", "karel.aif.ru/1.txt", "body_start"),
    # Report86 part (the Kirov region's towns) and report87 part (the Chelyabinsk region's towns):
    # sites the reader was not tuned on, read once (figures in ../fixtures/scraped/README.md).
    ("report86", "admslob.ru/1.txt", "body_start"),
    ("report86", "admslob.ru/2.txt", "body_start"),
    ("report86", "admslob.ru/3.txt", "body_start"),
    ("report86", "gorod-che.ru/1.txt", "chrome"),
    ("report86", "kirov-gid.ru/2.txt", "body_end"),
    ("report86", "kirov-gid.ru/2.txt", "chrome"),
    ("report86", "kirov.online/1.txt", "body_end"),
    ("report86", "kirov.online/1.txt", "chrome"),
    ("report86", "myomutninsk.ru/1.txt", "title"),
    ("report86", "myomutninsk.ru/1.txt", "chrome"),
    ("report86", "myomutninsk.ru/2.txt", "lead"),
    ("report86", "myomutninsk.ru/2.txt", "body_start"),
    ("report86", "myomutninsk.ru/4.txt", "title"),
    ("report86", "myomutninsk.ru/4.txt", "chrome"),
    ("report86", "odntkirov.ru/1.txt", "date"),
    ("report86", "omutninsk-vedomosti.ru/1.txt", "date"),
    ("report86", "prochepetsk.ru/2.txt", "lead"),
    ("report86", "prochepetsk.ru/2.txt", "body_start"),
    ("report86", "prochepetsk.ru/4.txt", "title"),
    ("report86", "prochepetsk.ru/4.txt", "lead"),
    ("report86", "prochepetsk.ru/5.txt", "lead"),
    ("report86", "skat-slob.ru/1.txt", "title"),
    ("report86", "skat-slob.ru/1.txt", "body_start"),
    ("report87", "74.ru/1.txt", "title"),
    ("report87", "74.ru/1.txt", "chrome"),
    ("report87", "chel.dk.ru/1.txt", "lead"),
    ("report87", "chel.dk.ru/1.txt", "body_start"),
    ("report87", "chelyabinsk-news.net/1.txt", "title"),
    ("report87", "dicask.ru/1.txt", "title"),
    ("report87", "dicask.ru/1.txt", "body_start"),
    ("report87", "dicask.ru/1.txt", "body_end"),
    ("report87", "dicask.ru/1.txt", "chrome"),
    ("report87", "izverzhenie-vulkana.ru/1.txt", "body_end"),
    ("report87", "izverzhenie-vulkana.ru/1.txt", "chrome"),
    ("report87", "m.satka74.ru/4.txt", "source"),
    ("report87", "ozersk74.ru/1.txt", "title"),
    ("report87", "ozersk74.ru/1.txt", "chrome"),
    ("report87", "plast-gazeta.ru/1.txt", "title"),
    ("report87", "plast-gazeta.ru/1.txt", "lead"),
    ("report87", "postila.ru/1.txt", "title"),
    ("report87", "postila.ru/1.txt", "body_start"),
    ("report87", "postila.ru/1.txt", "body_end"),
    ("report87", "postila.ru/1.txt", "chrome"),
    ("report87", "prochelyabinsk.ru/1.txt", "lead"),
    ("report87", "prochelyabinsk.ru/1.txt", "body_start"),
    ("report87", "троицкое-телевидение.рф/1.txt", "body_end"),
    ("report87", "троицкое-телевидение.рф/1.txt", "chrome"),
    # The lead decision retrained on every part through report87: these pages' standfirst now read
    # the other way.
    ("report8", "fn-volga.ru/1.txt", "lead"),
    ("report8", "fn-volga.ru/1.txt", "body_start"),
    # Report88 part (the Vologda and Kostroma regions' small towns) and report89 part
    # (Bashkortostan's towns): sites the reader was not tuned on, read once (figures in
    # ../fixtures/scraped/README.md).
    ("report88", "35runet.ru/1.txt", "title"),
    ("report88", "35runet.ru/1.txt", "lead"),
    ("report88", "35runet.ru/1.txt", "chrome"),
    ("report88", "35runet.ru/2.txt", "title"),
    ("report88", "35runet.ru/2.txt", "lead"),
    ("report88", "35runet.ru/2.txt", "chrome"),
    ("report88", "buy.ru.today/1.txt", "date"),
    ("report88", "buy.ru.today/1.txt", "body_end"),
    ("report88", "buy.ru.today/1.txt", "chrome"),
    ("report88", "cher-poisk.ru/2.txt", "chrome"),
    ("report88", "cher-poisk.ru/4.txt", "chrome"),
    ("report88", "gpko-avangard.ru/1.txt", "chrome"),
    ("report88", "kosoblduma.ru/1.txt", "title"),
    ("report88", "logos44.ru/1.txt", "title"),
    ("report88", "logos44.ru/1.txt", "lead"),
    ("report88", "logos44.ru/1.txt", "body_start"),
    ("report88", "logos44.ru/1.txt", "chrome"),
    ("report88", "manturovo-vedomosti.ru/1.txt", "title"),
    ("report88", "manturovo-vedomosti.ru/1.txt", "body_start"),
    ("report88", "manturovo-vedomosti.ru/1.txt", "body_end"),
    ("report88", "manturovo-vedomosti.ru/1.txt", "chrome"),
    ("report88", "newsvol.ru/3.txt", "body_start"),
    ("report88", "selskayapravda.ru/1.txt", "title"),
    ("report88", "selskayapravda.ru/1.txt", "chrome"),
    ("report88", "selskayapravda.ru/2.txt", "body_end"),
    ("report88", "selskayapravda.ru/2.txt", "chrome"),
    ("report88", "sharya.top24.news/2.txt", "date"),
    ("report88", "sharya.top24.news/3.txt", "lead"),
    ("report89", "belprost.ru/1.txt", "title"),
    ("report89", "belprost.ru/1.txt", "chrome"),
    ("report89", "birskpress.ru/2.txt", "lead"),
    ("report89", "birskpress.ru/2.txt", "body_start"),
    ("report89", "gorod-uchaly.ru/3.txt", "body_start"),
    ("report89", "kumertau.bezformata.ru/1.txt", "body_start"),
    ("report89", "kumertau.bezformata.ru/1.txt", "chrome"),
    ("report89", "tuvest.ru/3.txt", "body_end"),
    ("report89", "tuvest.ru/5.txt", "body_end"),
    ("report89", "tuvest.ru/5.txt", "chrome"),
    ("report89", "uchaly-ikm.ru/1.txt", "title"),
    ("report89", "uchaly-ikm.ru/1.txt", "body_start"),
    ("report89", "uchaly-ikm.ru/1.txt", "chrome"),
    ("report89", "ufa.bezformata.com/1.txt", "date"),
    ("report89", "uralpolit.ru/1.txt", "title"),
    ("report89", "uralpolit.ru/1.txt", "lead"),
    ("report89", "uralpolit.ru/1.txt", "body_start"),
    ("report89", "uralpolit.ru/1.txt", "chrome"),
    ("report89", "youshatir.ru/1.txt", "date"),
    # The lead decision retrained on every part through report89: this page's standfirst read the
    # other way again.
    ("report18", "news-bash.ru/2.txt", "lead"),
    ("report18", "news-bash.ru/2.txt", "body_start"),
    # Report90 part (the Ulyanovsk and Penza regions' towns) and report91 part (the Sverdlovsk
    # region's towns): sites the reader was not tuned on, read once (figures in
    # ../fixtures/scraped/README.md).
    ("report90", "barvesti.ru/1.txt", "title"),
    ("report90", "barvesti.ru/1.txt", "body_start"),
    ("report90", "barvesti.ru/1.txt", "body_end"),
    ("report90", "barvesti.ru/1.txt", "chrome"),
    ("report90", "barvesti.ru/3.txt", "title"),
    ("report90", "barvesti.ru/3.txt", "chrome"),
    ("report90", "media73.ru/1.txt", "date"),
    ("report90", "misanec.ru/1.txt", "body_start"),
    ("report90", "nizhni-lomov.ru/1.txt", "title"),
    ("report90", "nizhni-lomov.ru/1.txt", "body_start"),
    ("report90", "nizhni-lomov.ru/1.txt", "chrome"),
    ("report90", "penzanews.ru/1.txt", "title"),
    ("report90", "penzanews.ru/1.txt", "date"),
    ("report90", "penzanews.ru/1.txt", "chrome"),
    ("report90", "progorod58.ru/1.txt", "title"),
    ("report90", "progorod58.ru/1.txt", "lead"),
    ("report90", "progorod58.ru/1.txt", "body_start"),
    ("report90", "progorod58.ru/1.txt", "chrome"),
    ("report90", "sekret-serdobsk.ru/3.txt", "title"),
    ("report90", "sekret-serdobsk.ru/3.txt", "date"),
    ("report90", "sekret-serdobsk.ru/3.txt", "body_start"),
    ("report90", "sekret-serdobsk.ru/3.txt", "body_end"),
    ("report91", "crmrevda.ru/1.txt", "title"),
    ("report91", "irbitcity.ru/1.txt", "title"),
    ("report91", "irbitcity.ru/1.txt", "date"),
    ("report91", "irbitcity.ru/1.txt", "lead"),
    ("report91", "irbitcity.ru/1.txt", "chrome"),
    ("report91", "moirbit.ru/1.txt", "body_start"),
    ("report91", "moirbit.ru/2.txt", "body_start"),
    ("report91", "moirbit.ru/4.txt", "body_end"),
    ("report91", "moirbit.ru/5.txt", "body_end"),
    ("report91", "moirbit.ru/5.txt", "chrome"),
    ("report91", "obltv.ru/1.txt", "lead"),
    ("report91", "obltv.ru/1.txt", "body_start"),
    ("report91", "obltv.ru/1.txt", "body_end"),
    ("report91", "old.revda-novosti.ru/3.txt", "lead"),
    ("report91", "old.revda-novosti.ru/3.txt", "body_start"),
    ("report91", "pervo.ru/1.txt", "title"),
    ("report91", "pervo.ru/1.txt", "body_start"),
    ("report91", "pervo.ru/1.txt", "body_end"),
    ("report91", "pervo.ru/2.txt", "chrome"),
    ("report91", "ural.aif.ru/2.txt", "title"),
    ("report91", "ural.aif.ru/2.txt", "lead"),
    ("report91", "ural.aif.ru/2.txt", "body_start"),
    # The lead decision retrained on every part through report91: these pages' standfirst read the
    # other way again.
    # report92 and report93 as first read (the reader of e1ff05c)
    ("report92", "dfm1075.ru/1.txt", "date"),
    ("report92", "galatr.cap.ru/4.txt", "title"),
    ("report92", "galatr.cap.ru/4.txt", "chrome"),
    ("report93", "2x2.su/1.txt", "lead"),
    ("report93", "2x2.su/1.txt", "body_end"),
    ("report93", "2x2.su/1.txt", "chrome"),
    ("report93", "archive.belogorck.ru/2.txt", "title"),
    ("report93", "archive.belogorck.ru/2.txt", "chrome"),
    ("report93", "biang.ru/1.txt", "date"),
    ("report93", "infobaykal.ru/1.txt", "date"),
    ("report93", "teleport2001.ru/1.txt", "lead"),
    ("report93", "teleport2001.ru/3.txt", "title"),
    ("report93", "teleport2001.ru/3.txt", "lead"),
    ("report93", "teleport2001.ru/4.txt", "body_end"),
    ("report93", "teleport2001.ru/4.txt", "chrome"),
    ("report93", "tvs-media.ru/1.txt", "title"),
    ("report93", "tvs-media.ru/1.txt", "date"),
    ("report93", "tvs-media.ru/1.txt", "chrome"),
    ("report93", "tvs-media.ru/2.txt", "date"),
    ("report93", "tvs-media.ru/3.txt", "title"),
    ("report93", "tvs-media.ru/3.txt", "date"),
    ("report93", "tvs-media.ru/3.txt", "chrome"),
    ("report93", "tvs-media.ru/4.txt", "title"),
    ("report93", "tvs-media.ru/4.txt", "body_start"),
    ("report93", "viperson.ru/1.txt", "source"),
    # report94 and report95 as first read (the reader of 99b836c)
    ("report94", "gazetakontingent.ru/1.txt", "date"),
    ("report94", "gts.tv/2.txt", "title"),
    ("report94", "gts.tv/2.txt", "lead"),
    ("report94", "gts.tv/3.txt", "title"),
    ("report94", "gts.tv/3.txt", "lead"),
    ("report94", "orki.ru/1.txt", "body_end"),
    ("report94", "orki.ru/1.txt", "chrome"),
    ("report94", "saltday.ru/1.txt", "lead"),
    ("report94", "saltday.ru/1.txt", "body_start"),
    ("report94", "saltday.ru/3.txt", "title"),
    ("report94", "vgae.ru/3.txt", "body_start"),
    ("report94", "vgae.ru/4.txt", "title"),
    ("report94", "vgae.ru/4.txt", "body_start"),
    ("report94", "vgae.ru/4.txt", "body_end"),
    ("report95", "64parallel.ru/1.txt", "body_end"),
    ("report95", "64parallel.ru/1.txt", "chrome"),
    ("report95", "64parallel.ru/2.txt", "body_end"),
    ("report95", "64parallel.ru/2.txt", "chrome"),
    ("report95", "64parallel.ru/4.txt", "title"),
    ("report95", "64parallel.ru/4.txt", "body_start"),
    ("report95", "64parallel.ru/4.txt", "body_end"),
    ("report95", "64parallel.ru/4.txt", "chrome"),
    ("report95", "64parallel.ru/5.txt", "body_end"),
    ("report95", "64parallel.ru/5.txt", "chrome"),
    ("report95", "kirovsk.ru/2.txt", "body_start"),
    ("report95", "kirovsk.ru/2.txt", "body_end"),
    ("report95", "murmansk.mk.ru/1.txt", "body_end"),
    ("report95", "murmansk.mk.ru/1.txt", "chrome"),
    ("report95", "murmansk.mk.ru/2.txt", "body_end"),
    ("report95", "murmansk.mk.ru/2.txt", "chrome"),
    ("report95", "web.lifelines.name/1.txt", "body_end"),
    ("report95", "web.lifelines.name/1.txt", "chrome"),
    # the learned lead decision trained again after the crumbs, Latin label and analytics rules
    # (a marginal page: oskol-kray.ru/1 mended, this one not)
    ("report9", "sportbox.ru/1.txt", "lead"),
    ("report9", "sportbox.ru/1.txt", "body_start"),
    # the learned lead decision trained again after the site notices and widgets made chrome
    # report96 and report97 as first read (the reader of 9bcbd3e)
    ("report96", "admgel.ru/1.txt", "title"),
    ("report96", "admgel.ru/1.txt", "date"),
    ("report96", "admgel.ru/1.txt", "lead"),
    ("report96", "admgel.ru/1.txt", "body_start"),
    ("report96", "admin-tih.ru/3.txt", "body_end"),
    ("report96", "admin-tih.ru/3.txt", "chrome"),
    ("report96", "admin-tih.ru/4.txt", "body_start"),
    ("report96", "belorechensk-gid.ru/1.txt", "body_start"),
    ("report96", "belorechensk-gid.ru/1.txt", "body_end"),
    ("report96", "bloknot-krymska.ru/1.txt", "chrome"),
    ("report96", "gorod-kurganinsk.ru/1.txt", "lead"),
    ("report96", "gorod-kurganinsk.ru/1.txt", "body_start"),
    ("report96", "ki-news.ru/1.txt", "body_end"),
    ("report96", "ki-news.ru/1.txt", "chrome"),
    ("report96", "klubmenshikova.ru/1.txt", "body_start"),
    ("report96", "labinskadmin.ru/3.txt", "body_end"),
    ("report96", "labinskadmin.ru/3.txt", "chrome"),
    ("report96", "news-krd.ru/1.txt", "title"),
    ("report96", "news-krd.ru/1.txt", "lead"),
    ("report96", "news-krd.ru/1.txt", "body_end"),
    ("report96", "news-krd.ru/1.txt", "chrome"),
    ("report96", "news-kuban.ru/2.txt", "title"),
    ("report96", "news-kuban.ru/2.txt", "lead"),
    ("report96", "news-kuban.ru/2.txt", "body_start"),
    ("report96", "ognikavkaza.ru/1.txt", "body_end"),
    ("report96", "ognikavkaza.ru/1.txt", "chrome"),
    ("report96", "pg-news.ru/1.txt", "body_end"),
    ("report96", "pg-news.ru/1.txt", "chrome"),
    ("report96", "tihoretsk-gorod.ru/1.txt", "lead"),
    ("report96", "tihoretsk-gorod.ru/3.txt", "lead"),
    ("report96", "курганинские-известия.рф/1.txt", "title"),
    ("report96", "курганинские-известия.рф/1.txt", "chrome"),
    ("report96", "курганинские-известия.рф/2.txt", "title"),
    ("report96", "курганинские-известия.рф/2.txt", "date"),
    ("report96", "курганинские-известия.рф/2.txt", "body_start"),
    ("report96", "тихвести.рф/3.txt", "title"),
    ("report96", "тихвести.рф/3.txt", "lead"),
    ("report96", "тихвести.рф/3.txt", "body_start"),
    ("report96", "тихвести.рф/4.txt", "date"),
    ("report96", "тихвести.рф/4.txt", "body_start"),
    ("report96", "тихвести.рф/4.txt", "chrome"),
    ("report97", "adminliv.ru/5.txt", "title"),
    ("report97", "kirsanov-web.ru/1.txt", "lead"),
    ("report97", "kirsanov-web.ru/1.txt", "chrome"),
    ("report97", "kirsanov-web.ru/2.txt", "body_end"),
    ("report97", "kotovsk68.ru/1.txt", "title"),
    ("report97", "kotovsk68.ru/1.txt", "body_start"),
    ("report97", "kotovsk68.ru/1.txt", "chrome"),
    ("report97", "livny-tv.ru/1.txt", "title"),
    ("report97", "orelgrad.ru/1.txt", "body_start"),
    ("report97", "orelgrad.ru/2.txt", "body_start"),
    ("report97", "tmbnews.ru/1.txt", "body_end"),
    ("report97", "tmbnews.ru/1.txt", "chrome"),
    ("report97", "vechor.ru/1.txt", "body_end"),
    ("report97", "vechor.ru/1.txt", "chrome"),
    ("report97", "vestiorel.ru/1.txt", "title"),
    ("report97", "vestiorel.ru/1.txt", "lead"),
    ("report97", "vestiorel.ru/1.txt", "body_start"),
    # the learned lead decision trained again with report96 and report97 (marginal pages flip)
    ("report23", "newsnn.ru/2.txt", "lead"),
    ("report23", "newsnn.ru/2.txt", "body_start"),
    ("report70", "mariel-news.ru/1.txt", "lead"),
    # report98 and report99 as first read (the reader of d115402)
    ("report98", "admin-ukmo.ru/1.txt", "title"),
    ("report98", "admin-ukmo.ru/1.txt", "body_start"),
    ("report98", "admin-ukmo.ru/2.txt", "title"),
    ("report98", "admin-ukmo.ru/2.txt", "body_start"),
    ("report98", "gorodtaishet.ru/1.txt", "title"),
    ("report98", "gorodtaishet.ru/1.txt", "lead"),
    ("report98", "gorodtaishet.ru/1.txt", "body_start"),
    ("report98", "gorodtaishet.ru/1.txt", "body_end"),
    ("report98", "hotel.ust-kut.ru/1.txt", "title"),
    ("report98", "hotel.ust-kut.ru/1.txt", "chrome"),
    ("report98", "press-servis.ru/1.txt", "body_start"),
    ("report98", "press-servis.ru/2.txt", "lead"),
    ("report98", "press-servis.ru/2.txt", "body_start"),
    ("report98", "press-servis.ru/3.txt", "body_start"),
    ("report98", "press-servis.ru/4.txt", "body_start"),
    ("report98", "t24.su/3.txt", "title"),
    ("report98", "t24.su/3.txt", "chrome"),
    ("report98", "tkgorod.ru/1.txt", "title"),
    ("report98", "tkgorod.ru/1.txt", "body_start"),
    ("report98", "ukt24.space/1.txt", "body_start"),
    ("report98", "usolie.info/1.txt", "body_end"),
    ("report98", "usolie.info/1.txt", "chrome"),
    ("report98", "ustkut247.space/1.txt", "lead"),
    ("report98", "web-tulun.ru/1.txt", "date"),
    ("report98", "web-tulun.ru/1.txt", "chrome"),
    ("report98", "web-tulun.ru/2.txt", "date"),
    ("report98", "web-tulun.ru/3.txt", "date"),
    ("report98", "web-tulun.ru/3.txt", "body_start"),
    ("report98", "web-tulun.ru/3.txt", "chrome"),
    ("report99", "big-rostov.ru/1.txt", "title"),
    ("report99", "big-rostov.ru/1.txt", "chrome"),
    ("report99", "bloknot-shakhty.ru/1.txt", "body_end"),
    ("report99", "bloknot-shakhty.ru/1.txt", "chrome"),
    ("report99", "bloknot-taganrog.ru/1.txt", "title"),
    ("report99", "bloknot-taganrog.ru/1.txt", "date"),
    ("report99", "bloknot-taganrog.ru/1.txt", "body_end"),
    ("report99", "bloknot-taganrog.ru/1.txt", "chrome"),
    ("report99", "bloknot-taganrog.ru/3.txt", "lead"),
    ("report99", "bloknot-taganrog.ru/3.txt", "body_start"),
    ("report99", "gazetapik.ru/3.txt", "title"),
    ("report99", "gazetapik.ru/3.txt", "chrome"),
    ("report99", "gazetapik.ru/4.txt", "title"),
    ("report99", "gazetapik.ru/4.txt", "lead"),
    ("report99", "gazetapik.ru/4.txt", "body_start"),
    ("report99", "gazetapik.ru/4.txt", "body_end"),
    ("report99", "gazetapik.ru/4.txt", "chrome"),
    ("report99", "gukovo.ru/1.txt", "title"),
    ("report99", "gukovo.ru/1.txt", "body_start"),
    ("report99", "gukovo.ru/1.txt", "body_end"),
    ("report99", "novocherkassk-gorod.ru/1.txt", "body_start"),
    ("report99", "shahty.ru/1.txt", "body_end"),
    ("report99", "shahty.ru/1.txt", "chrome"),
    ("report99", "shahty.ru/2.txt", "body_end"),
    ("report99", "shahty.ru/2.txt", "chrome"),
    ("report99", "topcollege.ru/1.txt", "date"),
    ("report99", "trud-kamensk.ru/1.txt", "date"),
    ("report99", "trud-kamensk.ru/1.txt", "body_end"),
    ("report99", "trud-kamensk.ru/1.txt", "chrome"),
    ("report99", "trud-kamensk.ru/2.txt", "date"),
    ("report99", "trud-kamensk.ru/2.txt", "body_end"),
    ("report99", "trud-kamensk.ru/2.txt", "chrome"),
    ("report99", "xn--80a0biks.su/1.txt", "title"),
    ("report99", "xn--80a0biks.su/1.txt", "lead"),
    ("report99", "zvezdagukovo.ru/2.txt", "body_start"),
    ("report99", "zvezdagukovo.ru/3.txt", "chrome"),
    ("report99", "zvezdagukovo.ru/4.txt", "chrome"),
    # the learned lead decision trained again with report98 and report99 and after a short
    # first sentence over the text was made the text's (marginal pages flip; leave-one-site-out
    # lead / body start 2645 / 2671 -> 2652 / 2673)
    ("report20", "vomske.ru/1.txt", "lead"),
    ("report20", "vomske.ru/1.txt", "body_start"),
    ("report31", "report.az/1.txt", "body_start"),
    ("report33", "infox.ru/1.txt", "lead"),
    ("report33", "infox.ru/1.txt", "body_start"),
    ("report38", "news-surgut.ru/1.txt", "lead"),
    ("report43", "oskol-kray.ru/1.txt", "lead"),
    ("report43", "oskol-kray.ru/1.txt", "body_start"),
    ("report45", "gorvesti.ru/4.txt", "body_start"),
    ("report48", "62info.ru/1.txt", "body_start"),
    ("report64", "us-sk.ru/1.txt", "body_start"),
    ("report82", "lnr-news.ru/4.txt", "lead"),
    # read as a page since its first line is the site's clock; the page reader takes no date from it
    ("report75", "domsovet.tv/1.txt", "date"),
    # report100 and report101 as first read (the reader of 3b186c0)
    ("report100", "barvest.ru/1.txt", "body_end"),
    ("report100", "barvest.ru/1.txt", "chrome"),
    ("report100", "barvest.ru/5.txt", "body_end"),
    ("report100", "barvest.ru/5.txt", "chrome"),
    ("report100", "kolpashevo.net/1.txt", "body_end"),
    ("report100", "kolpashevo.net/1.txt", "chrome"),
    ("report100", "kolpashevo.net/2.txt", "title"),
    ("report100", "kolpashevo.net/2.txt", "chrome"),
    ("report100", "nashkainsk.ru/1.txt", "body_end"),
    ("report100", "nashkainsk.ru/1.txt", "chrome"),
    ("report100", "nashkainsk.ru/2.txt", "title"),
    ("report100", "nashkainsk.ru/2.txt", "lead"),
    ("report100", "nashkainsk.ru/2.txt", "chrome"),
    ("report100", "ngt54.ru/5.txt", "title"),
    ("report100", "ngt54.ru/5.txt", "lead"),
    ("report100", "ngt54.ru/5.txt", "body_start"),
    ("report100", "sibreporter.info/2.txt", "lead"),
    ("report100", "sibreporter.info/2.txt", "body_start"),
    ("report100", "stv-tv.ru/1.txt", "title"),
    ("report100", "stv-tv.ru/1.txt", "date"),
    ("report100", "stv-tv.ru/1.txt", "lead"),
    ("report100", "stv-tv.ru/1.txt", "chrome"),
    ("report100", "stv-tv.ru/4.txt", "title"),
    ("report100", "stv-tv.ru/4.txt", "body_start"),
    ("report100", "stv-tv.ru/4.txt", "body_end"),
    ("report100", "stv-tv.ru/4.txt", "chrome"),
    ("report100", "vesiskitim.ru/3.txt", "lead"),
    ("report100", "vesiskitim.ru/3.txt", "body_start"),
    ("report101", "gazetarussa.ru/1.txt", "title"),
    ("report101", "gazetarussa.ru/1.txt", "date"),
    ("report101", "gazetarussa.ru/1.txt", "lead"),
    ("report101", "kresttsy.ru/1.txt", "title"),
    ("report101", "kresttsy.ru/1.txt", "body_start"),
    ("report101", "krmajak.opochka.ru/1.txt", "title"),
    ("report101", "valday.com/1.txt", "date"),
    ("report101", "valday.com/2.txt", "date"),
    ("report101", "valday.com/3.txt", "body_start"),
    ("report101", "valday.com/4.txt", "body_start"),
    ("report101", "переезжаювновгород.рф/1.txt", "body_start"),
    # the learned lead decision trained again with report100 and report101 (marginal pages flip)
    ("report18", "v-kurse.ru/3.txt", "lead"),
    ("report18", "v-kurse.ru/3.txt", "body_start"),
    ("report75", "niasam.ru/3.txt", "lead"),
    ("report82", "agklnr.su/2.txt", "lead"),
    # report102 and report103 as first read (the reader of 40f1611)
    ("report102", "crimea.ru/1.txt", "title"),
    ("report102", "crimea.ru/1.txt", "chrome"),
    ("report102", "ellingi.com.ua/1.txt", "lead"),
    ("report102", "ellingi.com.ua/1.txt", "chrome"),
    ("report102", "ellingi.com.ua/2.txt", "title"),
    ("report102", "ellingi.com.ua/2.txt", "chrome"),
    ("report102", "gorod24.online/1.txt", "lead"),
    ("report102", "gorod24.online/1.txt", "body_start"),
    ("report102", "gorod24.online/1.txt", "chrome"),
    ("report102", "gorod24.online/2.txt", "title"),
    ("report102", "gorod24.online/2.txt", "chrome"),
    ("report102", "inlens24.ru/2.txt", "title"),
    ("report102", "inlens24.ru/2.txt", "body_start"),
    ("report102", "inlens24.ru/3.txt", "chrome"),
    ("report102", "is-rk.ru/1.txt", "title"),
    ("report102", "news-cr.ru/1.txt", "lead"),
    ("report102", "news-cr.ru/1.txt", "body_start"),
    ("report102", "pobedagazeta.ru/1.txt", "title"),
    ("report102", "subscribe.ru/1.txt", "title"),
    ("report102", "subscribe.ru/1.txt", "body_start"),
    ("report102", "subscribe.ru/1.txt", "body_end"),
    ("report102", "subscribe.ru/1.txt", "chrome"),
    ("report103", "facto.ru/1.txt", "lead"),
    ("report103", "gorod363.ru/1.txt", "title"),
    ("report103", "lipetsk-gid.ru/1.txt", "body_end"),
    ("report103", "lipetsk-gid.ru/1.txt", "chrome"),
    ("report103", "lipetsk-news.ru/1.txt", "lead"),
    ("report103", "liskinet.ru/1.txt", "title"),
    ("report103", "pavlovskij-r20.gosweb.gosuslugi.ru/1.txt", "title"),
    ("report103", "pavlovskij-r20.gosweb.gosuslugi.ru/1.txt", "body_start"),
    ("report103", "ruj.ru/1.txt", "date"),
    ("report103", "telegnews.com/1.txt", "body_end"),
    ("report103", "telegnews.com/1.txt", "chrome"),
    ("report103", "tik08.iklo.ru/1.txt", "date"),
    ("report103", "tik20.iklo.ru/1.txt", "body_start"),
    ("report103", "zadonskcult.ucoz.ru/1.txt", "body_start"),
    ("report103", "zadonskcult.ucoz.ru/1.txt", "body_end"),
    ("report103", "zapravda.ru/3.txt", "body_end"),
    ("report103", "zapravda.ru/3.txt", "chrome"),
    ("report103", "zapravda.ru/4.txt", "body_end"),
    ("report103", "zapravda.ru/4.txt", "chrome"),
    # the learned lead decision trained again with report102 and report103 (marginal pages flip)
    ("report15", "katun24.ru/2.txt", "lead"),
    ("report15", "katun24.ru/2.txt", "body_start"),
    ("report54", "vsluh.ru/1.txt", "lead"),
    ("report54", "vsluh.ru/1.txt", "body_start"),
    # read headless since the login prompts over its text are chrome; the login notice glued to
    # the text stays in it
    ("report102", "gorod24.online/2.txt", "body_start"),
}


def load_pages(folder: str) -> list[dict]:
    """The expected records of a folder's pages."""
    return load_records(FOLDERS[folder] / "expected.json")


def read_page(folder: str, name: str) -> Article:
    (article,) = read_file(FOLDERS[folder] / name)
    assert isinstance(article, Article), article
    return article


CASES = [
    pytest.param(
        folder,
        page,
        field,
        id=f"{folder}-{page['file']}-{field}",
        marks=[pytest.mark.xfail(strict=True)]
        if (folder, page["file"], field) in KNOWN_MISSES
        else [],
    )
    for folder in FOLDERS
    for page in load_pages(folder)
    if page.get("part") not in UNSCORED_PARTS
    for field in FIELDS
]
_read_cache: dict[tuple[str, str], Article] = {}


def cached_read(folder: str, name: str) -> Article:
    if (folder, name) not in _read_cache:
        _read_cache[folder, name] = read_page(folder, name)
    return _read_cache[folder, name]


@pytest.mark.parametrize(("folder", "page", "field"), CASES)
def test_page_field(folder, page, field):
    article = cached_read(folder, page["file"])
    shown = (article.title, article.date, article.source, article.lead[:100], article.body[:200])
    assert CHECKS[field](article, page), (*shown, article.body[-200:])
