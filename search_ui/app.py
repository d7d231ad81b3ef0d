"""The Flask app: create_app() builds it for waitress (wsgi.py) and the tests."""

import os

from flask import Flask
from flask.json.provider import DefaultJSONProvider
from werkzeug.routing import BaseConverter

from . import api, clients, errors, export, feed, openapi, pages, templating

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class ArticleIdConverter(BaseConverter):
    """An article id is 16 lowercase hex characters; any other path is a 404."""

    regex = "[0-9a-f]{16}"


class JSONProvider(DefaultJSONProvider):
    """Readable Cyrillic, and <, >, & as \\u escapes so no JSON can be read as HTML."""

    ensure_ascii = False
    sort_keys = False

    def dumps(self, obj, **kwargs) -> str:
        text = super().dumps(obj, **kwargs)
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def create_app(test_config: dict | None = None) -> Flask:
    """The app: defaults, then NEWS_SEARCH_INDEX from the environment, then test_config."""
    app = Flask(__name__)
    app.config.from_mapping(INDEX_DIR="var/index", MAX_CONTENT_LENGTH=65536)
    if os.environ.get("NEWS_SEARCH_INDEX"):
        app.config["INDEX_DIR"] = os.environ["NEWS_SEARCH_INDEX"]
    if test_config:
        app.config.from_mapping(test_config)
    app.json = JSONProvider(app)
    app.url_map.converters["article_id"] = ArticleIdConverter
    # No redirects built from the Host header: "//api//search" is a 404, not a 308 to
    # http://<whatever Host said>/api/search.
    app.url_map.merge_slashes = False
    app.url_map.strict_slashes = False
    register_parts(app)
    app.after_request(add_security_headers)
    app.debug = False  # never the Werkzeug debugger, whatever FLASK_DEBUG says
    return app


def register_parts(app: Flask) -> None:
    """Blueprints, error handlers and the template helpers."""
    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    for part in (clients, export, feed, openapi):
        app.register_blueprint(part.bp)
    errors.register(app)
    templating.register(app)


def add_security_headers(response):
    """A strict CSP and friends on every response."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response
