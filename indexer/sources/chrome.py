"""Page chrome in scraped text by line rules, for a page alone (learnt.py: from its folder)."""

import re
from collections import Counter

from indexer.sources.calls import is_closing_call, is_social_row
from indexer.sources.clean import SENTENCE_ENDS, is_boilerplate
from indexer.sources.dates import ISSUE_LINE, TIME, is_date_text
from indexer.sources.sitelines import is_site_line
from indexer.text.morph import has_finite_verb, tells_deed

# A time stamp or counter: "13:4824.10.2017", "(обновлено: 16:12 24.10.2017)", "1075801061519".
STAMP = re.compile(r"^[\d\s.:,()/+\-]*(?:обновлено|updated)?:?[\d\s.:,()/+\-]*$", re.I)
# A related link's time, alone on a line: "28 февраля, 09:26", "Вчера, 20:15", "12:46".
CARD_DAY = r"(?:(?:\d{1,2}\s+[а-яё]+|сегодня|вчера),?\s+)?"  # the day before a card's time
CARD_TIME = re.compile(rf"^{CARD_DAY}(?:\d{{4}},?\s+)?\d{{1,2}}:\d\d$", re.I)
# A teaser's age: "5 часов назад", "1 день назад", "20 минут назад", "7 часов ago" (a
# template's word left in English).
AGO = re.compile(r"^\d{1,2} (?:минут[уы]?|час(?:а|ов)?|д(?:ень|ня|ней)) (?:назад|ago)$", re.I)
# A byline or rubric ending in its time and full date: "Вячеслав Правдин / Новости, 18:40, 28
# июля 2022" (not a sentence's "… в 18:00, 30 июня 2024 г.").
TIMED_STAMP = re.compile(r"[,/|]\s*\d{1,2}:\d\d,?\s+\d{1,2}\s+[а-яё]{3,8}\.?\s+\d{4}$")
# Tags glued together by a copy: "ЭкономикаРоссияAPIЯндекс.МаркетOzon".
TAG_RUN = re.compile(r"^(?:[A-ZА-ЯЁ][\w.\-]*[a-zа-яё]){3,}$")
# The notice the law puts after a foreign agent's name: "Рудой Андрей Владимирович, … Кац Максим
# Евгеньевич признаны в РФ иностранными агентами." (its full stop, no verb: "Он был признан …"
# and a headline "«Медуза» признана иноагентом" are news).
AGENT_NOTICE = re.compile(
    r"^[«\"]?[А-ЯЁA-Z][^!?]{2,300} призна(?:н|на|но|ны) (?:в (?:РФ|России) )?(?:Минюстом (?:РФ )?)?"
    r"(?:иностранн(?:ым|ыми) агент(?:ом|ами)|иноагент(?:ом|ами))\.$"
)
# Tags listed with commas, each capitalised: "Образование, Общество, Владислав Шапша, Город
# Обнинск", "Снежный, Зима, Лопата, Сугробы, Снег, Это Сложно" (no verb: is_chrome_line).
TAG_LIST = re.compile(r"^(?:[А-ЯЁA-Z][\w-]*(?: [\w-]+){0,2}, ){3,}[А-ЯЁA-Z][\w-]*(?: [\w-]+){0,2}$")
# Hashtags in a row: "# Общество # ТелеканалГород # Шадринск", "#Происшествия#Урал".
HASHTAGS = re.compile(r"^(?:#\s?[^\W\d_][\w-]*(?: [\w-]+){0,3}\s*){2,}$")
# A link to read on, here or on another site: "Подробнее >>", "Подробнее читайте на t-i.ru ...",
# "Читайте: Fitch: с Россией не хотят …", "Читайте также: Результаты переговоров …" (another
# story's headline), "Подробнее в репортаже от ERR...".
READ_MORE = re.compile(
    r"(?:Читать подробнее|Читать далее|Подробнее)\s*(?:>>|→|»)?$"
    r"|^Подробнее (?:читайте |смотрите )?на (?:сайте )?[\w.-]+\.[a-zа-я]{2,}\b"
    r"|^(?:Читайте|(?:Читайте|Смотрите) (?:также|ещё|еще))\s*: [«\"A-ZА-ЯЁ]"
    r"|^Подробнее (?:читайте |смотрите )?в (?:репортаже|материале|сюжете)\b[^.!?]{0,40}"
    r"(?:\.\.\.|…)?$"
    r"|^Другие новости\b[^.!?]{0,80}$"  # an aggregator's heading: "Другие новости Черняховска …"
)
# A link to the topic's page, an image's placeholder: "Все новости по теме: Выборы", "<image>",
# "<image>/upload/photo_1.jpg</image>".
TOPIC_LINK = re.compile(
    r"^Все (?:новости|материалы|статьи) по теме\b|^<(?:image|img|video)>(?:.*</\w+>)?$"
)
# A related link glued to its rubric and date: "Экономика01 октября 2022"…"Читать подробнее".
GLUED_DATE = re.compile(r"^[А-ЯЁA-Z][а-яёa-z]+\d{1,2}[ .][а-яё\d]+[ .]\d{4}")
# A link back up the site: "На страницу обзора", "На главную", "Вернуться к списку новостей".
BACK_LINK = re.compile(
    r"^(?:на (?:страницу|главную|список)|(?:вернуться|назад) (?:к|на|в))(?: [\w-]+){0,3}$"
    r"|^[«<]+\s*назад$",  # "« Назад"
    re.I,
)
# Photo bank buttons and app links: "Перейти в медиабанк", "Читать ria.ru в", "Читать на сайте …".
BUTTONS = re.compile(
    r"^(?:перейти в (?:медиа|фото)банк|читать (?:[\w.]+|«[^«»]{2,30}») в|читать на сайте [\w.-]+|"
    r"смотреть|слушать|share)$"
    # print and font buttons in a row: "Распечатать новость Уменьшить шрифт Увеличить шрифт"
    r"|^(?:(?:распечатать|печать|версия для печати|уменьшить|увеличить)(?: (?:новость|статью|"
    r"шрифт|текст))?\s*){2,}$",
    re.I,
)
# A calendar widget's row of weekdays: "Пн Вт Ср Чт Пт Сб Вс".
CALENDAR_ROW = re.compile(r"^(?:(?:пн|вт|ср|чт|пт|сб|вс|mo|tu|we|th|fr|sa|su)\b\s*){3,}$", re.I)
# A photo's byline without a colon: "Фото С. Авдеенко.", "Фото автора", "Фото из архива", "ФОТО из
# паблика «Глава в районе» во «ВКонтакте».", "Фото Сарвара Урмонова и Аъло Абдуллаева (УзА).",
# "Фото из группы «Подслушано у водителей. Тверь», автор Денис Калинин.", "Коллаж Ирины
# МАКСИМЕНКО", "Фото предоставила Галина Комарова".
PHOTO_BYLINE = re.compile(
    r"^(?i:фото|фотографии|видео|коллаж)\s+(?:(?i:автора|из (?:архива|паблика|группы|соцсетей|"
    r"социальных сетей|телеграм-канала)(?:«[^»]{0,60}»|[^.«]){0,60}|"
    r"предостав(?:лен[оаы]?|ил[аи]?)[^.,]{0,40})|"
    r"[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+|"
    r"[А-ЯЁ][а-яё]+ [А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)(?: и [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+)?"
    r"(?: \([^()]{1,30}\))?)\.?$"
    r"|^(?i:фото|видео)\s*(?:©|\(c\))\s*[^.!?]{2,60}$"  # "Фото © ГУ МВД по Волгоградской области"
    r"|^(?i:фото|видео)\s+[«\"][^»\"]{2,40}[»\"]$"  # "Фото «Про Город»"
    # a caption naming who is in the photo: "На фото слева направо: Евгений Кузьменков, …",
    # "На снимке: П.Р. Рябков" (initials' dots in it)
    r"|^(?i:на (?:фото|снимке|снимках))(?: (?i:слева направо|справа налево))?\s*[:—–-]\s*"
    r"[^!?]{2,160}$"
)
# A photo's caption of a sentence with its credit after it: "Весенний Ижевск. Фото: Мария
# Бакланова", "Люди покупают овощи и фрукты. Фото: Новини.LIVE".
CAPTION_CREDIT = re.compile(
    r"^[^.!?]{10,120}[.!?]\s*(?:Фото|Фото и видео|Источник фото)\s*:\s*(?:[^.!?]|\.(?=\S)){2,60}$"
    # without a colon, a press service's: "Тимур Мамаджанов. Фото пресс-службы «Узбектелеком»"
    r"|^[^.!?]{10,120}[.!?]\s*Фото (?:пресс-службы|с сайта|из архива|предоставлено)\b[^.!?]{2,60}$"
)
# An image's alt text with its credit after a bar: "<заголовок> - Новости Калининграда | Фото:
# очевидец", "Марина МИНЬКИНА | Фото из архива редакции" (text names a photo's author in a
# sentence, not after a bar).
STOCK_SITE = r"(?:shutterstock|depositphotos|freepik|pixabay|unsplash)\.com"
BAR_CREDIT = re.compile(
    r"\s\|\s*(?:(?:Фото|Видео|Иллюстрация|Источник(?: фото)?)\s*:"
    r"|(?:Фото|Видео) (?:автора|из архива|предоставлен))"
    # a stock photo's credit, alone or after a caption: "Иллюстрация NATALIA61/shutterstock.com"
    rf"|(?:^|\s\|\s*)(?:Фото|Иллюстрация)?\s*\S*?{STOCK_SITE}$"
)
# A loader's word left by the copy: "загрузка...", "Загрузка ... Загрузка ...", "Загрузка
# комментариев...", "Идет загрузка ...", "Завантаження...".
LOADER = re.compile(
    r"^(?:(?:(?:идет|идёт) )?(?:загрузка|завантаження|loading)(?: комментариев)?"
    r"\s*(?:\.\.\.|…)?\s*)+$",
    re.I,
)
# A photo's credit or a sign-off naming a press office, without "Фото" and without a verb:
# "Пресс-служба министерства строительства Пермского края", "Пресс-служба администрации
# города."; the paper's own news signed off: "Соб.инф.".
PRESS_CREDIT = re.compile(
    r"^(?:(?:Пресс-служба|Пресс-центр|Информационный отдел|Отдел информации)"
    r"(?: [А-ЯЁа-яё«»\"-]+){1,8}\.?|Соб\. ?инф\.)$"
)
# A link marked as one: ">> Две иномарки столкнулись под Воронежем", "→ Читать", "Уголовное
# дело возбудили в Лобне …>>", "… достопримечательность Баку >>".
LINK_MARK = re.compile(r"^(?:>>|→|►)\s*\S|[^\W\d] ?>>$")
# Site notices above or below any page: cookies, accessibility skip links, the notice the law
# puts on a foreign agent's material ("НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И …"), where
# to comment ("Уважаемые читатели, все комментарии можно оставлять в социальных сетях …").
NOTICE = re.compile(
    r"\bcookie|файл(?:ы|ов) куки|упрощенного доступа|"
    r"^sorry, this entry is only available in|"  # a translation plugin's notice
    # the notice of the article in another language: "Эта статья также доступна на украинском …"
    r"^(?:эта )?(?:статья|новость|публикация) (?:также )?доступна на [а-яё]+ языке|"
    r"^запись .{5,300} впервые появилась|"  # a blog's feed footer: "Запись … впервые появилась …"
    r"^источник изображения:|"  # an image's credit: "Источник изображения: ya.ru"
    r"^\{[^{}]{3,300}\}(?: [^{}]{2,60})?$|"  # a template's field left unfilled: "{Заголовок} Сайт"
    r"(?:перейти|перехода) к (?:содержанию|содержимому|основному)|skip to (?:main )?content|"
    r"авторизуйтесь|зарегистрируйтесь, чтобы|авторизуясь, вы|обработк[аеиу] персональных данных|"
    r"материал (?:\(информация\) )?произвед[её]н(?:,| и) распростран[её]н|"  # the law's notice
    r"уважаемые (?:читатели|посетители|пользователи)[^.]{0,80}комментари|"
    r"призывает (?:пользователей|читателей) быть вежливыми|"  # the comments' rules
    r"сайт работает в ограниченном режиме|"  # a notice of the site's trouble
    r"у нас новый сайт|"  # a notice of the site's move
    r"вы находитесь на [^.!?]{0,40}(?:сайте|портале)|"  # a welcome
    r"являетесь ли вы человеком|"  # a captcha's question
    r"войти при помощи|войдите через|поддержите [^.!?]{0,40}журналистику|"  # login, paywall
    r"возможность платной публикации|"  # an outlet's offer of paid posts
    r"чтобы прочесть этот материал,? нужно оформить подписку|"  # a paywall's notice
    r"средства сбора метрических данных|"  # a notice of the site's analytics
    r"вставьте этот код|"  # an embedded widget's instructions
    r"версия для слабовидящих (?:доступна|недоступна)|"  # "… доступна только на десктопной версии."
    r"для полноценного использования (?:всех )?возможностей|"  # a call to finish registering
    r"^благодарим за (?:уделённое|уделенное) внимание!?$|"  # … and its thanks
    r"(?:оставлять|писать) комментари\w* могут только|не могут оставлять комментари|"
    r"время загрузки страницы|"  # a site engine's footer: "Время загрузки страницы 0.539 сек."
    r"поддержива\w+ internet explorer|если вы нашли (?:опечатку|ошибку)|"  # a typo's call too
    r"^послать сообщение об ошибке автору|ваш браузер останется на той же странице|"  # … its form
    r"ваше сообщение будет направлено? администратору|"
    r"^категория:\s*[^.!?]{2,40}\.?$|"  # a rubric's label: "Категория: Криминал."
    r"^валюта\s+дата\b|"  # a currency widget's head: "Валюта Дата знач. изм."
    # the site's day and weather: "Четверг, 15 мая 2025 г. 15 мая 2025 г. +1°C"
    r"^(?:[а-яё]+,\s*)?\d{1,2}(?:\s+[а-яё]+\s+|\.\d{1,2}\.)\d{4}\s*г?\.?[^!?]{0,30}"
    r"\s[-+−]\d{1,2}\s*°\s*[cс]?$|"
    r"^источник\s*[-—–]\s*https?://\S+$|"  # a source's link: "Источник - http://…"
    r"^иллюстративное фото\.?(?:\s+сгенерировано[^.!?]{0,40}\.?)?$|"  # "… с помощью ИИ"
    r"ваш браузер устарел|другие браузеры работают стабильнее|"
    r"применяются рекомендательные технологии|"  # the notice the law asks of Russian sites
    r"^ваш паспорт\s*[—–-]\s*новый пользователь|"  # a login widget: "Ваш паспорт — … Войти"
    r"столкнулись с проблемой\s*[—–-]?\s*сообщите о ней|"  # the state services' complaint widget
    r"^не убран снег, яма на дороге|"  # … and its first line
    r"^приветствую вас,? гость|"  # a uCoz site's greeting
    r"раскрываются при нажатии|"  # a gallery's hint: "Фотографии раскрываются при нажатии …"
    r"^зарегистрируйтесь на портале госуслуг|"  # the state services' promo
    r"^перепечатка [^.!?]{0,80}(?:возможна|разрешается|допускается) только|"  # the reprint terms
    r"функционирует при финансовой поддержке|"  # a grant's notice: "… Министерства цифрового …"
    r"^gismeteo:|"  # a weather widget: "GISMETEO: Погода по г.Саракташ"
    r"^поддержите наше (?:сми|издание)|^поддержите [^!?]{0,40} донатом|"  # a call for donations
    r"^автор:\s*\S+ от \d{1,2}-\d{1,2}-\d{4}, \d{1,2}:\d\d|"  # DataLife Engine's post line
    r"^(?:[^.!?]{0,40} )?рейтинг:\s*[\d.,]+\s*голосов:\s*\d+|"  # a rating: "Рейтинг: 0 Голосов: 0"
    # an interview's byline: "С Олегом Валенчуком беседовал Максим Григорьев."
    r"^(?:с [^.!?]{3,60} )?беседовал[аи]? (?-i:[А-ЯЁ])[а-яё]+(?: (?-i:[А-ЯЁ])[а-яё]+)?\.?$|"
    r"чтобы оставить комментарий,? (?:вам )?(?:необходимо|нужно) (?:авторизоваться|войти)|"
    r"^\(?\d+ голос(?:а|ов)?, среднее [\d.,]+ из \d+\)?$|"  # a rating: "(1 голос, …)"
    r"^погода в [а-яё-]+:?[\s.]*[-+−]?\d{1,2}\s*(?:°\s*c?|o\s*c|º\s*c)?$|"  # "… Якутске: . -29 oC"
    r"^отключить изображения:?\s+шрифт:|"  # the partially sighted's panel …
    # … its switches: "Версия для слабовидящих Рус", "Обычная версия сайта", "Вкл/Выкл изображения"
    r"^(?:версия (?:сайта )?для слабовидящих|обычная версия(?: сайта)?)(?:\s+\S{1,4})?$|"
    r"^вкл\.?\s*/\s*выкл\.? изображени|^интервал между (?:между )?строками|"
    r"\bfree (?:joomla )?templates?\b|\btemplates? joomla$|"  # a template's footer link
    r"^(?:язык:\s*)?english(?: version)?$|"  # a language switch: "Язык: English version"
    r"нашли ошибку или опечатку в тексте|"  # a call to report a typo, whatever its keys
    r"^если вы стали свидетелем [^.!?]{0,160}(?:присылайте|пишите нам|сообщите (?:об этом )?"
    r"(?:в ленте|нам|в редакцию))|"  # a call to send the site news
    # a paper's imprint: "Рукописи не рецензируются и не возвращаются.", "Мнение авторов может
    # не совпадать с мнением редакции", "За содержание объявлений редакция не отвечает",
    # "Точка зрения редакции не всегда совпадает с точкой зрения авторов."
    r"рукописи не рецензируются|редакция не (?:несет|несёт|отвечает)|"
    r"(?:мнение|мнения|точка зрения|позиция) (?:авторов|редакции)(?: и (?:авторов|редакции))? "
    r"(?:может |могут |не всегда )?(?:не )?совпада|редакция в переписку не вступает|"
    r"за достоверность рекламы|рекламируемые товары и услуги подлежат|"  # the ads' disclaimers
    r"^понравил(?:ась|ся|ось) (?:новость|статья|материал)\?|"  # a call to share
    r"^поделит(?:ь|е)ся(?: \w+){0,2}:?$|"  # a share button's words: "Поделиться прочитанным"
    r"вы зашли на сайт как незарегистрированный|рекомендуем вам зарегистрироваться|"
    r"^эта запись (?:была )?опубликована\b|"  # a blog engine's line under the post
    r"закладка постоянная ссылка|добавьте в закладки постоянную ссылку|"  # … its bookmark link
    r"дата создания:\s*\d[\d.]+\s*[—–-]\s*последн\w* изменени|"  # … its post's dates (Plone)
    r"^(?:обсуждение|комментарии|комментирование) (?:закрыто|закрыты|отключены)\.?$|"  # … closed
    r"^(?:maxres|hq|sd|mq)default(?: \d+)?$|"  # a video's thumbnail named by its file
    # a poll under the text: "Эта статья полезна?", "Была ли эта информация полезной?"
    r"^(?:была ли )?(?:эта )?(?:статья|информация|страница|новость) (?:была )?полезн\w*\?|"
    r"размещены на сайте с согласия субъекта персональных данных|"  # a school's notice
    r"сложности с получением «пушкинской карты»|"  # the culture ministry's feedback widget
    r"^(?:размер шрифта|цвет сайта):|"  # the partially sighted's panel: "Размер шрифта: a a a"
    r"^(?:выберите |выбор )?шрифта?:? arial\b|^интервал между (?:буквами|строками)\b|"  # … fonts
    r"^добро пожаловать на (?:наш )?(?:официальный )?(?:сайт|портал)\b|"  # a welcome
    r"^перейти в дзен\b|"  # a link to the outlet's Dzen channel: "Перейти в Дзен Есть новость?"
    r"напишите\s*[—–-]\s*решим!?$|"  # the state services' feedback widget: "… Напишите — решим!"
    r"^обновление сайта:|"  # the site's update stamp: "Обновление сайта: 26.10.2023 г."
    r"^(?:газета|журнал) [«\"][^»\"]{2,40}[»\"]$|"  # the outlet's name: "Газета \"Рыбак Сахалина\""
    r"^сюжет:?\s+(?-i:[А-ЯЁ])[^.!?]{0,80}$|"  # a story's label: "Сюжет Обстановка в связи с …"
    r"^(?:разъяснение|материал|информацию|статью|текст) подготовил[аи]? (?-i:[а-яё])|"  # a byline
    r"^репортаж (?-i:[А-ЯЁ])[а-яё]+ (?-i:[А-ЯЁ])[а-яё]+\.? оператор |"  # a report's credits
    r"^при (?:полном или частичном )?(?:копировании|использовании|перепечатке) материалов"
    r"[^.!?]{0,60}ссылк|"  # the terms for copying: "… ссылка на сайт обязательна."
    r"свидетельство о регистрации сми:?\s*(?:эл|пи)?\s*№|"  # a site's imprint
    r"^(?:выходн(?:ые|ой)(?: дни?)?|(?:часы|режим|график) работы(?: [а-яё]+)?)\s*:\s*"
    r"(?:$|пн|вт|ср|чт|пт|сб|вс|понедельник|суббота|воскресенье|с \d|\d)",  # opening hours
    re.I,
)
# A day and the agency alone on a line over the text: "20 ноября, РИА Биробиджан.".
DAY_AND_AGENCY = re.compile(
    r"^\d{1,2} [а-яё]{3,8}(?: \d{4})?,\s+[А-ЯЁA-Z]{2,}[\w-]*"
    r"(?:\s+[«\"]?[А-ЯЁA-Z][\w»\"-]*){0,3}\.?$"
)
# A comment counter: "Всего комментариев: 0", "Комментарии: 12", a blog's "Комментариев нет:";
# or one ending another article's teaser: "…значении этого выбора.4 комментария".
COMMENTS = re.compile(
    r"^(?:всего )?комментари[а-яё]*:?\s*\d+$|\d+\s*комментари(?:й|я|ев)$|^комментариев нет:?$", re.I
)
# A public body's or a town's site naming itself on top: "Официальный сайт городского округа
# город Бор", "Сайт города Валдай", "Официальный сайт газеты Издается с 1932 года", "Сайт
# общественно-политической газеты …"; a paper's tagline: "Интернет-газета района Старое Крюково".
OFFICIAL_SITE = re.compile(
    r"^(?:(?:не)?официальный )?(?:сайт|портал|интернет-портал) (?:[а-яё-]+(?:ой|ого) ){0,2}"
    r"(?:администрации|органов|городского|муниципального|города|района|главы|газеты|редакции|"
    r"внутригородского|сельского|правительства|губернатора|министерства)\b[^.!?]*$"
    r"|^(?:интернет-)?газета (?:района|города|округа|поселения)\b[^.!?]*$"
    r"|^(?:районная )?газета (?:[А-ЯЁ][а-яё-]+(?:ого|ой) )+(?:района|округа)"
    r"(?: [А-ЯЁ][а-яё-]+(?:ой|ого) (?:области|края|республики))?(?: «[^»]+»+)?$"
    r"|^(?:районные|городские|муниципальные) (?:газеты|сми)\b[^.!?]*$"  # a portal of papers
    # a site's own "Новости Алексеевского городского округа и Красненского района …", "Новости
    # Карельской митрополии", "Новости города и региона"
    r"|^новости (?-i:[А-ЯЁ])[а-яё-]+(?:ого|ой) (?:городского |муниципального )?"
    r"(?:округа|района|края|области|митрополии|епархии)\b[^.!?:]*$"
    r"|^новости (?:города|района|региона|области)(?: и (?:города|района|региона|области))?$"
    # … its name's tail on a line: "Лазовского муниципального округа Приморского края"
    r"|^[А-ЯЁ][а-яё-]+(?:ого|его) (?:муниципального|городского) (?:округа|района|поселения)"
    r"(?: [А-ЯЁ][а-яё-]+(?:ого|ой) (?:края|области|республики))?$"
    r"|^[А-ЯЁ][а-яё-]+(?:ий|ый|ой) (?:муниципальный|городской) (?:округ|район)"
    r"(?: [А-ЯЁ][а-яё-]+(?:ого|ой) (?:края|области|республики))?$",
    re.I,
)
# … and a paper's own kind, with its name, land or age mark after it (no verb: "Районная газета
# вышла …", "Старейшая газета области приостановила …" are news).
PAPER_TAGLINE = re.compile(
    r"^(?:(?:общественно|информационно)[-–]\w+ |(?:[а-яё]+(?:ая|ое|ый) ){1,3})"
    r"(?:интернет-|электронная )?(?:газета|издание|еженедельник)"  # its town: "…», г. Урень"
    r"(?: (?-i:[«\"А-ЯЁ])(?:[^.!?]|\bг\. )*)?(?:\s*\d{1,2}\+)?$"
    # the paper's name first: "Арсеньевские вести - газета Приморского края"
    r"|^[«\"]?(?-i:[А-ЯЁ])[^.!?]{2,40}\s[-–—]\s(?:[а-яё-]+(?:ая|ое|ый) )*"
    r"(?:газета|издание|еженедельник)\b[^.!?]{0,60}$"
    # … in quotes, a comma or a full stop after it: "«Призыв», Общественно-политическая газета …",
    # "«Знамя Труда». Газета Муромцевского района Омской области"
    r"|^[«\"](?-i:[А-ЯЁ])[^«»\"]{1,40}[»\"][,.]\s(?:(?:общественно|информационно)[-–]\w+ "
    r"|(?:[а-яё]+(?:ая|ое|ый) ){1,3})(?:газета|издание|еженедельник)\b[^.!?]{0,80}$"
    r"|^[«\"](?-i:[А-ЯЁ])[^«»\"]{1,40}[»\"][,.]\s(?:газета|издание|еженедельник) "
    r"(?:(?-i:[А-ЯЁ])[а-яё-]+(?:ого|ой|ей) )+(?:района|округа|области|края|города)\b[^.!?]{0,60}$"
    # the kind first, the name after it: "Газета Кузьминки ЮВАО Москвы", "Газета «Все для Вас»"
    r"|^(?:газета|еженедельник) (?-i:[«\"А-ЯЁ])[^.!?\d]{1,60}$"
    # a district paper's name over its district: "Районная неделя (Войковский район)"
    r"|^[^()]{3,40} \((?:район (?-i:[А-ЯЁ])[^)]*|(?-i:[А-ЯЁ])[а-яё-]+ район)\)$",
    re.I,
)
# … or with its age, a verb in it: "Газета «Аха», издается с 13 июля 1944 года".
PAPER_AGE = re.compile(
    r"^(?:газета|издание|еженедельник) [«\"][^«»\"]{1,40}[»\"],? (?:издаётся|издается|выходит) "
    r"с (?:\d{1,2} [а-яё]+ )?\d{4}(?: г\.| года)?$",
    re.I,
)
# The site owner's name over a public body's page: "Администрация округа "Усинск"",
# "Администрация Октябрьского МО", "Министерство здравоохранения Чувашской Республики",
# "Внутригородское муниципальное образование …", "Ярская территориальная администрация" (a
# headline tells what it did: "Администрация Гуково поздравляет …").
OWNER = re.compile(
    r"^(?:Администрация|Правительство|Министерство|Департамент|Управление|Комитет|Агентство"
    r"|Мировые судьи"
    r"|Совет депутатов|(?:Внутригородское )?[Мм]униципальное образование"
    r"|(?:Муниципальное|Государственное) (?:[а-яё]+ ){0,2}учреждение|М[БАК]?Д?ОУ\b|ГБП?ОУ\b"
    r"|Государственн(?:ая|ый)(?: [а-яё]+)? (?:инспекция|служба|комитет)"
    r"|[А-ЯЁ][а-яё-]+ (?:территориальная|городская|районная|сельская|поселковая) администрация)"
    r"(?: [^.!?:]{2,160})?$"
)
# The word a name of a region's ends with: "… Чувашской Республики", "… Пермского края".
REGION_OF = r"(?:Республики|области|края|автономного округа)"
# A town's or a district's name with its region's over its site: "г. Канаш Чувашской
# Республики", "Мариинско-Посадский муниципальный округ Чувашской Республики", "Назрановский
# муниципальный район Республики Ингушетия", "Ачинский район, Красноярский край".
MUNICIPALITY = re.compile(
    r"^(?:(?:г\.|город|городской округ|ЗАТО)\s*[А-ЯЁ][а-яё-]+(?: [А-ЯЁ][а-яё-]+)?"
    r"|[А-ЯЁ][а-яё-]+(?:ий|ый|ой) (?:муниципальный|городской) (?:округ|район))"
    rf"(?:(?: [А-ЯЁ][а-яё-]+(?:ой|ого|ей)){{1,2}} {REGION_OF}"
    r"| Республики [А-ЯЁ][а-яё-]+(?: [А-ЯЁ][а-яё-]+)?)$"
    r"|^[А-ЯЁ][а-яё-]+(?:ий|ый|ой) (?:район|округ), [А-ЯЁ][а-яё-]+(?:ий|ый|ой|ая) (?:край|область)$"
)
# A logo's alt text over the page: "Лого Российская премьер-лига", "Логотип газеты Крестьянский
# Двор" (a headline tells what it did: "Логотип фестиваля выбрали горожане").
LOGO = re.compile(r"^(?:Лого(?:тип)?|Logo)\b[^.!?:]{2,120}$", re.I)
# A coat of arms' alt text over an administration's page: "Герб Бижбулякского района", "Герб
# города Кирсанова".
ARMS = re.compile(
    r"^Герб(?: [А-ЯЁ][а-яё-]+){1,3}(?: (?:муниципального |городского |сельского )?"
    r"(?:района|округа|области|края|поселения|города|республики))?$"
    r"|^Герб (?:ЗАТО )?(?:города|района|округа|поселения|села|поселка|посёлка)"
    r"(?: [А-ЯЁ][а-яё-]+){1,3}$"
)
# A date line with its rubric before or after it: "Политика 15:35, 28.05.2018", "5 июня 2018
# 14:50 / Судебная хроника".
RUBRIC_BEFORE = re.compile(r"^[А-ЯЁ][а-яё]+(?: [а-яё]+)?\s+(?=\d)")
RUBRIC_AFTER = re.compile(
    r"\s*[/|]\s*[А-ЯЁ][а-яё]+(?: [а-яё]+)?$"
    r"|(?<=\d:\d\d)\s+[А-ЯЁ][а-яё]*(?: [а-яё]+)?!?(?:\s+\d+)?$"  # "…, 10:59 В области 0"
)
# Breadcrumbs: "Главная | Новости | Общество | …", "Новости и события » Культура » …".
CRUMBS = re.compile(r"^[^|»>/]{1,40}(?:\s+[|»>/]\s+[^|»>/]+){2,}$")
# The crumbs from the home page, alone or before a headline: "Главная » Архив новостей",
# "Главная / За сутки …", "Главная » 2017»Октябрь»28 » В Магарамкенте …" (a uCoz site's archive
# path).
HOME_CRUMBS = re.compile(
    r"^Главная\s*[/»>|→›]\s*(?:\w{1,20}\s*[»/→›]\s*){0,3}(?=\S)"
    r"|^Главная(?:[А-ЯЁ][а-яё]+)?(?=[А-ЯЁ][а-яё]* )"  # glued: "ГлавнаяКультураУ жителей …"
)
# A label of one word, or in brackets: "Добавлено:", "Теги:", "Тэги :", "[Блогово]".
LABEL = re.compile(r"^(?:[\w-]{2,20} ?:|\[[^\]]{1,30}\])$")
# A paper's byline, the surname in capitals: "Олёна ЖОЛОБОВА.", "Марина МИНЬКИНА"; a signature
# of initials and a surname alone on its line: "Н. Брайман.", "С.Могила.", "Кузьмина А.В."; a
# byline with the agency's name: "Сергей Елесин, ИА "Тюменская линия"".
BYLINE_ALONE = re.compile(
    r"^[А-ЯЁ][а-яё]+ [А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?\.?$"
    r"|^(?:[А-ЯЁ]\. ?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\.?$"
    r"|^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)? (?:[А-ЯЁ]\. ?){1,2}$"
    r"|^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+, (?:ИА|РИА|агентство|газета|телеканал) [«\"][^»\"]{2,40}[»\"]$"
)
# A byline written as a label, a name or a few after it: "Автор: Антон Чернышов", "Текст: И.
# Петров", "Автор: Оглоблин А.В., Мансуров В.А.", "Автор: МБОУ "Тасеевская СОШ №1"", a
# theme's English label: "Written by: Станислав Кувалдин"; a table's cell bars aside.
BYLINE_NAME = (
    r"(?:[А-ЯЁA-Z][а-яёa-z]*\.?(?:\s*[А-ЯЁA-Z][а-яёa-z]*\.?){0,3}"
    r"|[А-ЯЁ]{2,6}\s+[«\"][^»\"]{2,50}[»\"])"  # a school's or a body's: МБОУ "… СОШ №1"
)
BYLINE_LABEL = re.compile(
    r"^(?:Автор(?:ы)?(?: (?:материала|текста|статьи))?|Текст|Редактор|Корреспондент|Обозреватель"
    r"|Written by|Posted by|Author)"
    rf"\s*:\s*{BYLINE_NAME}(?:,\s*{BYLINE_NAME}){{0,3}}$"
    r"|^Дата:\s*(?i:сегодня|вчера)(?:,? в)? \d{1,2}:\d\d$"  # "Дата: вчера в 22:06"
)
# A name from the site's code left by the copy, an ad slot's: "news_top_970_100".
CODE_NAME = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+){2,}$")
# Menu items glued together by a copy, two glues or more: "Идеи - в делоВремя наукиНедвижимость".
MENU_GLUE = re.compile(r"[a-zа-яё][А-ЯЁ]")
MENU_GLUES = 2
MENU_WORDS = 8
# A ticker of headlines glued together, no sentence's end between them: "… выбросы мазутаЯпонская
# KEPCO может построить новую АЭС …«Фукусиме-1»Великобритания вслед за ЕС …".
HEADLINE_GLUE = re.compile(r"(?<=[а-яё»%\d])(?=[А-ЯЁ][а-яё]* )")
TICKER_HEADLINES = 3
TICKER_WORDS = 3  # each headline's words at least
SENTENCE_BREAK = re.compile(r"[.!?…] [А-ЯЁ]")
# Labels left without their values: "время публикации: | последнее обновление:", "Автор: . Дата
# создания:" (two at least when capitalised: "Он сказал:" opens a quote).
EMPTY_LABELS = re.compile(
    r"^[а-яё][а-яё ]{1,30}:(?:\s*\|\s*[а-яё][а-яё ]{1,30}:)*$"
    r"|^[А-ЯЁ][а-яё ]{1,30}:(?:\s*[.|]\s*[А-ЯЁ][а-яё ]{1,30}:)+$"
)
# A rubric between slashes on its line, or named by a label: "/Казачество Новороссийска/",
# "Рубрика: Новости сайта".
RUBRIC_LINE = re.compile(
    r"^/[^/\n]{2,40}/$|^(?:рубрик[аи]|раздел|категори[яи]):\s*[^.!?]{2,60}$", re.I
)
# A bar to unfold the rest of the text: "▼ читать продолжение новости ▼"; a link to read it on
# the outlet's site, in Ukrainian: "Читати на сайт Topnews.rv.ua".
READ_ON = re.compile(
    r"^\W*(?:читать|показать|смотреть) (?:продолжение|полностью|далее|дальше)\b[^.!?]{0,30}$"
    r"|^читати на сайт(?:і)? \S+$",
    re.I,
)
# Thanks for the photos under the text ("P.S. Благодарим за фото спортивную школу Охи!"), a postal
# address of the site's owner ("352190, Россия, Краснодарский край, …, д. 14", "186420 Республика
# Карелия, г. Сегежа, …").
PHOTO_THANKS = re.compile(
    r"^(?:P\.?\s?S\.?\s*)?(?:благодарим|спасибо)\s+за\s+(?:фото|фотографии)\b[^.!?,]{0,80}[.!]?$",
    re.I,
)
# … or without its index: "г. Орел, пл. Мира, д. 4", "Инта, ул. Горького, 16".
POSTAL_ADDRESS = re.compile(
    r"^\d{6}(?:,\s*|\s+)(?:[^,]{2,40},\s*){2,}[^!?]{2,80}$"
    r"|^(?:г\. )?[А-ЯЁ][а-яё-]+, (?:ул|пл|пр|пр-т|пер|б-р)\.? [^,]{2,30}, (?:д\. ?)?\d+\w?$"
)
# A site's contacts: an e-mail address, a phone number ("8 (3452) 46-10-21", "+7 912 345-67-89")
# and their labels.
# From an address's first character only: else a long run of letters is tried from each of them.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:\+?\d[\s-]?)?\(?\d{3,5}\)?[\s-]?\d{1,3}[\s-]?\d{2}[\s-]?\d{2}\b")
CONTACT_LABEL = re.compile(
    r"\b(?:e-?mail|тел(?:ефон)?|факс|fax|phone|contacts?|контакты|(?:эл\.|электронная) почта|"
    r"почта|адрес)\b|[\s.,:;/|()+-]",
    re.I,
)
# The author's and the photos' credit on one line: "Автор: Виктор Субботин. Фото: правительство
# Воронежской области.", "Марина Поляничко. © Фото: ИД «Волгоградская правда» / архив.",
# "Игорь Непран. Фото автора.", "Людмила НЕВМЕРЖИЦКАЯ, фото из архива сельисполкома"
AUTHOR_AND_PHOTO = re.compile(
    r"^(?:(?i:автор|текст):\s*[^.:]{2,60}|[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+)\.\s*(?:©\s*)?"
    r"(?:(?i:фото):\s*[^:]{2,80}|(?i:фото автора)\.?)$"
    r"|^[А-ЯЁ][а-яё]+ [А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+), (?i:фото)\b[^.!?]{0,60}\.?$"  # "…, фото из …"
)
# What a broken site prints of its server's code: PHP's warnings, a file path, an array dump
# ("Warning: symlink(): No such file …", "Array", "[480] => /upload/…mp4"), Drupal's heading,
# a template's placeholder left unfilled ("{{vrezka_news:480180}}", "{{include_quiz:}}",
# "({{commentsTotal}})").
SERVER_OUTPUT = re.compile(
    r"^(?:•\s*)?(?:(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards):\s.*\(\)"
    r"|/(?:var|home|usr|srv|opt)/\S+$|Array$|[()]$|\[\w+\]\s*=>.*|Сообщение об ошибке$"
    r"|\W*\{\{[\w:. -]*\}\}\W*$|(?:<[a-z/][^<>]{0,40}>\s*)+$"  # "<br />" left as text
    r"|\{([a-z]+)\}[^{}]*\{/\1\}$"  # a plugin's code left as text: "{rutube}d2f0…{/rutube}"
    r"|\[\w+ Error\] .*"  # a plugin's error: "[RoyalSlider Error] Incorrect RoyalSlider ID …"
    r"|echo \w+\([^()]*\);$"  # a template's PHP call left as text: "echo adrotate_ad(20, …);"
    # a link alone (the page's or its source's address), or an ad's with its line after a dash:
    # "https://www.kurs.kz/ - Курсы валют в обменных пунктах …"
    r"|https?://\S+(?:\s[-–—]\s.{2,120})?$)"
)
# A photo's caption numbered in its gallery: "Вынесен приговор … - Фото 1".
PHOTO_NUMBER = re.compile(r"\s[-–—]\s*Фото\s+\d+$|^(?:Рисунок|Рис\.|Изображение)\s*\d+$", re.I)
# Tags copied with spaces: "Мария Захарова Россия США Украина Белоруссия Минск СМИ общество
# политика …": many words, most capitalised, no punctuation and none of the short words a
# sentence has (a headline of names has them or is shorter: "Премьером Катара станет глава МВД
# шейх Абдалла бен Насер Аль Тани").
TAG_WORDS = 14
REPEATED_TAG_WORDS = 6  # as few, when tags stand twice ("Talk Talk" is a name)
REPEATED_TAGS = 2
TAG_SHARE = 0.6  # of the words capitalised …
REPEATED_TAG_SHARE = 0.5  # … of tags said twice ("Александр Соболев спорт … Александр Соболев")
SENTENCE_WORD = re.compile(r"^(?:в|во|на|и|с|со|по|за|из|о|об|от|до|к|у|не|для|что|как)$")
# The credit closing a text: its source, where to read it whole.
CLOSING_CREDIT = re.compile(
    r"^(?:источник(?: и фото)?|по материалам|(?:подробнее\s+)?(?:читать|читайте)"
    r"(?:\s+подробнее|\s+полностью)?\s+на|подробнее на)\s*[:\-–—]?\s+\S.*(?<![а-яё]\.)$",
    re.I,
)
CREDIT_WORDS = 8
# The same written as a sentence, closed by its full stop: "По материалам департамента культуры
# и туризма." (not when a word of it tells what was done: "По материалам проверки возбуждено …").
CLOSING_CREDIT_SENTENCE = re.compile(r"^(?:источник:|по материалам)\s+[^,;:!?]+\.$", re.I)
DOUBLED_WORDS = 3  # words of a line written twice side by side …
DOUBLED_CHARS = 8  # … or characters of one glued to itself
# Table cell bars a copy of an old site's layout leaves around lines: "Заголовок | |", "|".
CELL_BARS = re.compile(r"^(?:\|\s*)+|(?:\s*\|)+$")
NOTICE_CHARS = 300  # longer lines are text that happens to name cookies …
# … unless they open with them, or name them by their third sentence: "Сайт использует файлы
# cookies. Продолжая использование …", "Мы хотим, чтобы сайт WWF был для вас удобным … Для сбора
# аналитических данных используются файлы cookie. …".
COOKIE_BANNER = re.compile(
    r"^(?:этот |наш )?(?:сайт|портал) (?:использует|применяет) (?:файлы )?(?:cookies?|куки)"
    r"|^мы хотим,? чтобы (?:наш )?сайт\b[^.]{0,80}\.[^.]{0,120}\.[^.]{0,80}\bcookie",
    re.I,
)


