"""A site's calls to its readers, which are no part of any article: to follow the outlet in a
messenger or a social network, to send it news, and the terms of reusing its material.
Whole lines are chrome; such a sentence glued to the end of a paragraph is cut off it.
"""

import re

from indexer.sources.clean import SENTENCE_ENDS

CALL_CHARS = 300  # a longer paragraph naming the outlet's channel is text
NAME_CHARS = 30  # what may stand before a call on its line: the outlet's name
SOCIAL_PLATFORMS = 2  # platforms named in a row of links to the outlet's pages
# "… смотрите в нашем ТГ-канале и в соцсетях …", "Подписывайтесь на «Яркуб» во «ВКонтакте»",
# "Присоединяйтесь к Telegram-каналу Newsbash.ru", "Подписка на МордовМедиа в Telegram - …",
# "Обсудить в телеграм-канале Про Города.", "Подписаться на «КурскСити» в МАХ" (MAX in
# Cyrillic letters), "Самое интересное – в Telegram-канале «…». Подписывайтесь!", "Видео с места
# происшествия в нашем Telegram-канале.", "Больше новостей, фотографий и видео в нашем …",
# "Подписывайтесь на МЧС Республики Тыва." (a line of the call alone), "Самые важные новости
# теперь в нашем Telegram-канале. …", "Хотите узнавать о событиях первыми? Подпишитесь …",
# "Фотографии с мероприятия смотрите в нашем альбоме.", "Читай и комментируй в телеграм-канале
# Кинешемец."; what a
# split link leaves of one ("Telegram, чтобы быть в курсе самых важных новостей. …"), "Читайте
# Metaratings, чтобы быть в курсе свежих новостей …".
PLATFORM = (
    r"(?:telegram|телеграм|тг\b|tg\b|канал|страниц|групп|соцсет|социальных сет|вконтакте|vk\b|"
    r"дзен|max\b|макс\b|мах\b|youtube|ютуб|rutube|одноклассник|viber|вайбер|whatsapp|instagram)"
)
CHANNEL_PROMO = re.compile(
    r"(?:смотрите|читайте|ищите|следите)[^.!?]{0,40}\sв наш(?:ем|их) (?:тг|телеграм|telegram|"
    r"канале|соцсетях|группе|instagram|youtube|инстаграм|ютуб|(?:фото)?альбоме)|"
    r"(?:смотрите|читайте|ищите|следите)[^.!?]{0,40}\sна наш(?:ей|их) (?:страниц|групп)|"
    r"^читайте нас там, где удобно|^больше (?:новостей|фото(?:графий)?|видео)[^.!?]{0,40} в нашем|"
    r"^(?:видео|фото|больше|все|подробност|подробнее|самое|самые|главные|важные)[^.!?]{0,60}"
    r"\sв нашем "
    r"(?:telegram|телеграм|тг)[\s-]*канале|"
    r"(?:подписывайтесь|подписывайся|подпишитесь|подпишись|подписаться|присоединяйтесь|"
    r"вступайте)\s+(?:на|к|в)\b"
    r"[^.!?]{0,80}?"
    + PLATFORM
    + r"|(?:подписывайтесь|подпишитесь) на (?:наш|нас|\S+-(?:аккаунт|канал))|"
    r"подписка на [^.!?]{1,40} в (?:telegram|телеграм|max|макс)|"
    r"обсудить в (?:нашем )?(?:телеграм|тг|telegram)|"
    r"^[^.!?]{0,60}, чтобы быть в курсе (?:самых |свежих |последних )?(?:важных |главных )?"
    r"(?:новостей|событий)|"
    r"^будьте в курсе (?:последних |главных |всех )?(?:новостей|событий)|"
    r"^следите за (?:\w+ ){0,2}(?:новостями|событиями)|"
    r"^читайте (?:нас|новости|наши новости) в (?:соцсетях|социальных сетях|telegram|телеграм|"
    r"одноклассник|вконтакте|дзен)|"
    r"^(?:самое \w+|больше новостей|все новости)\s*[–—-]\s*(?:\w+\s)?в (?:нашем )?"
    r"(?:telegram|телеграм|тг|max|макс)|^подписывайтесь!|"
    r"^(?:подписывайтесь|подпишитесь|подписаться) на [^!?]{2,40}?[.!]?$|"  # the call alone
    r"читайте (?:в (?:печатной версии|(?:свежем )?номере|(?:нашей )?газете|№\s?\d)|"
    r"на страницах газеты)|"  # the paper's issue: "Подробности читайте на страницах газеты …"
    r"^(?:мы|наши новости) в (?:социальных сетях|соцсетях)[.!:]?(?: присоединяйтесь!?)?$|"
    r"^(?:читай|смотри|обсуждай|комментируй)(?:те)?(?: и (?:комментируй|обсуждай)(?:те)?)? в "
    r"(?:нашем )?(?:телеграм|telegram|тг)[\s-]*канал|"  # "Читай и комментируй в телеграм-канале …"
    r"^подробност(?:и|ь) читайте на [^.!?]{0,40}сайте|"  # "Подробности читайте на … сайте …"
    r"^смотрите [^.!?]{0,60}\s[–—-]\s(?:тут|здесь)$|"  # a link's words: "Смотрите программу – тут"
    r"^(?:хотите|хочешь)[^.!?]{0,60}(?:первым|первыми|в курсе)[^.!?]{0,30}\?\s*"  # a question first
    r"(?:подпишитесь|подписывайтесь|подпишись|читайте|следите)\b|"
    r"^хотите (?:читать|узнавать|получать) наши новости (?:раньше всех|первыми)\?$|"
    # "Оперативные и актуальные новости Гродно и области в нашем Telegram-канале. Подписывайтесь
    # по ссылке!": the line's first sentence ends at the channel
    r"^[^.!?,]{0,80}\sв нашем (?:telegram|телеграм|тг)[\s-]*канале(?:\s*«[^»]{1,40}»)?[.!]|"
    r"подписывайтесь по ссылке|"
    # an e-mail subscription: "Подпишитесь на обновления материалов сайта lgz.ru на ваш …"
    r"^(?:подпишитесь|подписывайтесь) на (?:обновления (?:материалов )?(?:сайта|портала)|"
    r"e-?mail[- ]рассылку)|"
    # "Эти и другие новости можно прочитать на kurganfm.ru, а также на сайте oblast45.ru."
    r"^(?:эти и )?(?:другие|все|свежие|последние) новости[^.!?]{0,40}?(?:можно )?"
    r"(?:прочитать|читать|читайте|смотреть|смотрите|узнать|узнавайте) на (?:сайте|портале|"
    r"[\w-]+\.[a-zа-я]{2,})",
    re.I,
)
# "Отправьте свою новость в редакцию, …", "Хотите, чтобы Ваша новость появилась на сайте …?"
NEWS_CALL = re.compile(
    r"(?:отправьте|присылайте|пришлите)\s+(?:нам\s+)?(?:свою|свои|ваши|вашу)\s+"
    r"(?:новост|фото|видео|истори)|хотите, чтобы ваш[аи]? (?:новость|история|материал)|"
    r"^если (?:вы )?стали свидетелем[^.!?]{0,120}?,\s*(?:присылайте|отправляйте|"
    r"сообщите (?:об этом )?(?:нам|в редакцию|в ленте))",  # "… в ленте народных новостей"
    re.I,
)
# "ИА «МариМедиа». При использовании материала гиперссылка обязательна.", "При использовании
# материалов активная индексируемая гиперссылка на сайт AMUR.LIFE обязательна.", "Перепубликация
# материалов возможна только с устного или письменного разрешения администрации сайта!"
REUSE_NOTICE = re.compile(
    r"при (?:использовании|перепечатке|цитировании|копировании) материал\w*[^.]{0,60}"
    r"ссылка(?:[^.]|\.(?=\S)){0,40}обязательн"  # a site's address on the way: "AMUR.LIFE"
    r"|^(?:перепубликация|перепечатка|копирование) материалов[^.]{0,40}(?:только с|запрещ|"
    r"с (?:письменного )?разрешения)"
    r"|^перепечатка, [^.]{0,160}без (?:согласования|разрешения)",  # "Перепечатка, сообщение …"
    re.I,
)
# A word each pattern above needs, looked for first: the patterns (CHANNEL_PROMO most) are slow.
CALL_WORDS = (
    "подписывайтесь", "подписывайся", "подпишитесь", "подпишись", "подписаться", "подписка",
    "присоединяйтесь", "вступайте", "в нашем",
    "смотрите", "ищите", "следите", "обсудить", "в курсе", "отправьте", "присылайте",
    "пришлите", "хотите", "ссылка", "самое", "больше новостей", "все новости", "больше фото",
    "больше видео", "свидетелем", "мы в соц", "новости в соц", "перепубликация", "перепечатка",
    "копирование", "читай", "комментируй", "обсуждай", "другие новости", "новости можно",
    "свежие новости", "последние новости",
)  # fmt: skip
# The outlet's links to its pages elsewhere, in a row: "РИА «ЕАН» на ДзенеРИА «ЕАН» вКонтакте…".
PLATFORM_NAME = re.compile(
    r"дзен|вконтакте|\bvk\b|telegram|телеграм|одноклассник|youtube|rutube|whatsapp|viber", re.I
)
# Hashtags alone on a line or after the text's last sentence: "#ЖивувМожге #Удмуртия".
HASHTAGS = re.compile(r"^(?:#[^\W_][\w-]*[\s,]*)+$")
# A link to where the text was taken from: "Подробнее в источнике РИА «Стрела»."
SOURCE_LINK = re.compile(r"^Подробнее (?:читайте )?в источнике\b")
SENTENCE_STOP = re.compile(r"[.!?…]\s")
SENTENCE = re.compile(r"[^.!?…]+(?:[.!?…]+|$)\s*")


