"""Which copy of a repeated article is kept: one rule, whatever the build's history.

The rule: files are taken in the sorted order of their resolved real paths and
each file's articles in file order; an article is kept unless an article kept
before it has the same id (the same URL) or the same text key (the same text).
A full build and an incremental one apply it to the same sequence, so they keep
the same copies.
"""

from collections.abc import Iterable


def key_number(key: str) -> int:
    """A 16-hex-digit key as a number: a set of numbers is a third of a set of strings."""
    return int(key, 16)


class Dedup:
    """The ids and text keys of the articles kept so far, as numbers."""

    def __init__(self) -> None:
        self.ids: set[int] = set()
        self.texts: set[int] = set()

    def claim(self, article_id: str, text_key: str) -> bool:
        """Keep this article unless a kept one has its id or its text."""
        number, text = key_number(article_id), key_number(text_key)
        if number in self.ids or text in self.texts:
            return False
        self.ids.add(number)
        self.texts.add(text)
        return True

    def preview(self, pairs: Iterable[tuple[str, str]]) -> list[bool]:
        """What `claim` would answer for each (id, text key) in turn, claiming nothing."""
        ids, texts, kept = set(), set(), []
        for article_id, text_key in pairs:
            number, text = key_number(article_id), key_number(text_key)
            seen = number in self.ids or number in ids or text in self.texts or text in texts
            fresh = not seen
            if fresh:
                ids.add(number)
                texts.add(text)
            kept.append(fresh)
        return kept

    def holds(self, article_id: str) -> bool:
        """True when an article with this id was kept."""
        return key_number(article_id) in self.ids
