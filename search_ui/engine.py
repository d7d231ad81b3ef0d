"""One SearchEngine per app, opened on first use."""

import threading

from flask import Flask, current_app

from indexer import SearchEngine

_lock = threading.Lock()


def get_engine() -> SearchEngine:
    """The app's engine; raises IndexMissing (answered with 503) until an index is built."""
    app = current_app._get_current_object()
    engine = app.extensions.get("search_engine")
    return engine if engine is not None else open_engine(app)


def open_engine(app: Flask) -> SearchEngine:
    """Opens the engine once, even when two requests arrive together."""
    with _lock:
        if "search_engine" not in app.extensions:
            app.extensions["search_engine"] = SearchEngine(app.config["INDEX_DIR"])
        return app.extensions["search_engine"]
