"""The query language, parsed leniently into a small tree.

    собянин москва          all words, in any form
    "фраза в кавычках"      these words in this order, in any form (also «…», „…“, “…”)
    "а б"~3, а NEAR/3 б     the words in any order, at most 3 other words among them (а /3 б too)
    !слово, =слово          this exact form only
    -слово, NOT слово       without this word (НЕ as well); -(…) without any of a group
    а OR б, а | б, (…)      either (ИЛИ as well); AND and И are the default
    слово*                  any word starting so
    title: body: lead:      a word, phrase or (group) in one field (intitle: as title:)
    @title …                the rest of the group in one field (Manticore's; @* for all)
    source: rubric:         a filter on the source or the rubric; source:(a b) is either
    tag:"…"                 a filter on the editors' keywords (never searched as text)
    date:2017, date:>=2017-03, date:2017..2018   a filter on the date (engine/periods.py)

Nothing here raises: unbalanced quotes or parentheses, lone operators and
unknown fields are read as plain words or dropped. Every word keeps where it
stands in the text, so a suggestion can be printed back in the query's own syntax.
"""

import dataclasses
import re
from dataclasses import dataclass

SEARCHED_FIELDS = ("title", "lead", "body")
FILTER_FIELDS = ("source", "rubric", "tag", "date")
# Other engines' names of a field: Google's intitle:.
FIELD_ALIASES = {"intitle": "title"}
MAX_NODES = 32
MAX_DEPTH = 10
# The most other words a proximity group may hold among its words ("а б"~N, NEAR/N, /N).
MAX_NEAR = 1000

# The operators people type, in English and in Russian; upper case only, so "и", "не" stay words.
OR_WORDS = ("OR", "ИЛИ")
AND_WORDS = ("AND", "И")
NOT_WORDS = ("NOT", "НЕ")
# Closing mark of each opening quote: "…", «…», „…“ (or „…”), “…”.
QUOTES = {'"': '"', "«": "»", "„": "“”", "“": "”", "”": "”"}

# "title:", a quoted phrase, a parenthesis, an operator or a word; "-" may precede the first three.
TOKEN = re.compile(
    # A date filter's value may hold "<", ">" and "..": read whole, to the next space.
    r"(?P<period>-?(?:date|дата):[^\s()]+)"
    r"|(?P<field>-?\w+):(?=\S)"
    r'|(?P<phrase>-?(?:"[^"]*"?|«[^»]*»?|„[^“”]*[“”]?|“[^”]*”?|”[^”]*”?))'
    r"|(?P<open>-?\()|(?P<close>\))"
    r"|(?P<or>\|+)"
    # Manticore's field limit (@title, @* for every field) and Lucene's boost (^2), dropped.
    r"|(?P<at>@(?:\w+|\*))|(?P<boost>\^[\d.]*)"
    # Proximity: "…"~3 (Lucene's slop, typed after a quote), NEAR/3 (Manticore), /3 (Yandex),
    # NEAR/N and /N standing apart, so "1/8 финала" stays a fraction; ~N after a word is dropped.
    r"|(?P<near>~\d+|(?<!\S)(?:NEAR)?/\d+(?!\S))"
    # A run of "-", "!" and "=" is tried once, from its start: "!" * 9000 stays linear.
    r"|(?P<word>(?<![-!=])[-!=]*+[\w*]+(?:[-‐‑.][\w*]+)*)"
)


@dataclass(frozen=True)
class Word:
    text: str
    exact: bool = False
    prefix: bool = False
    field: str | None = None
    # Where the word's letters stand in the query text: (start, end).
    span: tuple[int, int] = dataclasses.field(default=(0, 0), compare=False)
    # Typed alone in quotes ("рпц"): the word as typed, never widened to other spellings.
    quoted: bool = dataclasses.field(default=False, compare=False)


