"""The Whoosh schema: what is searched, stored, sorted and faceted."""

from array import array

from whoosh import fields, formats

from indexer.text.analysis import russian_analyzer, term_positions

# Searched with these weights: the title above the lead above the body.
FIELD_WEIGHTS = {"title": 3.0, "lead": 1.5, "body": 1.0}


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

    It gives the same terms as `russian_analyzer()` (a test checks this) at a
    fraction of the cost of Whoosh's token stream, the bottleneck of a build.
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
        city=fields.STORED,
        caption=fields.STORED,
    )


def column_values(reader, name: str, translate: bool = True) -> dict:
    """docnum → value of a sortable column for every live document.

    Segment by segment: a segment whose documents all lack the field has no
    column, and Whoosh's multi-segment column reader then mixes up offsets.
    """
    values = {}
    for segment, offset in reader.leaf_readers():
        if not segment.has_column(name):
            continue
        column = segment.column_reader(name, translate=translate)
        for docnum in range(segment.doc_count_all()):
            if not segment.is_deleted(docnum):
                values[docnum + offset] = column[docnum]
    return values
