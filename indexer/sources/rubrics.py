"""Rubric names as the sites show them: RT's and ng.ru's URL slugs in Russian.

The names are the ones in the sites' menus (russian.rt.com, ng.ru and its supplements:
НГ-Энергия, НГ-Религии, НВО, НГ-Exlibris …); slugs with one meaning get one name
(politics and ng_politics are both Политика); a slug not listed is kept as it is.
"""

RUBRICS = {
    # russian.rt.com
    "world": "Мир", "ussr": "Бывший СССР", "russia": "Россия", "business": "Экономика",
    "sport": "Спорт", "science": "Наука", "nopolitics": "Без политики",
    "press_releases": "Пресс-релизы", "partners": "Партнёрские материалы",
    # ng.ru
    "economics": "Экономика", "politics": "Политика", "ng_politics": "Политика",
    "cis": "СНГ", "regions": "Регионы", "autosport": "Автоспорт", "style": "Стиль жизни",
    "culture": "Культура", "cinematograph": "Кино", "courier": "Курьер",
    "kartblansh": "Карт-бланш", "stsenarii": "Сценарии", "scenario": "Сценарии",
    "ideas": "Идеи и люди", "dipkurer": "Дипкурьер", "energy": "НГ-Энергия",
    "ng_energiya": "НГ-Энергия", "armies": "Армии", "ng_ekologiya": "НГ-Экология",
    "ng_ecology": "НГ-Экология", "ecology": "НГ-Экология", "ng_stolitsa": "Столица",
    "stolitsa": "Столица", "moscow": "Столица", "ng_religii": "НГ-Религии",
    "titus": "Титульный лист", "health": "Здоровье", "education": "Образование",
    "week": "Неделя", "editorial": "Редакционная статья", "non-fiction": "Non-fiction",
    "nauka": "НГ-Наука", "fakty": "Факты", "facts": "Факты", "antrakt": "Антракт",
    "columnist": "Колумнисты", "lit": "Литература", "zavisimaya": "Зависимая газета",
    "ecoprom": "Экономика и промышленность", "vision": "Мнения", "events": "События",
    "poetry": "Поэзия", "subject": "Тема", "realty": "Недвижимость",
    "ng_exlibris": "НГ-Exlibris", "sochi2014": "Сочи-2014", "notes": "Заметки",
    "armament": "Вооружения", "nvoevents": "События НВО", "nvo": "НВО",
    "before": "Прошлое", "faith": "Вера", "person": "Персона", "glavkniga": "Главкнига",
    "kafedra": "Кафедра", "tv": "Телевидение", "kids": "Дети", "concepts": "Концепции",
    "wars": "Войны", "newsng": "Новости", "people": "Люди", "history": "История",
    "bogoslovie": "Богословие", "spforces": "Спецназ", "tech": "Технологии",
}  # fmt: skip


def rubric_name(rubric: str) -> str:
    """The rubric as the site names it: "ussr" -> "Бывший СССР"; an unknown one as it is."""
    return RUBRICS.get(rubric.strip().lower(), rubric) if rubric.isascii() else rubric
