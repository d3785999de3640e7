"""The committed client's import cost does not grow with the API: importing the
package imports no API group and no model (nor requests); each group's module
is imported by the first use of its client property, each model's by the first
use of its name; and type checkers still see every name statically (no Any
from the dynamic lookups)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import GENERATED, ROOT

PACKAGE = "heroku_platform_api"

PROBE = """
import json, sys

def loaded(prefix):
    return sorted(m for m in sys.modules if m.startswith(prefix))

import heroku_platform_api
seen = {"import": {"api": loaded("heroku_platform_api.api."),
                   "models": loaded("heroku_platform_api.models."),
                   "requests": "requests" in sys.modules}}
client = heroku_platform_api.Client(token="t", base_url="http://127.0.0.1:9")
apps = client.apps
seen["apps"] = {"api": loaded("heroku_platform_api.api."), "same": client.apps is apps,
                "other_client": heroku_platform_api.Client(token="t").apps is apps,
                "models": loaded("heroku_platform_api.models.")}
from heroku_platform_api.models import App
app = App.from_dict({"id": "1", "owner": {"id": "o"}})
seen["model"] = {"module": App.__module__, "owner": type(app.owner).__name__,
                 "owner_module": type(app.owner).__module__,
                 "models": loaded("heroku_platform_api.models.")}
from heroku_platform_api.models import AppSetupBuild
build = AppSetupBuild.from_dict({"id": "b", "status": "pending"})
seen["sibling"] = {"status": type(build.status).__module__,
                   "models": loaded("heroku_platform_api.models.")}
print(json.dumps(seen))
"""


def probe() -> dict[str, dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=True
    )
    result: dict[str, dict[str, object]] = json.loads(done.stdout)
    return result


def test_import_loads_no_group_model_or_requests() -> None:
    seen = probe()
    assert seen["import"] == {"api": [], "models": [], "requests": False}
    # The first use of client.apps imports that group's module (with its package), no other.
    assert seen["apps"]["api"] == [f"{PACKAGE}.api.apps"]
    assert seen["apps"]["same"] is True and seen["apps"]["other_client"] is False
    # ... and no model: its decoders reach them through the models package, on first use.
    assert seen["apps"]["models"] == []
    # App's module holds the classes whose names begin with App, its owner's among them.
    assert seen["model"]["module"] == f"{PACKAGE}.models.app"
    assert seen["model"]["owner"] == "AppOwner"
    assert seen["model"]["owner_module"] == f"{PACKAGE}.models.app"
    # A field whose class lives in another module imports that module when decoded.
    before, after = seen["model"]["models"], seen["sibling"]["models"]
    assert isinstance(before, list) and isinstance(after, list)
    assert f"{PACKAGE}.models.build" not in before
    assert seen["sibling"]["status"] == f"{PACKAGE}.models.build"
    assert f"{PACKAGE}.models.build" in after
    # Decoding never imported the whole package.
    every = list((GENERATED / PACKAGE / "models").glob("*.py"))
    assert len(after) < len(every) / 4, (len(after), len(every))


USAGE = """
from heroku_platform_api import Client
from heroku_platform_api.models import App

client = Client()
apps: list[App] = list(client.apps.list())
name: str = apps[0].name or ""
"""
MISUSE = """
from heroku_platform_api import Client
from heroku_platform_api.models import App, NoSuchModel

count: int = Client().apps
owner: int = App.from_dict({}).owner
"""


def mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "usage.py"
    script.write_text(source)
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(ROOT / ".mypy_cache"),
         str(script)],
        capture_output=True, text=True, timeout=600, cwd=GENERATED,
        env={"MYPYPATH": str(GENERATED), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip


def test_type_checkers_see_every_name(tmp_path: Path) -> None:
    good = mypy(tmp_path, USAGE)
    assert good.returncode == 0, good.stdout + good.stderr
    bad = mypy(tmp_path, MISUSE)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    # Each mistake is caught, so neither the group properties nor the models are Any.
    assert 'Module "heroku_platform_api.models" has no attribute "NoSuchModel"' in bad.stdout
    assert '"AppsApi", variable has type "int"' in bad.stdout
    assert '"AppOwner | None", variable has type "int"' in bad.stdout
