"""Opening input files: compression, tar archives, numbered lines (charsets.py: encodings)."""

import bz2
import gzip
import lzma
import os
import tarfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from itertools import chain
from pathlib import PurePosixPath
from typing import BinaryIO

from indexer.article import Skip
from indexer.sources.charsets import decode, detect_encoding

LINE_LIMIT = 20 * 2**20  # a longer line is skipped, never handed to a parser
TEXT_LIMIT = 200 * 2**20  # a whole-text file (a page) larger than this is skipped
HEAD_BYTES = 64 * 2**10  # how much of a file the encoding is detected from
DECOMPRESSORS = {
    ".gz": lambda raw: gzip.GzipFile(fileobj=raw, mode="rb"),
    ".bz2": bz2.BZ2File,
    ".xz": lzma.LZMAFile,
}
FORMAT_NAMES = {".gz": "gzip", ".bz2": "bz2", ".xz": "xz"}
ARCHIVES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
READ_ERRORS = (OSError, EOFError, zlib.error, lzma.LZMAError, tarfile.TarError)


@dataclass(frozen=True)
class Entry:
    """One file to read: a file on disk or a member of an archive."""

    path: str  # shown in messages: "corpus/x.tar.gz/dir/a.txt"
    name: str  # the base name, which decides the reader: "a.txt"
    open_raw: Callable[[], BinaryIO]  # the bytes as stored, maybe compressed


def file_entry(path: str) -> Entry:
    """The entry of a file on disk."""
    return Entry(path, PurePosixPath(path).name, partial(open, path, "rb"))


def compression(name: str) -> str:
    """The compression suffix of a file name: "x.jsonl.gz" -> ".gz", "x.csv" -> ""."""
    suffix = PurePosixPath(name.lower()).suffix
    return suffix if suffix in DECOMPRESSORS else ""


def file_type(name: str) -> str:
    """The suffix that decides the reader: "x.jsonlines.gz" -> ".jsonlines"."""
    name = name.lower()
    return PurePosixPath(name.removesuffix(compression(name))).suffix


def is_archive(name: str) -> bool:
    """True for a tar archive name: "a.tar.gz", "a.tgz", "a.tar"."""
    return name.lower().endswith(ARCHIVES)


def describe_error(exc: BaseException, name: str) -> str:
    """A one-line reason for a read error: "truncated gzip", "unreadable: [Errno 13] ..."."""
    kind = FORMAT_NAMES.get(compression(name), "file")
    message = str(exc).split("\n")[0]
    if isinstance(exc, EOFError) or message == "unexpected end of data":  # tarfile's words
        return f"truncated {kind}"
    if message.startswith("file could not be opened successfully"):
        return "not a tar archive, or a damaged one"
    corrupt = isinstance(exc, OSError) and exc.errno is None  # BadGzipFile, "Invalid data stream"
    if corrupt or isinstance(exc, zlib.error | lzma.LZMAError | tarfile.TarError):
        return f"corrupt {kind}: {message}"
    return f"unreadable: {message}"


@contextmanager
def opened(entry: Entry) -> Iterator[BinaryIO]:
    """The entry's bytes, decompressed when its name says .gz, .bz2 or .xz."""
    with entry.open_raw() as raw:
        decompressor = DECOMPRESSORS.get(compression(entry.name))
        if decompressor is None:
            yield raw
            return
        with decompressor(raw) as stream:
            yield stream


def drain_line(stream: BinaryIO) -> None:
    """Reads and drops the rest of a line that is too long."""
    while (chunk := stream.readline(2**20)) and not chunk.endswith(b"\n"):
        pass


def raw_lines(stream: BinaryIO, entry: Entry) -> Iterator[tuple[int, bytes] | Skip]:
    """(line number, bytes) pairs; a Skip for an overlong line or a read error."""
    number = 0
    try:
        while line := stream.readline(LINE_LIMIT + 1):
            number += 1
            if len(line) > LINE_LIMIT and not line.endswith(b"\n"):
                drain_line(stream)
                yield Skip(entry.path, number, f"line longer than {LINE_LIMIT // 2**20} MB")
            else:
                yield number, line
    except READ_ERRORS as exc:  # a truncated .gz: the lines before the break are kept
        yield Skip(entry.path, number + 1, describe_error(exc, entry.name))


