"""Bytes of a file -> text: UTF-8 (BOM stripped) or UTF-16/32 by BOM; anything else is refused
with a reason that names what the bytes look like, so the user knows how to convert them."""

from __future__ import annotations

import codecs
import re

# Longest BOM first: the UTF-32 LE BOM begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# Control characters other than tab and newline: terminal escape sequences start with ESC, and
# none of them is text. C1 controls (U+0080-U+009F) act as escapes on some terminals too.
_CONTROLS = re.compile(
    "\x1b\\[[0-?]*[ -/]*[@-~]"  # a whole CSI sequence (colours, cursor moves)
    "|\x1b\\][^\x07\x1b]*(?:\x07|\x1b\\\\)?"  # a whole OSC sequence (window titles, links)
    "|\x1b[@-_]?"  # any other escape
    "|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)


class NotTextError(ValueError):
    """The bytes are not text in an encoding factcheck reads; the message says what they are."""


def decode_text(data: bytes) -> str:
    """Decode a file's bytes; newlines become '\\n' and control characters are removed.

    Raises NotTextError for an empty file, binary data (NUL bytes) and text in another
    encoding than UTF-8 / UTF-16 / UTF-32 with a byte-order mark.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise NotTextError(
                    f"invalid {name} (byte-order mark, bad byte at {exc.start})"
                ) from None
            return _checked(clean_text(text))
    if b"\x00" in data:
        raise NotTextError(_binary(data))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotTextError(_not_utf8(data, exc)) from None
    return _checked(clean_text(text))


def clean_text(text: str) -> str:
    """Newlines as '\\n' ('\\r\\n' and a lone '\\r' too); control characters removed."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)


def clean_line(value: str) -> str:
    """A one-line value (a name, an id, a reason) with every control character removed,
    newlines and tabs included, so that it cannot move a terminal's cursor."""
    return _CONTROLS.sub("", value.replace("\n", " ").replace("\t", " "))


def _checked(text: str) -> str:
    if not text.strip():
        raise NotTextError("empty file, not text")
    return text


def _binary(data: bytes) -> str:
    """Why bytes with NULs are not read: UTF-16 without a BOM, or binary data."""
    sample = data[:4096]
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    half = len(sample) // 2
    if half and max(odd, even) > 0.4 * half and min(odd, even) < 0.05 * half:
        return "looks like UTF-16 without a byte-order mark; save it as UTF-8"
    return f"binary data ({data.count(0)} NUL bytes), not text"


def _not_utf8(data: bytes, exc: UnicodeDecodeError) -> str:
    """Name the encoding the bytes seem to be in: Windows-1252 / Latin-1 reads any byte."""
    found = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return f"not UTF-8 ({found}) and no byte-order mark; save it as UTF-8"
    return f"not UTF-8 ({found}); looks like Windows-1252 or Latin-1: save it as UTF-8"
