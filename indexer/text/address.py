"""The words of a page's address: many sites end it with their editors' keywords,
transliterated (`russian.rt.com/world/article/379259-sssr-vzyatie-berlina-zapad`,
`lenta.ru/news/2018/03/01/putin_poslanie/`, `iz.ru/…/uchenye-rasskazali-ob-idealnoi-diete`).

Sites transliterate in different schemes (я as ya, ia or ja; й as y, i or j; ц as ts, c or
cz), so the address's words and the query's are both cut down to one skeleton, and a query
word matches a word of the address that opens with the first PREFIX letters of its lemma's.
"""

import re
from urllib.parse import unquote, urlsplit

import cyrtranslit

# How many letters of a word's skeleton are compared: «берлина» in the address against
# «берлин» typed, «взятие» against «взятия»: the stem, not the ending.
PREFIX = 5
# The shortest prefix kept: «сша» (ssha), «оон» (oon), «рф» (rf).
SHORTEST = 2
# An address of one word («…/1_moment.html», «…/index.php») is a section or a page name,
# not the editors' keywords.
FEWEST_WORDS = 2
LETTERS = re.compile(r"[a-z]{2,}")
NUMBERED_START = re.compile(r"^\d+[-_]")
EXTENSION = re.compile(r"\.[a-z]{2,5}$")
# The term every article whose address has words holds beside them.
ADDRESSED = "_"
# The soft and hard signs in some schemes: «объявление» ob''yavlenie, «мысль» my'sl'.
APOSTROPHES = re.compile(r"['’ʹʺ\"]")
# Spellings of one Russian sound in the common schemes, each to one of them; in this order,
# so that «щ» as shch is not read as «ш» + «ч».
SCHEMES = (
    ("shch", "sh"), ("shh", "sh"), ("sch", "sh"),
    ("kh", "h"), ("cz", "c"), ("ts", "c"), ("tz", "c"), ("x", "ks"),
    ("j", "y"), ("ye", "e"), ("ya", "ia"), ("yu", "iu"), ("yo", "io"),
)  # fmt: skip
# After those: «ия» as iya, iia or ija is one "ia"; «ей» as ey or ei is one "ei".
GLIDES = ((re.compile(r"i+"), "i"), (re.compile(r"(?<=[aeiouy])y"), "i"))


def address_words(url: str) -> list[str]:
    """The skeletons of the words of the address's last part, [] when it holds fewer than
    FEWEST_WORDS: "…/379259-sssr-vzyatie-berlina" → ["sssr", "vziatie", "berlina"]."""
    path = unquote(urlsplit(url or "").path).rstrip("/")
    last = EXTENSION.sub("", NUMBERED_START.sub("", path.rsplit("/", 1)[-1].lower()))
    words = latin_words(last)
    return words if len(words) >= FEWEST_WORDS else []


def address_terms(url: str, title: str = "") -> list[str]:
    """What the index holds of an address: each word's prefixes of SHORTEST to PREFIX
    letters, so a query word is one look-up whatever its length.

    [] for an address that only spells the title («…/uchenye-rasskazali-ob-idealnoi-diete»
    under «Учёные рассказали об идеальной диете»): it says nothing the title does not, and
    counted, it would favour the sites that write so. [] too for one naming no word of the
    title: mostly keywords in another language («…/build-em-up»), which no Russian query
    names, so that counted, they would only hold the article back."""
    words = address_words(url)
    stems, said = {stem(word) for word in words}, title_stems(title)
    if stems <= said or not stems & said:
        return []
    prefixes = {word[:n] for word in words for n in range(SHORTEST, PREFIX + 1)}
    return [ADDRESSED, *sorted(prefixes)]


def title_stems(title: str) -> set[str]:
    """The first PREFIX letters of each word of a title, transliterated."""
    return {stem(word) for word in latin_words(title)}


def stem(word: str) -> str:
    """What is compared of a word: its first PREFIX letters."""
    return word[:PREFIX]


def word_key(lemma: str) -> str:
    """The prefix of a query word's lemma a word of the address must open with:
    «взятие» → "vziat", «россия» → "rossi"; "" for a word without letters."""
    words = latin_words(lemma)
    return stem(max(words, key=len)) if words else ""


def latin_words(text: str) -> list[str]:
    """The words of Russian or Latin text in Latin letters, in one scheme's skeleton."""
    return LETTERS.findall(skeleton(latin(text)))


def latin(text: str) -> str:
    """Text in Latin letters, ё as е: sites write «учёные» as uchenye."""
    return cyrtranslit.to_latin(text.lower().replace("ё", "е"), "ru")


def skeleton(text: str) -> str:
    """Latin text in one transliteration scheme: "reaktsiya", "reakcziya" and "reakciia"
    all give "reakcia"."""
    text = re.sub(r"[^a-z0-9]+", " ", APOSTROPHES.sub("", text.lower())).strip()
    for spelled, one in SCHEMES:
        text = text.replace(spelled, one)
    for pattern, one in GLIDES:
        text = pattern.sub(one, text)
    return text