def is_chrome_line(line: str) -> bool:
    """True for a line of page furniture by the rules: buttons, stamps, tags, related links."""
    if is_boilerplate(line) or STAMP.match(line) or CARD_TIME.match(line) or AGO.match(line):
        return True
    if TIMED_STAMP.search(line):
        return True
    if not any(char.isalnum() for char in line):  # a button's or a rating's mark: "!", "★★★"
        return True
    if is_page_notice(line):
        return True
    named = OWNER.match(line) or PRESS_CREDIT.match(line) or LOGO.match(line) or ARMS.match(line)
    named = named or PAPER_TAGLINE.match(line) or MUNICIPALITY.match(line)
    named = named or TAG_LIST.match(line) or AGENT_NOTICE.match(line)
    if named and not has_finite_verb(line) or PAPER_AGE.match(line):
        return True  # a name or a credit, no verb: no headline telling what it did
    if (
        PHOTO_NUMBER.search(line)
        or LABEL.match(line)
        or BYLINE_LABEL.match(CELL_BARS.sub("", line))
    ):
        return True
    if BYLINE_ALONE.match(line):
        return True
    if is_tag_line(line) or CODE_NAME.match(line) or is_site_line(line) or is_glued_menu(line):
        return True
    if is_glued_ticker(line):
        return True
    if (
        TAG_RUN.match(line)
        or HASHTAGS.match(line)
        or BUTTONS.match(line)
        or GLUED_DATE.match(line)
        or BACK_LINK.match(line)
    ):
        return True
    if PHOTO_BYLINE.match(line) or is_closing_call(line) or is_social_row(line):
        return True
    if (len(line) < NOTICE_CHARS and BAR_CREDIT.search(line)) or CAPTION_CREDIT.match(line):
        return True
    if LINK_MARK.search(line) or is_doubled(line) or LOADER.match(line):
        return True
    if EMPTY_LABELS.match(line) or READ_ON.match(line) or SERVER_OUTPUT.match(line):
        return True
    if PHOTO_THANKS.match(line) or POSTAL_ADDRESS.match(line) or is_contact_line(line):
        return True
    if TOPIC_LINK.match(line) or CALENDAR_ROW.match(line) or DAY_AND_AGENCY.match(line):
        return True
    if AUTHOR_AND_PHOTO.match(line) or ISSUE_LINE.search(line) or RUBRIC_LINE.match(line):
        return True
    if READ_MORE.search(line) is not None or is_date_text(line):
        return True
    return is_rubric_stamp(line)


