"""The formatter's fast path. The quick screen (three regular expressions over a whole chunk) clears a
chunk only when the line-by-line screen would: it may be faster, never laxer."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import formatting

EXAMPLES = int(os.environ.get("LAYOUT_EXAMPLES", "300"))

# Lines near every rule of the screen: lengths around 100, docstring quotes
# opening, closing and misplaced, tabs, trailing whitespace, wide characters.
line = st.one_of(
    st.sampled_from(
        [
            "",
            "    x = 1",
            '    """Doc.',
            '    """',
            '    """One line."""',
            '    x = """a"""',
            "\tx = 1",
            "    x = 1 ",
            "    x = 1\u00a0",
            "    y = '\u3042'",
            "    return f(" + "a" * 100 + ")",
            "    Model" + "A" * 100 + ".from_dict,",
        ]
    ),
    st.integers(90, 110).map(lambda n: "    " + "x" * (n - 4)),
    st.integers(90, 110).map(lambda n: '    """' + "d" * (n - 7)),
    st.text(st.characters(blacklist_categories=("Cs",), max_codepoint=0x3000), max_size=110),
)


@settings(max_examples=EXAMPLES * 3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(line, max_size=12))
def test_quick_screen_agrees_with_the_line_by_line_one(lines: list[str]) -> None:
    chunk = "\n".join(lines)
    slow = formatting._screen(chunk.split("\n"))
    # the same verdict, and the same first line black might change
    assert formatting.unvouched_line(chunk) == slow, chunk


def test_unverified_chunks_are_not_compiled_but_verified_ones_are() -> None:
    """The pipeline skips compiling what only the shipped templates rendered
    (verify=False); a user's templates keep the check (the default)."""
    broken = {"broken.py": "def broken(:\n"}
    assert formatting.format_files(broken, "black", verify=False) == broken
    try:
        formatting.format_files(broken, "black")
    except formatting.FormatError as exc:
        assert "broken.py" in str(exc)
    else:
        raise AssertionError("a verified chunk that does not parse must be refused")


def test_an_exploded_import_with_a_long_module_name_is_vouched_for() -> None:
    """The lazy models package imports siblings with long module names (ec2: 122
    modules); black cannot split the head, so the screen need not send it there."""
    import black

    source = "def f() -> None:\n    from ." + "m" * 100 + " import (\n        Name,\n    )\n"
    assert not formatting.needs_black(source)
    assert black.format_str(source, mode=formatting.black_mode()) == source
    # a head black could still change stays flagged
    assert formatting.needs_black("x = 1  " + "#" * 100 + "\n")
