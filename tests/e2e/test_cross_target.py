"""The cli and markdown targets call exactly the methods the python target generates.

For a document, all three targets are generated together and the Python
package is imported.  Then, statically:

- every client call in the generated ``cli.py`` (``client.<resource>.<method>(...)``,
  keywords from ``**_given(...)`` and the ``_Field`` table of ``**_fields(...)``
  included) must bind to ``inspect.signature`` of that method;
- every example call in the Markdown pages must parse, name an existing method
  and bind to its signature, and import only names the package has.

A disagreement is the kind of bug the three targets had when each re-derived
the Python names: the cli passed ``max=`` to a method that calls its page size
``range_max``.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import os
import re
import subprocess
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, Optional

import pytest

from generator import output, pipeline

from helpers import ROOT

FIXTURES = ROOT / "tests" / "fixtures"
MAX_COLLISION = FIXTURES / "max_collision.yaml"
CORPUS_FETCH = ROOT.parent / "shared" / "corpus" / "fetch.sh"
CORPUS_SAMPLE = ("dev_signl4.com", "dev_evetech.net")
TARGETS = ["python", "cli", "markdown"]
_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


# ---------------------------------------------------------------- generating


def generate(spec: Path, out: Path, package: str) -> tuple[Any, int]:
    """Generate all three targets into ``out``; the imported package and the
    number of operations."""
    result = pipeline.generate(spec, TARGETS, package=package)
    output.write_tree(out, result.files)
    sys.path.insert(0, str(out))
    try:
        importlib.invalidate_caches()
        return importlib.import_module(package), len(result.api.operations)
    finally:
        sys.path.remove(str(out))


@pytest.fixture()
def forget_package() -> Iterator[list[str]]:
    """Packages imported by a test are removed from sys.modules afterwards."""
    names: list[str] = []
    yield names
    for name in list(sys.modules):
        if any(name == n or name.startswith(n + ".") for n in names):
            del sys.modules[name]


# ---------------------------------------------------------------- calls


def _client_calls(tree: ast.AST) -> Iterator[tuple[int, str, str, ast.Call]]:
    """(line, resource, method, call) for every ``client.<resource>.<method>(...)``."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        owner = node.func.value
        if (
            isinstance(owner, ast.Attribute)
            and isinstance(owner.value, ast.Name)
            and owner.value.id == "client"
        ):
            yield node.lineno, owner.attr, node.func.attr, node


def _cli_keywords(call: ast.Call) -> list[str]:
    """The keywords a generated CLI handler passes, unpacked helpers included."""
    names: list[str] = []
    for keyword in call.keywords:
        if keyword.arg is not None:
            names.append(keyword.arg)
            continue
        helper = keyword.value
        assert isinstance(helper, ast.Call) and isinstance(helper.func, ast.Name), ast.dump(helper)
        if helper.func.id == "_given":
            names += [k.arg for k in helper.keywords if k.arg is not None]
        elif helper.func.id == "_fields":  # _fields(args, [_Field(wire, ident, ...), ...])
            table = helper.args[1]
            assert isinstance(table, ast.List)
            for row in table.elts:
                assert isinstance(row, ast.Call) and isinstance(row.args[1], ast.Constant)
                names.append(str(row.args[1].value))
        else:
            raise AssertionError(f"unknown **{helper.func.id}(...) in a client call")
    return names


def _bind(client: Any, resource: str, method: str, args: int, keywords: list[str]) -> str:
    """'' when the call binds to the generated method, else what is wrong."""
    owner = getattr(client, resource, None)
    if owner is None:
        return f"client has no resource {resource!r}"
    function = getattr(owner, method, None)
    if function is None:
        return f"client.{resource} has no method {method!r}"
    if len(set(keywords)) != len(keywords):
        return f"client.{resource}.{method}: a keyword repeats in {keywords}"
    try:
        inspect.signature(function).bind(*([None] * args), **dict.fromkeys(keywords))
    except TypeError as exc:
        return f"client.{resource}.{method}({args} positional, {keywords}): {exc}"
    return ""


def cli_problems(package: Any, source: str) -> list[str]:
    client = package.Client(base_url="http://127.0.0.1:9")
    problems = []
    for line, resource, method, call in _client_calls(ast.parse(source)):
        problem = _bind(client, resource, method, len(call.args), _cli_keywords(call))
        if problem:
            problems.append(f"cli.py:{line}: {problem}")
    return problems


def markdown_problems(package: Any, pages: dict[str, str]) -> list[str]:
    client = package.Client(base_url="http://127.0.0.1:9")
    models = importlib.import_module(package.__name__ + ".models")
    problems = []
    for page, text in sorted(pages.items()):
        for block in _PYTHON_BLOCK.findall(text):
            try:
                tree = ast.parse(block)
            except SyntaxError as exc:
                problems.append(f"{page}: example does not parse: {exc}")
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module == package.__name__ + ".models":
                    missing = [a.name for a in node.names if not hasattr(models, a.name)]
                    if missing:
                        problems.append(f"{page}: imports missing models {missing}")
            for _, resource, method, call in _client_calls(tree):
                keywords = [k.arg for k in call.keywords if k.arg is not None]
                problem = _bind(client, resource, method, len(call.args), keywords)
                if problem:
                    problems.append(f"{page}: {problem}")
    return problems


