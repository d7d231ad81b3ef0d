"""What one query may cost: about a second of work, and bounded sizes on the way there.

A costly query must not stall the others nor the person who typed it: past
its time the search stops where it is and answers with what it has, and the
page says so. The sizes are cut before any work: repeated parts of a query are
evaluated once ("год год год…" is "год"), a phrase keeps its first words, the
whole query its first words, prefixes their first expansions.

The budget of the query being answered is a context variable, so the code deep
down (matching, phrases, suggestions) asks `spent()` without passing it along.
"""

import time
from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

from indexer.engine import query as q

QUERY_SECONDS = 1.0
MAX_PHRASE_WORDS = 12
# Words and phrases of the whole query, after repeats are removed.
MAX_QUERY_PARTS = 40
OVER_TIME = (
    "Запрос слишком сложный: за отведённое время найдено не всё, результаты неполные. "
    "Упростите запрос."
)
CUT = "Запрос слишком длинный: искали по его первым словам."


class Spent(Exception):
    """Raised from deep inside a read that would go on past the query's time."""


class Budget:
    """A deadline, and whether the client still waits."""

    def __init__(self, seconds: float = QUERY_SECONDS, gone: Callable[[], bool] | None = None):
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.gone = gone
        self.over = False

    def spent(self) -> bool:
        """True once the time is up or the client has hung up; stays True."""
        if not self.over and (time.monotonic() > self.deadline or (self.gone and self.gone())):
            self.over = True
        return self.over

    def share_left(self) -> float:
        """The share of the query's time still left (1 for an unlimited one)."""
        if self.seconds == float("inf"):
            return 1.0
        if self.seconds <= 0:
            return 0.0
        return max(0.0, self.deadline - time.monotonic()) / self.seconds


UNLIMITED = Budget(seconds=float("inf"))
CURRENT: ContextVar[Budget | None] = ContextVar("query_budget", default=None)


def current() -> Budget:
    """The budget of the query being answered in this thread (none: unlimited)."""
    return CURRENT.get() or UNLIMITED


def spent() -> bool:
    """True when the query being answered has used up its time."""
    return current().spent()


def check() -> None:
    """Raise Spent when the query being answered has used up its time."""
    if current().spent():
        raise Spent


@contextmanager
def limited(budget: Budget):
    """Answer one query within `budget`."""
    token = CURRENT.set(budget)
    try:
        yield budget
    finally:
        CURRENT.reset(token)


def bounded(tree) -> tuple[object, bool]:
    """The query tree with repeats evaluated once and sizes cut; True if anything was cut."""
    tree = distinct(tree)
    counter = [MAX_QUERY_PARTS]
    cut = capped(tree, counter)
    return cut, counter[0] < 0 or cut != tree


def distinct(node):
    """Each repeated part of an AND or OR group once: `год год год` → `год`."""
    if isinstance(node, (q.All, q.Any)):
        children = tuple(dict.fromkeys(distinct(child) for child in node.nodes))
        return children[0] if len(children) == 1 else type(node)(children)
    if isinstance(node, q.Not):
        return q.Not(distinct(node.node))
    return node


def capped(node, counter: list[int]):
    """The first MAX_QUERY_PARTS words and phrases, each phrase of MAX_PHRASE_WORDS words."""
    if isinstance(node, (q.All, q.Any)):
        children = [capped(child, counter) for child in node.nodes]
        return q.simplify(type(node)(tuple(c for c in children if c is not None)))
    if isinstance(node, q.Not):
        inner = capped(node.node, counter)
        return q.Not(inner) if inner is not None else None
    counter[0] -= 1
    if counter[0] < 0:
        return None
    if isinstance(node, q.Phrase) and len(node.words) > MAX_PHRASE_WORDS:
        return replace(node, words=node.words[:MAX_PHRASE_WORDS])
    return node
