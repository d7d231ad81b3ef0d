"""Speed and quality of the engine against plain Whoosh: `make bench`, `make eval`."""
