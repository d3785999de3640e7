"""The ``cli`` target: ``<package>/cli.py``, an argparse command line over the
generated client, rendered beside the ``python`` target.

The CLI is generated into a temporary folder and run as a subprocess
(``python -m heroku_platform_api.cli``, that folder first on ``PYTHONPATH``)
against the fake Heroku API from ``fake_heroku.py``, so what is tested is the
real command line over real HTTP, not the templates' intentions.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Optional

import black
import pytest

from fake_heroku import FakeHeroku
from generator import binding, formatting, pipeline, targets
from generator.errors import SpecError
from helpers import PLATFORM as SPEC, ROOT, heroku_config

PACKAGE = "heroku_platform_api"
FIXTURES = ROOT / "tests" / "fixtures"


def _write(files: dict[str, str], out: Path) -> Path:
    for rel, text in files.items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = pipeline.generate(SPEC, ["python", "cli"], config=heroku_config())
    return _write(result.files, tmp_path_factory.mktemp("cli-out"))


def _run(
    generated: Path,
    *args: str,
    token: Optional[str] = None,
    code: Optional[str] = None,
    stdin: Optional[str] = None,
) -> subprocess.CompletedProcess[str]:
    """Run the generated CLI (or ``code``, a ``python -c`` program) with
    ``generated`` first on the path and ``token`` as $HEROKU_API_KEY."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(generated), str(ROOT)]))
    env.pop("HEROKU_API_KEY", None)
    if token is not None:
        env["HEROKU_API_KEY"] = token
    command = ["-c", code] if code else ["-m", f"{PACKAGE}.cli"]
    return subprocess.run(
        [sys.executable, *command, *args],
        env=env,
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
    )


