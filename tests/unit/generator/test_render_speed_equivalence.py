"""The render stage's shortcuts (issue 19) give exactly what the plain code gave.

Each shortcut skips work when a cheap test shows the work would change nothing;
these tests hold the shortcut against the straightforward version it replaced,
on hostile text as well as ordinary text, so a shortcut that drifts fails here
before it changes one byte of a generated client."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from generator import escaping

# The characters docstring escaping treats specially, and some it must leave alone.
ALPHABET = [
    "a",
    "x y",
    " ",
    "  ",
    '"',
    '"""',
    "'",
    "\\",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\x00",
    "\x0b",
    "\x1f",
    "\x7f",
    "\x85",
    "\xa0",
    "\u2028",
    "\u2029",
    "\ud800",
    "\ufeff",
    "\u202e",
    "\u3000",
    "é",
    "e\u0301",
    "漢",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(ALPHABET, k=rng.randint(0, 14))) for _ in range(count)]


def _reference_docstring_body(text: str, indent: int = 0) -> str:
    """docstring_body as it was before its shortcuts: every step always run."""
    text = unicodedata.normalize("NFC", re.sub(r"[\ud800-\udfff]", "\ufffd", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    text = text.replace("\\", "\\\\").replace("\t", "\\t")
    text = escaping._UNSAFE.sub(escaping._escape_char, text)
    text = escaping._CLOSING_QUOTE.sub('\\\\"', text)
    if text.endswith('\\"'):
        text = text[:-2] + "\\x22"
    if text.startswith('"'):
        text = " " + text
    first, *rest = text.split("\n")
    if not rest:
        return first
    lines = [line.rstrip() for line in rest]
    common = min((len(line) - len(line.lstrip()) for line in lines if line), default=0)
    prefix = " " * indent
    return "\n".join([first.rstrip()] + [prefix + line[common:] if line else "" for line in lines])


@pytest.mark.parametrize("seed", range(4))
def test_docstring_body_shortcuts_agree_with_every_step_run(seed: int) -> None:
    for text in _texts(5000, seed):
        for indent in (0, 4, 8):
            expected = _reference_docstring_body(text, indent)
            assert escaping.docstring_body.__wrapped__(text, indent) == expected, repr(text)


def test_plain_ascii_descriptions_take_the_shortcuts_unchanged() -> None:
    text = 'Describes the "thing".\n\n    Indented  \n  less'
    expected = _reference_docstring_body(text, 8)
    assert escaping.docstring_body.__wrapped__(text, 8) == expected
    assert expected == 'Describes the "thing".\n\n          Indented\n        less'
