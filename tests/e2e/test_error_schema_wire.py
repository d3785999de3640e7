"""The config's ``error_schema``: one error body for every status an
operation declares none for, decoded into ``ApiError.data`` while
``error.id``/``error.message`` keep reading the config's ``errors`` fields.

Heroku's document declares no error schema, so its config supplies one; the
``error_schema`` feature fixture checks that a document's own declarations
(an exact status, a ``default``) still win and keep their names."""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Iterator

import pytest
import yaml
from fake_heroku import FakeHeroku
from responses_helpers import FEATURES, Handler, Loopback, loopback

from generator import cli
from heroku_platform_api import Client, NotFound, Unauthorized, UnprocessableEntity
from heroku_platform_api.models import Error

# ---------------------------------------------------------------- Heroku (fake server)


@pytest.fixture(autouse=True)
def _no_real_credentials(isolated_env: Path) -> None:
    """No $HEROKU_API_KEY and a temp HOME/$NETRC for every test here."""


def test_heroku_not_found_decodes_into_error(client: Client) -> None:
    with pytest.raises(NotFound) as caught:
        client.apps.info("no-such-app")
    error = caught.value
    assert isinstance(error.data, Error)
    assert (error.data.id, error.data.message) == ("not_found", "Couldn't find that app.")
    # The config's errors: {id, message} reading is unchanged.
    assert (error.id, error.message) == ("not_found", "Couldn't find that app.")
    assert error.body == {"id": "not_found", "message": "Couldn't find that app."}


def test_heroku_every_status_and_operation(fake_heroku: FakeHeroku) -> None:
    """A 401 (wrong token) on a list and a scripted 422 with a ``url`` on a create."""
    with Client(token="wrong", base_url=fake_heroku.url, backoff_factor=0) as bad:
        with pytest.raises(Unauthorized) as caught:
            list(bad.apps.list())
    assert isinstance(caught.value.data, Error) and caught.value.data.id == "unauthorized"
    body = {"id": "invalid_params", "message": "Name is taken.", "url": "https://example.test/e"}
    fake_heroku.fail_next("/apps", 422, body=body)
    with Client(token=fake_heroku.token, base_url=fake_heroku.url, backoff_factor=0) as good:
        with pytest.raises(UnprocessableEntity) as failed:
            good.apps.create(name="taken")
    assert failed.value.data == Error(
        id="invalid_params", message="Name is taken.", url="https://example.test/e"
    )
    assert failed.value.id == "invalid_params"


def test_heroku_odd_error_body_keeps_the_error(fake_heroku: FakeHeroku) -> None:
    """A body that is not the error object at all: data None, the error itself intact."""
    fake_heroku.fail_next("/apps/x", 404, body=["not", "an", "object"])
    with Client(token=fake_heroku.token, base_url=fake_heroku.url, backoff_factor=0) as c:
        with pytest.raises(NotFound) as caught:
            c.apps.info("x")
    assert caught.value.data is None and caught.value.status == 404


# ---------------------------------------------------------------- a feature fixture

CONFIG = {
    "error_schema": {
        "title": "Error",
        "description": "Every other error.",
        "type": "object",
        "properties": {"code": {"type": "string"}, "text": {"type": "string"}},
        "required": ["code"],
    },
    "errors": {"id": "code", "message": "text"},
}


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    out = tmp_path_factory.mktemp("error_schema")
    config = out / "config.yaml"
    config.write_text(yaml.safe_dump(CONFIG), encoding="utf-8")
    stderr = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(stderr):
        status = cli.main(
            ["generate", str(FEATURES / "error_schema.yaml"), "--out", str(out / "pkg")]
            + ["--package", "error_schema_wire", "--config", str(config)]
        )
    assert status == 0, stderr.getvalue()
    sys.path.insert(0, str(out / "pkg"))
    importlib.import_module("error_schema_wire.models")  # models load lazily
    return importlib.import_module("error_schema_wire")


def answer(status: int, body: Any) -> Any:
    def route(handler: Handler) -> None:
        handler.reply(status, json.dumps(body).encode())

    return route


@pytest.fixture(scope="module")
def server() -> Iterator[Loopback]:
    with loopback() as running:
        running.routes[("GET", "/things/gone")] = answer(404, {"reason": "gone"})
        running.routes[("GET", "/things/boom")] = answer(500, {"code": "oops", "text": "broke"})
        running.routes[("GET", "/others/gone")] = answer(404, {"reason": "gone"})
        yield running


def test_document_names_win(pkg: ModuleType) -> None:
    """The document's own ``Error`` keeps its name; the config's is ``Error2``."""
    assert pkg.models.Error.__doc__.strip() == "The document's own 404 body."
    assert pkg.models.Error2.__doc__.strip() == "Every other error."


def test_declared_status_wins_and_others_fall_back(pkg: ModuleType, server: Loopback) -> None:
    with pkg.Client(base_url=server.url, retries=0) as c:
        with pytest.raises(pkg.NotFound) as declared:
            c.things.get("gone")
        with pytest.raises(pkg.ServerError) as fallback:
            c.things.get("boom")
    assert declared.value.data == pkg.models.Error(reason="gone")
    assert fallback.value.data == pkg.models.Error2(code="oops", text="broke")
    assert (fallback.value.id, fallback.value.message) == ("oops", "broke")


def test_declared_default_wins(pkg: ModuleType, server: Loopback) -> None:
    with pkg.Client(base_url=server.url, retries=0) as c:
        with pytest.raises(pkg.NotFound) as caught:
            c.others.get("gone")
    assert caught.value.data == pkg.models.Error(reason="gone")
