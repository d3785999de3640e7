"""Generated Python is laid out in black's style without running black.

The generator only runs black on the pieces its line screen cannot vouch for
(generator/formatting.py), so these tests check the two halves of that claim:

* every construct the emitter lays out (generator/pystyle.py, the escaping
  filters) is black's fixed point, or else the screen sends it to black;
* on real output (the Heroku spec, the feature fixtures and a sample of the
  development corpus) the fast path gives the same bytes as black over
  everything (``--full-black``).

Each compares with black itself, so a change in black's style fails here
rather than silently producing unformatted code.
"""

from __future__ import annotations

import keyword
import os
from pathlib import Path

import black
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import escaping, formatting, pipeline, pystyle, targets
from helpers import ROOT, SPEC, heroku_config

MODE = formatting.black_mode()
EXAMPLES = int(os.environ.get("LAYOUT_EXAMPLES", "300"))
FIXTURES = [
    spec
    for spec in sorted((ROOT / "tests" / "fixtures").glob("**/*.[jy][sa]*[nl]"))
    if "invalid" not in spec.parts
]


def black_keeps(source: str) -> bool:
    return black.format_str(source, mode=MODE) == source


def sound(source: str) -> bool:
    """What the formatter relies on: the screen flags it, or black keeps it."""
    return formatting.needs_black(source) or black_keeps(source)


# Identifiers of every length that matters around the 100-column limit.
names = st.from_regex(r"[a-z][a-z0-9_]{0,100}", fullmatch=True).filter(
    lambda n: not keyword.iskeyword(n) and not keyword.issoftkeyword(n)
)
classes = st.from_regex(r"[A-Z][A-Za-z0-9]{0,110}", fullmatch=True).filter(
    lambda n: not keyword.iskeyword(n)
)
texts = st.text(st.characters(blacklist_categories=("Cs",), max_codepoint=0x3000), max_size=120)


# ---------------------------------------------------------------- literals


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_string_literals_use_blacks_quotes(value: str) -> None:
    text = escaping.literal(value)
    assert eval(text) == value  # noqa: S307 - our own literal, checked to round-trip
    assert black.strings.normalize_string_quotes(text) == text


@pytest.mark.parametrize("value", [1e20, -2.5e-07, 1e16, 0.1, 10**30, -7, True, None])
def test_number_literals_are_as_black_writes_them(value: object) -> None:
    source = f"x = {escaping.literal(value)}\n"
    assert black_keeps(source)
    assert eval(escaping.literal(value)) == value  # noqa: S307


# ---------------------------------------------------------------- docstrings


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from([0, 1, 2]))
def test_docstrings_are_blacks_fixed_point(text: str, depth: int) -> None:
    pad = "    " * depth
    header = "".join("    " * level + "class C:\n" for level in range(depth))
    source = f'{header}{pad}"""{escaping.docblock(text, 4 * depth)}"""\n'
    if depth == 0:
        source = f'"""{escaping.docblock(text)}"""\n\nx = 1\n'
    assert sound(source), source


# ---------------------------------------------------------------- layout


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(names, st.lists(names, min_size=1, max_size=6), classes)
def test_def_lines(name: str, params: list[str], returns: str) -> None:
    group = pystyle.define(name, ["self"] + [f"{p}: {returns}" for p in params], returns)
    source = f"class C:\n{pystyle.layout(group, 4, ':')}\n        pass\n"
    assert sound(source), source


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(classes, st.lists(st.sampled_from(["str", "int", "_rt.OpenEnum", "Base"]), max_size=3))
def test_class_headers(name: str, bases: list[str]) -> None:
    header = pystyle.layout(pystyle.class_header(name, bases), 0, ":")
    source = f"{header}\n    X = 1\n"
    assert sound(source), source


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(names, st.lists(st.one_of(names, classes), min_size=1, max_size=5), classes, texts)
def test_nested_calls_and_mappings(name: str, args: list[str], cls: str, key: str) -> None:
    inner = pystyle.call(f"{cls}.from_dict(", [pystyle.call("_rt.list_of(", args), "data"])
    table = pystyle.call("{", [f"{escaping.literal(key)}: {a}" for a in args], "}")
    group = pystyle.prefixed(pystyle.call("_rt.decode(", ["_response", inner, table]), "return ")
    source = f"def {name}():\n{pystyle.layout(group, 4)}\n"
    assert sound(source), source


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(texts, names, classes, st.sampled_from(["call", "plain", "empty", "ternary", "string"]))
def test_assignments(key: str, ident: str, cls: str, shape: str) -> None:
    value = {
        "call": f"_rt.encode(self.{ident})",
        "plain": f"self.{ident}.value",
        "empty": f"self.{ident}.to_dict()",
        "ternary": f"None if self.{ident} is None else {cls}(self.{ident})",
        "string": escaping.literal(key),
    }[shape]
    line = pystyle.assign(f"data[{escaping.literal(key)}]", value, 12)
    source = f"def f(self):\n    if self:\n        if self:\n{line}\n"
    assert sound(source), source


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(
    names,
    st.one_of(classes, st.from_regex(r"[A-Z][A-Za-z0-9]{80,95}", fullmatch=True)),
    st.booleans(),
    st.sampled_from(["Optional[{}]", "list[{}]", "{}"]),
)
def test_annotated_fields(name: str, cls: str, optional: bool, shape: str) -> None:
    line = pystyle.annotated(name, shape.format(cls), "None" if optional else "", 4)
    source = f"class C:\n{line}\n"
    assert sound(source), source


