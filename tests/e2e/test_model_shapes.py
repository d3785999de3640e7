"""Models as SDK users need them (issue 15, items 1, 4 and 6), end to end.

``tests/fixtures/features/models_request_response.yaml`` is generated into a
package, which then talks to a recording HTTP server on 127.0.0.1: what each
call sends and how each reply decodes.  ``mypy --strict`` checks a usage
script that uses the request classes, Literals and tuples (it must pass) and
scripts that break the rules (each must fail, with the error that names it).
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any, Iterator
from urllib.parse import parse_qsl, urlsplit

import pytest

from generator import cli
from helpers import ROOT, models_source

FIXTURE = ROOT / "tests" / "fixtures" / "features" / "models_request_response.yaml"
PACKAGE = "shapes_client"


# ---------------------------------------------------------------- the package


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("shapes")
    stderr = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(stderr):
        status = cli.main(
            ["generate", str(FIXTURE), "--out", str(root / "py"), "--package", PACKAGE]
        )
    assert status == 0, stderr.getvalue()
    return root / "py"


@pytest.fixture(scope="module")
def pkg(out: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def models(pkg: ModuleType) -> ModuleType:
    return importlib.import_module(PACKAGE + ".models")


# ---------------------------------------------------------------- a recording server


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.sent: list[tuple[str, str, str, bytes]] = []  # method, path, query, body
        self.reply_body: Any = {}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def json(self) -> Any:
        return json.loads(self.sent[-1][3])

    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(self.sent[-1][2])


class Handler(BaseHTTPRequestHandler):
    server: Server

    def _handle(self) -> None:
        split = urlsplit(self.path)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.sent.append((self.command, split.path, split.query, body))
        payload = json.dumps(self.server.reply_body).encode()
        self.send_response(201 if self.command == "POST" else 200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = _handle

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    srv = Server()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def client(pkg: ModuleType, server: Server) -> Any:
    server.sent.clear()
    return pkg.Client(base_url=server.url, retries=0)


# ---------------------------------------------------------------- readOnly / writeOnly


def test_create_sends_the_input_class_without_read_only_fields(
    client: Any, server: Server, models: ModuleType
) -> None:
    server.reply_body = {"id": "i1", "name": "box", "created_at": "2024-01-02T03:04:05Z"}
    item = client.default.create_item(models.ItemInput(name="box", secret="s3"))
    assert server.json() == {"name": "box", "secret": "s3"}  # no id, nothing unset
    # The reply omits the writeOnly `secret`, which is required when sent: it
    # decodes, strictly too, with secret None.
    assert isinstance(item, models.Item) and item.id == "i1" and item.secret is None
    strict = client.default.create_item(models.ItemInput(name="box", secret="s3"), strict=True)
    assert strict.secret is None and strict.created_at.year == 2024
    assert "id" not in {f for f in models.ItemInput.__dataclass_fields__}
    with pytest.raises(TypeError, match="id"):
        models.ItemInput(id="x", name="box", secret="s3")


def test_nested_models_are_sent_as_their_input_classes(
    client: Any, server: Server, models: ModuleType
) -> None:
    server.reply_body = {"number": 7, "items": [{"id": "i1", "name": "box"}]}
    order = client.default.create_order(
        models.OrderInput(items=[models.ItemInput(name="box", secret="s", tag="t")])
    )
    assert server.json() == {"items": [{"name": "box", "secret": "s", "tag": "t"}]}
    assert order.number == 7 and order.items[0].id == "i1"


# ---------------------------------------------------------------- explicit null


def test_input_classes_send_null_on_purpose_and_leave_unset_fields_out(
    client: Any, server: Server, models: ModuleType, pkg: ModuleType
) -> None:
    server.reply_body = {"name": "red", "color": None}
    label = client.default.put_label(models.LabelInput(name="red"))
    assert server.json() == {"name": "red"}  # color left UNSET: not sent
    assert label.color is None
    client.default.put_label(models.LabelInput(name="red", color=None))
    assert server.json() == {"name": "red", "color": None}  # None: JSON null, on purpose
    client.default.put_label(models.LabelInput(name="red", color="#f00"))
    assert server.json() == {"name": "red", "color": "#f00"}
    assert models.LabelInput(name="x").color is pkg.UNSET
    item = models.ItemInput(name="n", secret="s", note=None)
    assert item.to_dict() == {"name": "n", "secret": "s", "note": None}


# ---------------------------------------------------------------- precise types


def test_closed_argument_choices_are_literals_and_named_enums_stay_enums(
    client: Any, server: Server, models: ModuleType
) -> None:
    server.reply_body = []
    client.default.list_items(order="desc", kind=models.Kind.BIG, states=["open", "closed"])
    assert server.query() == [
        ("order", "desc"),
        ("kind", "big"),
        ("states", "open"),
        ("states", "closed"),
    ]
    hints = client.default.list_items.__annotations__
    # (annotations as Python unparses them: single quotes)
    assert hints["order"] == "Union[Literal['asc', 'desc'], _rt.Unset]"
    assert hints["kind"] == "Union[Kind, _rt.Unset]"
    assert hints["states"] == "Union[list[Literal['open', 'closed']], _rt.Unset]"


def test_const_single_enum_and_prefix_items_decode_precisely(
    client: Any, server: Server, models: ModuleType, pkg: ModuleType
) -> None:
    server.reply_body = {
        "version": 2,
        "format": "v2",
        "point": [3, "x"],
        "open": [1, "a", "b"],
        "status": "done",
        "previous_status": "queued",
        "home": {"lat": 1.5, "lng": 2.5},
        "work": {"lat": 3.0},
    }
    shapes = client.default.get_shapes(strict=True)
    assert (shapes.version, shapes.format, shapes.point, shapes.open) == (
        2,
        "v2",
        (3, "x"),
        (1, "a", "b"),
    )
    # Identical inline shapes share one class: work is a ShapesHome, the
    # two status enums one ShapesStatus.
    assert type(shapes.work) is models.ShapesHome and shapes.work.lat == 3.0
    assert shapes.previous_status is models.ShapesStatus.QUEUED
    assert not hasattr(models, "ShapesWork") and not hasattr(models, "ShapesPreviousStatus")
    annotations = models.Shapes.__annotations__
    assert annotations["version"] == "Optional[Literal[2]]"
    assert annotations["format"] == "Optional[Literal['v2']]"
    assert annotations["point"] == "Optional[tuple[int, str]]"
    assert annotations["open"] == "Optional[tuple[Union[int, str], ...]]"
    for wrong, field in (
        ({"version": 3}, "version"),
        ({"format": "v3"}, "format"),
        ({"point": [3]}, "point"),
        ({"point": [3, "x", "extra"]}, "point"),
        ({"point": ["x", 3]}, "point"),
        ({"open": ["a"]}, "open"),
    ):
        server.reply_body = wrong
        with pytest.raises(pkg.DecodeError, match=field):
            client.default.get_shapes(strict=True)
    assert models.Shapes(point=(1, "a")).to_dict() == {"point": [1, "a"]}


def test_docstrings_come_from_the_schema_or_are_absent(models: ModuleType) -> None:
    assert models.Item.__doc__.startswith("An item of the catalogue")  # its title
    assert models.Kind.__doc__ == "How big an item is."
    assert models.Label.__doc__ == "A label: no read-only field, but null is meaningful."
    source = models_source(Path(models.__file__).parent.parent)  # one module per class
    assert 'object."""' not in source and "Values of " not in source
    assert '"""' not in source.split("class ShapesHome:")[1].split("lat:")[0]


