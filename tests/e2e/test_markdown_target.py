"""The ``markdown`` target: an API reference generated from the same model.

Generates the Heroku reference in memory and checks its structure (every tag
page linked, every operation exactly once, every link and anchor resolving,
every example calling a method the generated client really has), then feeds
it a small hostile document and checks that no HTML or table-breaking text
from the document survives.
"""

from __future__ import annotations

import collections

import ast
import inspect
import re
import sys
from pathlib import Path, PurePosixPath
from typing import Any, Callable, Iterator

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import pipeline, targets
from generator.binding.naming import method_names
from helpers import GENERATED, PLATFORM as SPEC, SPEC as SEED, heroku_config, write_spec

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
LINK = re.compile(r"(?<!\\)\]\(([^)\s]*)\)")
ANCHOR = re.compile(r'<a id="([^"]*)"></a>')
RAW_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9-]*)")
OWN_TAGS = {"a", "br", "code"}  # the only HTML the target writes itself
SAFE_HREF = re.compile(r"(?:[a-z0-9_]+\.md)?(?:#[a-z0-9_]+)?")


@pytest.fixture(scope="module")
def docs() -> dict[str, str]:
    return pipeline.generate(SPEC, ["markdown"], config=heroku_config()).files


def spec_operations(path: Path) -> list[tuple[str, str]]:
    doc = yaml.safe_load(path.read_text())
    return [
        (method.upper(), route)
        for route, item in doc["paths"].items()
        for method in item
        if method in HTTP_METHODS
        # links sharing a method and path ride along as x-operation-variants
        for _ in range(1 + len(item[method].get("x-operation-variants") or ()))
    ]


def prose(text: str) -> Iterator[str]:
    """The lines of a page outside fenced code blocks."""
    fenced = False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced:
            yield line


def code_blocks(text: str, language: str = "python") -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", text, flags=re.S | re.M)


def tag_pages(files: dict[str, str]) -> dict[str, str]:
    return {p: t for p, t in files.items() if p not in ("docs/index.md", "docs/models.md")}


def split_row(line: str) -> list[str]:
    """Cells of a GFM table row; ``\\x`` escapes any character, so ``\\|`` is no border."""
    assert line.startswith("|") and line.endswith("|"), line
    cells, current, chars = [], "", iter(line[1:-1])
    for char in chars:
        if char == "\\":
            current += char + next(chars, "")
        elif char == "|":
            cells.append(current)
            current = ""
        else:
            current += char
    return cells + [current]


def tables(text: str) -> list[list[str]]:
    found: list[list[str]] = []
    previous = ""
    for line in prose(text):
        if line.startswith("|"):
            if not previous.startswith("|"):
                found.append([])
            found[-1].append(line)
        previous = line
    return found


def check_tables(files: dict[str, str]) -> int:
    count = 0
    for path, text in files.items():
        for table in tables(text):
            widths = [len(split_row(line)) for line in table]
            assert len(table) >= 2 and set(split_row(table[1])) == {" --- "}, (path, table[:2])
            assert len(set(widths)) == 1, f"{path}: ragged table {widths}:\n" + "\n".join(table)
            count += len(table)
    return count


def check_links(files: dict[str, str]) -> int:
    anchors = {path: set(ANCHOR.findall(text)) for path, text in files.items()}
    checked = 0
    for path, text in files.items():
        for line in prose(text):
            for href in LINK.findall(line):
                assert SAFE_HREF.fullmatch(href) and href, f"{path}: unexpected link {href!r}"
                page, _, anchor = href.partition("#")
                target = str(PurePosixPath(path).parent / page) if page else path
                assert target in files, f"{path}: link to missing page {href}"
                if anchor:
                    assert anchor in anchors[target], f"{path}: no anchor #{anchor} in {target}"
                checked += 1
    return checked


# ---------------------------------------------------------------- Heroku reference


def test_the_target_is_listed_and_declares_its_pages() -> None:
    target = targets.load("markdown")
    assert target.description == "Markdown API reference (index, one page per tag, models)"
    assert target.formatter == "none"
    assert {"md", "code", "mdtype", "example"} <= set(target.filters)