def is_contact_line(line: str) -> bool:
    """True for a line of the site's contacts and nothing else: an e-mail address or a phone
    number with its labels ("inta.69@mail.ru   contact (82145) 6-50-04", "Тел.: 8 (3452)
    46-10-21")."""
    if not (EMAIL.search(line) or PHONE.search(line)):
        return False
    rest = CONTACT_LABEL.sub("", PHONE.sub("", EMAIL.sub("", line)))
    return not any(char.isalnum() for char in rest)


def is_rubric_stamp(line: str) -> bool:
    """True for a date line and time with its rubric before or after it (RUBRIC_BEFORE,
    RUBRIC_AFTER)."""
    if not (line[:1].isdigit() or line[-1:].isdigit()):  # a cheap test first
        return False
    stamp = RUBRIC_AFTER.sub("", RUBRIC_BEFORE.sub("", line, count=1))
    # A headline's date has no time: "День волонтёра 06.12.2022".
    return stamp != line and TIME.search(stamp) is not None and is_date_text(stamp)


def is_glued_menu(line: str) -> bool:
    """True for a menu's items glued together by a copy (MENU_GLUE), not a sentence."""
    short = len(line.split()) <= MENU_WORDS and not line.endswith(SENTENCE_ENDS)
    return short and len(MENU_GLUE.findall(line)) >= MENU_GLUES