# ---------------------------------------------------------------- the type checker


GOOD = """
from shapes_client import Client, UNSET
from shapes_client.models import ItemInput, Kind, LabelInput, OrderInput, Shapes

client = Client()
item = client.default.create_item(ItemInput(name="box", secret="s", note=None))
created_id: str = item.id
client.default.create_order(OrderInput(items=[ItemInput(name="b", secret="s", tag=UNSET)]))
client.default.put_label(LabelInput(name="red", color=None))
client.default.list_items(order="asc", kind=Kind.BIG, states=["open"])
shapes: Shapes = client.default.get_shapes()
if shapes.point is not None:
    number, text = shapes.point
    total: int = number + len(text)
"""

BAD = {
    "read_only": (
        'client.default.create_item(ItemInput(id="x", name="box", secret="s"))',
        'Unexpected keyword argument "id" for "ItemInput"',
    ),
    "response_class": (
        'client.default.create_item(Item(id="x", name="box"))',
        'has incompatible type "Item"; expected "ItemInput"',
    ),
    "closed_choice": (
        'client.default.list_items(order="up")',
        "incompatible type \"Literal['up']\"",
    ),
    "tuple_shape": (
        "a, b, c = client.default.get_shapes().point or (1, 'x')",
        "Need more than 2 values to unpack",
    ),
}


def _mypy(out: Path, scripts: dict[str, str], tmp: Path) -> str:
    paths = []
    for name, body in scripts.items():
        path = tmp / f"{name}.py"
        path.write_text(body)
        paths.append(str(path))
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(out / PACKAGE)] + paths,
        env={"MYPYPATH": str(out), "PATH": "/usr/bin:/bin"},
        cwd=tmp,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return f"exit {done.returncode}\n{done.stdout}{done.stderr}"


def test_mypy_passes_the_package_and_a_usage_script(out: Path, tmp_path: Path) -> None:
    result = _mypy(out, {"good": GOOD}, tmp_path)
    assert result.startswith("exit 0"), result


def test_mypy_rejects_each_broken_use(out: Path, tmp_path: Path) -> None:
    header = (
        "from shapes_client import Client\n"
        "from shapes_client.models import Item, ItemInput\n"
        "client = Client()\n"
    )
    scripts = {name: header + line + "\n" for name, (line, _) in BAD.items()}
    result = _mypy(out, scripts, tmp_path)
    assert result.startswith("exit 1"), result
    for name, (_, message) in BAD.items():
        errors = [line for line in result.splitlines() if line.startswith(f"{name}.py:")]
        assert len(errors) == 1 and message in errors[0], (name, result)
