"""Importing the complete Heroku client stays cheap: resources (and the 288 models they
decode into) load on first use, not with the package."""

from __future__ import annotations

import json
import subprocess
import sys

from helpers import GENERATED

PROBE = """
import json, sys, time
started = time.perf_counter()
import heroku_platform_api
elapsed = time.perf_counter() - started
loaded = sorted(m for m in sys.modules if m.startswith("heroku_platform_api."))
client = heroku_platform_api.Client(token="unused")
first = client.apps
print(json.dumps({
    "elapsed": elapsed,
    "loaded": loaded,
    "same": client.apps is first,
    "apps_class": type(first).__name__,
    "models_after_use": "heroku_platform_api.models" in sys.modules,
    "others_after_use": "heroku_platform_api.api.log_drains" in sys.modules,
}))
"""


def _probe() -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=GENERATED,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_package_import_loads_no_resource_and_no_model() -> None:
    result = _probe()
    loaded = result["loaded"]
    assert isinstance(loaded, list)
    assert "heroku_platform_api.models" not in loaded
    assert not [m for m in loaded if m.startswith("heroku_platform_api.api.")], loaded
    # generous for a loaded 2-core CI; ~25 ms on an idle machine (models alone take ~90 ms)
    assert isinstance(result["elapsed"], float) and result["elapsed"] < 1.0


def test_a_resource_loads_on_first_use_once() -> None:
    result = _probe()
    assert result["apps_class"] == "AppsApi" and result["same"] is True
    assert result["models_after_use"] is True  # what the resource decodes into
    assert result["others_after_use"] is False  # and nothing else