def is_glued_ticker(line: str) -> bool:
    """True for three headlines or more glued by a copy into one line (HEADLINE_GLUE)."""
    pieces = HEADLINE_GLUE.split(line)
    if len(pieces) < TICKER_HEADLINES or SENTENCE_BREAK.search(line):
        return False
    return all(len(piece.split()) >= TICKER_WORDS for piece in pieces)


def is_top_chrome(line: str) -> bool:
    """True for chrome only a page opens with: a notice, breadcrumbs, a public body's site
    naming itself, tags, a teaser."""
    return is_page_notice(line) or is_tag_line(line)


def is_page_notice(line: str) -> bool:
    """True for a site notice, a comment counter, breadcrumbs or a public body's site naming
    itself: chrome wherever it stands, and no plain text's first line."""
    if is_notice(line) or COMMENTS.search(line) or is_crumbs(line):
        return True
    return OFFICIAL_SITE.match(line) is not None


def is_crumbs(line: str) -> bool:
    """True for breadcrumbs, a headline's «quotes» not taken for their separators."""
    return CRUMBS.match(re.sub(r"«[^«»]*»", '""', line)) is not None


def is_tag_line(line: str) -> bool:
    """True for tags copied with spaces: many words, or fewer with tags said twice ("Украина
    Киев происшествие Полиция Украина Киев"), most capitalised, no punctuation."""
    words = line.split()
    if len(words) < REPEATED_TAG_WORDS or re.search(r"[^\w\s-]", line):
        return False
    repeated = sum(1 for count in Counter(words).values() if count > 1)
    if len(words) < (REPEATED_TAG_WORDS if repeated >= REPEATED_TAGS else TAG_WORDS):
        return False
    if any(SENTENCE_WORD.match(word) for word in words):
        return False
    share = REPEATED_TAG_SHARE if repeated >= REPEATED_TAGS else TAG_SHARE
    return sum(word[0].isupper() for word in words) >= share * len(words)


