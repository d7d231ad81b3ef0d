"""Text from bytes in whatever encoding a Russian file comes in: UTF-8 with or without its
BOM first, then the likely Cyrillic code pages (charset-normalizer), in Unicode NFC.
"""

import codecs
import unicodedata

import charset_normalizer

# The encodings a Russian text that is not UTF-8 is likely to be in. Without this list
# charset-normalizer takes a short cp1251 text for cp1125 or Shift JIS.
ENCODINGS = ["cp1251", "koi8_r", "cp866", "iso8859_5", "utf_16", "utf_32", "cp1252"]
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def to_nfc(text: str) -> str:
    """Text in Unicode NFC: "е" + combining breve -> "й"."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def detect_encoding(data: bytes) -> str | None:
    """The encoding of bytes: UTF-8 (with or without BOM) first, then a guess; None for binary."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data and not data.startswith(UTF16_BOMS):
        return None  # NUL bytes outside UTF-16: an image, an archive, not text
    best = charset_normalizer.from_bytes(data, cp_isolation=ENCODINGS).best()
    return best.encoding if best else None


def decode(data: bytes, encoding: str | None = None) -> str | None:
    """Text of bytes in `encoding` or, failing that, a detected one; None when undecodable."""
    if encoding:
        try:
            return to_nfc(data.decode(encoding))
        except UnicodeDecodeError:
            pass
    detected = detect_encoding(data)
    return None if detected is None else to_nfc(data.decode(detected, errors="replace"))
