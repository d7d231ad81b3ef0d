import pickle

import pytest

from indexer.text.analysis import paragraph_starts, russian_analyzer, term_positions, word_terms
from indexer.text.morph import fold, fold_word, lemmas, weak_lemmas, word_forms

LEMMAS = [
    ("собянину", "собянин"),
    ("товарооборота", "товарооборот"),
    ("замахнулись", "замахнуться"),
    ("стали", "стать"),
    ("стали", "сталь"),
    ("выборах", "выборы"),
    ("санкт-петербурге", "санкт-петербург"),
    ("еще", "еще"),  # pymorphy says "ещё": folded after lemmatizing
    ("belgee", "belgee"),
    ("2024", "2024"),
    ("мвд", "мвд"),
    # a name with a number: the word declined, the number kept
    ("формулы-1", "формула-1"),
    ("северного", "северный"),
    ("потока-2", "поток-2"),
    ("боинга-737", "боинг-737"),
    ("ту-154", "ту-154"),  # a model's letters are not declined ("ту" is not "та")
]


@pytest.mark.parametrize(("word", "lemma"), LEMMAS)
def test_a_word_has_its_lemma(word, lemma):
    assert lemma in lemmas(word)


# A reading pymorphy3 gives under 2 % is not a lemma of the word: an article saying «после»
# is not about an ambassador, nor one saying «тем не менее» about a «тема».
UNLIKELY = [
    ("после", "посол"),
    ("тем", "тема"),
    ("день", "деть"),
    ("дела", "деть"),
    ("мира", "миро"),
]


@pytest.mark.parametrize(("word", "lemma"), UNLIKELY)
def test_an_unlikely_reading_is_not_a_lemma(word, lemma):
    assert lemma not in lemmas(word)


# A command or an abbreviation is not a lemma where the word reads as another word at least as
# likely: «три» is a number, not «тереть!», «пришли» is «прийти», not «прислать!», «им» is
# «они», not «им.» for «имени».
COMMANDS = [
    ("три", ("три",)),
    ("почти", ("почти",)),
    ("мой", ("мой",)),
    ("цель", ("цель",)),
    ("пришли", ("прийти",)),
    ("нашли", ("найти",)),
    ("гости", ("гость",)),
    ("им", ("они",)),
    ("тел", ("тело",)),
    # read first as a command, or only as one: kept
    ("дай", ("дать", "дая")),
    ("скажи", ("сказать",)),
    ("слушай", ("слушать", "слушай")),
]


@pytest.mark.parametrize(("word", "expected"), COMMANDS)
def test_a_command_or_abbreviation_is_not_a_lemma_beside_a_likelier_word(word, expected):
    assert lemmas(word) == expected


FUNCTION_WORDS = [
    ("уже", ("уже",)),  # not «уж», nor «узкий»
    ("нее", ("она",)),  # not the river Нея
    ("просто", ("просто",)),  # read first as a particle: not «простой»
    ("возможно", ("возможно",)),  # a conjunction: not «возможный»
    ("якобы", ("якобы",)),  # not the first name Якоб
    ("важно", ("важно", "важный")),  # an adverb, which is a word of its own: kept
]


@pytest.mark.parametrize(("word", "expected"), FUNCTION_WORDS)
def test_a_function_word_is_not_read_as_a_noun_or_adjective(word, expected):
    assert lemmas(word) == expected


def test_the_forms_of_a_verb_leave_out_its_commands_read_as_other_words():
    assert {"трет", "тер", "тереть"} <= word_forms("тереть")
    assert "три" not in word_forms("тереть")
    assert "пришли" not in word_forms("прислать")


def test_a_word_pymorphy_does_not_know_keeps_every_guess():
    # «Квят» is guessed from its ending: квить 0.94, квенок 0.05, and itself only 0.008.
    assert "квят" in lemmas("квят")


def test_the_forms_of_a_lemma_leave_out_those_read_so_rarely():
    assert {"посла", "послы", "послом"} <= word_forms("посол")
    assert "после" not in word_forms("посол")