@pytest.fixture
def cli(generated: Path, fake_heroku: FakeHeroku, isolated_env: Path) -> Any:
    """``cli("apps", "list")``: the CLI against the fake, with its token."""

    def call(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        kwargs.setdefault("token", fake_heroku.token)
        return _run(generated, "--base-url", fake_heroku.url, *args, **kwargs)

    return call


# ---------------------------------------------------------------- calls


def test_apps_list_follows_every_page_and_prints_one_array(
    cli: Any, fake_heroku: FakeHeroku
) -> None:
    names = [f"paged-app-{n}" for n in range(5)]
    for name in names:
        fake_heroku.create_app(name)
    result = cli("apps", "list", "--max", "2")
    assert result.returncode == 0, result.stderr
    assert "\n" not in result.stdout.rstrip("\n"), "compact JSON when stdout is not a terminal"
    assert [app["name"] for app in json.loads(result.stdout)] == names
    ranges = [r.headers.get("range") for r in fake_heroku.requests_to("/apps", "GET")]
    assert len(ranges) == 3 and ranges[0] == "id ..; max=2"
    assert all(r and r.startswith("]") and r.endswith("; max=2") for r in ranges[1:])


def test_apps_info_takes_the_app_as_a_positional_and_get_is_an_alias(
    cli: Any, fake_heroku: FakeHeroku
) -> None:
    app = fake_heroku.create_app("info-app", region="eu")
    info = cli("apps", "info", "info-app")
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["id"] == app["id"] and data["region"] == {"id": app["region"]["id"], "name": "eu"}
    same = cli("apps", "get", app["id"])
    assert same.returncode == 0, same.stderr
    assert json.loads(same.stdout) == data
    assert [r.path for r in fake_heroku.requests] == ["/apps/info-app", f"/apps/{app['id']}"]


def test_apps_create_sends_the_typed_options_as_the_body(cli: Any, fake_heroku: FakeHeroku) -> None:
    result = cli("apps", "create", "--name", "brand-new-app", "--region", "eu")
    assert result.returncode == 0, result.stderr
    (request,) = fake_heroku.requests
    assert (request.method, request.path) == ("POST", "/apps")
    assert request.body == {"name": "brand-new-app", "region": "eu"}
    assert request.headers["content-type"] == "application/json"
    created = json.loads(result.stdout)
    assert created["name"] == "brand-new-app" and created["region"]["name"] == "eu"


def test_apps_update_boolean_options(cli: Any, fake_heroku: FakeHeroku) -> None:
    fake_heroku.create_app("flag-app")
    assert cli("apps", "update", "flag-app", "--maintenance").returncode == 0
    assert cli("apps", "update", "flag-app", "--no-maintenance").returncode == 0
    assert [r.body for r in fake_heroku.requests] == [
        {"maintenance": True},
        {"maintenance": False},
    ]


def test_config_vars_update_pairs_and_an_empty_value_sends_null(
    cli: Any, fake_heroku: FakeHeroku
) -> None:
    app = fake_heroku.create_app("config-app")
    fake_heroku.config_vars[app["id"]].update(BAZ="old", KEEP="1")
    result = cli("config-vars", "update", "--app", "config-app", "FOO=bar", "BAZ=", "EQ=a=b")
    assert result.returncode == 0, result.stderr
    (request,) = fake_heroku.requests
    assert (request.method, request.path) == ("PATCH", "/apps/config-app/config-vars")
    assert request.body == {"FOO": "bar", "BAZ": None, "EQ": "a=b"}
    assert json.loads(result.stdout) == {"KEEP": "1", "FOO": "bar", "EQ": "a=b"}
    shown = cli("config-vars", "info", "-a", "config-app")
    assert json.loads(shown.stdout) == {"KEEP": "1", "FOO": "bar", "EQ": "a=b"}


def test_json_body_input_is_merged_under_the_options(
    cli: Any, fake_heroku: FakeHeroku, tmp_path: Path
) -> None:
    body = tmp_path / "app.json"
    body.write_text(json.dumps({"name": "from-file", "region": "eu"}))
    assert cli("apps", "create", "--body", f"@{body}").returncode == 0
    assert cli("apps", "create", "--body", '{"name": "from-text"}').returncode == 0
    assert cli("apps", "create", "--body", f"@{body}", "--name", "option-wins").returncode == 0
    assert cli("apps", "create", "--body", "@-", stdin='{"name": "from-stdin"}').returncode == 0
    assert [r.body for r in fake_heroku.requests] == [
        {"name": "from-file", "region": "eu"},
        {"name": "from-text"},
        {"name": "option-wins", "region": "eu"},
        {"name": "from-stdin"},
    ]
    fake_heroku.create_app("merge-app")
    merged = cli(
        "config-vars", "update", "-a", "merge-app", "--body", '{"A": "1", "B": "2"}', "B=3", "C="
    )
    assert merged.returncode == 0, merged.stderr
    assert fake_heroku.requests[-1].body == {"A": "1", "B": "3", "C": None}


@pytest.mark.parametrize(
    "args, message",
    [
        (["apps", "create", "--body", "{not json"], "argument --body: not valid JSON"),
        (["apps", "create", "--body", "[1, 2]"], "must be a JSON object"),
        (["apps", "create", "--body", '{"nme": "typo"}'], "unknown field(s) 'nme'"),
        (["apps", "create", "--body", "@/no/such/file.json"], "cannot read /no/such/file.json"),
        (["dynos", "create", "--app", "some-app"], "required: --command"),
        (["formation", "batch-update", "--app", "some-app"], "required: 'updates' in --body"),
        (["config-vars", "update", "--app", "some-app"], "give KEY=VALUE pairs or --body"),
        (["config-vars", "update", "--app", "some-app", "NOEQUALS"], "expected KEY=VALUE"),
        (["apps", "frobnicate"], "invalid choice: 'frobnicate'"),
        (["apps", "info"], "required: APP"),
        (["apps"], "required: COMMAND"),
        (["apps", "list", "--max", "0"], "expected a number from 1 to 1000"),
        (
            ["pipeline-couplings", "create", "--app", "x", "--pipeline", "p", "--stage", "nope"],
            "invalid choice",
        ),
        (["apps", "info", "x", "--token", "secret"], "unrecognized arguments: --token"),
    ],
)
def test_usage_errors_exit_2_before_any_request(
    cli: Any, fake_heroku: FakeHeroku, args: list[str], message: str
) -> None:
    result = cli(*args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert message in result.stderr
    assert result.stderr.startswith("usage: ")
    assert result.stdout == ""
    assert fake_heroku.requests == []


def test_api_errors_print_the_message_and_exit_1(cli: Any, fake_heroku: FakeHeroku) -> None:
    result = cli("apps", "info", "no-such-app")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "error: 404 not_found: Couldn't find that app." in result.stderr
    assert "Traceback" not in result.stderr
    invalid = cli("apps", "create", "--name", "Not Valid")
    assert invalid.returncode == 1 and "422 invalid_params" in invalid.stderr


def test_missing_or_rejected_credentials_exit_2(cli: Any, fake_heroku: FakeHeroku) -> None:
    missing = cli("apps", "list", token="")
    assert missing.returncode == 2
    assert "no API token found" in missing.stderr and "$HEROKU_API_KEY" in missing.stderr
    assert fake_heroku.requests == [], "nothing is sent without a token"
    rejected = cli("apps", "list", token="not-the-token")
    assert rejected.returncode == 2
    assert "401 unauthorized" in rejected.stderr
    assert "not-the-token" not in rejected.stderr


def test_netrc_token_is_used(cli: Any, fake_heroku: FakeHeroku, isolated_env: Path) -> None:
    isolated_env.write_text(f"machine 127.0.0.1 login me password {fake_heroku.token}\n")
    isolated_env.chmod(0o600)
    fake_heroku.create_app("netrc-app")
    result = cli("apps", "info", "netrc-app", token="")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["name"] == "netrc-app"


def test_nothing_is_printed_for_an_empty_result(cli: Any, fake_heroku: FakeHeroku) -> None:
    path = "/apps/quiet-app/build-cache"  # Heroku's build "Delete cache" answers nothing
    fake_heroku.fail_next(path, 202)  # 202 with no body
    result = cli("builds", "delete-cache", "--app", "quiet-app")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert [(r.method, r.path) for r in fake_heroku.requests] == [("DELETE", path)]


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_output_is_indented_on_a_terminal(generated: Path, fake_heroku: FakeHeroku) -> None:
    fake_heroku.create_app("tty-app")
    primary, secondary = os.openpty()
    env = dict(
        os.environ,
        PYTHONPATH=str(generated),
        HEROKU_API_KEY=fake_heroku.token,
        NETRC=os.devnull,
    )
    process = subprocess.Popen(
        [sys.executable, "-m", f"{PACKAGE}.cli", "--base-url", fake_heroku.url]
        + ["apps", "info", "tty-app"],
        env=env,
        stdout=secondary,
        stderr=subprocess.PIPE,
    )
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # EIO once the child closed its end
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(primary)
    assert process.wait(timeout=60) == 0
    text = b"".join(chunks).decode().replace("\r\n", "\n")
    assert text.startswith('{\n  "acm": ')  # indented, keys in the schema's order
    assert json.loads(text)["name"] == "tty-app"


# ---------------------------------------------------------------- help


def test_help_reads_well(generated: Path) -> None:
    top = _run(generated, "--help")
    assert top.returncode == 0, top.stderr
    assert top.stdout.startswith(f"usage: python -m {PACKAGE}.cli ")
    for group in ("apps", "config-vars", "add-ons", "log-sessions", "pipelines"):
        assert f"\n    {group} " in top.stdout
    assert "--token" not in top.stdout and "$HEROKU_API_KEY" in top.stdout

    apps = _run(generated, "apps", "--help").stdout
    listed = re.findall(r"^    (\S+)", apps, re.MULTILINE)  # the command column
    assert listed[:5] == ["list", "create", "info", "delete", "update"]
    assert "enable-acm" in listed and "info (get)" in apps

    update = _run(generated, "config-vars", "update", "--help").stdout
    assert "-a APP, --app APP" in update and "KEY=VALUE" in update
    assert "KEY= (nothing after =) sends null (removes KEY)" in " ".join(update.split())
    assert "PATCH /apps/{app_id_or_name}/config-vars" in update

    create = _run(generated, "dynos", "create", "--help").stdout
    assert "--attach, --no-attach" in create and "--type TYPE" in create
    assert "--env KEY=VALUE" in create

    batch = _run(generated, "formation", "batch-update", "--help").stdout
    assert "Only settable with --body: updates (array)." in batch


def test_command_names_are_short_verbs() -> None:
    config = heroku_config()
    api = pipeline.generate(SPEC, [], config=config).api
    target = targets.load("cli")
    py = binding.build(api, binding.package_options(api, config, None))
    groups = target.filters["cli_groups"](api, py)
    names = {g.name: [c.name for c in g.commands] for g in groups}
    # the complete API's links, in the hyper-schema's order
    assert names["apps"] == [
        "list", "create", "info", "delete", "update",
        "list-owned-and-collaborated", "enable-acm", "disable-acm", "refresh-acm",
    ]  # fmt: skip
    # "Info for App" is `info`, as the config's method_verbs renames the Python method
    assert names["config-vars"] == ["info", "update", "info-for-app-release"]
    assert names["dynos"] == [
        "list", "create", "restart-all", "info", "restart", "restart-formation", "stop",
        "stop-formation",
    ]  # fmt: skip
    assert names["add-ons"][:6] == [
        "list",
        "info",
        "list-by-app",
        "create",
        "info-by-app",
        "delete",
    ]
    assert names["pipelines"] == ["list", "create", "info", "delete", "update"]
    assert "create" in names["pipeline-couplings"]
    assert names["formation"] == ["info", "update", "list", "batch-update"]
    assert names["log-sessions"] == ["create"]
    assert names["sources"] == ["create", "create-deprecated"]


def test_colliding_verbs_fall_back_to_the_whole_identifier() -> None:
    api = pipeline.generate(SPEC, [], config=heroku_config()).api
    apps = next(t for t in api.tags if t.ident == "apps")
    base = apps.operations[0]
    ops = tuple(
        dataclasses.replace(base, ident=ident)
        for ident in ("list_apps", "list_all_apps", "list_app", "get_app", "get", "info_app")
    )
    tag = dataclasses.replace(apps, operations=ops)
    targets.load("cli")
    hooks = sys.modules["generator_target_hooks_cli"]  # where targets.load put the hooks
    assert hooks.command_names(tag, [op.ident for op in tag.operations]) == [
        ("list-apps", []),  # "list" twice: both keep their whole names
        ("list-all", []),
        ("list-app", []),
        ("get-app", []),  # "info" three times (get_app, get, info_app)
        ("get", []),
        ("info-app", []),
    ]


# ---------------------------------------------------------------- the code itself


def test_rendered_cli_is_black_formatted_and_mypy_strict_clean(
    generated: Path, tmp_path: Path
) -> None:
    source = (generated / PACKAGE / "cli.py").read_text()
    assert black.format_str(source, mode=formatting.black_mode()) == source
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "mypy")]
        + [f"{PACKAGE}/cli.py"],
        cwd=generated,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_target_renders_only_cli_py() -> None:
    result = pipeline.generate(SPEC, ["cli"], config=heroku_config())
    assert list(result.files) == [f"{PACKAGE}/cli.py"]
    again = pipeline.generate(SPEC, ["cli"], config=heroku_config())
    assert again.files == result.files, "deterministic"


