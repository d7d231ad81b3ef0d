"""One JSON error shape under /api/, friendly Russian pages elsewhere."""

from flask import Flask, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from indexer import IndexMissing

MESSAGES = {
    400: "Некорректный запрос.",
    404: "Такой страницы нет.",
    405: "Этот метод здесь не поддерживается.",
    500: "Что-то сломалось на сервере. Попробуйте ещё раз чуть позже.",
    503: "Поиск недоступен: индекс ещё не построен. Выполните make index.",
}
TITLES = {404: "Страница не найдена", 503: "Индекс не найден"}


def register(app: Flask) -> None:
    """Routes every HTTP error and a missing index through one renderer."""
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(IndexMissing, handle_index_missing)


def message_for(error: HTTPException) -> str:
    """Our own Russian text, unless the view gave a message with abort(404, "...")."""
    custom = error.description != type(error).description
    return error.description if custom else MESSAGES.get(error.code, error.name)


def handle_http_error(error: HTTPException):
    """Renders 4xx/5xx; redirects raised by routing (e.g. a missing slash) pass through."""
    if error.code is None or error.code < 400:
        return error
    methods = getattr(error, "valid_methods", None)
    headers = {"Allow": ", ".join(methods)} if methods else {}
    return error_response(error.code, message_for(error), headers)


def handle_index_missing(error: IndexMissing):
    """No index yet: 503 with a pointer to `make index`."""
    current_app.logger.warning("no index in %s: %s", current_app.config["INDEX_DIR"], error)
    return error_response(503, MESSAGES[503])


def error_response(status: int, message: str, headers: dict | None = None):
    """The error as {"error": {...}} JSON for /api/, else as an HTML page."""
    if request.path == "/api" or request.path.startswith("/api/"):
        return jsonify(error={"status": status, "message": message}), status, headers or {}
    title = TITLES.get(status, "Ошибка")
    html = render_template("error.html", status=status, title=title, message=message)
    return html, status, headers or {}
