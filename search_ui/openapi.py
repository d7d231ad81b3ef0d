"""/api/openapi.json: an OpenAPI 3.1 description of the JSON API, with the limits of the code."""

from flask import Blueprint, jsonify

from indexer import EXPORT_LIMIT, MAX_PER_PAGE, MAX_QUERY_CHARS, SORTS

from .clients import SUGGESTIONS_TYPE
from .export import FORMATS
from .params import DATE_FORMATS, DEFAULT_PER_PAGE, MAX_PAGE, MAX_VALUES

bp = Blueprint("openapi", __name__, url_prefix="/api")

STRING = {"type": "string"}
INTEGER = {"type": "integer"}
NULLABLE_STRING = {"type": ["string", "null"]}
NULLABLE_DATE = {"type": ["string", "null"], "format": "date"}
ARTICLE_ID = {"type": "string", "pattern": "^[0-9a-f]{16}$"}
LENIENT = " Неверное значение не даёт ошибку: берётся значение по умолчанию."
UNREAD_DATE = " Непрочитанная дата не действует; /api/search говорит о ней в date_problems."
# "2018", "2018-03", "2018-03-18", "18.03.2018", "03.2018": what periods.parse_bound reads.
DATE = {"type": "string", "pattern": r"^(\d{4}(-\d{1,2}){0,2}|(\d{1,2}\.)?\d{1,2}\.\d{4})$"}


@bp.get("/openapi.json")
def openapi():
    """The description of every endpoint of the API, its results and its errors."""
    return jsonify(description())


