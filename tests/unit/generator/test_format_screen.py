"""The quick screen (formatting._clean) looks for odd whitespace with plain
substring searches and finds triple-quote lines by searching for the quotes;
it must still agree with the line-by-line screen on every whitespace character
black strips and every placement of quotes."""

from __future__ import annotations

import pytest

from generator import formatting

SPACES = [" ", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1f"]


def agree(chunk: str) -> None:
    slow = formatting._screen(chunk.split("\n"))
    assert formatting.unvouched_line(chunk) == slow, repr(chunk)


@pytest.mark.parametrize("space", SPACES, ids=repr)
@pytest.mark.parametrize(
    "template",
    [
        "x = 1{s}\ny = 2\n",
        "x = 1\ny = 2{s}",
        "x = 1\n{s}\n",
        '"""Doc{s}\n"""\nx = 1\n',
        "x = [{s}1]\n",
    ],
)
def test_every_whitespace_character_is_screened(space: str, template: str) -> None:
    agree(template.format(s=space))


@pytest.mark.parametrize(
    "chunk",
    [
        'def f():\n    """One line."""\n    return 1\n',
        'def f():\n    """Two\n    lines.\n    """\n',
        'x = """a"""\n',
        '"""a""" """b"""\n',
        '    """unterminated\n',
        'class C:\n    """Doc."""\n\n    y: int\n    """Field."""\n',
        '"""Closing on a long line' + "x" * 120 + '"""\n',
        'a = 1\n"""',
        '"""',
        'def f():\n    """Doc\n    with """ inside\n    """\n',
    ],
)
def test_triple_quotes_anywhere_are_screened(chunk: str) -> None:
    agree(chunk)


def test_quote_lines_are_the_lines_with_triple_quotes() -> None:
    chunk = 'a\n    """x\nb\nc """ d """\n"""'
    assert formatting._quote_lines(chunk) == ['    """x', 'c """ d """', '"""']
    assert formatting._quote_lines("no quotes\n") == []


def test_a_chunk_with_long_or_wide_lines_is_screened_only_where_it_could_matter() -> None:
    """A large resource class is not clean (its docstrings have long lines and a
    character or two beyond ASCII), yet the screen looks only at its long,
    non-ASCII and triple-quote lines, and judges as the full screen does."""
    short = ["    x = 1"] * 50
    lines = ['    """Doc ' + "d" * 120, "    caf\u00e9", '    """', *short, "    y = " + "z" * 100]
    assert formatting._marked(lines) == [0, 1, 2, len(lines) - 1]
    agree("\n".join(lines))
    assert formatting.unvouched_line("\n".join(lines)) == lines[-1]


@pytest.mark.parametrize("wide", ["", "caf\u00e9 "], ids=["ascii", "wide"])
def test_a_long_line_is_judged_with_its_neighbours_as_the_full_screen_judges_it(wide: str) -> None:
    """The screen looks only at the lines that could matter, yet judges a long
    line with its neighbours: a call's head and lone argument that black leaves
    long, a statement call's long argument.  It agrees with the full screen on
    every length, and both verdicts occur."""
    verdicts = set()
    for size in range(40, 140, 4):
        name = "n" * size
        for body in (
            f"    result_{name} = module.function_{name}(\n        argument_{name}\n    )",
            f"    module.function(\n        argument_{name}\n    )",
            f"    module.function(\n        '{name}'\n    )\n    x = 1",
            f"    return module.function_{name}(\n        argument\n    )",
        ):
            chunk = f'def f() -> None:\n    """{wide}Doc {"d" * 120}\n    """\n{body}\n'
            agree(chunk)
            verdicts.add(formatting.unvouched_line(chunk) is None)
            if body.startswith("    result_") and size >= 84:
                # both lines too long; black leaves the argument as it leaves the head
                assert formatting.unvouched_line(chunk) is None, chunk
    assert verdicts == {True, False}
