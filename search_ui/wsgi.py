"""The app for waitress: `waitress-serve --listen=127.0.0.1:8000 search_ui.wsgi:app`."""

import logging
import re
import sys
import time

from flask import Flask, g, request

from indexer import STALE_INDEX, IndexMissing, SearchRequest, index_made_by_other_analysis

from .app import create_app
from .engine import get_engine

log = logging.getLogger("search_ui.requests")
# Control characters of a decoded path ("%0A", "%1B"): one log line must stay one line.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def log_requests(app: Flask) -> None:
    """One line per request on stdout: method, path, status and milliseconds."""
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    app.before_request(start_timer)
    app.after_request(log_request)


def start_timer() -> None:
    g.request_started = time.perf_counter()


def log_request(response):
    """Logs the finished request; the path only, so queries stay out of the log."""
    ms = (time.perf_counter() - g.get("request_started", time.perf_counter())) * 1000
    path = printable(request.path)
    log.info("%s %s %s %.1fms", printable(request.method), path, response.status_code, ms)
    return response


def printable(text: str) -> str:
    r"""Control characters as escapes, so no request forges a log line: "/a\nb" → "/a\x0ab"."""
    return CONTROL.sub(escaped, text)


def escaped(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def warm_up(app: Flask) -> None:
    """Open the index and load the morphology before the first visitor does."""
    with app.app_context():
        try:
            get_engine().search(SearchRequest(q="новости"))
        except IndexMissing:
            log.warning("no index in %s yet: run `make index`", app.config["INDEX_DIR"])
    if index_made_by_other_analysis(app.config["INDEX_DIR"]):
        log.warning("%s: %s", app.config["INDEX_DIR"], STALE_INDEX)


app = create_app()
log_requests(app)
warm_up(app)
