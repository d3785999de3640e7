"""The README's promises about the complete Heroku client hold: every method of the
seed's old->new table exists on generated/, and the first section's examples call
methods and models that exist, with arguments their signatures accept."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import sys
from typing import Any

import pytest

from helpers import GENERATED, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def client() -> Any:
    if str(GENERATED) not in sys.path:
        sys.path.insert(0, str(GENERATED))
    package = importlib.import_module("heroku_platform_api")
    assert package.__file__ is not None and package.__file__.startswith(str(GENERATED))
    return package.Client(token="unused")


def test_every_new_name_of_the_seed_table_exists(client: Any) -> None:
    rows = re.findall(
        r"^\| `client\.(\w+)\.(\w+)\(\.\.\.\)` \| `client\.(\w+)\.(\w+)\(", README, re.M
    )
    assert len(rows) == 46  # one per operation of the seed
    for _, _, resource, method in rows:
        assert callable(getattr(getattr(client, resource), method)), (resource, method)


def test_first_section_examples_bind_to_the_client(client: Any) -> None:
    source = README.split("```python\n", 1)[1].split("```", 1)[0]
    tree = ast.parse(source)
    namespace: dict[str, Any] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "heroku_platform_api.models":
            exec(compile(ast.Module([node], []), "<readme>", "exec"), namespace)
    calls = 0
    for node in ast.walk(tree):
        func = getattr(node, "func", None)
        if (
            isinstance(node, ast.Call)
            and isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Attribute)
            and isinstance(func.value.value, ast.Name)
            and func.value.value.id == "client"
        ):
            method = getattr(getattr(client, func.value.attr), func.attr)
            args = [_value(a, namespace) for a in node.args]
            kwargs = {k.arg: _value(k.value, namespace) for k in node.keywords if k.arg}
            inspect.signature(method).bind(*args, **kwargs)  # TypeError if the call is wrong
            calls += 1
    assert calls == 4  # promotion create, log drain create / list / delete


def _value(expr: ast.expr, namespace: dict[str, Any]) -> Any:
    """Literals and model constructors are evaluated; names of earlier results are
    stand-ins (their own calls are checked where they are made)."""
    try:
        return eval(compile(ast.Expression(expr), "<readme>", "eval"), dict(namespace))
    except NameError:
        return "<result>"
