"""The Whoosh schema: what is searched, stored, sorted and faceted, and the one
function that turns an Article into a stored document."""

from array import array
from dataclasses import dataclass
from datetime import datetime

from whoosh import columns, fields, formats

from indexer.article import Article
from indexer.text.address import address_terms
from indexer.text.analysis import paragraph_starts, russian_analyzer, term_positions
from indexer.text.morph import fold

# Searched with these weights: the title above the lead above the body.
FIELD_WEIGHTS = {"title": 3.0, "lead": 1.5, "body": 1.0}


@dataclass(frozen=True)
class FieldUse:
    """Where one stored field of an article goes."""

    name: str
    searched: str  # "words" (ranked text), "filter" (source:, facets), "date" (period, sort), ""
    in_hits: bool  # a result shows it (Hit); a result shows the lead and body as its snippet
    on_page: bool  # the article page shows it (ArticleView)


# Every field an article is stored with, declared once: the stored document, Hit and
# ArticleView (engine/results.py) and their JSON (engine/serialize.py) follow this table,
# and tests/test_fields.py holds the schema to it.
STORED_FIELDS = (
    FieldUse("id", "", in_hits=True, on_page=True),
    FieldUse("url", "", in_hits=True, on_page=True),
    FieldUse("source", "filter", in_hits=True, on_page=True),
    FieldUse("rubric", "filter", in_hits=True, on_page=True),
    FieldUse("date", "date", in_hits=True, on_page=True),
    FieldUse("title", "words", in_hits=True, on_page=True),
    FieldUse("lead", "words", in_hits=False, on_page=True),
    FieldUse("body", "words", in_hits=False, on_page=True),
    FieldUse("keywords", "filter", in_hits=False, on_page=True),
    FieldUse("city", "", in_hits=False, on_page=True),
    FieldUse("caption", "", in_hits=False, on_page=True),
)


class CompactPositions(formats.Positions):
    """Positions as raw 32-bit integers: Whoosh's default pickles each list,
    which costs more than all the morphology of a build."""

    def encode(self, poslist) -> bytes:
        return array("I", poslist).tobytes()

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return array("I", valuestring).tolist()

    def decode_frequency(self, valuestring: bytes) -> int:
        return len(valuestring) // 4


class RussianText(fields.TEXT):
    """A TEXT field that indexes through `term_positions`.

    It gives the terms of `russian_analyzer()`, but a word of two kinds only in the kind its
    neighbours tell (text/context.py; a test checks both), at a fraction of the cost of
    Whoosh's token stream, the bottleneck of a build.
    """

    def __init__(self, **kwargs):
        super().__init__(analyzer=russian_analyzer(), phrase=True, **kwargs)
        self.format = CompactPositions(field_boost=self.format.field_boost)

    def index(self, value, **kwargs):
        encode = self.format.encode
        boost = self.format.field_boost
        for term, poslist in term_positions(value).items():
            yield term.encode("utf-8"), len(poslist), len(poslist) * boost, encode(poslist)


def make_schema() -> fields.Schema:
    """A fresh schema for a new index."""
    return fields.Schema(
        id=fields.ID(stored=True, unique=True, sortable=True),
        fingerprint=fields.ID(sortable=True),
        url=fields.ID(stored=True),
        source=fields.ID(stored=True, sortable=True),
        rubric=fields.ID(stored=True, sortable=True),
        # Folded copies for source:rt / rubric:мир filters in any case.
        source_key=fields.ID,
        rubric_key=fields.ID,
        date=fields.DATETIME(stored=True, sortable=True),
        title=RussianText(stored=True),
        lead=RussianText(stored=True),
        body=RussianText(stored=True),
        keywords=fields.KEYWORD(stored=True, lowercase=True, commas=True, scorable=True),
        # The words of the page's address, as prefixes (text/address.py): a ranking signal.
        address=fields.KEYWORD,
        # Where the body's paragraphs begin (breaks_of): a ranking signal, read per document.
        breaks=fields.COLUMN(columns.VarBytesColumn()),
        city=fields.STORED,
        caption=fields.STORED,
    )


def breaks_of(raw: bytes) -> list[int]:
    """The body's paragraph starts from the `breaks` column's value of a document."""
    return array("I", raw).tolist()


def document(article: Article) -> dict:
    """The fields of one article as Whoosh stores and indexes them."""
    fields = {use.name: getattr(article, use.name) for use in STORED_FIELDS}
    fields["keywords"] = ",".join(article.keywords)
    # Not shown anywhere: a hash to spot changes, folded copies for source:rt / rubric:мир.
    fields.update(
        fingerprint=article.fingerprint,
        source_key=fold(article.source),
        rubric_key=fold(article.rubric),
        address=" ".join(address_terms(article.url, article.title)),
        breaks=array("I", paragraph_starts(article.body)).tobytes(),
    )
    if article.date:
        fields["date"] = datetime.combine(article.date, datetime.min.time())
    else:
        del fields["date"]  # an undated article has no date column value
    return fields