def test_index_links_every_tag_page(docs: dict[str, str]) -> None:
    index = docs["docs/index.md"]
    assert index.startswith("# Heroku Platform API\n")
    linked = {
        f"docs/{page}" for page in re.findall(r"^\| \[[^\]]+\]\(([a-z0-9_]+\.md)\) \|", index, re.M)
    }
    assert linked == set(tag_pages(docs)), "one row per tag page, and no page without a row"
    assert len(linked) == 98  # one per resource of the complete API with a link
    assert (
        "| [Apps](apps.md) | An app represents the program that you would like to deploy and "
        "run on Heroku. | 9 |" in index
    )
    assert (
        "`HEROKU_API_KEY`" in index
        and "Authorization: Bearer ..." in index
        and "`https://api.heroku.com`" in index
    )


def test_every_operation_appears_exactly_once(docs: dict[str, str]) -> None:
    # links sharing a method and path (release Create and Rollback) are variants
    # of one OpenAPI operation, each its own method: every one is documented
    operations = collections.Counter(spec_operations(SPEC))
    assert sum(operations.values()) == 305
    pages = "\n".join(tag_pages(docs).values()).splitlines()
    index = docs["docs/index.md"].splitlines()
    for (method, route), count in operations.items():
        assert pages.count(f"`{method} {route}`") == count, (method, route)
        rows = [line for line in index if line.startswith(f"| `{method}` | `{route}` |")]
        assert len(rows) == count, (method, route)
    assert sum(line.startswith("## <a id=") for line in pages) == 305


def test_every_link_and_anchor_resolves(docs: dict[str, str]) -> None:
    assert check_links(docs) > 300
    models = docs["docs/models.md"]
    assert '## <a id="app"></a>App' in models
    assert '### <a id="releasestatus"></a>ReleaseStatus' in models


def test_pages_render_types_and_tables(docs: dict[str, str]) -> None:
    assert check_tables(docs) > 400
    apps, models = docs["docs/apps.md"], docs["docs/models.md"]
    assert "| `200` | List<br>Headers: `Next-Range`. | array of [App](models.md#app) |" in apps
    assert (
        "| `archived_at` | date-time or null | no | when app was archived Read-only: set by the "
        "server. |" in models
    )
    assert "| `space` | [AppSpace](models.md#appspace) or null | no | identity of space |" in models
    assert (
        "Type: map of (string or null), passed to the client as the positional argument `body`."
        in docs["docs/config_vars.md"]
    )
    assert '| `"failed"` | `ReleaseStatus.FAILED` |' in models
    # the seed spec marks a deprecated operation; Heroku's schema marks none today
    seed = pipeline.generate(SEED, ["markdown"], config=heroku_config()).files
    assert "> **Deprecated:**" in seed["docs/sources.md"]


def test_examples_call_methods_the_generated_client_has(
    docs: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(GENERATED))
    for name in [m for m in sys.modules if m.split(".")[0] == "heroku_platform_api"]:
        monkeypatch.delitem(sys.modules, name)
    import heroku_platform_api

    assert Path(heroku_platform_api.__file__).is_relative_to(GENERATED)
    client = heroku_platform_api.Client(token="unused")
    async_client = heroku_platform_api.AsyncClient(token="unused")
    called, async_called = [], []
    for path, text in tag_pages(docs).items():
        sections = re.split(r'^## <a id="([a-z0-9_]+)"></a>', text, flags=re.M)[1:]
        # The anchors are the operations' identifiers, the methods their resource verbs.
        idents = sections[::2]
        methods = method_names(idents, Path(path).stem, heroku_config()["method_verbs"])
        for method, section in zip(methods, sections[1::2]):
            # the Client example, then the same call through AsyncClient
            example, async_example = code_blocks(section)
            called += check_example(example, client, expected=(Path(path).stem, method))
            expected = (Path(path).stem, method)
            async_called += check_example(async_example, async_client, expected)
            assert "async with AsyncClient() as client:" in async_example
            compile(async_example, "<async example>", "exec")  # await only inside async def
    assert len(called) == 305 and len(set(called)) == 305
    assert async_called == called
    assert (
        'app = client.apps.create(name="example")' in docs["docs/apps.md"]
    ), "a body with no required field still shows how to pass one"
    assert "for app in client.apps.list():\n    print(app)" in docs["docs/apps.md"]
    assert "        async for app in client.apps.list():\n" in docs["docs/apps.md"]
    assert '        app = await client.apps.create(name="example")\n' in docs["docs/apps.md"]
    assert (
        'result = client.config_vars.update("app_id_or_name", {"key": "example"})'
        in docs["docs/config_vars.md"]
    )