def is_doubled(line: str) -> bool:
    """True for a picture's alt text and caption copied side by side: "Изображение
    сгенерировано нейросетью Изображение сгенерировано нейросетью"; a button's words glued
    to themselves ("Версия для печатиВерсия для печати")."""
    half = len(line) // 2
    if half >= DOUBLED_CHARS and line[:half] == line[half:]:
        return True
    if is_carousel(line):
        return True
    words = line.split()
    half = len(words) // 2
    return half >= DOUBLED_WORDS and len(words) % 2 == 0 and words[:half] == words[half:]


def is_carousel(line: str) -> bool:
    """True for a slider's caption glued to itself again and again, the last copy cut short:
    "Открытие выставки В. ШиловаОткрытие выставки В. ШиловаОткрытие выставк"."""
    period = line.find(line[:DOUBLED_CHARS], 1)
    while DOUBLED_CHARS <= period <= len(line) // 2:
        if line[period:] == line[: len(line) - period]:
            return True
        period = line.find(line[:DOUBLED_CHARS], period + 1)
    return False


def is_closing_credit(line: str) -> bool:
    """True for the line crediting the text's origin after it: "Источник: МЧС", "Читайте на
    123ru.net", "По материалам http://…" (not a sentence: "По материалам проверки …")."""
    if len(line.split()) > CREDIT_WORDS:
        return False
    if CLOSING_CREDIT.match(line):
        return True
    return CLOSING_CREDIT_SENTENCE.match(line) is not None and not tells_deed(line)


def is_site_noise(line: str) -> bool:
    """True for a line no text has anywhere on a page: a site's notice, its server's output,
    a table's cell bars alone ("|")."""
    bare = line.strip()
    if is_notice(line) or SERVER_OUTPUT.match(bare):
        return True
    return CELL_BARS.fullmatch(bare) is not None


def is_notice(line: str) -> bool:
    """True for a site notice: a cookie banner, a skip link ("Перейти к содержанию"); a
    banner that opens with the cookies, however long it goes on."""
    if len(line) < NOTICE_CHARS:
        return NOTICE.search(line) is not None
    return COOKIE_BANNER.match(line) is not None
