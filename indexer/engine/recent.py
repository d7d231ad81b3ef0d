"""A bounded cache of the values asked for lately, shared by a generation's requests."""

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable


class Recent:
    """The values of the last `size` keys asked for; thread-safe. Two threads asking for one
    missing key may both make it: the values are pure, so either serves."""

    def __init__(self, size: int):
        self.size = size
        self.lock = threading.Lock()
        self.cache: OrderedDict = OrderedDict()

    def get(self, key: Hashable, make: Callable):
        """The value of `key`, made by `make(key)` when it is not kept."""
        with self.lock:
            found = self.cache.get(key)
            if found is not None:
                self.cache.move_to_end(key)
                return found
        found = make(key)
        with self.lock:
            self.cache[key] = found
            if len(self.cache) > self.size:
                self.cache.popitem(last=False)
        return found
