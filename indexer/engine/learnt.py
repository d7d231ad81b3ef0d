"""What the articles tell about a query word, learnt when it is first searched and kept for
the index generation: an abbreviation's name (abbreviations.py), the words a compound joins
(compounds.py)."""

import threading
from collections.abc import Callable

from indexer.engine import budget
from indexer.engine.plan import Term

# Reading the articles may take the query's time until this share of it is left, which is the
# search's own: a query of 26 long words read for compounds took all of its second, and found
# nothing.
SEARCH_SHARE = 0.5
# What `Learnt.remembered` gives for a word not read yet (None is "read, nothing found").
UNKNOWN = object()


class Learnt:
    """One generation's findings by word: `learn(snap, term)` reads the articles (None: none
    found), `key(term)` names the word they are kept under."""

    def __init__(self, learn: Callable, key: Callable[[Term], str]):
        self.learn = learn
        self.key = key
        self.lock = threading.Lock()
        self.found: dict[str, object] = {}

    def remembered(self, term: Term):
        """What was learnt of the word so far, UNKNOWN if it was not read yet."""
        with self.lock:
            return self.found.get(self.key(term), UNKNOWN)

    def of(self, snap, term: Term):
        """What was learnt of the word, read from the articles when first asked; raises
        budget.Spent (nothing remembered) when the query's time runs out, or would leave the
        search less than SEARCH_SHARE of it."""
        key = self.key(term)
        with self.lock:
            if key in self.found:
                return self.found[key]
        if budget.current().share_left() < SEARCH_SHARE:
            raise budget.Spent
        found = self.learn(snap, term)
        with self.lock:
            self.found[key] = found
        return found
