"""Method names are resource verbs: ``client.apps.list()``, not ``client.apps.list_apps()``.

The rule lives in the binding (generator/binding/naming.py) and holds for
every API: an operation's identifier minus the words that repeat its
resource's noun, unless that leaves nothing usable or collides.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any, get_type_hints

import pytest
import yaml

from generator import config, output, pipeline
from generator.binding.methods import qualified
from generator.binding.naming import method_names, resource_verb
from generator.errors import GeneratorError

from helpers import GENERATED, SPEC, heroku_config, write_spec


@pytest.mark.parametrize(
    ("ident", "resource", "verb"),
    [
        ("list_apps", "apps", "list"),
        ("get_app", "apps", "get"),
        ("create_app", "apps", "create"),
        ("update_config_vars", "config_vars", "update"),
        ("get_config_var", "config_vars", "get"),
        ("get_account", "account", "get"),
        ("list_accounts", "account", "list"),
        ("list_addons", "add_ons", "list"),  # one word spelling the two-word tag
        ("list_add_ons", "addons", "list"),  # two words spelling the one-word tag
        ("list_pipeline_couplings", "pipelines", "list_couplings"),
        ("create_pipeline_coupling", "pipelines", "create_coupling"),
        ("restart_all_dynos", "dynos", "restart_all"),
        ("get_policy", "policies", "get"),
        ("delete_addresses", "address", "delete"),
        ("app_list", "apps", "list"),  # noun first
        ("list_app_releases", "releases", "list_app"),  # only the resource's own noun goes
        ("get_config", "config_vars", None),  # part of the noun is not the noun
        ("list_users", "apps", None),  # nothing repeats the resource
        ("apps", "apps", None),  # nothing left
        ("all_apps", "apps", None),  # only a stop word left
        ("apps_for_the", "apps", None),
        ("import_app", "apps", None),  # a keyword
        ("match_app", "apps", None),  # a soft keyword
        ("app_2", "apps", None),  # not an identifier
        ("date_app", "apps", None),  # would hide `date` from the class's annotations
        ("builtins_app", "apps", None),  # the qualifier of shadowed builtins
        ("cast_app", "apps", None),
    ],
)
def test_resource_verb(ident: str, resource: str, verb: str | None) -> None:
    assert resource_verb(ident, resource) == verb


def test_the_config_renames_verbs_and_the_rule_still_applies() -> None:
    """``method_verbs`` renames a whole short name, never part of one, and the
    renamed name is checked like any other (keyword, collision)."""
    verbs = {"get": "info", "delete": "import", "list": "show"}
    idents = ["get_app", "get_all_apps", "delete_app", "list_apps", "show_app"]
    assert method_names(idents, "apps", verbs) == [
        "info",
        "get_all",
        "delete_app",  # `import` is a keyword
        "list_apps",  # `show` collides with show_app's verb
        "show_app",
    ]


def test_names_are_short_unless_they_collide() -> None:
    idents = ["list_apps", "create_app", "get_app", "list_app", "restart_all_apps"]
    # list_apps and list_app would both be `list`: both keep their identifiers.
    assert method_names(idents, "apps") == ["list_apps", "create", "get", "list_app", "restart_all"]


def test_a_verb_never_takes_the_name_of_an_unchanged_method() -> None:
    """An operation already called ``list`` keeps it; ``list_apps`` does not take it too."""
    assert method_names(["list", "list_apps", "create_app"], "apps") == [
        "list",
        "list_apps",
        "create",
    ]


def test_operations_that_all_reduce_to_one_verb_keep_their_names() -> None:
    idents = ["get_item", "get_items", "item_get", "get_the_item"]
    assert resource_verb("get_the_item", "items") == "get_the"
    assert method_names(idents, "items") == ["get_item", "get_items", "item_get", "get_the"]
    idents = ["get_item", "get_items", "item_get"]
    assert method_names(idents, "items") == idents


def test_names_do_not_depend_on_document_order() -> None:
    idents = ["list_apps", "list_app", "get_app", "create_app", "delete_apps"]
    names = method_names(idents, "apps")
    assert method_names(idents[::-1], "apps") == names[::-1]
    assert len(set(names)) == len(names)


def test_qualified_spells_only_whole_shadowed_names() -> None:
    shadowed = frozenset({"list", "dict"})
    assert qualified("Union[list[App], _rt.Unset]", shadowed) == (
        "Union[builtins.list[App], _rt.Unset]"
    )
    assert qualified("dict[str, list_item]", shadowed) == "builtins.dict[str, list_item]"
    assert qualified("_rt.list[Mylist]", shadowed) == "_rt.list[Mylist]"
    assert qualified("list[int]", frozenset()) == "list[int]"


# ---------------------------------------------------------------- generated clients


def _shadowing_spec(tmp_path: Path) -> Path:
    """Tag ``items``: ``list_items`` becomes ``list`` and ``dict_items`` ``dict``,
    and later methods take and return ``list[...]`` and ``dict[...]``."""
    array = {"type": "array", "items": {"type": "string"}}
    mapping = {"type": "object", "additionalProperties": {"type": "integer"}}

    def op(op_id: str, schema: dict[str, Any], body: bool = False) -> dict[str, Any]:
        result: dict[str, Any] = {
            "operationId": op_id,
            "tags": ["items"],
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": schema}}}
            },
        }
        if body:
            content = {"application/json": {"schema": {"type": "object", "properties": {
                "names": array, "counts": mapping}}}}  # fmt: skip
            result["requestBody"] = {"content": content}
        return result

    doc = {
        "openapi": "3.0.3",
        "info": {"title": "Shadow", "version": "1"},
        "paths": {
            "/items": {"get": op("listItems", array), "post": op("createItem", mapping, True)},
            "/items/dict": {"get": op("dictItems", mapping)},
            "/items/names": {"put": op("replaceItemNames", array, True)},
        },
    }
    return write_spec(tmp_path / "shadow.yaml", doc)


def test_a_method_named_like_a_builtin_keeps_the_annotations_right(tmp_path: Path) -> None:
    """``def list`` in a class hides ``list`` from the annotations after it (for
    mypy, which resolves them in the class first): they say ``builtins.list``."""
    result = pipeline.generate(_shadowing_spec(tmp_path), ["python"], package="shadow")
    source = result.files["shadow/api/items.py"]
    assert "import builtins\n" in source
    assert "    def list(\n" in source and "    def dict(\n" in source
    assert "def replace_names(" in source and "def create(" in source
    assert ") -> builtins.list[str]:" in source and ") -> builtins.dict[str, int]:" in source
    assert "names: Union[builtins.list[str], _rt.Unset]" in source
    assert " list[" not in source and " dict[" not in source
    output.write_tree(tmp_path / "out", result.files)
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "shadow/api/items.py"],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        from shadow.api.items import ItemsApi  # type: ignore[import-not-found]

        assert get_type_hints(ItemsApi.replace_names)["return"] == list[str]
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for name in [m for m in sys.modules if m.split(".")[0] == "shadow"]:
            del sys.modules[name]


def test_heroku_methods_are_resource_verbs_and_cli_commands_did_not_change() -> None:
    """The committed client says ``client.apps.list()``; ``heroku-api apps info``
    and ``apps list`` are still the commands (the CLI's names are its own contract)."""
    result = pipeline.generate(SPEC, ["python", "cli"], config=heroku_config())
    apps = result.files["heroku_platform_api/api/apps.py"]
    for name in ("list", "create", "info", "delete", "update"):  # get -> info: the config
        assert f"    def {name}(\n" in apps
    assert "    def list_apps(" not in apps and "    def get(" not in apps
    assert "def update(" in result.files["heroku_platform_api/api/config_vars.py"]
    cli = result.files["heroku_platform_api/cli.py"]
    assert "client.apps.info(" in cli and "client.config_vars.update(" in cli
    commands = re.findall(r"^def _call_(\w+?)__(\w+)\(", cli, re.MULTILINE)
    # The commands `heroku-api` had before the methods were renamed.
    assert commands[:5] == [("apps", c) for c in ("list", "create", "info", "delete", "update")]
    assert ("config_vars", "info") in commands and ("dynos", "restart_all") in commands
    assert ("pipelines", "list_couplings") in commands and ("account", "info") in commands
    assert result.locations  # the report's import paths name the methods as generated
    list_apps = next(op for op in result.api.operations if op.ident == "list_apps")
    assert result.locations[list_apps.pointer].endswith("apps:AppsApi.list")
    # generated/ is the complete API now: the same verbs, among more
    complete = (GENERATED / "heroku_platform_api" / "api" / "apps.py").read_text()
    for name in ("list", "create", "info", "delete", "update"):
        assert f"    def {name}(\n" in complete


@pytest.mark.parametrize("value", ["info", {"get": "Info"}, {"get": ["info"]}, {"get": "a-b"}])
def test_a_bad_method_verbs_config_names_the_file(tmp_path: Path, value: Any) -> None:
    path = tmp_path / "api.generator.yaml"
    path.write_text(yaml.safe_dump({"method_verbs": value}))
    with pytest.raises(GeneratorError) as caught:
        config.load(path)
    assert str(caught.value).startswith(f"{path}: config key 'method_verbs' must be a mapping")
    path.write_text("method_verbs: {get: info, list_all: all}\n")
    assert config.load(path) == ({"method_verbs": {"get": "info", "list_all": "all"}}, [])
