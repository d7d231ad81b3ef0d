"""The HTML pages: search and article."""

from flask import Blueprint, render_template, request

from indexer import SearchRequest

from .data import found_article, home_data, run_search, similar_hits
from .links import has_filters
from .params import clean_query, read_request

bp = Blueprint("pages", __name__)


@bp.get("/")
def search():
    """The search page; without a query or filters, the syntax help and index stats."""
    req, problems = read_request(request.args)
    if not req.q and not has_filters(req):
        return render_template("home.html", req=req, problems=problems, **home_data())
    page = run_search(req)
    # A corrected query's page links on with the correction ("Показаны результаты по запросу…").
    return render_template("search.html", req=page.request, page=page, problems=problems)


@bp.get("/article/<article_id:article_id>")
def article(article_id: str):
    """One article, with the words of ?q= marked and similar articles below."""
    q = clean_query(request.args.get("q", ""))
    view = found_article(article_id, q)
    similar = similar_hits(article_id)
    query = SearchRequest(q=q)
    return render_template("article.html", article=view, q=q, query_request=query, similar=similar)