# A reading kept but a small share of the word's is weak: «стали» is mostly стать, «суда» суд,
# «киев» the city, not a cue (кий); a word of one lemma or of two as likely has none; nor is a
# participle's verb strong where the word is an adjective or noun of its own (morph.PARTICIPLES).
WEAK = [
    ("стали", {"сталь"}),
    ("суда", {"судно"}),
    ("киев", {"кий"}),
    ("карьеру", {"карьер"}),
    ("собянину", set()),
    ("пора", set()),
    # a participle's verb where the word is an adjective or a noun of its own
    ("данные", {"дать"}),
    ("текущий", {"течь"}),
    ("погибших", {"погибнуть"}),
    ("пострадавших", set()),  # a participle only: its verb is its one lemma
]


@pytest.mark.parametrize(("word", "expected"), WEAK)
def test_a_reading_that_is_a_small_share_of_the_words_is_weak(word, expected):
    assert weak_lemmas(word) == expected
    assert expected <= set(lemmas(word))


# A word of letters alike in both alphabets is in one: the alphabet it can be in, or most of its
# letters' when both can; a word with letters of either that the other lacks stays as it is.
UNMIXED = [
    ("cенате", "сенате"),  # a Latin c
    ("Tу-154", "ту-154"),  # a Latin T
    ("сnn", "cnn"),  # a Cyrillic с
    ("ххi", "xxi"),  # Cyrillic х in a Roman numeral
    ("PR-кампания", "pr-кампания"),  # each part in its own alphabet
    ("rtд", "rtд"),  # neither: д and r have no look-alikes
    ("nРанее", "nранее"),  # a stray Latin letter does not make a Russian word Latin
    ("МI5", "mi5"),  # a short word may go either way
    ("Москва", "москва"),
]


@pytest.mark.parametrize(("word", "expected"), UNMIXED)
def test_a_word_of_both_alphabets_is_folded_into_one(word, expected):
    assert fold_word(word) == expected


def test_lemmas_are_folded_and_bounded():
    for word in ("стали", "путина", "королев", "еще", "ёлки"):
        found = lemmas(fold(word))
        assert 1 <= len(found) <= 3
        assert all("ё" not in lemma and lemma == lemma.lower() for lemma in found)


TERMS = [
    # the exact form is kept only when it is not the word's only lemma
    ("собянину", {"!собянину", "собянин"}),
    ("собянин", {"собянин"}),
    ("стали", {"!стали", "стать", "~сталь"}),
    # a weak reading is a term of its own (morph.WEAK_READING): «суда» is mostly courts
    ("суда", {"!суда", "суд", "~судно"}),
    ("санкт-петербурге", {"санкт-петербург", "петербург", "санкт", "!петербурге"}),
    ("covid-19", {"covid-19", "covid", "19"}),
]


@pytest.mark.parametrize(("word", "expected"), TERMS)
def test_word_terms(word, expected):
    assert expected <= set(word_terms(word))


def test_fast_path_gives_the_analyzers_terms_but_where_the_neighbours_tell():
    text = "В Санкт-Петербурге Собянину ещё стали давать COVID-19, BELGEE и МВД. Стали стали!"
    tokens = {}
    for token in russian_analyzer()(text, positions=True):
        tokens.setdefault(token.text, []).append(token.pos)
    # «стали давать» (4) is the verb: the analyzer, which reads each word alone, says сталь too,
    # a weak reading (morph.WEAK_READING).
    assert tokens["~сталь"] == [4, 10, 11]
    assert term_positions(text) == {**tokens, "~сталь": [10, 11]}


def test_paragraphs_begin_at_the_positions_their_first_words_are_indexed_at():
    text = "Мост закрыли на ремонт.\n\nОбъезд — по новой дороге.\nРабота-то идёт"
    positions = term_positions(text)
    assert paragraph_starts(text) == [4, 8]
    assert positions["объезд"] == [4] and positions["работа"] == [8]
    assert paragraph_starts("Один абзац без переносов") == []


def test_highlighting_offsets_are_the_words_as_written():
    text = "Мэр встретился с Собяниным в Санкт-Петербурге"
    spans = {
        t.text: text[t.startchar : t.endchar]
        for t in russian_analyzer()(text, chars=True, positions=True)
    }
    assert spans["собянин"] == "Собяниным"
    assert spans["петербург"] == "Санкт-Петербурге"


def test_query_mode_gives_lemmas_only():
    terms = [t.text for t in russian_analyzer()("Собянину стали", mode="query")]
    assert terms == ["собянин", "стать", "сталь"]


def test_analyzer_pickles_without_the_morphology():
    assert len(pickle.dumps(russian_analyzer())) < 2000
