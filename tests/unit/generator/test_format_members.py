"""Black sees only the methods that need it: a class chunk is cut before each
method but its first, and each piece that needs black is formatted inside a
stand-in class (formatting._black_pieces).  The result must be black's own
output for the whole class."""

from __future__ import annotations

from typing import Any

import pytest

from generator import formatting

LONG = "x" * 90


def chunk_of(methods: list[str], decorated: bool = False) -> str:
    head = "@dataclass\n" if decorated else ""
    body = "\n\n".join(methods)
    return f'{head}class Api:\n    """The API."""\n\n{body}\n'


def method(name: str, line: str = "return 1") -> str:
    return f"    def {name}(self) -> int:\n        {line}\n"


def format_chunk(chunk: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, list[str]]:
    """The chunk through format_files, and the sources black was given."""
    seen: list[str] = []
    original = formatting._format_batch

    def recording(sources: list[str]) -> Any:
        seen.extend(sources)
        return original(sources)

    monkeypatch.setattr(formatting, "_format_batch", recording)
    monkeypatch.setenv("OPENAPI_PYGEN_CACHE", "off")
    out = formatting.format_files({"m.py": chunk}, "black")["m.py"]
    return out, seen


@pytest.mark.parametrize("decorated", [False, True])
@pytest.mark.parametrize("where", [0, 1, 3])
def test_only_the_method_that_needs_black_goes_to_it(
    monkeypatch: pytest.MonkeyPatch, where: int, decorated: bool
) -> None:
    long_line = f"return f(a_{LONG}, b_{LONG})"
    methods = [method(f"m{i}", long_line if i == where else "return 1") for i in range(4)]
    chunk = chunk_of(methods, decorated)
    out, seen = format_chunk(chunk, monkeypatch)
    assert out == formatting.format_python(chunk)  # black's output for the whole class
    assert len(seen) == 1
    assert f"def m{where}(" in seen[0]
    assert all(f"def m{i}(" not in seen[0] for i in range(4) if i != where)
    if where:  # a later method is formatted alone, inside a stand-in class
        assert seen[0] == "class _:\n" + methods[where]


def test_a_decorated_method_and_blank_lines_survive(monkeypatch: pytest.MonkeyPatch) -> None:
    methods = [
        method("a"),
        "    @property\n" + method("b", f"return g(c_{LONG}, d_{LONG})").lstrip("\n"),
        "    async def c(self) -> None:\n        pass\n",
    ]
    chunk = chunk_of(methods)
    out, seen = format_chunk(chunk, monkeypatch)
    assert out == formatting.format_python(chunk)
    assert len(seen) == 1 and "@property" in seen[0]


def test_other_chunks_go_to_black_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    chunk = f"def f() -> int:\n    x = 1\n\n    def inner() -> int:\n        return g(a_{LONG}, b_{LONG})\n\n    return x\n"
    out, seen = format_chunk(chunk, monkeypatch)
    assert seen == [chunk]
    assert out == formatting.format_python(chunk)


def test_a_broken_method_names_its_file(monkeypatch: pytest.MonkeyPatch) -> None:
    methods = [method("a"), method("b"), method("c", f"return f(a_{LONG}, b_{LONG}")]
    with pytest.raises(formatting.FormatError, match="m.py"):
        format_chunk(chunk_of(methods), monkeypatch)


def test_full_black_still_formats_whole_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    chunk = chunk_of([method("a"), method("b", f"return f(a_{LONG}, b_{LONG})")])
    monkeypatch.setenv("OPENAPI_PYGEN_CACHE", "off")
    seen: list[str] = []
    original = formatting._format_batch
    monkeypatch.setattr(
        formatting, "_format_batch", lambda sources: seen.extend(sources) or original(sources)
    )
    formatting.format_files({"m.py": chunk}, "black", full=True)
    assert seen == [chunk]
