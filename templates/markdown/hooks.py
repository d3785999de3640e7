"""Markdown presentation of the intermediate model: escaping, types, examples.

Everything the document says is untrusted.  It reaches the Markdown output
only through these filters:

- ``md``: text for a table cell or a paragraph.  HTML is entity-escaped (no
  raw tag, comment or entity from the document survives), backslashes,
  pipes, brackets and backticks are backslash-escaped (no table breaks, no
  links, images or code spans smuggled in), and line breaks become ``<br>``
  (``md("block")``: paragraphs, with line-leading block markers such as
  ``#``, ``-``, ``1.`` or ``===`` escaped; ``md("line")``: one line, for
  headings).
- ``code``: inline code.  Plain text becomes a backtick code span; anything
  with a backtick, pipe, ``<``, ``>``, ``&`` or a line break becomes a
  ``<code>`` element whose every punctuation character is a numeric entity.

Anchors and file names are built only from identifiers that went through
``generator.naming`` (``[A-Za-z0-9_]``), and the only HTML in the output is
what these helpers write themselves (``<a id>``, ``<br>``, ``<code>``).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Optional

import jinja2

from generator import ir
from generator.binding import Arg, Binding, Method, PyType, py_type
from generator.binding.types import EnumType, ListType, MapType, ModelType, NullableType, Scalar
from generator.binding.types import LiteralType, TupleType, UnionType
from generator.escaping import BIDI, literal
from generator.naming import UniqueNames, identifier, snake

MODELS_PAGE = "models.md"
LINE_LENGTH = 100  # example calls longer than this (black's limit here) are wrapped

# Control characters, line/paragraph separators, lone surrogates, BOM: dropped.
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff]")
# Inline Markdown that could link, embed, open code or break a table cell.
_INLINE = {
    "\\": "\\\\",
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "|": "\\|",
    "`": "\\`",
    "[": "\\[",
    "]": "\\]",
}
_INLINE_RE = re.compile("|".join(re.escape(c) for c in _INLINE))
# A line that would start a block: heading, list, quote, fence, rule, setext underline.
_BLOCK_START = re.compile(r"^(?:[#+\-*=_~:]|\d+(?=[.)]))")
# Bidirectional controls ("Trojan Source"): shown as numeric character
# references, visible in the Markdown source and inert in the rendered page.
_BIDI = re.compile(f"[{BIDI}]")
_PLAIN_CODE = re.compile(f"[^`|<>&\\\\\\n{BIDI}]+")


# ---------------------------------------------------------------- text


def _clean(text: Any) -> str:
    text = "" if text is None else str(text)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE.sub("", text.replace("\t", " "))


def _inline(text: str) -> str:
    return _INLINE_RE.sub(lambda m: _INLINE[m.group()], text)


def _block_line(line: str) -> str:
    line = line.strip()
    match = _BLOCK_START.match(line)
    if match is None:
        return line
    end = match.end()
    if line[:end].isdigit():  # "1." or "1)": escape the delimiter
        return line[:end] + "\\" + line[end:]
    return "\\" + line


def md(text: Any, mode: str = "cell") -> str:
    """``text`` safe as Markdown: ``cell`` (one table cell, ``<br>`` for line
    breaks), ``block`` (paragraphs separated by blank lines) or ``line``
    (one line, for headings and link texts)."""
    return _visible(_md(text, mode))


def _visible(text: str) -> str:
    return _BIDI.sub(lambda m: f"&#x{ord(m.group()):04X};", text)


def _md(text: Any, mode: str) -> str:
    lines = [_inline(line) for line in _clean(text).split("\n")]
    if mode == "line":
        return " ".join(" ".join(lines).split()).replace("#", "\\#")
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    paragraphs = [p for p in paragraphs if p]
    if mode == "block":
        return "\n\n".join("\n".join(_block_line(line) for line in p) for p in paragraphs)
    if mode != "cell":
        raise ValueError(f"md: unknown mode {mode!r}")
    return "<br><br>".join("<br>".join(" ".join(line.split()) for line in p) for p in paragraphs)


def code(text: Any) -> str:
    """Inline code showing ``text`` exactly, safe in paragraphs and table cells."""
    text = " ".join(_clean(text).split("\n"))
    if _PLAIN_CODE.fullmatch(text) and text.strip() == text:
        return f"`{text}`"
    escaped = "".join(c if c.isalnum() and c.isascii() else f"&#{ord(c)};" for c in text)
    return f"<code>{escaped}</code>"


def row(cells: list[Any]) -> str:
    """A table row; every cell must already be Markdown (through ``md``, ``code``...)."""
    return "| " + " | ".join(str(c) for c in cells) + " |"


def header(names: list[str]) -> str:
    """A table header and its delimiter row (names are the template's own text)."""
    return row(names) + "\n" + row(["---"] * len(names))


def tidy(text: str) -> str:
    """Whole-page clean-up: no trailing spaces, at most one blank line in a row,
    exactly one newline at the end."""
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    fenced = False
    for line in lines:
        if line.startswith("```"):
            fenced = not fenced
        if not fenced and not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip("\n") + "\n"


# ---------------------------------------------------------------- names


def context(api: ir.Api, options: dict[str, Any]) -> dict[str, Any]:
    """Anchors and page names, unique and built from sanitized identifiers only."""
    anchors = UniqueNames(["models", "enums"], case_sensitive=False)
    names = [m.name for m in api.models] + [e.name for e in api.enums]
    type_anchors = {name: anchors.claim(name.lower()) for name in names}
    pages = UniqueNames(["index", "models"], case_sensitive=False)
    tag_pages = {tag.ident: pages.claim(tag.ident) + ".md" for tag in api.tags}
    used_by: dict[str, dict[str, None]] = {name: {} for name in type_anchors}
    for model in api.models:
        for f in model.fields:
            for name in _names(f.type):
                if name in used_by:
                    used_by[name][f"[{model.name}](#{type_anchors[model.name]})"] = None
        for name in _names(model.additional):
            if name in used_by:
                used_by[name][f"[{model.name}](#{type_anchors[model.name]})"] = None
    for tag in api.tags:
        for op in tag.operations:
            types = [p.type for p in op.parameters] + [r.type for r in op.responses]
            if op.body is not None:
                types += [op.body.type] + [f.type for f in op.body.fields or ()]
            link = f"[{tag.ident}.{op.ident}]({tag_pages[tag.ident]}#{op.ident})"
            for t in types:
                for name in _names(t):
                    if name in used_by:
                        used_by[name][link] = None
    return {
        "md_used_by": {name: list(links) for name, links in used_by.items()},
        "md_type_anchors": type_anchors,
        "md_tag_pages": tag_pages,
        "md_tag_of": {op.pointer: tag for tag in api.tags for op in tag.operations},
    }


def _names(t: Optional[ir.Type]) -> tuple[str, ...]:
    """Model and enum names a type mentions directly (not through other models)."""
    return () if t is None else py_type(t).refs()


@jinja2.pass_context
def type_link(ctx: Any, name: str) -> str:
    """``models.md#anchor`` for a model or enum name."""
    return f"{MODELS_PAGE}#{ctx['md_type_anchors'][name]}"


@jinja2.pass_context
def tag_page(ctx: Any, tag: ir.Tag) -> str:
    return str(ctx["md_tag_pages"][tag.ident])


@jinja2.pass_context
def op_link(ctx: Any, op: ir.Operation) -> str:
    tag = ctx["md_tag_of"][op.pointer]
    return f"{ctx['md_tag_pages'][tag.ident]}#{op.ident}"


# ---------------------------------------------------------------- types

_PRIMITIVE = {
    "str": "string",
    "int": "integer",
    "float": "number",
    "bool": "boolean",
    "datetime": "date-time",
    "date": "date",
    "bytes": "binary",
    "file": "file",
    "any": "any",
    "none": "null",
}
_IMPLIED_FORMATS = {"date-time", "date", "binary"}


def _type_text(t: Optional[ir.Type], anchors: dict[str, str], nested: bool = False) -> str:
    if t is None:
        return ""
    if isinstance(t, ir.Primitive):
        text = _PRIMITIVE.get(t.kind, "any")
        if t.format and t.format not in _IMPLIED_FORMATS and t.kind in ("str", "int", "float"):
            text += f" ({md(t.format, 'line')})"
        return text
    if isinstance(t, (ir.ModelRef, ir.EnumRef)):
        anchor = anchors.get(t.name)
        return f"[{t.name}]({MODELS_PAGE}#{anchor})" if anchor else md(t.name, "line")
    if isinstance(t, ir.ListOf):
        text = "array of " + _type_text(t.item, anchors, nested=True)
    elif isinstance(t, ir.MapOf):
        text = "map of " + _type_text(t.value, anchors, nested=True)
    elif isinstance(t, ir.Nullable):
        text = _type_text(t.inner, anchors, nested=True) + " or null"
    elif isinstance(t, ir.UnionOf):
        parts = list(dict.fromkeys(_type_text(v, anchors, nested=True) for v in t.variants))
        text = " \\| ".join(parts)
        if len(parts) == 1:
            return text
    elif isinstance(t, ir.Literal):
        shown = ", ".join(md(literal(v), "line") for v in t.values)
        return shown if len(t.values) == 1 else f"one of {shown}"
    elif isinstance(t, ir.TupleOf):
        parts = [_type_text(item, anchors, nested=True) for item in t.items]
        if t.rest is not None:
            parts.append(_type_text(t.rest, anchors, nested=True) + "...")
        return f"array [{', '.join(parts)}]"
    else:  # pragma: no cover - the IR has no other types
        return "any"
    return f"({text})" if nested and isinstance(t, (ir.Nullable, ir.UnionOf)) else text


@jinja2.pass_context
def mdtype(ctx: Any, t: Optional[ir.Type]) -> str:
    """A type in words, with links to models and enums: ``array of [App](models.md#app)``."""
    return _type_text(t, ctx["md_type_anchors"])


# ---------------------------------------------------------------- example calls


class _Sample:
    """Placeholder Python values by type, and the imports they need."""

    def __init__(self, py: Binding) -> None:
        self.py = py
        self.model_imports: list[str] = []
        self.datetime_imports: list[str] = []

    def _need(self, bucket: list[str], name: str) -> None:
        if name not in bucket:
            bucket.append(name)

    def value(self, t: Optional[PyType], depth: int = 0) -> str:
        if isinstance(t, NullableType):
            return self.value(t.inner, depth)
        if isinstance(t, UnionType):
            return self.value(t.variants[0], depth) if t.variants else "None"
        if isinstance(t, Scalar):
            return self._scalar(t)
        if isinstance(t, LiteralType):
            return literal(t.values[0]) if t.values else "None"
        if isinstance(t, TupleType):
            items = [self.value(item, depth + 1) for item in t.items]
            return f"({', '.join(items)}{',' if len(items) == 1 else ''})"
        if isinstance(t, ListType):
            return f"[{self.value(t.item, depth + 1)}]"
        if isinstance(t, MapType):
            return f'{{"key": {self.value(t.value, depth + 1)}}}'
        if isinstance(t, EnumType):
            enum = self.py.enums.get(t.name)
            if enum is None or not enum.members:
                return "None"
            self._need(self.model_imports, t.name)
            return f"{t.name}.{enum.members[0].ident}"
        if isinstance(t, ModelType):
            model = self.py.models.get(t.name)
            if model is None:
                return "None"
            if depth > 3:  # a deep or recursive required chain: leave it to the reader
                return "..."
            self._need(self.model_imports, t.name)
            args = ", ".join(
                f"{f.ident}={self.value(f.type, depth + 1)}"
                for f in model.fields
                if f.required and not f.field.read_only
            )
            return f"{t.name}({args})"
        return "None"

    def _scalar(self, t: Scalar) -> str:
        if t.kind == "str":
            if t.format == "uuid":
                return literal("01234567-89ab-cdef-0123-456789abcdef")
            if t.format == "email":
                return literal("user@example.com")
            if t.format in ("uri", "url"):
                return literal("https://example.com")
            return literal("example")
        if t.kind == "int":
            return "1"
        if t.kind == "float":
            return "1.0"
        if t.kind == "bool":
            return "True"
        if t.kind == "datetime":
            self._need(self.datetime_imports, "datetime")
            self._need(self.datetime_imports, "timezone")
            return "datetime(2024, 1, 1, tzinfo=timezone.utc)"
        if t.kind == "date":
            self._need(self.datetime_imports, "date")
            return "date(2024, 1, 1)"
        if t.kind in ("bytes", "file"):
            return 'b"..."'
        if t.kind == "none":
            return "None"
        return literal("example")


_VERBS = {"get", "list", "create", "update", "delete", "batch", "patch", "put", "post", "fetch"}


def _variable(t: Optional[PyType], method: Method, plural: bool = False) -> str:
    """A readable name for what a call returns: ``app``, ``apps``, ``config_vars``."""
    t = t.bare() if t is not None else None
    if isinstance(t, ListType) and not plural:
        return _variable(t.item, method, plural=True)
    op_ident = method.operation.ident  # get_config_vars says more than get
    words = op_ident.split("_")
    from_op = "_".join(words[1:]) if len(words) > 1 and words[0] in _VERBS else "result"
    if isinstance(t, ModelType) and not snake(t.name).startswith(op_ident + "_"):
        name = snake(t.name)
        if plural:
            name += "_list" if name.endswith("s") else "s"
    else:  # a map, a union, a model named after the operation: name it after the operation
        name = from_op
    return identifier(
        name or "result", "result", avoid={"client", "print", "date", "datetime", "timezone"}
    )


def _call_args(method: Method, sample: _Sample) -> list[str]:
    """The arguments an example passes: every required one (a path parameter
    as its own name), and one body field when none is required."""
    positional = [
        literal(a.ident) if a.wire.location == "path" and _is_text(a.type) else sample.value(a.type)
        for a in method.positional
    ]
    fields = [a for a in method.keyword if a.wire.location == "field"]
    shown = [a for a in fields if a.required] or fields[:1]
    keyword = [
        f"{a.ident}={sample.value(a.type)}"
        for a in method.keyword
        if (a.required and a.wire.location != "field") or a in shown or a.wire.location == "body"
    ]
    return positional + keyword


def _is_text(t: Optional[PyType]) -> bool:
    t = t.bare() if t is not None else None
    return isinstance(t, Scalar) and t.kind in ("str", "any")


def _wrap(head: str, call: str, args: list[str], tail: str = "") -> list[str]:
    """``head + call(args) + tail``, one argument per line when it is too long."""
    line = f"{head}{call}({', '.join(args)}){tail}"
    if len(line) <= LINE_LENGTH or not args:
        return [line]
    return [f"{head}{call}("] + [f"    {a}," for a in args] + [f"){tail}"]


@jinja2.pass_context
def example(ctx: Any, op: ir.Operation, is_async: bool = False) -> str:
    """A call of ``op`` through the generated Python client, as Python source
    made only of identifiers and ``literal()`` strings; ``is_async``: the same
    call through ``AsyncClient``, awaited (a listing iterated with ``async for``,
    an event stream awaited then iterated so) inside ``async def main()``."""
    py: Binding = ctx["py"]
    method = py.method(op)
    sample = _Sample(py)
    args = _call_args(method, sample)
    call = f"client.{method.resource}.{method.ident}"
    if method.page_item is not None:  # a lazy iterator over every page
        item = method.page_item
        named = isinstance(item, ModelType) and not snake(item.name).startswith(
            method.operation.ident + "_"
        )
        var = _variable(item, method) if named else "item"
        loop = "async for" if is_async else "for"
        body = _wrap(f"{loop} {var} in ", call, args, ":") + [f"    print({var})"]
    elif method.events:  # server-sent events, iterated as they arrive
        head = "async for event in await " if is_async else "for event in "
        body = _wrap(head, call, args, ":") + ["    print(event.data)"]
    else:
        returns = method.result
        target = f"{_variable(returns, method)} = " if returns is not None else ""
        body = _wrap(target + ("await " if is_async else ""), call, args)
    package = py.package
    imports = ["import asyncio", ""] if is_async else []
    if sample.datetime_imports:
        imports += [f"from datetime import {', '.join(sorted(sample.datetime_imports))}", ""]
    imports.append(f"from {package} import {'AsyncClient' if is_async else 'Client'}")
    if sample.model_imports:
        imports.append(f"from {package}.models import {', '.join(sample.model_imports)}")
    if not is_async:
        return "\n".join(imports + ["", "client = Client()"] + body)
    inside = ["async with AsyncClient() as client:"] + [f"    {line}" for line in body]
    main = ["async def main() -> None:"] + [f"    {line}" for line in inside]
    return "\n".join(imports + ["", ""] + main + ["", "", "asyncio.run(main())"])


@jinja2.pass_context
def input_class(ctx: Any, arg: Arg) -> str:
    """The input class (``ItemInput``) an argument takes in place of its model,
    or "" when it takes the model itself (see ``generator.binding.requests``)."""
    t = arg.type.bare() if arg.type is not None else None
    while isinstance(t, (ListType, MapType)):
        t = (t.item if isinstance(t, ListType) else t.value).bare()
    if isinstance(t, ModelType):
        model = ctx["py"].models.get(t.name)
        if model is not None and model.input_of:
            return str(model.name)
    return ""


@jinja2.pass_context
def input_classes(ctx: Any, _: Any = None) -> dict[str, tuple[Any, str]]:
    """Each model's input class (``ItemInput``) and its anchor, by model name:
    the request classes the binding adds, documented beside their models.
    Anchors are claimed after every model's and enum's, so those keep theirs."""
    py: Binding = ctx["py"]
    anchors = UniqueNames(["models", "enums", *ctx["md_type_anchors"].values()], False)
    return {
        model.input_of: (model, anchors.claim(model.name.lower()))
        for model in py.models.values()
        if model.input_of
    }


FILTERS = {
    "input_class": input_class,
    "input_classes": input_classes,
    "md": md,
    "code": code,
    "row": row,
    "header": header,
    "tidy": tidy,
    "mdtype": mdtype,
    "type_link": type_link,
    "tag_page": tag_page,
    "op_link": op_link,
    "example": example,
}
