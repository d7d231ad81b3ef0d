"""Every match of a search as a file for analysts: CSV for spreadsheets, JSON Lines for code."""

from dataclasses import replace
from urllib.parse import quote

from flask import Blueprint, Response, abort, request, stream_with_context

from indexer import EXPORT_LIMIT, SearchRequest, csv_lines, jsonl_lines

from .engine import get_engine
from .links import request_url
from .params import DEFAULT_PER_PAGE, parse_request

bp = Blueprint("export", __name__, url_prefix="/api")

NEED_QUERY = "Укажите запрос: выгружаются статьи, найденные по q=…"
# Each kind's media type (sent as UTF-8, described in /api/openapi.json) and its lines.
FORMATS = {"csv": ("text/csv", csv_lines), "jsonl": ("application/jsonl", jsonl_lines)}


@bp.app_template_global()
def export_url(req: SearchRequest, kind: str) -> str:
    """The export of the same query, filters and sort, as "csv" or "jsonl"."""
    plain = replace(req, page=1, per_page=DEFAULT_PER_PAGE)
    return request_url("export.export", plain, kind=kind)


@bp.get("/export.<any(csv, jsonl):kind>")
def export(kind: str):
    """All matches of the query with its filters and sort (not its page), streamed."""
    req = parse_request(request.args)
    if not req.q:
        abort(400, NEED_QUERY)
    matches = get_engine().matches(req, EXPORT_LIMIT)
    media_type, lines = FORMATS[kind]
    response = Response(
        stream_with_context(lines(matches)), content_type=f"{media_type}; charset=utf-8"
    )
    response.headers["Content-Disposition"] = disposition(*file_names(req.q, kind, matches))
    response.headers["X-Total-Count"] = str(matches.total)
    return response


def file_names(q: str, kind: str, matches) -> tuple[str, str]:
    """The file's name and an ASCII one for old clients: ("новости-выборы.csv",
    "news-export.csv"); "…-первые-10000.csv" and "…-first-10000.csv" when the limit was reached."""
    words = "-".join("".join(ch for ch in q if ch.isalnum() or ch == " ").split())[:60]
    first = len(matches.docnums) if matches.truncated else 0
    name = f"новости-{words or 'запрос'}" + (f"-первые-{first}" if first else "")
    plain = "news-export" + (f"-first-{first}" if first else "")
    return f"{name}.{kind}", f"{plain}.{kind}"


def disposition(name: str, fallback: str) -> str:
    """An attachment with its name in UTF-8 (RFC 6266) and the ASCII fallback."""
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name)}"
