"""The two gates between document text and generated code."""

from __future__ import annotations

import ast
import keyword

import pytest

from generator.escaping import comment, docblock, docstring_body, literal
from generator.naming import UniqueNames, identifier, pascal, snake, snake_ident, upper_ident

HOSTILE = [
    'a"""b',
    'ends with quote"',
    '""',
    "back\\slash\\",
    "nul\x00byte",
    "line\u2028separator\u2029para",
    '"""; import os; os.system("touch /tmp/pwned"); """',
    "{{ jinja }} {% if x %}",
    "\\N{BULLET} \\x41 \\u0041",
    "\r\nwindows\rmac",
    "\ud800 lone surrogate",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_docstring_round_trips_as_one_string_token(text: str) -> None:
    source = f'def f():\n    """{docblock(text)}"""\n'
    tree = ast.parse(source)
    body = tree.body[0].body  # type: ignore[attr-defined]
    assert len(body) == 1, "the docstring must not turn into extra statements"
    value = body[0].value.value
    expected = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ud800", "\ufffd").strip()
    assert value.strip() == expected


@pytest.mark.parametrize("value", HOSTILE + [1, -2.5, True, None, ["a", {"b": 'c"'}]])
def test_literal_evaluates_back_to_the_value(value: object) -> None:
    source = literal(value)
    assert "\n" not in source
    assert ast.literal_eval(source) == value


def test_literal_refuses_what_it_cannot_express() -> None:
    assert literal(object()) == "None"
    assert literal(float("nan")) == "None"


def test_comment_keeps_one_line() -> None:
    assert "\n" not in comment("a\nb\u2028c") and comment("a\nb") == "a b"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("listApps", "list_apps"),
        ("app_id-or.name", "app_id_or_name"),
        ("HTTPServer2", "http_server_2"),
        ("", ""),
    ],
)
def test_snake(text: str, expected: str) -> None:
    assert snake(text) == expected


def test_pascal_and_upper() -> None:
    assert pascal("pipeline-coupling") == "PipelineCoupling"
    assert upper_ident("a-b c") == "A_B_C"


@pytest.mark.parametrize(
    "text", ["class", "match", "1abc", "", "__", "émoji😀", "a" * 300, "x;import os", "print"]
)
def test_identifier_is_always_a_safe_identifier(text: str) -> None:
    name = snake_ident(text, "value")
    assert name.isidentifier() and not keyword.iskeyword(name) and not keyword.issoftkeyword(name)
    assert len(name) <= 81
    assert identifier(text or "x", "value").isidentifier()


def test_unique_names_are_deterministic() -> None:
    names = UniqueNames({"self"})
    assert [names.claim(n) for n in ["self", "a", "a", "a"]] == ["self_2", "a", "a_2", "a_3"]
    classes = UniqueNames(case_sensitive=False)
    assert [classes.claim(n) for n in ["Pet", "pet", "Pet"]] == ["Pet", "pet_2", "Pet2"]


@pytest.mark.parametrize(
    "text", HOSTILE + ['say "hi" ', 'ends "', 'x"""""', 'a\n"b"', 'q"\n\n', "\\"]
)
def test_docstrings_are_stable_under_one_black_pass(text: str) -> None:
    """Generation formats with a single black pass; that must equal black's own
    (two-pass) result, or `black --check` would fail on generated code."""
    import black

    from generator.formatting import black_mode, format_python

    source = f'def f():\n    """{docblock(text)}"""\n'
    assert format_python(source) == black.format_str(source, mode=black_mode())