def check_example(source: str, client: Any, expected: tuple[str, str]) -> list[str]:
    """Run the imports of an example, then bind each ``client.tag.op(...)`` call's
    evaluated arguments to the real method's signature (no request is sent)."""
    tree = ast.parse(source)
    namespace: dict[str, Any] = {}
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            exec(compile(ast.Module([node], []), "<example>", "exec"), namespace)
    calls = []
    for node in ast.walk(tree):
        func = getattr(node, "func", None)
        if (
            isinstance(node, ast.Call)
            and isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Attribute)
            and isinstance(func.value.value, ast.Name)
            and func.value.value.id == "client"
        ):
            tag, op = func.value.attr, func.attr
            assert (tag, op) == expected, source
            method: Callable[..., Any] = getattr(getattr(client, tag), op)

            def evaluate(expr: ast.expr) -> Any:
                return eval(compile(ast.Expression(expr), "<arg>", "eval"), namespace)

            args = [evaluate(a) for a in node.args]
            kwargs = {k.arg: evaluate(k.value) for k in node.keywords if k.arg}
            inspect.signature(method).bind(*args, **kwargs)  # TypeError if the call is wrong
            calls.append(f"{tag}.{op}")
    assert len(calls) == 1, source
    return calls


def test_output_is_deterministic(docs: dict[str, str]) -> None:
    again = pipeline.generate(SPEC, ["markdown"], config=heroku_config()).files
    assert again == docs
    for text in docs.values():
        assert text.endswith("\n") and not text.endswith("\n\n")
        assert not any(line != line.rstrip() for line in text.splitlines())


# ---------------------------------------------------------------- hostile text

HOSTILE = (
    "<script>alert(1)</script> a|b `tick` ``two`` [x](javascript:alert(1)) "
    "![i](http://t/p.png) &lt;b&gt; <!-- c --> <img src=x onerror=alert(1)>\n"
    "# heading\n- item\n1. one\n===\n    indented\n\\| trailing \\"
)
NAME = "<script>n|`x`\n"