def test_import_lines_fit_or_explode() -> None:
    import_line = targets.load("python", None).filters["import_line"]
    short = import_line("..models", ["A", "B"])
    long = import_line("..models", [f"Model{i:03d}WithALongName" for i in range(6)])
    assert short == "from ..models import A, B"
    assert long.startswith("from ..models import (\n    Model000WithALongName,\n")
    assert black_keeps(short + "\n") and black_keeps(long + "\n")


# ---------------------------------------------------------------- the screen


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ("x = 1\n", False),
        ("x = " + "1 + " * 30 + "1\n", True),  # long code line
        ('def f():\n    """' + "word " * 40 + '"""\n', False),  # long docstring line
        ('def f():\n    """A.\n\n    ' + "word " * 40 + 'end\n    """\n', False),
        ("def f():\n\treturn 1\n", True),  # tab
        ("x = 1 \n", True),  # trailing whitespace
        ('x = \'"""\'\n', True),  # a triple quote that is not a docstring's
        ('    "' + "a" * 120 + '",\n', False),  # a lone string item black cannot split
        ("    Model" + "A" * 100 + ".from_dict,\n", False),  # a lone dotted name
        ("    f(" + "a" * 100 + "),\n", True),
        ('    "' + "k" * 60 + '": ' + "v" * 60 + ",\n", False),  # a dict entry of two atoms
        ("class C:\n    field: " + "T" * 110 + "\n", False),  # too long even wrapped
        ("class C:\n    field: " + "T" * 90 + "\n", True),  # black wraps it in parentheses
        ("class C:\n    field: " + "T" * 110 + " = None\n", True),  # black wraps the default
        ("def " + "f" * 110 + "(\n    x,\n):\n    pass\n", False),  # a head too long
    ],
)
def test_screen(source: str, flagged: bool) -> None:
    assert formatting.needs_black(source) is flagged


def test_screen_sends_unparsable_template_output_to_a_clear_error() -> None:
    with pytest.raises(formatting.FormatError, match="broken.py"):
        formatting.format_files({"broken.py": "def broken(:\n"}, "black")


# ---------------------------------------------------------------- real output


def _both(spec: Path, config: dict[str, object], package: str | None) -> tuple[dict, dict]:
    targets = pipeline.default_targets(config)
    fast = pipeline.generate(spec, targets, package=package, config=config, workers=1)
    full = pipeline.generate(
        spec, targets, package=package, config=config, workers=1, full_black=True
    )
    return fast.files, full.files


def test_heroku_output_equals_black_over_everything() -> None:
    fast, full = _both(SPEC, heroku_config(), None)
    assert fast.keys() == full.keys()
    for path in fast:
        assert fast[path] == full[path], path


@pytest.mark.parametrize("spec", FIXTURES, ids=lambda p: p.name)
def test_fixture_output_equals_black_over_everything(spec: Path) -> None:
    fast, full = _both(spec, {"targets": ["python", "cli"]}, "fixture_pkg")
    for path in fast:
        assert fast[path] == full[path], path


# A sample of the development corpus: medium and large documents, OpenAPI 3.0
# and 3.1, converted Swagger 2.0; `make corpus` covers all of it.
CORPUS_SAMPLE = ["dev_bbc.com", "dev_evetech.net", "dev_signl4.com", "dev_launchdarkly.com"]


@pytest.fixture(scope="module")
def corpus_paths() -> dict[str, str]:
    import subprocess

    fetch = ROOT.parent / "shared" / "corpus" / "fetch.sh"
    done = subprocess.run(["bash", str(fetch)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    cache = Path(os.environ.get("CORPUS_CACHE") or Path.home() / ".cache" / "openapi-dev-corpus")
    lines = (cache / "dev-corpus-paths.tsv").read_text().splitlines()
    return dict(line.split("\t", 1) for line in lines if line)


@pytest.mark.parametrize("doc_id", CORPUS_SAMPLE)
def test_corpus_output_equals_black_over_everything(
    doc_id: str, corpus_paths: dict[str, str]
) -> None:
    fast, full = _both(Path(corpus_paths[doc_id]), {}, "corpus_pkg")
    for path in fast:
        assert fast[path] == full[path], path
