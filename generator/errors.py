"""Errors the generator reports to its user, as opposed to bugs in the generator."""

from __future__ import annotations


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


class TargetError(GeneratorError):
    """A target folder or one of its templates is unusable."""


def pointer_from_path(parts: object) -> str:
    """JSON pointer (RFC 6901) for a sequence of keys and indexes."""
    if not isinstance(parts, (list, tuple)):
        parts = list(parts)  # type: ignore[call-overload]
    escaped = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "".join("/" + p for p in escaped)
