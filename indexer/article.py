"""The clean article record every reader produces and the index stores."""

import datetime as dt
import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One news article, cleaned of page chrome."""

    id: str
    title: str
    body: str
    url: str = ""
    source: str = ""
    rubric: str = ""
    lead: str = ""
    date: dt.date | None = None
    keywords: tuple[str, ...] = ()
    city: str = ""
    caption: str = ""
    # Where it was read from (file, and line for line-based formats), for messages and `read`.
    path: str = field(default="", compare=False)
    line: int | None = field(default=None, compare=False)
    # A dump record's key (sources.records), to know it unchanged at the next build.
    record_key: str = field(default="", compare=False)

    @property
    def origin(self) -> str:
        """Where it was read from: "corpus/rt/x.jsonl.gz:17", or the path alone."""
        return origin(self.path, self.line)

    @property
    def fingerprint(self) -> str:
        """A hash of everything indexed: a changed article gets a new one."""
        parts = (
            self.url,
            self.source,
            self.rubric,
            self.title,
            self.lead,
            self.body,
            self.date.isoformat() if self.date else "",
            "|".join(self.keywords),
            self.city,
            self.caption,
        )
        return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]

    @property
    def text_key(self) -> str:
        """A hash of the text alone, to spot one article published twice."""
        text = " ".join((self.title + " " + self.body).lower().split())
        return hashlib.sha1(text.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Skip:
    """An input item that could not be read, and why."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = origin(self.path, self.line)
        return f"{where}: {self.reason}"


def origin(path: str, line: int | None) -> str:
    """Where an item was read from: "corpus/rt/x.jsonl.gz:17", or the path alone."""
    return f"{path}:{line}" if line else path


def article_id(url: str, title: str, body: str) -> str:
    """A stable id: from the URL when there is one, else from the text."""
    key = url.strip() or (title.strip() + "\n" + body.strip())
    return hashlib.sha1(key.encode()).hexdigest()[:16]