def _feature_specs() -> list[Path]:
    found = sorted((FIXTURES / "features").glob("*.yaml")) + sorted(
        (FIXTURES / "features").glob("*.json")
    )
    return found + sorted(FIXTURES.glob("*.yaml"))


@pytest.mark.parametrize("spec", _feature_specs(), ids=lambda p: p.name)
def test_other_documents_give_a_working_parser(spec: Path, tmp_path: Path) -> None:
    """Odd names, colliding options, enums, arrays, objects, raw and form bodies:
    the parser builds (argparse rejects conflicting options only when they are
    added) and every command's help formats."""
    try:
        result = pipeline.generate(spec, ["python", "cli"])
    except SpecError as error:
        pytest.skip(f"not a usable document: {error}")
    out = _write(result.files, tmp_path)
    package = next(rel.split("/")[0] for rel in result.files if rel.endswith("/cli.py"))
    source = (out / package / "cli.py").read_text()
    assert black.format_str(source, mode=formatting.black_mode()) == source
    walk = f"""
import argparse
from {package}.cli import build_parser
parser, commands = build_parser("x")
count = 0
def walk(parser):
    global count
    parser.format_help()
    count += 1
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in set(action.choices.values()):
                walk(sub)
walk(parser)
print(count)
"""
    checked = _run(out, code=walk)
    assert checked.returncode == 0, checked.stderr
    operations = len(result.api.operations)
    groups = len({op.tag for op in result.api.operations})
    assert int(checked.stdout) == 1 + groups + operations