def is_site_call(line: str) -> bool:
    """True for a line that is one of the site's calls to its readers: one in its first
    sentence, or after the outlet's name ("ИА «МариМедиа». При использовании …"). A paragraph
    of text with a call glued after it is no call (without_closing_call cuts the call off)."""
    if len(line) >= CALL_CHARS or not has_call_word(line):
        return False
    found = (pattern.search(line) for pattern in (CHANNEL_PROMO, NEWS_CALL, REUSE_NOTICE))
    return any(match and opens(line, match.start()) for match in found)


def is_social_row(line: str) -> bool:
    """True for a row of links to the outlet's pages in messengers and networks: two or more
    platforms named, no sentence's end."""
    short = len(line) < CALL_CHARS and not line.endswith(SENTENCE_ENDS)
    return short and len(PLATFORM_NAME.findall(line)) >= SOCIAL_PLATFORMS


def has_call_word(line: str) -> bool:
    """True when the line has a word one of the call patterns needs (CALL_WORDS): a few `in`
    tests spare the patterns most lines of text."""
    folded = line.lower()
    return any(word in folded for word in CALL_WORDS)


def opens(line: str, start: int) -> bool:
    """True when what stands before `start` is no sentence of its own, or a name's length."""
    return start <= NAME_CHARS or not SENTENCE_STOP.search(line[:start])


def without_closing_call(paragraph: str) -> str:
    """The paragraph without the site's call or hashtags glued after its last sentence ("… не
    задержалась… Подписывайтесь на нашу страницу … в telegram."); else as it is."""
    sentences = SENTENCE.findall(paragraph)
    kept = len(sentences)
    while kept > 1 and is_closing_call(sentences[kept - 1].strip()):
        kept -= 1
    return paragraph if kept == len(sentences) else "".join(sentences[:kept]).rstrip()


def is_closing_call(sentence: str) -> bool:
    """True for a sentence after the text that is the site's: a call, hashtags, a link to the
    source."""
    if "#" in sentence and HASHTAGS.match(sentence):
        return True
    return SOURCE_LINK.match(sentence) is not None or is_site_call(sentence)
