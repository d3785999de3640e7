"""The render stage's shortcuts (issue 19) give exactly what the plain code gave.

Each shortcut skips work when a cheap test shows the work would change nothing;
these tests hold the shortcut against the straightforward version it replaced,
on hostile text as well as ordinary text, so a shortcut that drifts fails here
before it changes one byte of a generated client."""

from __future__ import annotations

import dataclasses
import inspect
import random
import re
import unicodedata
from pathlib import Path

import pytest

from generator import escaping, pystyle

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


def test_a_class_worth_of_method_docstrings_is_escaped_once() -> None:
    """The sync class asks for every method's docstring, then the async class
    asks again in the same order: the cache must hold a large class's worth
    (ec2 has 1,188 methods in one class), or every second lookup misses too."""
    docs = [f"Describes operation {n}.\n\nMore about it." for n in range(1500)]
    escaping.docstring_body.cache_clear()
    for _ in ("sync", "async"):
        for doc in docs:
            escaping.docblock(doc, 8)
    assert escaping.docstring_body.cache_info().hits >= len(docs)


def _reference_layout(node: pystyle.Node, indent: int, suffix: str = "") -> str:
    """pystyle.layout as it was before it spelled each item only once."""
    pad = " " * indent
    if type(node) is str:
        return pad + node + suffix
    flat = str(node) + suffix
    if isinstance(node, pystyle.Param) and not pystyle.fits(flat, indent):
        return pystyle._param(node, indent, suffix) or pad + flat
    if not isinstance(node, pystyle.Group) or not node.items or pystyle.fits(flat, indent):
        return pad + flat
    tail = pystyle._tail(node, indent, suffix)
    if node.hug and len(node.items) > 1:
        inner = ", ".join(map(str, node.items))
        if pystyle.fits(inner, indent + 4) and tail is not None:
            return f"{pad}{node.head}\n{pad}    {inner}\n{tail}"
    item_pad = pad + "    "
    inner = "\n".join(
        item_pad + item + "," if type(item) is str else _reference_layout(item, indent + 4, ",")
        for item in node.items
    )
    return f"{pad}{node.head}\n{inner}\n{tail or pad + node.tail + suffix}"


def _node(rng: random.Random, depth: int) -> pystyle.Node:
    """A random layout tree: names of every length, parameters (some too long for
    a line, some with defaults), conditional expressions and nested groups."""
    word = "n" * rng.choice([1, 8, 30, 70, 95, 120]) + rng.choice(["", "漢字"])
    kind = rng.randrange(5 if depth < 3 else 3)
    if kind == 0:
        return word
    if kind == 1:
        annotation = rng.choice(["int", f"Optional[list[{word}]]", f"Union[{word}, {word}]"])
        return pystyle.Param(word[:40], annotation, rng.choice(["", "None", "f(x)"]))
    if kind == 2:
        return pystyle.Ternary(word, "x is None", rng.choice([word, "None"]))
    items = [_node(rng, depth + 1) for _ in range(rng.choice([0, 1, 2, 5, 12]))]
    head = rng.choice(["f(", "def name(", "{", "x" * 90 + "("])
    # def-like tails too, with long dotted return names (split by pystyle._tail)
    tail = rng.choice([")", "}", ") -> " + word, ") -> " + "m" * 40 + "." + word])
    return pystyle.Group(head, tuple(items), tail, rng.random() < 0.5)


@pytest.mark.parametrize("seed", range(4))
def test_layout_spelling_each_item_once_agrees_with_the_plain_layout(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(1500):
        node = _node(rng, 0)
        indent, suffix = rng.choice([0, 4, 8, 12, 16]), rng.choice(["", ",", ":"])
        assert pystyle.layout(node, indent, suffix) == _reference_layout(node, indent, suffix)


def test_templates_see_the_environments_globals_without_a_chain_map(tmp_path: Path) -> None:
    """A template's globals are a plain snapshot (a ChainMap would be copied
    into every render's context), and still hold every global the environment
    sets, shipped or a user's own template alike."""
    from generator import formatting, render, targets

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "target.yaml").write_text("files:\n  - {template: t.j2, output: t.txt}\n")
    (mine / "t.j2").write_text("{{ chunk_break }}|{{ range(2) | list }}|{{ api }}\n")
    target = targets.load("mine", tmp_path)
    env = render.environment(target)
    template = env.get_template("t.j2")
    assert type(template.globals) is dict
    assert template.render(api="x") == f"{formatting.CHUNK_BREAK}|[0, 1]|x\n"
    shipped = render.environment(targets.load("python")).get_template("package/py.typed.j2")
    assert type(shipped.globals) is dict and "chunk_break" in shipped.globals


@pytest.mark.parametrize("cls", [pystyle.Group, pystyle.Param])
def test_hand_written_inits_set_every_field_as_the_dataclass_would(cls: type) -> None:
    """Group and Param write their own (faster) __init__: it must take every
    field, in order, with the same defaults, and leave the instance frozen,
    comparable and hashable as a generated one is."""
    fields = dataclasses.fields(cls)
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    assert [p.name for p in parameters] == [f.name for f in fields]
    defaults = [p.default for p in parameters]
    assert defaults == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]
    values = ["x", ("a", "b"), ")", True][: len(fields)]
    made = cls(*values)
    assert [getattr(made, f.name) for f in fields] == values
    assert made == cls(*values) and hash(made) == hash(cls(*values))
    assert dataclasses.replace(made) == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, fields[0].name, "y")


def test_output_paths_are_compiled_once_then_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A manifest's output path is kept compiled beside the shipped templates:
    the next run loads it, renders what from_string renders, and a changed
    path is compiled again (never a stale entry)."""
    import jinja2

    from generator.template_cache import ShippedTemplates, from_string

    def shipped() -> jinja2.Environment:
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)))
        env.bytecode_cache = ShippedTemplates(tmp_path, env)
        return env

    source = "{{ options.package }}/models/{{ name }}.py"
    compiled: list[str] = []
    original = jinja2.Environment.compile

    def compile(self: jinja2.Environment, text: str, *a: object, **k: object) -> object:
        compiled.append(text)
        return original(self, text, *a, **k)  # type: ignore[call-overload]

    monkeypatch.setattr(jinja2.Environment, "compile", compile)
    values = {"options": {"package": "pkg"}, "name": "app"}
    assert from_string(shipped(), source).render(values) == "pkg/models/app.py"
    assert from_string(shipped(), source).render(values) == "pkg/models/app.py"
    assert compiled == [source]
    assert from_string(shipped(), source + "i").render(values) == "pkg/models/app.pyi"
    assert compiled == [source, source + "i"]
    plain = jinja2.Environment()  # a user's templates: never cached, compiled every time
    assert from_string(plain, source).render(values) == "pkg/models/app.py"
    assert compiled == [source, source + "i", source]