def check(spec: Path, tmp_path: Path, package: str, forget: list[str]) -> None:
    forget.append(package)
    imported, operations = generate(spec, tmp_path, package)
    source = (tmp_path / package / "cli.py").read_text()
    pages = {p.name: p.read_text() for p in (tmp_path / "docs").glob("*.md")}
    # one command and one example per operation: nothing goes unchecked
    commands = {(r, m) for _, r, m, _ in _client_calls(ast.parse(source))}
    examples = {
        (r, m)
        for text in pages.values()
        for block in _PYTHON_BLOCK.findall(text)
        for _, r, m, _ in _client_calls(ast.parse(block))
    }
    assert len(commands) == len(examples) == operations, (len(commands), len(examples))
    problems = cli_problems(imported, source) + markdown_problems(imported, pages)
    assert not problems, "\n".join(problems[:20])


# ---------------------------------------------------------------- documents


def _features() -> list[Path]:
    folder = FIXTURES / "features"
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".json"))


@pytest.mark.parametrize("spec", [*_features(), MAX_COLLISION], ids=lambda p: p.stem)
def test_fixture_targets_agree(spec: Path, tmp_path: Path, forget_package: list[str]) -> None:
    check(spec, tmp_path, "xt_" + re.sub(r"\W", "_", spec.stem), forget_package)


def test_heroku_targets_agree(tmp_path: Path, forget_package: list[str]) -> None:
    check(ROOT / "spec" / "heroku.yaml", tmp_path, "xt_heroku", forget_package)


def test_max_collision_is_passed_by_the_methods_own_name(
    tmp_path: Path, forget_package: list[str]
) -> None:
    """The page size of a list with a query parameter ``max`` is ``page_max``
    (``range_max`` is taken too): the cli passes both by the method's names."""
    forget_package.append("xt_max")
    package, _ = generate(MAX_COLLISION, tmp_path, "xt_max")
    parameters = inspect.signature(package.Client().items.list).parameters
    assert {"max", "range_max", "page_max", "range_field"} <= set(parameters)
    source = (tmp_path / "xt_max" / "cli.py").read_text()
    assert "max=args.arg_max" in source and "page_max=args.page_max" in source
    docs = (tmp_path / "docs" / "items.md").read_text()
    assert "the keyword arguments `page_max`, `range_field`, `order` and `start`" in docs


def test_the_check_notices_a_wrong_keyword(tmp_path: Path, forget_package: list[str]) -> None:
    """The check can fail: a cli that passes the page size as ``max=`` (what the
    cli target did before it read the binding) and a Markdown example naming a
    method that does not exist are both reported."""
    forget_package.append("xt_broken")
    package, _ = generate(MAX_COLLISION, tmp_path, "xt_broken")
    source = (tmp_path / "xt_broken" / "cli.py").read_text()
    broken = source.replace("page_max=args.page_max", "max=args.page_max")
    assert broken != source
    problems = cli_problems(package, broken)
    assert any("a keyword repeats" in p for p in problems), problems
    pages = {"items.md": "```python\nclient.items.list_itemz()\n```\n"}
    assert markdown_problems(package, pages) == [
        "items.md: client.items has no method 'list_itemz'"
    ]
    pages = {"items.md": "```python\nclient.items.list_parts()\n```\n"}
    assert "missing a required argument" in markdown_problems(package, pages)[0]


# ---------------------------------------------------------------- the corpus


@lru_cache(maxsize=None)
def _corpus() -> dict[str, str]:
    """Doc id -> path; fetch.sh runs once per session (it is not safe to run twice at once)."""
    if not CORPUS_FETCH.is_file():
        return {}
    done = subprocess.run(["bash", str(CORPUS_FETCH)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    cache = Path(os.environ.get("CORPUS_CACHE") or Path.home() / ".cache" / "openapi-dev-corpus")
    lines = (cache / "dev-corpus-paths.tsv").read_text().splitlines()
    return dict(line.split("\t", 1) for line in lines if line)


def _corpus_ids() -> list[Any]:
    listed = ROOT.parent / "shared" / "corpus" / "dev-corpus.tsv"
    ids = []
    if listed.is_file():
        for line in listed.read_text().splitlines():
            first = line.split("\t", 1)[0].strip()
            if first.startswith("dev_"):
                ids.append(first)
    ids = ids or list(CORPUS_SAMPLE)
    return [
        doc_id if doc_id in CORPUS_SAMPLE else pytest.param(doc_id, marks=pytest.mark.slow)
        for doc_id in ids
    ]


@pytest.mark.parametrize("doc_id", _corpus_ids())
def test_corpus_targets_agree(
    doc_id: str, tmp_path: Path, forget_package: list[str], request: pytest.FixtureRequest
) -> None:
    """A sample of the development corpus by default; all of it with ``-m slow``."""
    selected: Optional[str] = request.config.option.markexpr
    if request.node.get_closest_marker("slow") and "slow" not in (selected or ""):
        pytest.skip("the whole corpus runs with -m slow")
    paths = _corpus()
    if not paths:
        pytest.skip("the development corpus is not beside this checkout (../shared/corpus)")
    check(Path(paths[doc_id]), tmp_path, "xt_corpus_" + re.sub(r"\W", "_", doc_id), forget_package)
