"""One build at a time, with a lock the kernel drops when its holder dies."""

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = "BUILD_LOCK"


class BuildRunning(RuntimeError):
    """Another build holds the lock on this index."""


@contextmanager
def build_lock(index_dir: Path):
    """Hold the build lock of `index_dir`; refuse at once when it is taken.

    flock locks belong to the open file, so a build killed with -9 leaves no
    lock behind: the file stays, but nobody holds it.
    """
    fd = os.open(index_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildRunning(f"another build is running on {index_dir}") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        os.close(fd)