@dataclass(frozen=True)
class Phrase:
    words: tuple[Word, ...]
    field: str | None = None
    # A name's parts typed apart, not quoted ("лига 1": engine/joined.py): also found
    # joined by a hyphen ("поток-2"), scored as its words.
    joined: bool = False
    # None: the words side by side in this order; N: in any order, within one stretch
    # of the field holding at most N other words ("а б"~N, а NEAR/N б).
    near: int | None = None


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


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int = 0


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens with their offsets; anything unrecognised between them is dropped."""
    return [Token(m.lastgroup, m.group(), m.start() + offset) for m in TOKEN.finditer(text)]


def parse(text: str):
    """The query tree of `text`, or None when nothing searchable is left."""
    parser = Parser(tokenize(text))
    return simplify(parser.parse_all())


class Parser:
    """Recursive descent over tokens: sequence ← term (OR term)*; a field applies to a group."""

    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.at = 0
        self.fields: list[str | None] = [None]

    def peek(self) -> Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def peek_kind(self) -> str | None:
        token = self.peek()
        return token.kind if token else None

    def take(self) -> Token:
        self.at += 1
        return self.tokens[self.at - 1]

    def parse_all(self):
        nodes = []
        while self.peek():
            node = self.parse_sequence()
            if node is not None:
                nodes.append(node)
            if self.peek_kind() == "close":
                self.take()  # a stray ")" is ignored
        return All(tuple(nodes))

    def parse_sequence(self):
        """Terms up to a ")" (or the end); OR binds tighter than AND."""
        nodes = []
        while self.peek() and self.peek_kind() != "close":
            node = self.parse_either()
            if node is not None:
                nodes.append(node)
        return All(tuple(nodes)) if nodes else None

    def parse_either(self):
        options = [self.parse_near()]
        while self.is_operator(OR_WORDS, "or"):
            self.take()
            if self.peek() and self.peek_kind() != "close":
                options.append(self.parse_near())
        options = [o for o in options if o is not None]
        if len(options) > 1:
            return Any(tuple(options))
        return options[0] if options else None

    def parse_near(self):
        """Terms joined by NEAR/N or /N, which binds tighter than OR; "…"~N after a phrase."""
        node = self.parse_term()
        while (token := self.peek()) is not None and token.kind == "near":
            self.take()
            if token.text.startswith("~"):  # "…"~N; after a word (Lucene's fuzzy) dropped
                node = loosened(node, distance(token.text))
            elif self.peek() and self.peek_kind() not in ("close", "or", "near"):
                node = within(node, self.parse_term(), distance(token.text))
        return node

    def is_operator(self, words: tuple[str, ...], kind: str = "") -> bool:
        token = self.peek()
        return token is not None and (token.kind == kind or is_word(token, words))

    def parse_term(self):
        if self.is_operator(NOT_WORDS):
            self.take()
            node = self.parse_term() if self.peek() and self.peek_kind() != "close" else None
            return Not(node) if node is not None else None
        token = self.take()
        negated = token.text.startswith("-") and token.kind in ("field", "phrase", "open", "period")
        node = self.parse_token(token, token.text[1:] if negated else token.text)
        return Not(node) if negated and node is not None else node

    def parse_token(self, token: Token, text: str):
        field = self.fields[-1]
        start = token.start + len(token.text) - len(text)
        if token.kind == "field":
            name = text[:-1].lower()
            return self.parse_field(FIELD_ALIASES.get(name, name))
        if token.kind == "period":
            return Filter("date", text.split(":", 1)[1])
        if token.kind == "at":
            self.limit_rest(text[1:].lower())
            return None
        if token.kind == "phrase":
            return as_filter(field, phrase(text, None, start)) or phrase(text, field, start)
        if token.kind == "open":
            return self.parse_group(field)
        if token.kind == "word" and not is_word(token, AND_WORDS + OR_WORDS):
            node = word_or_not(text, field, start)
            return as_filter(field, node) or node
        return None  # a lone "|", ")", AND, NEAR/N, ^2

    def parse_field(self, name: str):
        if not self.peek() or self.peek_kind() in ("field", "close", "or"):
            return None
        known = name if name in SEARCHED_FIELDS + FILTER_FIELDS else self.fields[-1]
        self.fields.append(known)
        try:
            return self.parse_term()
        finally:
            self.fields.pop()

    def limit_rest(self, name: str) -> None:
        """@title: the words after it in this group are searched in that field; @* in all."""
        if name == "*" or name in SEARCHED_FIELDS:
            self.fields[-1] = None if name == "*" else name

    def parse_group(self, field: str | None):
        self.fields.append(field)
        node = self.parse_sequence() if len(self.fields) <= MAX_DEPTH else None
        if self.peek_kind() == "close":
            self.take()
        self.fields.pop()
        # source:(rt нг): a group of values means any of them.
        if field in FILTER_FIELDS and isinstance(node, All):
            return Any(node.nodes)
        return node


def is_word(token: Token, words: tuple[str, ...]) -> bool:
    return token.kind == "word" and token.text in words


def as_filter(field: str | None, node):
    """A word or phrase under source: or rubric: is a filter value: source:"Независимая газета"."""
    if field not in FILTER_FIELDS or node is None:
        return None
    if isinstance(node, Not):
        inner = as_filter(field, node.node)
        return Not(inner) if inner else None
    words = node.words if isinstance(node, Phrase) else (node,)
    return Filter(field, " ".join(w.text for w in words))


def word_or_not(text: str, field: str | None, start: int = 0):
    """ "-слово" excludes, "!слово" (or "=слово") is exact, "слово*" is a prefix."""
    negated = text.startswith("-")
    stripped = text.lstrip("-")
    exact = stripped[:1] in ("!", "=")
    stripped = stripped.lstrip("!=-")
    prefix = stripped.endswith("*")
    letters = stripped.replace("*", "")
    if not letters:
        return None
    begin = start + len(text) - len(stripped)
    span = (begin, begin + len(letters))
    node = Word(letters, exact=exact, prefix=prefix and not exact, field=field, span=span)
    return Not(node) if negated else node


def phrase(text: str, field: str | None, start: int = 0):
    """A quoted phrase; one word in quotes is that word."""
    inner = text[1:]
    if inner and inner[-1] in QUOTES.get(text[0], ""):
        inner = inner[:-1]
    words = []
    for token in tokenize(inner, start + 1):
        node = word_or_not(token.text, field, token.start) if token.kind == "word" else None
        if isinstance(node, Word):
            words.append(Word(node.text, exact=node.exact, field=field, span=node.span))
    if len(words) == 1:
        return dataclasses.replace(words[0], quoted=True)
    return Phrase(tuple(words), field) if words else None


def distance(text: str) -> int:
    """The N of "~N", "NEAR/N" or "/N", at most MAX_NEAR."""
    return min(MAX_NEAR, int(re.sub(r"\D", "", text)))


def loosened(node, near: int):
    """A phrase (or its negation) made a proximity group by "~N"; anything else as it was."""
    if isinstance(node, Not) and is_phrase(node.node):
        return Not(within(node.node, None, near))
    return within(node, None, near) if is_phrase(node) else node


def is_phrase(node) -> bool:
    return isinstance(node, Phrase) and not node.joined


def within(left, right, near: int):
    """Words (or proximity groups' and phrases' words) within `near` other words of one
    another, as one group; the widest N of a chain holds. Anything else (a group, a
    negation, a filter) or words of different fields: both required, as AND."""
    parts = [node for node in (left, right) if node is not None]
    words = [w for node in parts for w in near_words(node)]
    fields = {w.field for w in words if w is not None}
    if None in words or len(fields) > 1 or len(words) < 2:
        return All(tuple(parts)) if len(parts) > 1 else left
    widest = max([near] + [n.near for n in parts if is_phrase(n) and n.near is not None])
    return Phrase(tuple(words), fields.pop(), near=widest)


def near_words(node) -> list:
    """The words a proximity group takes from one operand: [None] when it is none of its kind."""
    if isinstance(node, Word):
        return [dataclasses.replace(node, prefix=False)]
    return list(node.words) if is_phrase(node) else [None]


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
