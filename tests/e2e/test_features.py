"""Feature coverage: one small document per OpenAPI feature group.

Every document in ``tests/fixtures/features/`` is generated through the CLI
(in-process) and must give exit status 0, no traceback, no degraded
operation, Python that compiles, a package that imports in a fresh
interpreter, and one method per operation of the document.  All the packages
together pass one ``mypy --strict`` run.  Then the generated clients talk to
a real HTTP server on 127.0.0.1, which records what went over the wire.

Documents the validator rejects live in ``features/invalid/``: the CLI must
say so in one line (exit 2), and the builder, which does not validate, must
still cope with them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import email.parser
import email.policy
import importlib
import io
import json
import subprocess
import sys
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any, Iterator
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest

from generator import builder, cli, formatting, ir, loader, pipeline, render, targets
from helpers import ROOT

FEATURES = ROOT / "tests" / "fixtures" / "features"
FIXTURES = sorted(p for p in FEATURES.iterdir() if p.suffix in (".yaml", ".json"))
NAMES = [p.stem for p in FIXTURES]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


# ---------------------------------------------------------------- generation


@dataclasses.dataclass
class Generated:
    spec: Path
    out: Path
    package: str
    status: int
    stdout: str
    stderr: str
    report: dict[str, Any]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Generated]]:
    root = tmp_path_factory.mktemp("features")
    patch = pytest.MonkeyPatch()
    patch.setenv("OPENAPI_PYGEN_CACHE", str(root / "cache"))
    result: dict[str, Generated] = {}
    try:
        for spec in FIXTURES:
            out, report = root / spec.stem, root / f"{spec.stem}.report.json"
            stdout, stderr = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                status = cli.main(
                    ["generate", str(spec), "--out", str(out), "--package", f"feat_{spec.stem}"]
                    + ["--report", str(report), "--debug"]
                )
            data = json.loads(report.read_text()) if report.exists() else {"operations": []}
            functions = [op["function"] for op in data["operations"]]
            package = functions[0].split(".")[0] if functions else f"feat_{spec.stem}"
            result[spec.stem] = Generated(
                spec, out, package, status, stdout.getvalue(), stderr.getvalue(), data
            )
        yield result
    finally:
        patch.undo()


def _document_operations(spec: Path) -> list[tuple[str, str]]:
    doc = loader.read_document(spec)
    return [
        (method.upper(), path)
        for path, item in (doc.get("paths") or {}).items()
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    ]


@pytest.mark.parametrize("name", NAMES)
def test_generates_cleanly(generated: dict[str, Generated], name: str) -> None:
    gen = generated[name]
    assert gen.status == cli.EXIT_OK, gen.stderr
    assert "Traceback" not in gen.stderr and "internal error" not in gen.stderr, gen.stderr
    assert all(op["status"] == "generated" for op in gen.report["operations"]), gen.report
    # enums: the mixed-type enum; openapi31: its two webhooks, which a client does not receive
    expected_warnings = {"enums": 1, "openapi31": 2}.get(name, 0)
    assert len(gen.report["warnings"]) == expected_warnings, gen.report["warnings"]


@pytest.mark.parametrize("name", NAMES)
def test_no_operation_is_dropped(generated: dict[str, Generated], name: str) -> None:
    gen = generated[name]
    reported = [(op["method"], op["path"]) for op in gen.report["operations"]]
    assert sorted(reported) == sorted(_document_operations(gen.spec))
    functions = [op["function"] for op in gen.report["operations"]]
    assert all(functions) and len(set(functions)) == len(functions), functions


@pytest.mark.parametrize("name", NAMES)
def test_every_file_compiles(generated: dict[str, Generated], name: str) -> None:
    files = sorted(generated[name].out.rglob("*.py"))
    assert len(files) >= 5
    for path in files:
        compile(path.read_text(), str(path), "exec")


IMPORT_CHECK = """
import importlib, json, sys
package = sys.argv[1]
report = json.loads(open(sys.argv[2]).read())
root = importlib.import_module(package)
assert root.__file__.startswith(sys.argv[3]), root.__file__
importlib.import_module(package + ".models")
client = root.Client(base_url="http://127.0.0.1:9")
for op in report["operations"]:
    module, _, attribute = op["function"].partition(":")
    owner, method = attribute.split(".")
    api_class = getattr(importlib.import_module(module), owner)
    assert callable(getattr(api_class, method)), op
    # Each API group is a property of the client, made on first use and kept.
    groups = [n for n, v in vars(type(client)).items() if isinstance(v, property)]
    group = [getattr(client, n) for n in groups if isinstance(getattr(client, n), api_class)]
    assert len(group) == 1 and callable(getattr(group[0], method)), op
    assert all(getattr(client, n) is getattr(client, n) for n in groups), op