def take_head(items: Iterator, size: int) -> list:
    """The first items of a line stream, up to about `size` bytes."""
    head, total = [], 0
    for item in items:
        head.append(item)
        total += 0 if isinstance(item, Skip) else len(item[1])
        if total >= size:
            break
    return head


def decode_lines(items: Iterator[tuple[int, bytes] | Skip], path: str):
    """(line number, text) pairs, the encoding detected from the first 64 KiB."""
    head = take_head(items, HEAD_BYTES)
    encoding = detect_encoding(b"".join(item[1] for item in head if not isinstance(item, Skip)))
    for item in chain(head, items):
        if isinstance(item, Skip):
            yield item
        elif (text := decode(item[1], encoding)) is None:
            yield Skip(path, item[0], "undecodable bytes")
        else:
            yield item[0], text


def iter_lines(entry: Entry) -> Iterator[tuple[int, str] | Skip]:
    """(line number, line) pairs of a text file, with a Skip for each unreadable part."""
    try:
        with opened(entry) as stream:
            yield from decode_lines(raw_lines(stream, entry), entry.path)
    except READ_ERRORS as exc:
        yield Skip(entry.path, None, describe_error(exc, entry.name))


def read_text(entry: Entry) -> str | Skip:
    """The whole text of a file, or a Skip saying why it cannot be read."""
    try:
        with opened(entry) as stream:
            data = stream.read(TEXT_LIMIT + 1)
    except READ_ERRORS as exc:
        return Skip(entry.path, None, describe_error(exc, entry.name))
    if len(data) > TEXT_LIMIT:
        return Skip(entry.path, None, f"file larger than {TEXT_LIMIT // 2**20} MB")
    text = decode(data)
    return Skip(entry.path, None, "undecodable bytes") if text is None else text


def is_utf8(name: str) -> bool:
    """False for a file name with bytes that are not UTF-8 (Python holds them as surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def printable(name: str) -> str:
    """A file name fit for messages, its bytes that are not UTF-8 written "\\xff"."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def is_hidden(path: str) -> bool:
    """True for a hidden file or one in a hidden folder: ".DS_Store", "a/.git/x"."""
    return any(part.startswith(".") and part not in (".", "..") for part in path.split("/"))


def is_readme(name: str) -> bool:
    """True for the corpus READMEs, which are not articles: "README.md", "README_ru.md"."""
    return name.lower().startswith("readme") and name.lower().endswith(".md")


def member_entries(entry: Entry, tar: tarfile.TarFile) -> Iterator[Entry | Skip]:
    """The regular files of an open tar archive, then a Skip if its listing breaks off."""
    try:
        for member in tar:
            name = PurePosixPath(member.name).name
            if member.isfile() and not is_hidden(member.name) and not is_readme(name):
                path = f"{entry.path}/{member.name.removeprefix('./')}"
                yield Entry(path, name, partial(tar.extractfile, member))
    except READ_ERRORS as exc:
        yield Skip(entry.path, None, describe_error(exc, entry.name))


@contextmanager
def open_archive(entry: Entry) -> Iterator[list[Entry | Skip]]:
    """The members of a tar archive as entries, readable while the block runs."""
    # errors="replace": a member name that is not UTF-8 gets "\ufffd", not a surrogate.
    with entry.open_raw() as raw, tarfile.open(fileobj=raw, mode="r:*", errors="replace") as tar:
        yield list(member_entries(entry, tar))


def text_lines(items: Iterable[tuple[int, str] | Skip]) -> Iterator[str]:
    """The text of numbered lines, Skips left out."""
    return (item[1] for item in items if not isinstance(item, Skip))
