"""The JSON API: the same search and articles as the pages."""

from flask import Blueprint, request

from indexer import article_data, page_data

from .data import found_article, run_search, similar_hits
from .params import clean_query, read_request

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/search")
def search():
    """The results page as JSON; takes the same parameters as / and reports the same
    problems with its dates ("from", "to", "period")."""
    req, problems = read_request(request.args)
    return {**page_data(run_search(req)), "date_problems": problems}


@bp.get("/article/<article_id:article_id>")
def article(article_id: str):
    """One article as JSON, with the words of ?q= marked in the *_html fields."""
    view = found_article(article_id, clean_query(request.args.get("q", "")))
    return article_data(view, similar_hits(article_id))
