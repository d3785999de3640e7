"""Errors the generator reports to its user, as opposed to bugs in the generator."""

from __future__ import annotations

import re
from typing import Any, Iterable


class GeneratorError(Exception):
    """A problem with the user's input or environment: reported in one line, exit 2."""

    exit_status = 2


class SpecError(GeneratorError):
    """The document cannot be used; names the file and the JSON pointer of the problem."""

    def __init__(self, file: str, pointer: str, message: str) -> None:
        self.file = file
        self.pointer = pointer
        self.message = message
        super().__init__(f"{file}#{pointer}: {message}" if pointer else f"{file}: {message}")


class ConfigError(GeneratorError):
    """A config value that does not fit the document (an ``auth`` entry for a
    scheme it lacks, a shorthand that is ambiguous); the command line names
    the config file in front of it."""


class TargetError(GeneratorError):
    """A target folder or one of its templates is unusable."""


def pointer_from_path(parts: Iterable[Any]) -> str:
    """JSON pointer (RFC 6901) for a sequence of keys and indexes."""
    escaped = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "".join("/" + p for p in escaped)


# Longest line the command line prints for one error or warning.  Validator
# messages quote the offending value, which YAML aliases or one huge string can
# make megabytes long; a terminal or a CI log needs only its start.
MAX_LINE = 500

# Characters that would break the line or hide what it says: C0/C1 controls,
# line and paragraph separators, and the bidirectional controls that can make
# a terminal show text in another order than it is ("Trojan Source").
_BREAKING = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(match.group()) or (
        f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    )


def one_line(text: str, limit: int = MAX_LINE) -> str:
    """``text`` as one printable line of at most ``limit`` characters: line breaks
    and other controls escaped, the rest cut with a note of the full length.
    Only the head of ``text`` is escaped, so a huge message costs no more."""
    head = _BREAKING.sub(_escape, text[: limit + 1])
    if len(head) <= limit and len(text) <= limit:
        return head
    note = f"... ({len(text)} characters)"
    return head[: limit - len(note)] + note
