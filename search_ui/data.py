"""The one search both the page and the API show, and its JSON shape."""

from flask import abort, current_app, request

from indexer import ArticleView, Hit, SearchPage, SearchRequest

from .engine import get_engine
from .examples import period_example, syntax_examples

SIMILAR_LIMIT = 5
NO_ARTICLE = "Такой статьи нет в индексе."


def run_search(req: SearchRequest) -> SearchPage:
    """Asks the engine; the page and the API render what this returns. Under waitress,
    the search stops early when the client has hung up."""
    return get_engine().search(req, gone=request.environ.get("waitress.client_disconnected"))


def found_article(article_id: str, q: str) -> ArticleView:
    """The article with the words of `q` marked; a 404 when the index has no such article."""
    view = get_engine().article(article_id, q)
    if view is None:
        abort(404, NO_ARTICLE)
    return view


def similar_hits(article_id: str) -> list[Hit]:
    """The "Похожие статьи" list; a failure there is logged and the article still shows."""
    try:
        return get_engine().similar(article_id, limit=SIMILAR_LIMIT)
    except Exception:  # a side panel must not turn the article into a 500
        current_app.logger.exception("similar(%s) failed", article_id)
        return []


def home_data() -> dict:
    """What the page shows before a search: index stats and syntax examples."""
    stats = get_engine().stats()
    return {"stats": stats, "examples": syntax_examples(stats), "period": period_example(stats)}
