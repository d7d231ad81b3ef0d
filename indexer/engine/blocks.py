"""Postings read from Whoosh's on-disk matchers a block at a time: weights or positions."""


def blocks(matcher, part: str = "weights"):
    """(ids, weights) — or (ids, raw position values) with part="values" — a block at a time
    from Whoosh's on-disk matcher.

    The W3 codec decodes a whole block of 128 postings at once; taking the
    block's arrays is ten times faster than stepping posting by posting,
    which stays the way for any other matcher.
    """
    read_part = f"_read_{part}"
    if not all(hasattr(matcher, name) for name in ("_read_ids", read_part, "_next_block")):
        yield one_by_one(matcher, part)
        return
    while matcher.is_active():
        matcher._read_ids()
        getattr(matcher, read_part)()
        yield matcher._ids, getattr(matcher, f"_{part}")
        matcher._next_block()


def one_by_one(matcher, part: str = "weights") -> tuple[list[int], list]:
    read = matcher.weight if part == "weights" else matcher.value
    ids, items = [], []
    while matcher.is_active():
        ids.append(matcher.id())
        items.append(read())
        matcher.next()
    return ids, items
