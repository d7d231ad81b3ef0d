"""The query language, parsed leniently into a small tree.

    собянин москва          all words, in any form
    "фраза в кавычках"      these words in this order, in any form
    !слово                  this exact form only
    -слово                  without this word
    а OR б, а | б, (…)      either
    слово*                  any word starting so
    title: body: lead:      a word or phrase in one field
    source: rubric:         a filter on the source or the rubric

Nothing here raises: unbalanced quotes or parentheses, lone operators and
unknown fields are read as plain words or dropped.
"""

import re
from dataclasses import dataclass

TEXT_FIELDS = ("title", "lead", "body")
FILTER_FIELDS = ("source", "rubric")
MAX_NODES = 32

# "title:", then a quoted phrase, a parenthesis, an operator or a word.
TOKEN = re.compile(
    r"(?P<field>\w+):(?=\S)"
    r'|(?P<phrase>"[^"]*"?)'
    r"|(?P<open>\()|(?P<close>\))"
    r"|(?P<or>\|)"
    # A run of "-" and "!" is tried once, from its start: "!" * 9000 stays linear.
    r"|(?P<word>(?<![-!])[-!]*+[\w*]+(?:[-‐‑.][\w*]+)*)"
)


@dataclass(frozen=True)
class Word:
    text: str
    exact: bool = False
    prefix: bool = False
    field: str | None = None


@dataclass(frozen=True)
class Phrase:
    words: tuple[Word, ...]
    field: str | None = None


@dataclass(frozen=True)
class Filter:
    field: str
    value: str


@dataclass(frozen=True)
class Not:
    node: object


@dataclass(frozen=True)
class All:
    nodes: tuple


@dataclass(frozen=True)
class Any:
    nodes: tuple


def tokenize(text: str) -> list[tuple[str, str]]:
    """(kind, text) pairs; anything unrecognised between them is dropped."""
    return [(m.lastgroup, m.group()) for m in TOKEN.finditer(text)]


def parse(text: str):
    """The query tree of `text`, or None when nothing searchable is left."""
    parser = Parser(tokenize(text))
    return simplify(parser.parse_all())


class Parser:
    """Recursive descent over tokens: sequence ← term (OR term)*."""

    def __init__(self, tokens: list[tuple[str, str]]):
        self.tokens = tokens
        self.at = 0
        self.depth = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        self.at += 1
        return self.tokens[self.at - 1]

    def parse_all(self):
        nodes = []
        while self.peek():
            node = self.parse_sequence()
            if node is not None:
                nodes.append(node)
            if self.peek() and self.peek()[0] == "close":
                self.take()  # a stray ")" is ignored
        return All(tuple(nodes))

    def parse_sequence(self):
        """Terms up to a ")" (or the end); OR binds tighter than AND."""
        nodes = []
        while self.peek() and self.peek()[0] != "close":
            node = self.parse_either()
            if node is not None:
                nodes.append(node)
        return All(tuple(nodes)) if nodes else None

    def parse_either(self):
        options = [self.parse_term()]
        while self.is_or():
            self.take()
            if self.peek() and self.peek()[0] != "close":
                options.append(self.parse_term())
        options = [o for o in options if o is not None]
        if len(options) > 1:
            return Any(tuple(options))
        return options[0] if options else None

    def is_or(self) -> bool:
        token = self.peek()
        return token is not None and (token[0] == "or" or token == ("word", "OR"))

    def parse_term(self, field: str | None = None):
        kind, text = self.take()
        if kind == "field":
            return self.parse_field(text[:-1].lower())
        if kind == "phrase":
            return phrase(text, field)
        if kind == "open":
            return self.parse_group()
        if kind == "word":
            return word_or_not(text, field)
        return None  # a lone "|" or ")"

    def parse_field(self, name: str):
        if not self.peek() or self.peek()[0] in ("field", "close", "or"):
            return None
        if name in FILTER_FIELDS:
            kind, text = self.take()
            value = text.strip('"') if kind in ("phrase", "word") else ""
            return Filter(name, value) if value else None
        return self.parse_term(name if name in TEXT_FIELDS else None)

    def parse_group(self):
        self.depth += 1
        node = self.parse_sequence() if self.depth < 10 else None
        if self.peek() and self.peek()[0] == "close":
            self.take()
        self.depth -= 1
        return node


def word_or_not(text: str, field: str | None):
    """ "-слово" excludes, "!слово" is exact, "слово*" is a prefix."""
    negated = text.startswith("-")
    text = text.lstrip("-")
    exact = text.startswith("!")
    text = text.lstrip("!-")
    prefix = text.endswith("*")
    text = text.replace("*", "")
    if not text or text in ("OR", "AND"):
        return None
    node = Word(text, exact=exact, prefix=prefix and not exact, field=field)
    return Not(node) if negated else node


def phrase(text: str, field: str | None):
    """A quoted phrase; one word in quotes is that word."""
    words = []
    for kind, item in tokenize(text.strip('"')):
        node = word_or_not(item, field) if kind == "word" else None
        if isinstance(node, Word):
            words.append(Word(node.text, exact=node.exact, field=field))
    if len(words) == 1:
        return words[0]
    return Phrase(tuple(words), field) if words else None


def simplify(node):
    """Drop empty groups, unwrap single children, cap the size of the tree."""
    if isinstance(node, (All, Any)):
        children = [simplify(child) for child in node.nodes[:MAX_NODES]]
        children = [child for child in children if child is not None]
        if not children:
            return None
        if len(children) == 1:
            return children[0]
        return type(node)(tuple(children))
    if isinstance(node, Not):
        inner = simplify(node.node)
        return Not(inner) if inner is not None else None
    return node


def positive_words(node) -> list[Word]:
    """The words a match may contain, for highlighting (negated ones left out)."""
    if isinstance(node, Word):
        return [node]
    if isinstance(node, Phrase):
        return list(node.words)
    if isinstance(node, (All, Any)):
        return [word for child in node.nodes for word in positive_words(child)]
    return []
