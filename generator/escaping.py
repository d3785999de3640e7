"""The one path by which document text becomes part of generated code.

Spec strings (titles, descriptions, enum values, defaults, server URLs...) are
untrusted.  They reach Python output only as a string literal (:func:`literal`)
or inside a docstring (:func:`docstring_body`); names go through
:mod:`generator.naming`.  Both functions produce text that the Python
tokenizer reads back as exactly one string token, whatever the input.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from typing import Any

# Bidirectional controls: in an editor or a diff they reorder the text around
# them, so a docstring or comment could appear to end where it does not
# ("Trojan Source", CVE-2021-42574).  Spec text never carries them raw.
BIDI = r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # for a regex character class
_BIDI = re.compile(f"[{BIDI}]")
# Characters that would end a line, confuse the tokenizer, be invisible or
# reorder the text around them.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff" + BIDI + "]")
# A quote that is followed by another quote, or ends the text, could close """.
_CLOSING_QUOTE = re.compile(r'"(?="|$)')


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _no_surrogates(text: str) -> str:
    """Lone surrogates cannot be encoded (a docstring holding one breaks the
    import), so they become U+FFFD, the replacement character."""
    if text.isascii():  # most spec text: nothing to search
        return text
    return _SURROGATE.sub("\ufffd", text)


def _escape_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def literal(value: Any) -> str:
    """A Python literal that evaluates to ``value`` (strings, numbers, bools, None,
    and lists/tuples/dicts of those).  Anything else becomes ``None``.

    The spelling is black's own (double quotes unless they need more escapes,
    no ``+`` in exponents), so code built from literals needs no reformatting.
    """
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            return "None"
        return repr(value).replace("e+", "e")
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, tuple):
        return "(" + ", ".join(literal(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    return "None"


# The same texts are spelled again and again (a method's docstring in its sync
# and its async class, a shared field's description or wire name in every
# model); the caches are bounded, and small: they hold whole docstrings
# (Microsoft Graph's peak grew by 10 MB with 4,096 entries in each of two).
_CACHED = functools.lru_cache(maxsize=1 << 10)
# A method's docstring is asked for again one class later, after every other
# method's: a cache smaller than a class misses every time (ec2 has 1,188
# methods in one class).  Only the body is kept, so this one cache holds about
# what the body and docblock caches of 1,024 entries held together.
_DOCSTRINGS = functools.lru_cache(maxsize=1 << 11)


@_CACHED
def _string(value: str) -> str:
    """``repr`` (which always round-trips and never spans lines), requoted the
    way black prefers: double quotes, unless they would need more backslashes."""
    text = repr(value)
    if text[0] == '"' or ('"' in value and value.count('"') > value.count("'")):
        return text  # repr chose double quotes, or single quotes need fewer escapes
    body = text[1:-1].replace("\\'", "'").replace('"', '\\"')
    return '"' + body + '"'


@_DOCSTRINGS
def docstring_body(text: str, indent: int = 0) -> str:
    """``text`` made safe to place between triple double quotes.

    Backslashes are doubled, control and line-separator characters are escaped,
    and quotes that could close the docstring are escaped.  Ordinary quotes and
    newlines are kept so the docstring reads like the spec.

    Lines after the first are laid out as black lays out a docstring indented
    by ``indent`` spaces (common indentation removed, then ``indent`` added,
    trailing whitespace dropped), so black leaves the result as it is.
    """
    # Every step is skipped when a cheap test shows it would change nothing:
    # a large document has megabytes of descriptions, nearly all plain ASCII.
    if not text.isascii():
        text = unicodedata.normalize("NFC", _no_surrogates(text))
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip()  # first: stripping after escaping could expose a bare closing quote
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if "\t" in text:
        text = text.replace("\t", "\\t")
    if not text.replace("\n", "").isprintable():  # every _UNSAFE character is unprintable
        text = _UNSAFE.sub(_escape_char, text)
    if '""' in text or text.endswith('"'):  # what _CLOSING_QUOTE can match (text is stripped)
        text = _CLOSING_QUOTE.sub('\\\\"', text)
    if text.endswith('\\"'):
        # The same character, in a form black never pads: black adds a space
        # after a docstring's final quote, which a second pass changes again.
        text = text[:-2] + "\\x22"
    if text.startswith('"'):
        text = " " + text  # black pads an opening quote so it cannot merge with \"\"\"
    first, *rest = text.split("\n")
    if not rest:
        return first
    lines = [line.rstrip() for line in rest]
    common = min((len(line) - len(line.lstrip()) for line in lines if line), default=0)
    prefix = " " * indent
    return "\n".join([first.rstrip()] + [prefix + line[common:] if line else "" for line in lines])


def docblock(text: str, indent: int = 0) -> str:
    """Like :func:`docstring_body`, but a multi-line result ends with a newline
    and the indentation, so the closing quotes sit on their own line (PEP 257)."""
    body = docstring_body(text, indent)
    return body + "\n" + " " * indent if "\n" in body else body


def comment(text: str) -> str:
    """One line of text safe to follow ``#`` (no line breaks survive)."""
    return " ".join(_UNSAFE.sub(_escape_char, _no_surrogates(text)).split())


def toml_string(value: Any) -> str:
    """A TOML basic string (for pyproject.toml): JSON's escapes are TOML's, as
    long as nothing is written as a surrogate pair and DEL is escaped too."""
    text = json.dumps(_no_surrogates(str(value)), ensure_ascii=False)
    return _BIDI.sub(_escape_char, text.replace("\x7f", "\\u007f"))


def json_text(value: Any) -> str:
    """Deterministic JSON, for targets (docs) that show values rather than run them."""
    return _BIDI.sub(_escape_char, json.dumps(value, sort_keys=True, ensure_ascii=False))