def hostile_spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": HOSTILE, "version": "1|<b>", "description": HOSTILE},
        "servers": [{"url": "https://x.test/<script>|`", "description": HOSTILE}],
        "tags": [{"name": NAME, "description": HOSTILE}, {"name": "index"}, {"name": "models"}],
        "paths": {
            "/items/{<script>id|`}": {
                "get": {
                    "tags": [NAME],
                    "operationId": "get<script>",
                    "summary": HOSTILE,
                    "description": HOSTILE,
                    "deprecated": True,
                    "parameters": [
                        {"name": "<script>id|`", "in": "path", "required": True,
                         "description": HOSTILE, "schema": {"type": "string", "format": "<b>|"}},
                        {"name": NAME, "in": "query", "required": True, "description": HOSTILE,
                         "schema": {"$ref": "#/components/schemas/Kind"}},
                    ],
                    "responses": {
                        "200": {"description": HOSTILE, "content": {"application/json": {
                            "schema": {"$ref": "#/components/schemas/Thing"}}}}
                    },
                },
                "post": {
                    "tags": ["index"],
                    "parameters": [{"name": "<script>id|`", "in": "path", "required": True,
                                    "schema": {"type": "string"}}],
                    "requestBody": {"required": True, "description": HOSTILE, "content": {
                        "application/json": {"schema": {
                            "type": "object",
                            "required": [NAME],
                            "properties": {
                                NAME: {"type": "string", "description": HOSTILE, "default": NAME},
                                "either": {"oneOf": [{"type": "string"},
                                                     {"$ref": "#/components/schemas/Thing"}]},
                            }}}}},
                    "responses": {"201": {"description": HOSTILE}},
                },
            },
            "/bag": {"put": {"tags": ["models"], "requestBody": {"required": True, "content": {
                "application/json": {"schema": {"type": "object", "additionalProperties": {
                    "type": "array", "items": {"type": ["string", "null"]}}}}}},
                "responses": {"204": {"description": "done"}}}},
        },
        "components": {"schemas": {
            "Thing": {"type": "object", "description": HOSTILE, "properties": {
                NAME: {"type": "string", "description": HOSTILE},
                "kind": {"$ref": "#/components/schemas/Kind"},
                "things": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}}},
            "Kind": {"type": "string", "description": HOSTILE,
                     "enum": ["<script>alert(1)</script>", "a|b", "`tick`", "line\nbreak"]},
            "Models": {"type": "object", "properties": {"a": {"type": "string"}}},
        }},
    }  # fmt: skip


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    spec = write_spec(tmp_path_factory.mktemp("hostile") / "hostile.yaml", hostile_spec())
    return pipeline.generate(spec, ["markdown"]).files


def test_hostile_text_leaves_no_raw_html(hostile: dict[str, str]) -> None:
    assert set(hostile) == {
        "docs/index.md", "docs/models.md", "docs/index_2.md",
        "docs/models_2.md", "docs/script_n_x.md",
    }  # fmt: skip
    for path, text in hostile.items():
        assert "<script" not in text.lower(), path
        assert "<!--" not in text and "<img" not in text.lower(), path
        assert {tag for _, tag in RAW_TAG.findall(text)} <= OWN_TAGS, path
    page = hostile["docs/script_n_x.md"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; a\\|b \\`tick\\`" in page
    assert "\\[x\\](javascript:alert(1))" in page, "no link from the document"
    assert "\n\\# heading\n\\- item\n1\\. one\n\\===\nindented\n" in page, "no block markup"
    assert "<br>" in page, "line breaks in cells"


def test_hostile_text_keeps_tables_links_and_examples_intact(hostile: dict[str, str]) -> None:
    assert check_tables(hostile) >= 20
    check_links(hostile)
    for text in hostile.values():
        for example in code_blocks(text):
            ast.parse(example)
    assert hostile["docs/index.md"].startswith("# &lt;script&gt;"), "tag 'index' got its own page"
    assert "| [index](index_2.md) |  | 1 |" in hostile["docs/index.md"]
    models = hostile["docs/models.md"]
    assert "| <code>&#34;a&#124;b&#34;</code> | `Kind.A_B` |" in models
    assert "<code>&#34;&#96;tick&#96;&#34;</code>" in models


# ---------------------------------------------------------------- the md filter

MD = targets.load("markdown").filters


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_md_cells_are_single_safe_table_cells(text: str) -> None:
    cell = MD["md"](text)
    assert "\n" not in cell and "\r" not in cell
    assert len(split_row(f"| {cell} |")) == 1
    assert {tag for _, tag in RAW_TAG.findall(cell)} <= {"br"}
    assert not re.search(r"(?<!\\)[`\[\]]", cell.replace("\\\\", "")), cell
    code = MD["code"](text)
    assert "\n" not in code and len(split_row(f"| {code} |")) == 1
    assert {tag for _, tag in RAW_TAG.findall(code)} <= {"code"}


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_md_blocks_start_no_block_markup(text: str) -> None:
    block = MD["md"](text, "block")
    assert {tag for _, tag in RAW_TAG.findall(block)} == set()
    for line in block.splitlines():
        assert line == line.strip()
        assert not re.match(r"[#>+\-*=_~]|\d+[.)]|```|~~~", line) or line == "", line