print(len(report["operations"]))
"""


@pytest.mark.parametrize("name", NAMES)
def test_package_imports_and_report_resolves(generated: dict[str, Generated], name: str) -> None:
    gen = generated[name]
    report = gen.out.parent / f"{name}.report.json"
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_CHECK, gen.package, str(report), str(gen.out)],
        cwd=gen.out,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == len(_document_operations(gen.spec))


def test_mypy_strict_over_all_feature_packages(generated: dict[str, Generated]) -> None:
    packages = [gen.package for gen in generated.values()]
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(ROOT / ".mypy_cache")]
        + [arg for package in packages for arg in ("-p", package)],
        env={
            "MYPYPATH": ":".join(str(gen.out) for gen in generated.values()),
            "PATH": "/usr/bin:/bin",
        },
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


# ---------------------------------------------------------------- invalid documents


@pytest.mark.parametrize(
    "name, pointer",
    [
        ("missing_responses_30", "#/paths/~1ping/get: invalid OpenAPI 3.0.3: 'responses'"),
    ],
)
def test_invalid_documents_are_one_line_and_exit_2(
    tmp_path: Path, name: str, pointer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAPI_PYGEN_CACHE", "off")
    spec = FEATURES / "invalid" / f"{name}.yaml"
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
        status = cli.main(["generate", str(spec), "--out", str(tmp_path / "out"), "--debug"])
    assert status == cli.EXIT_INPUT
    lines = stderr.getvalue().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {spec}"), lines
    assert pointer in lines[0]
    assert not (tmp_path / "out").exists()


def test_duplicate_operation_ids_generate_with_a_warning(tmp_path: Path) -> None:
    """The validator calls them invalid; we warn (naming the pointer) and generate."""
    spec = FEATURES / "invalid" / "duplicate_operation_ids.yaml"
    result = pipeline.generate(spec, ["python"], package="dups")
    assert [w.pointer for w in result.api.warnings] == ["/paths/~1second/get/operationId"]
    assert [op.ident for op in result.api.operations] == ["fetch", "fetch_2", "fetch_3"]


def test_duplicate_operation_ids_still_get_distinct_methods() -> None:
    """The builder keeps every operation, named in document order."""
    doc = loader.read_document(FEATURES / "invalid" / "duplicate_operation_ids.yaml")
    api = builder.build(doc)
    assert [(op.path, op.operation_id, op.ident) for op in api.operations] == [
        ("/first", "fetch", "fetch"),
        ("/second", "fetch_2", "fetch_2"),
        ("/third", "Fetch", "fetch_3"),
    ]
    files = render.render(targets.load("python"), api, pipeline.options_for(api, {}, "dups"))
    code = formatting.strip_breaks(files["dups/api/default.py"])  # as the formatter does
    compile(code, "default.py", "exec")
    for ident in ("fetch", "fetch_2", "fetch_3"):
        assert f"def {ident}(" in code


# ---------------------------------------------------------------- the intermediate model


_APIS: dict[str, ir.Api] = {}


def _api(name: str) -> ir.Api:
    if name not in _APIS:
        spec = next(p for p in FIXTURES if p.stem == name)
        _APIS[name] = builder.build(loader.read_document(spec), str(spec))
    return _APIS[name]


def _model(api: ir.Api, name: str) -> ir.Model:
    return next(m for m in api.models if m.name == name)


def _enum(api: ir.Api, name: str) -> ir.Enum:
    return next(e for e in api.enums if e.name == name)


def _field(model: ir.Model, name: str) -> ir.Field:
    return next(f for f in model.fields if f.name == name)


def _op(api: ir.Api, operation_id: str) -> ir.Operation:
    return next(o for o in api.operations if o.operation_id == operation_id)


def test_allof_merges_fields_and_required_through_refs() -> None:
    api = _api("allof")
    dog = _model(api, "Dog")
    assert [(f.name, f.required) for f in dog.fields] == [
        ("id", True),
        ("name", True),  # required by Named, defined by Base
        ("nickname", False),
        ("bark", True),
    ]
    assert _field(dog, "id").description == "The dog's id."  # the later part wins
    puppy = _model(api, "Puppy")
    assert [f.name for f in puppy.fields] == ["id", "name", "nickname", "bark", "age_weeks"]
    wrapper = _model(api, "Wrapper")
    assert _field(wrapper, "dog").type == ir.Nullable(ir.ModelRef("Dog"))
    assert _field(wrapper, "puppies").type == ir.ListOf(ir.ModelRef("Puppy"))
    body = _op(api, "createCat").body
    assert body is not None and body.type == ir.ModelRef("CreateCatBody")
    assert [f.name for f in _model(api, "CreateCatBody").fields] == ["id", "name", "meow"]


def test_unions_discriminators_and_nesting() -> None:
    api = _api("unions")
    pet = _op(api, "getPet").responses[0].type
    assert isinstance(pet, ir.UnionOf) and pet.discriminator is not None
    assert pet.discriminator.property == "petType"
    assert dict(pet.discriminator.mapping) == {"cat": "Cat", "dog": "Dog"}
    shape = _op(api, "getShape").responses[0].type
    assert isinstance(shape, ir.UnionOf) and shape.discriminator is not None
    assert dict(shape.discriminator.mapping) == {"Circle": "Circle", "Square": "Square"}
    builder_ = builder.Builder(loader.read_document(FEATURES / "unions.yaml"))
    builder_.build()
    by_name = builder_.by_pointer["/components/schemas/PetByName"]
    assert isinstance(by_name, ir.UnionOf) and by_name.discriminator is not None
    assert dict(by_name.discriminator.mapping) == {"kitty": "Cat", "Dog": "Dog"}
    assert _op(api, "getValue").responses[0].type == ir.UnionOf(
        (ir.Primitive("str"), ir.Primitive("int"), ir.Primitive("bool"))
    )
    owner = _model(api, "Owner")
    assert _field(owner, "pet").type == ir.Nullable(
        ir.UnionOf((ir.ModelRef("Cat"), ir.ModelRef("Dog")))
    )
    assert _field(owner, "maybe").type == ir.Nullable(ir.ModelRef("Cat"))
    assert _field(owner, "favourite").type == ir.Nullable(ir.ModelRef("Cat"))  # $ref + nullable
    circle_or_square = ir.UnionOf((ir.ModelRef("Circle"), ir.ModelRef("Square")))
    assert _field(owner, "nested").type == ir.UnionOf(
        (ir.ListOf(circle_or_square), ir.Primitive("str"))
    )
    assert _field(owner, "grid").type == ir.ListOf(
        ir.ListOf(ir.UnionOf((ir.Primitive("int"), ir.Primitive("str"))))
    )


def test_recursive_schemas_are_typed_not_any() -> None:
    api = _api("recursive")
    assert api.warnings == ()
    assert _field(_model(api, "Node"), "next").type == ir.ModelRef("Node")
    assert _field(_model(api, "Node"), "parent").type == ir.Nullable(ir.ModelRef("Node"))
    assert _field(_model(api, "Company"), "employees").type == ir.ListOf(ir.ModelRef("Person"))
    assert _field(_model(api, "Person"), "employer").type == ir.ModelRef("Company")
    tree_node = _model(api, "TreeNode")  # Tree is an array of TreeNode, which holds a Tree
    assert _field(tree_node, "children").type == ir.ListOf(ir.ModelRef("TreeNode"))
    assert _field(tree_node, "byName").type == ir.MapOf(ir.ModelRef("TreeNode"))
    category = _model(api, "Category")
    assert [f.name for f in category.fields] == ["id", "parent", "children"]
    assert _field(category, "children").type == ir.ListOf(ir.ModelRef("Category"))
    expr = ir.UnionOf((ir.ModelRef("Literal2"), ir.ModelRef("BinOp")))  # Literal is taken
    assert _field(_model(api, "BinOp"), "left").type == expr
    assert _op(api, "evaluate").responses[0].type == expr


def test_additional_properties() -> None:
    api = _api("additional_properties")
    assert _op(api, "getLabels").responses[0].type == ir.MapOf(ir.Primitive("str"))
    assert _model(api, "Metadata").additional == ir.Primitive("int")
    assert _model(api, "Strict").additional is None
    assert _model(api, "Bag").additional == ir.ANY
    assert _model(api, "GetRegistryResponse").additional == ir.ModelRef("Item")
    assert _model(api, "PatchSettingsBody").additional == ir.Nullable(ir.Primitive("str"))
    assert _op(api, "patchSettings").responses[0].type == ir.MapOf(ir.ListOf(ir.Primitive("str")))
    assert not any(m.name == "FreeForm" for m in api.models)  # just a dict
    only_extras = _model(api, "OnlyExtras")
    assert only_extras.fields == () and only_extras.additional == ir.Primitive("int")


def test_inline_schemas_are_named_after_their_place() -> None:
    api = _api("inline")
    assert [m.name for m in api.models] == [
        "GetThingFilter",
        "GetThingResponseOwnerAddress",
        "GetThingResponseOwner",
        "GetThingResponsePartsItem",
        "GetThingResponse",
        "ReplaceThingsBodyItem",  # the response's items are the same shape: one class
        "CreateThingBodyDimensions",
        "CreateThingBodyLayersItemItem",
    ]
    replace = _op(api, "replaceThings")
    assert replace.body is not None and replace.responses[0].type == ir.MapOf(
        ir.ListOf(ir.ModelRef("ReplaceThingsBodyItem"))
    )
    response = _model(api, "GetThingResponse")
    assert _field(response, "matrix").type == ir.ListOf(ir.ListOf(ir.Primitive("float")))
    assert _field(response, "tagsByGroup").type == ir.MapOf(ir.ListOf(ir.Primitive("str")))
    body = _op(api, "createThing").body
    assert body is not None and body.fields is not None
    assert _field(_model(api, "GetThingResponse"), "owner").type == ir.ModelRef(
        "GetThingResponseOwner"
    )
    assert [
        m.name for m in builder.build(loader.read_document(FEATURES / "inline.yaml")).models
    ] == [m.name for m in api.models]


def test_enum_members_are_distinct_identifiers() -> None:
    api = _api("enums")

    def members(name: str) -> list[tuple[str, object]]:
        return [(m.ident, m.value) for m in _enum(api, name).members]

    assert members("Colliding") == [
        ("A_B", "a-b"),
        ("A_B_2", "a_b"),
        ("A_B_3", "A B"),
        ("A_B_4", "a.b"),
        ("A_B_5", "A_B"),
    ]
    assert members("WithEmpty") == [("EMPTY", ""), ("X", "x"), ("EMPTY_2", "EMPTY")]
    assert members("Priority") == [
        ("VALUE_1", 1),
        ("VALUE_2", 2),
        ("VALUE_3", 3),
        ("MINUS_VALUE_1", -1),
        ("VALUE_0", 0),
    ]
    odd = dict((value, ident) for ident, value in members("NonIdentifier"))
    assert odd["été"] == "ETE" and odd["class"] == "CLASS" and odd["1st"] == "VALUE_1_ST"
    assert odd["UNKNOWN"] == "UNKNOWN_2"  # UNKNOWN is kept for values the document lacks
    assert len(set(odd.values())) == len(odd)
    assert _enum(api, "NullableColor").base == "str"
    paint = _model(api, "Paint")
    assert _field(paint, "maybeColor").type == ir.Nullable(ir.EnumRef("NullableColor"))
    assert _field(paint, "mixed").type == ir.ANY
    assert [w.pointer for w in api.warnings] == ["/components/schemas/Mixed"]


def test_readonly_writeonly_deprecated_defaults() -> None:
    api = _api("readonly_writeonly_deprecated_defaults")
    create = _op(api, "createAccount")
    assert create.body is not None and create.body.fields is not None
    fields = {f.name: f for f in create.body.fields}
    assert "id" not in fields  # read-only: never sent
    assert fields["password"].write_only and fields["nickname"].deprecated
    assert [(n, fields[n].default) for n in ("plan", "seats", "ratio", "active")] == [
        ("plan", "free"),
        ("seats", 1),
        ("ratio", 0.5),
        ("active", True),
    ]
    account = _model(api, "Account")
    assert _field(account, "id").read_only and _field(account, "created_at").read_only
    assert _field(account, "tags").has_default and _field(account, "tags").default == []
    assert _op(api, "deleteAccount").deprecated
    verbose = next(p for p in _op(api, "getAccount").parameters if p.name == "verbose")
    assert verbose.deprecated
    assert _model(api, "Legacy").deprecated


def test_parameter_names_and_styles() -> None:
    api = _api("parameters")
    search = _op(api, "searchItems")
    by_name = {p.name: p for p in search.parameters}
    assert {name: p.ident for name, p in by_name.items() if p.ident != name} == {
        "item-id": "item_id",
        "X-Trace": "x_trace",
        "class": "class_",
        "from": "from_",
        "page.size": "page_size",
        "sort[field]": "sort_field",
        "self": "self_2",
        "headers": "headers_2",
        "user-name": "user_name",
        "user_name": "user_name_2",
        "userName": "user_name_3",
        "X-Ids": "x_ids",
        "X-Obj": "x_obj",
    }
    assert by_name["X-Trace"].required  # the operation's own overrides the path's
    assert by_name["filter"].style == "deepObject"
    update = _op(api, "updateItem")
    assert update.body is not None and update.body.fields is not None
    idents = [p.ident for p in update.parameters] + [f.ident for f in update.body.fields]
    assert len(set(idents)) == len(idents)
    assert [f.ident for f in update.body.fields] == [
        "name_2",
        "class__2",
        "item_id_2",
        "body",
        "timeout_2",
    ]


def test_bodies_pick_their_content_type() -> None:
    api = _api("bodies")
    chosen = {op.operation_id: op.body.content_type for op in api.operations if op.body}
    assert chosen == {
        "postJson": "application/json",
        "putJsonRef": "application/json",
        "postForm": "application/x-www-form-urlencoded",
        "uploadFile": "multipart/form-data",
        "putRaw": "application/octet-stream",
        "putText": "text/plain",
        "postMulti": "application/json",
        "postFormRef": "application/x-www-form-urlencoded",
        "postVendorJson": "application/vnd.api+json",
    }
    multi = _op(api, "postMulti").body
    assert multi is not None and multi.other_content_types == (
        "application/xml",
        "application/x-www-form-urlencoded",
    )
    form_ref = _op(api, "postFormRef").body
    assert form_ref is not None and [f.name for f in form_ref.fields or ()] == ["id", "label"]


def test_responses() -> None:
    api = _api("responses")
    submit = _op(api, "submitJob")
    assert [(r.status, r.type) for r in submit.responses] == [
        ("200", ir.ModelRef("Result")),
        ("202", ir.ModelRef("Ticket")),
        ("204", None),
        ("default", ir.ModelRef("Problem")),
    ]
    assert _op(api, "getJob").responses[0].type == ir.ModelRef("Job")
    assert _op(api, "ping").responses == ()
    assert _op(api, "getJobLog").responses[0].type == ir.Primitive("str")
    assert _op(api, "downloadArtifact").responses[0].type == ir.Primitive("bytes")


def test_operation_ids() -> None:
    api = _api("operation_ids")
    assert [(op.method, op.path, op.ident) for op in api.operations] == [
        ("GET", "/no-id/{id}", "get_no_id_id"),
        ("DELETE", "/no-id/{id}", "delete_no_id_id"),
        ("GET", "/a", "get_thing"),
        ("PUT", "/a", "get_thing_2"),
        ("POST", "/a", "get_thing_3"),
        ("PATCH", "/a", "get_thing_4"),
        ("GET", "/b", "class_"),
        ("PUT", "/b", "init"),
        ("POST", "/b", "import_"),
        ("DELETE", "/b", "client"),
        ("PATCH", "/b", "call_123_go"),
        ("GET", "/c", "headers_"),
        ("POST", "/c", "call"),
        ("GET", "/tagged", "get_thing_2"),
        ("POST", "/tagged", "print"),
    ]


def test_openapi31_constructs() -> None:
    api = _api("openapi31")
    event = _model(api, "Event")
    types = {f.name: f.type for f in event.fields}
    assert types["kind"] == ir.Literal(("event",))  # const
    assert types["id"] == ir.UnionOf((ir.Primitive("int"), ir.Primitive("str")))
    assert types["title"] == ir.Nullable(ir.Primitive("str"))
    assert types["count"] == ir.Nullable(ir.Primitive("int"))
    assert types["tags"] == ir.Nullable(ir.ListOf(ir.Primitive("str")))
    assert types["source"] == ir.ModelRef("Source")
    assert _field(event, "source").description == "Where it came from (a sibling of $ref)."
    assert types["origin"] == ir.Nullable(ir.ModelRef("Source"))
    assert types["nested"] == ir.Nullable(ir.ModelRef("EventNested"))
    assert types["level"] == ir.Nullable(ir.EnumRef("Level"))
    assert [(w.name, w.payload) for w in api.webhooks] == [
        ("eventCreated", ir.ModelRef("Event")),
        ("rawPing", ir.Primitive("str")),
    ]
    assert [p.type for p in _op(api, "getEvent").parameters] == [types["id"]]


def test_case_colliding_names() -> None:
    api = _api("case_colliding")
    names = {m.pointer.rsplit("/", 1)[-1]: m.name for m in api.models}
    names.update({e.pointer.rsplit("/", 1)[-1]: e.name for e in api.enums})
    assert {key: names[key] for key in ("Pet", "pet", "UserInfo", "user_info", "user-info")} == {
        "Pet": "Pet",  # the exact spelling keeps the plain name
        "pet": "Pet2",
        "UserInfo": "UserInfo",
        "user_info": "UserInfo2",
        "user-info": "UserInfo3",
    }
    assert names["Client"] == "Client2"  # the generated package's own class
    assert _field(_model(api, "Pet"), "twin").type == ir.ModelRef("Pet2")
    assert [(t.name, t.ident, t.class_name) for t in api.tags] == [
        ("pets", "pets", "PetsApi"),
        ("Pets", "pets_2", "PetsApi2"),
        ("user-info", "user_info", "UserInfoApi"),
    ]


# ---------------------------------------------------------------- on the wire


@dataclasses.dataclass
class Recorded:
    method: str
    path: str  # raw, as sent
    query: str  # raw query string
    headers: dict[str, str]
    body: bytes

    def pairs(self) -> list[tuple[str, str]]:
        return parse_qsl(self.query, keep_blank_values=True)

    def json(self) -> Any:
        return json.loads(self.body)


class Recorder(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[Recorded] = []
        self.replies: dict[tuple[str, str], tuple[int, str, bytes]] = {}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def reply(
        self, method: str, path: str, status: int, body: Any = None, content_type: str = ""
    ) -> None:
        if not isinstance(body, (bytes, type(None))):
            body, content_type = json.dumps(body).encode(), content_type or "application/json"
        self.replies[(method, path)] = (status, content_type, body or b"")

    def last(self) -> Recorded:
        return self.requests[-1]


class _Handler(BaseHTTPRequestHandler):
    server: Recorder

    def _handle(self) -> None:
        split = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.requests.append(
            Recorded(self.command, split.path, split.query, dict(self.headers.items()), body)
        )
        status, content_type, payload = self.server.replies.get(
            (self.command, unquote(split.path)), (200, "application/json", b"{}")
        )
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        if status not in (204, 304):
            self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if status not in (204, 304):
            self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[Recorder]:
    recorder = Recorder()
    thread = threading.Thread(
        target=recorder.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    thread.start()
    yield recorder
    recorder.shutdown()
    recorder.server_close()


@pytest.fixture(scope="module")
def packages(generated: dict[str, Generated]) -> Iterator[dict[str, ModuleType]]:
    paths = [str(gen.out) for gen in generated.values()]
    sys.path[:0] = paths
    try:
        yield {name: importlib.import_module(gen.package) for name, gen in generated.items()}
    finally:
        for path in paths:
            sys.path.remove(path)


def _client(packages: dict[str, ModuleType], name: str, server: Recorder) -> Any:
    server.requests.clear()
    server.replies.clear()
    return packages[name].Client(base_url=server.url, retries=0)


def _models(packages: dict[str, ModuleType], name: str) -> Any:
    return importlib.import_module(packages[name].__name__ + ".models")


def test_query_styles_headers_cookies_and_path_arrays(
    packages: dict[str, ModuleType], server: Recorder
) -> None:
    client = _client(packages, "parameters", server)
    models = _models(packages, "parameters")
    client.default.search_items(
        7,
        ["a", "b,c"],
        x_trace="trace-1",
        ids=[1, 2],
        ids_csv=[1, 2],
        ids_space=[1, 2],
        ids_pipe=[1, 2],
        filter=models.SearchItemsFilter(a=1, b="x y"),
        point=models.SearchItemsPoint(x=1, y=2),
        point_csv=models.SearchItemsPoint(x=1, y=2),  # the same shape: one class
        class_="first",
        from_=date(2024, 1, 2),
        id="i",
        type="t",
        page_size=10,
        sort_field="name",
        self_2="me",
        headers_2="h",
        user_name="dash",
        user_name_2="snake",
        user_name_3="camel",
        flag=False,
        x_ids=[3, 4],
        x_obj=models.SearchItemsXObj(a=1, b=2),
        session="s1",
        prefs=["p", "q"],
    )
    sent = server.last()
    assert sent.path == "/items/7/a,b%2Cc"  # separators literal, values escaped
    assert sent.query.startswith("ids=1&ids=2&ids_csv=1%2C2&ids_space=1%202&ids_pipe=1%7C2&")
    assert sent.pairs() == [
        ("ids", "1"),
        ("ids", "2"),
        ("ids_csv", "1,2"),
        ("ids_space", "1 2"),
        ("ids_pipe", "1|2"),
        ("filter[a]", "1"),
        ("filter[b]", "x y"),
        ("x", "1"),
        ("y", "2"),
        ("point_csv", "x,1,y,2"),
        ("class", "first"),
        ("from", "2024-01-02"),
        ("id", "i"),
        ("type", "t"),
        ("page.size", "10"),
        ("sort[field]", "name"),
        ("self", "me"),
        ("headers", "h"),
        ("user-name", "dash"),
        ("user_name", "snake"),
        ("userName", "camel"),
        ("flag", "false"),
    ]
    assert sent.headers["X-Trace"] == "trace-1"
    assert sent.headers["X-Ids"] == "3,4"
    assert sent.headers["X-Obj"] == "a=1,b=2"
    cookies = dict(part.split("=", 1) for part in sent.headers["Cookie"].split("; "))
    assert cookies == {"session": "s1", "prefs": "p,q"}

    client.default.search_items(1, ["x"], x_trace="t")  # optional ones left out entirely
    assert server.last().query == "" and "Cookie" not in server.last().headers

    client.default.get_label(models.GetLabelLabel(k="a b", v="c"))
    assert server.last().path == "/labels/k=a%20b,v=c"


def test_keyword_params_and_colliding_body_fields_keep_wire_names(
    packages: dict[str, ModuleType], server: Recorder
) -> None:
    client = _client(packages, "parameters", server)
    client.default.update_item(
        5, name_2="in body", class_="in query", name="also query", class__2="body class"
    )
    sent = server.last()
    assert sent.path == "/items/5"
    assert sent.pairs() == [("class", "in query"), ("name", "also query")]
    assert sent.json() == {"name": "in body", "class": "body class"}


def test_json_form_multipart_raw_and_text_bodies(
    packages: dict[str, ModuleType], server: Recorder
) -> None:
    client = _client(packages, "bodies", server)
    models = _models(packages, "bodies")

    client.default.post_json(name="n", note=None)
    sent = server.last()
    assert sent.headers["Content-Type"] == "application/json"
    assert sent.json() == {"name": "n", "note": None}  # unset left out, None is null

    client.default.post_form(user="a b&c", remember=True, scopes=["x", "y"])
    sent = server.last()
    assert sent.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(sent.body.decode()) == [
        ("user", "a b&c"),
        ("remember", "true"),
        ("scopes", "x"),
        ("scopes", "y"),
    ]

    client.default.post_form_ref(id=3, label="l")
    assert parse_qsl(server.last().body.decode()) == [("id", "3"), ("label", "l")]

    client.default.upload_file(
        file=("report.csv", b"a,b\n1,2\n", "text/csv"),
        description="quarterly",
        meta=models.Thing(id=9),
    )
    sent = server.last()
    assert sent.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + sent.headers["Content-Type"].encode() + b"\r\n\r\n" + sent.body
    )
    parts = {
        part.get_param("name", header="content-disposition"): part for part in message.iter_parts()
    }
    assert list(parts) == ["file", "description", "meta"]
    assert parts["file"].get_filename() == "report.csv"
    assert parts["file"].get_content_type() == "text/csv"
    assert parts["file"].get_payload(decode=True) == b"a,b\n1,2\n"
    assert parts["description"].get_filename() is None
    assert parts["description"].get_payload(decode=True) == b"quarterly"
    assert json.loads(parts["meta"].get_content()) == {"id": 9}

    client.default.upload_file(file=b"\x00raw")  # bare bytes: the field name is the filename
    assert b'name="file"; filename="file"' in server.last().body

    client.default.put_raw(b"\x00\x01\xfe\xff")
    sent = server.last()
    assert (sent.headers["Content-Type"], sent.body) == (
        "application/octet-stream",
        b"\x00\x01\xfe\xff",
    )

    client.default.put_text("héllo ✓")
    sent = server.last()
    assert (sent.headers["Content-Type"], sent.body) == ("text/plain", "héllo ✓".encode())

    client.default.post_multi(models.Thing(id=1, label="x"))
    assert server.last().json() == {"id": 1, "label": "x"}

    client.default.post_vendor_json([1, 2])
    sent = server.last()
    assert (sent.headers["Content-Type"], sent.json()) == ("application/vnd.api+json", [1, 2])


def test_responses_decode_by_status_and_content_type(
    packages: dict[str, ModuleType], server: Recorder
) -> None:
    client = _client(packages, "responses", server)
    models = _models(packages, "responses")
    jobs = client.default

    server.reply("POST", "/jobs", 200, {"value": 1.5})
    assert jobs.submit_job() == models.Result(value=1.5)
    server.reply("POST", "/jobs", 202, {"ticket": "t-1"})
    assert jobs.submit_job() == models.Ticket(ticket="t-1")
    server.reply("POST", "/jobs", 204)
    assert jobs.submit_job() is None

    server.reply("GET", "/jobs/j1/log", 200, "línea 1\n".encode(), "text/plain; charset=utf-8")
    assert jobs.get_job_log("j1") == "línea 1\n"
    server.reply("GET", "/jobs/j1/artifact", 200, b"\x89PNG\x00", "application/octet-stream")
    assert jobs.download_artifact("j1") == b"\x89PNG\x00"
    server.reply("DELETE", "/jobs/j1", 204)
    assert jobs.delete_job("j1") is None

    server.reply("GET", "/jobs/j1", 200, {"id": "j1", "state": "done"})
    assert jobs.get_job("j1") == models.Job(id="j1", state="done")
    server.reply("GET", "/jobs/j2", 404, {"title": "nope"}, "application/problem+json")
    with pytest.raises(packages["responses"].NotFound):
        jobs.get_job("j2")

    server.reply("GET", "/status", 200, {"ticket": "s"})
    assert jobs.get_status() == models.Ticket(ticket="s")
    server.reply("GET", "/ping", 200, {"pong": True})
    assert jobs.ping() == {"pong": True}
    server.reply("GET", "/inline-codes", 206, {"partial": True})
    assert jobs.get_inline_codes() == models.GetInlineCodesResponse206(partial=True)


def test_discriminator_picks_the_model(packages: dict[str, ModuleType], server: Recorder) -> None:
    client = _client(packages, "unions", server)
    models = _models(packages, "unions")
    server.reply("GET", "/pets/1", 200, {"petType": "dog", "bark": "woof"})
    assert client.default.get_pet("1") == models.Dog(pet_type="dog", bark="woof")
    server.reply("GET", "/pets/2", 200, {"petType": "cat", "meow": True})
    assert client.default.get_pet("2") == models.Cat(pet_type="cat", meow=True)
    server.reply("GET", "/pets", 200, [{"petType": "dog"}, {"petType": "cat"}])
    assert [type(p) for p in client.default.list_pets()] == [models.Dog, models.Cat]
    server.reply("GET", "/shapes", 200, {"kind": "Square", "side": 2})  # implicit mapping
    assert client.default.get_shape() == models.Square(kind="Square", side=2.0)
    for value in ("text", 3, True):
        server.reply("GET", "/values", 200, value)
        got = client.default.get_value()
        assert got == value and type(got) is type(value)
    server.reply(
        "GET",
        "/owners",
        200,
        {"things": [{"petType": "cat"}, "s", 1], "nested": [{"kind": "Circle", "radius": 1}]},
    )
    owner = client.default.get_owner()
    assert owner.pet is None
    server.reply("GET", "/owners", 200, {"pet": {"petType": "dog", "bark": "woof"}})
    assert client.default.get_owner().pet == models.Dog(pet_type="dog", bark="woof")  # no mapping
    assert owner.things == [models.Cat(pet_type="cat"), "s", 1]
    assert owner.nested == [models.Circle(kind="Circle", radius=1.0)]

    client.default.create_owner(pet=models.Dog(pet_type="dog", bark="b"))
    assert server.last().json() == {"pet": {"petType": "dog", "bark": "b"}}


def test_additional_properties_are_kept(packages: dict[str, ModuleType], server: Recorder) -> None:
    client = _client(packages, "additional_properties", server)
    models = _models(packages, "additional_properties")
    server.reply("GET", "/metadata", 200, {"name": "n", "size": 1, "extra": 5, "more": 6})
    metadata = client.default.get_metadata()
    assert metadata.additional_properties == {"extra": 5, "more": 6}
    assert metadata.to_dict() == {"name": "n", "size": 1, "extra": 5, "more": 6}
    client.default.put_metadata(metadata)
    assert server.last().json() == {"extra": 5, "more": 6, "name": "n", "size": 1}
    server.reply("GET", "/metadata", 200, {"name": "n", "extra": "not an int"})
    with pytest.raises(packages["additional_properties"].DecodeError, match="extra"):
        client.default.get_metadata(strict=True)
    server.reply("GET", "/strict", 200, {"a": "x", "b": "ignored"})
    assert client.default.get_strict() == models.Strict(a="x")
    server.reply("GET", "/registry", 200, {"count": 1, "one": {"sku": "s1"}})
    registry = client.default.get_registry()
    assert registry.additional_properties == {"one": models.Item(sku="s1")}
    assert models.OnlyExtras.from_dict({"a": 1}).additional_properties == {"a": 1}
    server.reply("GET", "/labels", 200, {"a": "b"})
    assert client.default.get_labels() == {"a": "b"}


def test_unknown_enum_values_decode(packages: dict[str, ModuleType], server: Recorder) -> None:
    client = _client(packages, "enums", server)
    models = _models(packages, "enums")
    server.reply(
        "GET",
        "/paints",
        200,
        {"color": "purple", "priority": 7, "odd": "UNKNOWN", "maybeColor": None, "mixed": "one"},
    )
    paint = client.default.list_paints(
        color=models.Color.DARK_BLUE, levels=[models.Priority.MINUS_VALUE_1, 2]
    )
    assert server.last().pairs() == [("color", "dark-blue"), ("levels", "-1"), ("levels", "2")]
    assert (paint.color.name, paint.color.value) == ("UNKNOWN", "purple")
    assert isinstance(paint.color, models.Color) and paint.color == "purple"
    assert (paint.priority.name, paint.priority.value) == ("UNKNOWN", 7)
    assert paint.odd is models.NonIdentifier.UNKNOWN_2  # a listed value, not an unknown one
    assert paint.maybe_color is None and paint.mixed == "one"
    assert paint.to_dict()["color"] == "purple"


def test_recursive_models_round_trip(packages: dict[str, ModuleType], server: Recorder) -> None:
    client = _client(packages, "recursive", server)
    models = _models(packages, "recursive")
    expr = models.BinOp(
        op=models.BinOpOp("+"),
        left=models.Literal2(value=1.0),
        right=models.BinOp(
            op=models.BinOpOp("*"),
            left=models.Literal2(value=2.0),
            right=models.Literal2(value=3.0),
        ),
    )
    wire = {
        "op": "+",
        "left": {"value": 1.0},
        "right": {"op": "*", "left": {"value": 2.0}, "right": {"value": 3.0}},
    }
    server.reply("POST", "/expressions", 200, wire)
    assert client.default.evaluate(expr) == expr
    assert server.last().json() == wire
    server.reply(
        "GET", "/trees", 200, {"children": [[{"label": "a", "children": [{"label": "b"}]}]]}
    )
    tree = client.default.get_tree()  # children: [Tree], Tree: [TreeNode], TreeNode.children: Tree
    assert tree.children[0][0].children == [models.TreeNode(label="b")]


def test_inline_allof_openapi31_and_readonly_on_the_wire(
    packages: dict[str, ModuleType], server: Recorder
) -> None:
    inline = _client(packages, "inline", server)
    inline_models = _models(packages, "inline")
    server.reply("GET", "/things/4", 200, {"id": 4, "owner": {"address": {"city": "Oslo"}}})
    thing = inline.default.get_thing(4, filter=inline_models.GetThingFilter(color="red", size=2))
    assert server.last().pairs() == [("filter[color]", "red"), ("filter[size]", "2")]
    assert thing.owner.address.city == "Oslo"

    allof = _client(packages, "allof", server)
    server.reply("GET", "/dogs/d", 200, {"id": "d", "name": "Rex", "bark": "loud"})
    assert allof.dogs.get("d").name == "Rex"
    server.reply("GET", "/dogs/e", 200, {"id": "e", "bark": "loud"})  # `name` is required
    with pytest.raises(packages["allof"].DecodeError, match="name"):
        allof.dogs.get("e", strict=True)

    v31 = _client(packages, "openapi31", server)
    server.reply("GET", "/events/5", 200, {"kind": "event", "id": "e-5", "title": None})
    event = v31.default.get_event(5)
    assert server.last().path == "/events/5" and event.id == "e-5" and event.title is None

    flags = _client(packages, "readonly_writeonly_deprecated_defaults", server)
    server.reply("POST", "/accounts", 201, {"id": "a1", "email": "e@x"})
    account = flags.default.create_account(email="e@x", password="pw", seats=2)
    assert server.last().json() == {"email": "e@x", "password": "pw", "seats": 2}
    assert account.id == "a1" and account.password is None

    ids = _client(packages, "operation_ids", server)
    ids.default.class_()
    ids.default.import_()
    ids.other.print()
    assert [(r.method, r.path) for r in server.requests] == [
        ("GET", "/b"),
        ("POST", "/b"),
        ("POST", "/tagged"),
    ]