# ---------------------------------------------------------------- heroku-api


def test_heroku_api_is_the_generated_cli_plus_the_workflow_commands(
    generated: Path, fake_heroku: FakeHeroku, isolated_env: Path
) -> None:
    main = "import sys; from heroku_tools.cli import main; sys.exit(main(sys.argv[1:]))"

    def heroku_api(*args: str) -> subprocess.CompletedProcess[str]:
        return _run(
            generated, "--base-url", fake_heroku.url, *args, token=fake_heroku.token, code=main
        )

    top = heroku_api("--help")
    assert top.returncode == 0, top.stderr
    assert top.stdout.startswith("usage: heroku-api ")
    for command in ("apps", "config-vars", "deploy", "rollback", "logs", "releases"):
        assert f"\n    {command} " in top.stdout
    releases = heroku_api("releases", "--help").stdout
    assert "--app APP, -a APP" in releases and "info (get)" in releases

    fake_heroku.create_app("tools-app")
    info = heroku_api("apps", "info", "tools-app")
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["name"] == "tools-app"
    update = heroku_api("config-vars", "update", "-a", "tools-app", "A=1")
    assert update.returncode == 0 and fake_heroku.requests[-1].body == {"A": "1"}
    assert heroku_api("apps", "info", "missing-app").returncode == 1

    no_app = heroku_api("releases")
    assert no_app.returncode == 2 and "-a/--app" in no_app.stderr
    assert "--json" in top.stdout and "machine-readable" in top.stdout