def description() -> dict:
    """The whole OpenAPI document."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Поиск по новостям: JSON API",
            "version": "1.0.0",
            "description": "Поиск с учётом форм русских слов. Ошибки всегда в форме Error.",
        },
        "paths": {
            "/api/search": search_path(),
            "/api/article/{id}": article_path(),
            "/api/suggest": suggest_path(),
            "/api/export.csv": export_path(
                "csv", "CSV с BOM: date, source, rubric, title, url, lead"
            ),
            "/api/export.jsonl": export_path("jsonl", "JSON Lines: по объекту ExportRow в строке"),
        },
        "components": {"schemas": schemas()},
    }


def obj(properties: dict) -> dict:
    """A closed object schema: every field described, every field required."""
    return {"type": "object", "properties": properties, "required": list(properties),
            "additionalProperties": False}  # fmt: skip


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def array(items: dict) -> dict:
    return {"type": "array", "items": items}


def json_content(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def error(description: str) -> dict:
    return json_content(ref("Error"), description)


def param(name: str, schema: dict, description: str, where: str = "query") -> dict:
    found = {"name": name, "in": where, "schema": schema, "description": description}
    return found | ({"required": True} if where == "path" else {})


def listed(name: str, schema: dict, description: str) -> dict:
    """A parameter given once per value: ?source=RT&source=Газета.Ru."""
    many = {"type": "array", "items": schema, "maxItems": MAX_VALUES}
    return param(name, many, description) | {"style": "form", "explode": True}


def filter_params() -> list[dict]:
    """The query and its filters, shared by search and export."""
    return [
        param("q", {"type": "string", "maxLength": MAX_QUERY_CHARS},
              "Запрос: слова, \"фраза\", \"слова рядом\"~3, -минус, !точная форма, title:слово, "
              "date:2017, OR, префикс*."),
        param("from", DATE, f"С даты: {DATE_FORMATS}." + UNREAD_DATE),
        param("to", DATE, "По дату включительно: 2018 — до конца года." + UNREAD_DATE),
        listed("source", STRING, "Только эти источники."),
        listed("rubric", STRING, "Только эти рубрики."),
        listed("year", {"type": "integer", "minimum": 1000, "maximum": 2999}, "Только эти годы."),
        listed("tag", STRING, "Только статьи с этими ключевыми словами редакции."),
        param("sort", {"type": "string", "enum": list(SORTS), "default": SORTS[0]},
              "Порядок: по релевантности или новые первыми." + LENIENT),
    ]  # fmt: skip


def search_path() -> dict:
    paging = [
        param("page", {**INTEGER, "minimum": 1, "maximum": MAX_PAGE, "default": 1},
              "Страница." + LENIENT),
        param("per_page", {**INTEGER, "minimum": 1, "maximum": MAX_PER_PAGE,
                           "default": DEFAULT_PER_PAGE}, "Результатов на странице." + LENIENT),
        param("as_typed", {"type": "string", "enum": ["1"]},
              "1 — искать как набрано, без исправления опечаток (corrected_from)."),
        param("copies", {"type": "string", "enum": ["1"]},
              "1 — показать и почти одинаковые статьи, которые иначе скрыты под первой (copies)."),
    ]  # fmt: skip
    return {"get": {
        "summary": "Поиск: страница результатов, фасеты, хронология",
        "parameters": filter_params() + paging,
        "responses": {"200": json_content(ref("SearchPage"), "Страница результатов"),
                      "503": error("Индекс ещё не построен")},
    }}  # fmt: skip


def article_path() -> dict:
    return {"get": {
        "summary": "Одна статья целиком, слова запроса выделены <mark>",
        "parameters": [param("id", ARTICLE_ID, "Идентификатор статьи из results[].id", "path"),
                       param("q", STRING, "Запрос, слова которого выделить")],
        "responses": {"200": json_content(ref("Article"), "Статья и похожие на неё"),
                      "404": error("Такой статьи нет")},
    }}  # fmt: skip


def suggest_path() -> dict:
    suggestions = {"type": "array", "prefixItems": [STRING, array(STRING)], "minItems": 2,
                   "maxItems": 2, "items": False}  # fmt: skip
    content = {SUGGESTIONS_TYPE: {"schema": suggestions}}
    return {"get": {
        "summary": "Подсказки OpenSearch Suggestions: последнее слово и заголовки",
        "parameters": [param("q", STRING, "Набранный текст")],
        "responses": {"200": {"description": '["запрос", ["дополнение", …]]',
                              "content": content}},
    }}  # fmt: skip


def export_path(kind: str, what: str) -> dict:
    return {"get": {
        "summary": f"Все совпадения запроса файлом ({what}), не больше {EXPORT_LIMIT}",
        "description": "Потоком. Если совпадений больше предела, последняя строка говорит об этом, "
                       "а в имени файла стоит «первые-N».",
        "parameters": filter_params(),
        "responses": {"200": {"description": what, "headers": {"X-Total-Count": {
                                  "description": "Сколько всего совпадений", "schema": INTEGER}},
                              "content": {FORMATS[kind][0]: {"schema": STRING}}},
                      "400": error("Нет запроса q")},
    }}  # fmt: skip


def hit_properties() -> dict:
    return {
        "id": ARTICLE_ID,
        "title": STRING,
        "title_html": {
            **STRING,
            "description": "Заголовок, слова запроса в <mark>; безопасный HTML",
        },
        "url": {**STRING, "description": "Оригинал статьи"},
        "source": STRING,
        "rubric": STRING,
        "date": NULLABLE_DATE,
        "score": {"type": "number"},
        "snippet": {**STRING, "description": "Место вводки и текста, где стоят слова запроса, "
                    "отмеченные <mark>; безопасный HTML"},
        "missing": {**STRING, "description": "Слово запроса, которого нет в статье (показана "
                    "после статей со всеми словами); пусто, если есть все"},
        "copies": {**INTEGER, "description": "Сколько почти одинаковых статей скрыто под этой"},
    }  # fmt: skip


def page_schema() -> dict:
    """The results page: hits, facets, timeline and what the engine says about the query."""
    return obj({
        "query": STRING, "total": INTEGER, "page": INTEGER, "per_page": INTEGER, "pages": INTEGER,
        "took_ms": {"type": "number"}, "results": array(ref("Hit")),
        "facets": {"type": "object", "additionalProperties": array(ref("Facet")),
                   "propertyNames": {"enum": ["source", "rubric", "year", "tag"]}},
        "timeline": array(ref("TimelineBar")), "suggestion": NULLABLE_STRING,
        "partial": {"type": "boolean"}, "hint": NULLABLE_STRING,
        "notice": {**NULLABLE_STRING, "description": "Запрос искали не целиком: почему"},
        "corrected_from": {**NULLABLE_STRING,
                           "description": "Набранный запрос, если показан исправленный"},
        "undated": {**INTEGER, "description": "Совпадений без даты: их нет в хронологии"},
        "date_problems": {"type": "object", "additionalProperties": STRING,
                          "propertyNames": {"enum": ["from", "to", "period"]},
                          "description": "Что не так с датами, как на странице: from или to "
                                         "не прочитана (и не действует), period — «с» позже "
                                         "«по», даты поменяли местами"},
    })  # fmt: skip


def article_schema() -> dict:
    """A whole article: a hit's fields but score and snippet, its text and similar articles."""
    left = ("score", "snippet", "missing", "copies")
    shown = {k: v for k, v in hit_properties().items() if k not in left}
    return obj({
        **shown, "city": STRING, "caption": STRING, "lead_html": STRING,
        "paragraphs_html": array(STRING), "keywords": array(STRING), "similar": array(ref("Hit")),
    })  # fmt: skip


def schemas() -> dict:
    """Results, articles, export rows and the one error shape."""
    facet = obj({"value": STRING, "count": INTEGER, "active": {"type": "boolean"}})
    bar = obj({"period": STRING, "start": {**STRING, "format": "date"},
               "end": {**STRING, "format": "date"}, "count": INTEGER})  # fmt: skip
    row = obj({"id": ARTICLE_ID, "date": NULLABLE_DATE, "source": STRING, "rubric": STRING,
               "title": STRING, "url": STRING, "lead": STRING})  # fmt: skip
    error_shape = obj({"error": obj({"status": INTEGER, "message": STRING})})
    return {"Hit": obj(hit_properties()), "Facet": facet, "TimelineBar": bar,
            "SearchPage": page_schema(), "Article": article_schema(), "ExportRow": row,
            "Error": error_shape}  # fmt: skip
