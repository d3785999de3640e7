"""Hostile documents stay bounded in time and memory.

Each test runs the real thing (the CLI in a subprocess, real signals, the real
loader and builder) on a document built to blow up one mechanism, and asserts
limits generous enough for a slow, busy 2-core CI: the fixed code takes about
a second where the old code took minutes or gigabytes.  Memory is the child's
own peak RSS, from ``os.wait4``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from helpers import models_source

from generator import loader, naming
from generator.errors import SpecError
from generator.refs import Resolver
from tests.helpers import ROOT, minimal_spec

MB = 1024 * 1024


def _run_with_rusage(*args: str, timeout: float = 300) -> tuple[int, str, str, float, int]:
    """Run the CLI; returns (exit status, stdout, stderr, seconds, peak RSS bytes).
    Reaps the child itself (os.wait4) so that its own rusage is known; fails,
    rather than hangs, after ``timeout`` seconds."""
    env = dict(os.environ, OPENAPI_PYGEN_CACHE="off")
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = _Reader(proc.stdout), _Reader(proc.stderr)
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - started > timeout:
            proc.kill()
            raise AssertionError(f"still running after {timeout} s")
        time.sleep(0.05)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return (
        proc.returncode,
        out.text(10),
        err.text(10),
        time.monotonic() - started,
        usage.ru_maxrss * 1024,
    )


class _Reader:
    """Reads a pipe to EOF in a thread, so that a full pipe never blocks the child."""

    def __init__(self, pipe: Any) -> None:
        self._chunks: list[bytes] = []
        self._pipe = pipe
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        self._chunks.append(self._pipe.read())

    def text(self, timeout: float) -> str:
        """Everything written, once every writer closed the pipe (within ``timeout``)."""
        self._thread.join(timeout)
        assert not self._thread.is_alive(), f"pipe still open {timeout} s after the exit"
        return b"".join(self._chunks).decode()


def write_json(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc))
    return path


def _response(ref: str) -> dict[str, Any]:
    return {
        "/x": {
            "get": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": ref}}},
                    }
                }
            }
        }
    }


def _schema_ref(i: int) -> str:
    return f"#/components/schemas/S{i}"


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err[:2000]
    return lines[0]


# ---------------------------------------------------------------- 1. alias bombs


def billion_laughs(levels: int = 10) -> str:
    """The classic: each level lists the previous one nine times (9**10 leaves)."""
    lines = ["openapi: 3.0.0", 'info: {title: t, version: "1"}', "paths: {}"]
    lines.append("x-a0: &a0 [" + ",".join(['"lol"'] * 9) + "]")
    for i in range(1, levels):
        lines.append(f"x-a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_in_one_line_quickly(tmp_path: Path) -> None:
    spec = tmp_path / "laughs.yaml"
    spec.write_text(billion_laughs())
    assert spec.stat().st_size < 1000
    status, out, err, seconds, rss = _run_with_rusage(
        "generate", str(spec), "--out", str(tmp_path / "out")
    )
    line = _one_line(err)
    assert status == 2
    assert "aliases expand the document by more than" in line and "laughs.yaml" in line
    assert seconds < 20  # ~0.6 s; minutes before
    assert rss < 500 * MB
    assert not (tmp_path / "out").exists()


def test_alias_inside_the_node_it_names_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "self.yaml"
    spec.write_text('openapi: 3.0.0\ninfo: {title: t, version: "1"}\npaths: {}\nx-a: &a [1, *a]\n')
    with pytest.raises(SpecError, match=r"alias \*a .* is inside the node it names"):
        loader.read_document(spec)


def test_documents_with_a_few_aliases_still_load(tmp_path: Path) -> None:
    """Real documents share a block or two; the budget must not bite them."""
    block = "{type: object, properties: {a: {type: string}, b: {type: integer}}}"
    lines = ["openapi: 3.0.0", 'info: {title: t, version: "1"}', "paths: {}", "components:"]
    lines += ["  schemas:", f"    Base: &base {block}"]
    lines += [f"    Copy{i}: *base" for i in range(200)]
    spec = tmp_path / "aliases.yaml"
    spec.write_text("\n".join(lines) + "\n")
    doc = loader.read_document(spec)
    assert doc["components"]["schemas"]["Copy199"]["properties"]["b"] == {"type": "integer"}


def test_alias_budget_counts_expanded_nodes_not_aliases(tmp_path: Path) -> None:
    """One alias of a big block costs its size: many copies of it cross the budget."""
    block = "[" + ",".join(str(i) for i in range(1000)) + "]"
    copies = loader.MAX_ALIAS_NODES // 1000 + 2
    lines = ['openapi: 3.0.0\ninfo: {title: t, version: "1"}\npaths: {}', f"x-b: &b {block}"]
    lines += [f"x-c{i}: *b" for i in range(copies)]
    spec = tmp_path / "wide.yaml"
    spec.write_text("\n".join(lines) + "\n")
    with pytest.raises(SpecError, match="aliases expand"):
        loader.read_document(spec)
    spec.write_text("\n".join(lines[: copies // 2]) + "\n")
    assert len(loader.read_document(spec)) > 3


def test_json_with_huge_duplication_is_linear(tmp_path: Path) -> None:
    """JSON has no aliases: its size is its text's, and reading it stays linear."""
    blob = [{"type": "object", "properties": {"a": {"type": "string"}}}] * 200_000
    spec = write_json(tmp_path / "dup.json", minimal_spec(**{"x-blob": blob}))
    assert spec.stat().st_size > 10 * MB
    started = time.monotonic()
    doc = loader.read_document(spec)
    loader.check_refs(str(spec), doc)
    assert time.monotonic() - started < 30  # ~1 s
    assert len(doc["x-blob"]) == 200_000


# ---------------------------------------------------------------- 2. $ref chains


def ref_chain(n: int) -> dict[str, Any]:
    schemas: dict[str, Any] = {f"S{i}": {"$ref": _schema_ref(i + 1)} for i in range(1, n)}
    schemas[f"S{n}"] = {"type": "object", "properties": {"a": {"type": "string"}}}
    return minimal_spec(paths=_response(_schema_ref(1)), schemas=schemas)


def test_20000_chained_refs_generate_in_linear_time(tmp_path: Path) -> None:
    spec = write_json(tmp_path / "chain.json", ref_chain(20_000))
    assert spec.stat().st_size > 900_000
    status, out, err, seconds, rss = _run_with_rusage(
        "generate", str(spec), "--out", str(tmp_path / "out"), "--package", "chain", "-q"
    )
    assert status == 0, err[-2000:]
    assert seconds < 60  # ~3 s; more than 400 s before
    assert rss < 1024 * MB
    models = models_source(tmp_path / "out" / "chain")
    assert "class S1:" in models and "class S20000:" in models


def test_resolver_looks_each_link_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.refs as refs

    doc = ref_chain(2_000)
    calls = 0
    real_lookup = refs.lookup

    def counting(d: Any, ref: str) -> Any:
        nonlocal calls
        calls += 1
        return real_lookup(d, ref)

    monkeypatch.setattr(refs, "lookup", counting)
    resolver = Resolver(doc)
    for i in range(1, 2_001):
        target, pointer = resolver.deref({"$ref": _schema_ref(i)}, "/here")
        assert pointer == "/components/schemas/S2000"
        assert target["properties"] == {"a": {"type": "string"}}
    assert calls == 2_000  # one lookup per link, not one per link per question


def test_long_ref_cycle_is_refused_quickly(tmp_path: Path) -> None:
    doc = ref_chain(20_000)
    doc["components"]["schemas"]["S20000"] = {"$ref": _schema_ref(1)}
    started = time.monotonic()
    resolver = Resolver(doc, "cycle.json")
    for i in range(1, 20_001):
        with pytest.raises(SpecError, match=r"\$ref cycle through"):
            resolver.deref({"$ref": _schema_ref(i)}, f"/p{i}")
    assert time.monotonic() - started < 20  # ~0.1 s


# ---------------------------------------------------------------- 3. huge enums


def test_million_value_enum_is_bounded(tmp_path: Path) -> None:
    values = [f"value-{i}" for i in range(1_000_000)]
    doc = minimal_spec(
        paths=_response("#/components/schemas/Big"),
        schemas={"Big": {"type": "string", "enum": values}},
    )
    spec = write_json(tmp_path / "enum.json", doc)
    assert spec.stat().st_size > 10 * MB
    status, out, err, seconds, rss = _run_with_rusage(
        "generate", str(spec), "--out", str(tmp_path / "out"), "--package", "big"
    )
    assert status == 0, err[-2000:]
    assert "#/components/schemas/Big: enum lists 1,000,000 values, more than 10,000" in err
    assert seconds < 90  # ~4 s; 30 s before
    assert rss < 1024 * MB  # ~170 MB; 2.2 GB before
    assert "value-999999" not in models_source(tmp_path / "out" / "big")


def test_enum_of_colliding_names_is_linear(tmp_path: Path) -> None:
    """10,000 values that all sanitize to the same member name (VALUE, VALUE_2...).

    The values are short strings of punctuation, distinct but with no letter or
    digit, so the document stays small and the time measures the naming alone."""
    punctuation = "!#$%&()*+,-./:;<=>?@[]^{|}~"
    values = []
    for i in range(10_000):
        text = ""
        while True:
            i, digit = divmod(i, len(punctuation))
            text += punctuation[digit]
            if not i:
                break
        values.append(text)
    assert len(set(values)) == 10_000
    doc = minimal_spec(
        paths=_response("#/components/schemas/Odd"),
        schemas={"Odd": {"type": "string", "enum": values}},
    )
    spec = write_json(tmp_path / "odd.json", doc)
    status, out, err, seconds, rss = _run_with_rusage(
        "generate", str(spec), "--out", str(tmp_path / "out"), "--package", "odd", "-q"
    )
    assert status == 0, err[-2000:]
    assert seconds < 60  # ~3 s
    models = models_source(tmp_path / "out" / "odd")
    assert "VALUE_10000 = " in models


def test_unique_names_hands_out_what_a_rescan_would() -> None:
    """The remembered suffix changes no name: compare with the rescanning rule."""
    requests = ["Pet", "Pet", "Pet2", "Pet", "a", "a", "a_2", "a", "Pet3", "Pet", "A"]
    reference: list[str] = []
    for name in requests:
        candidate, n = name, 1
        while candidate in reference:
            n += 1
            candidate = f"{name}{n}" if name[:1].isupper() and "_" not in name else f"{name}_{n}"
        reference.append(candidate)
    names = naming.UniqueNames()
    assert [names.claim(n) for n in requests] == reference
    started = time.monotonic()
    names = naming.UniqueNames()
    for _ in range(50_000):
        names.claim("VALUE")
    assert time.monotonic() - started < 10  # ~0.05 s; quadratic took minutes


# ---------------------------------------------------------------- 4. killed generator


def big_spec(path: Path, operations: int = 3000) -> Path:
    """A plain document well over PARALLEL_SPEC_BYTES, so workers validate it."""
    schemas, paths = {}, {}
    for i in range(operations):
        schemas[f"Thing{i}"] = {
            "type": "object",
            "description": "a thing " * 5,
            "properties": {f"field_{j}": {"type": "string"} for j in range(8)},
        }
        paths[f"/things{i}/{{id}}"] = {
            "get": {
                "operationId": f"getThing{i}",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": f"#/components/schemas/Thing{i}"}
                            }
                        },
                    }
                },
            }
        }
    return write_json(path, minimal_spec(paths=paths, schemas=schemas))


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL], ids=["TERM", "KILL"])
def test_killed_generator_leaves_no_workers_and_closes_its_pipe(
    tmp_path: Path, signum: int
) -> None:
    from generator import workers

    spec = big_spec(tmp_path / "big.json")
    assert spec.stat().st_size > 2 * workers.PARALLEL_SPEC_BYTES
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(tmp_path / "o")],
        cwd=ROOT,
        env=dict(os.environ, OPENAPI_PYGEN_CACHE="off"),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not _children(proc.pid):
            assert proc.poll() is None and time.monotonic() < deadline, "no workers started"
            time.sleep(0.02)
        time.sleep(0.5)  # let them get busy validating
        workers = _children(proc.pid)
        assert proc.poll() is None, "finished before it could be killed: make the spec bigger"
        proc.send_signal(signum)
        killed = time.monotonic()
        # EOF only once nobody holds the pipe: ~0.1 s; never (> 300 s) before
        _Reader(proc.stdout).text(10)
        assert proc.wait(timeout=10) == (143 if signum == signal.SIGTERM else -signal.SIGKILL)
        while any(_alive(w) for w in workers):
            assert time.monotonic() - killed < 10, "workers outlived the generator"
            time.sleep(0.05)
    finally:
        proc.kill()
        proc.wait()
    assert not (tmp_path / "o").exists()


# ---------------------------------------------------------------- 5. nested schemas


@pytest.mark.parametrize(
    "link",
    [
        lambda ref: {"type": "object", "properties": {"next": {"$ref": ref}}},
        lambda ref: {"type": "array", "items": {"$ref": ref}},
        lambda ref: {"type": "object", "additionalProperties": {"$ref": ref}},
        lambda ref: {"oneOf": [{"$ref": ref}, {"type": "string"}]},
        lambda ref: {"allOf": [{"$ref": ref}]},
        lambda ref: {"allOf": [{"$ref": ref}], "properties": {"p": {"type": "string"}}},
    ],
    ids=["property", "items", "map", "oneOf", "allOf", "allOf-properties"],
)
def test_deeply_nested_schemas_are_refused_in_one_line(tmp_path: Path, link: Any) -> None:
    n = 5_000
    schemas = {f"S{i}": link(_schema_ref(i + 1)) for i in range(1, n)}
    schemas[f"S{n}"] = {"type": "string"}
    spec = write_json(
        tmp_path / "deep.json", minimal_spec(paths=_response(_schema_ref(1)), schemas=schemas)
    )
    status, out, err, seconds, rss = _run_with_rusage(
        "generate", str(spec), "--out", str(tmp_path / "out")
    )
    line = _one_line(err)
    assert status == 2, line
    assert "nest" in line and "refused" in line and "#/components/schemas/S" in line
    assert seconds < 30  # ~0.6 s; up to 108 s and 600 MB, or an internal error, before
    assert rss < 1024 * MB


def test_allof_cycle_is_refused(tmp_path: Path) -> None:
    schemas = {
        "A": {"allOf": [{"$ref": _schema_ref_name("B")}], "properties": {"a": {"type": "string"}}},
        "B": {"allOf": [{"$ref": _schema_ref_name("A")}], "properties": {"b": {"type": "string"}}},
    }
    spec = write_json(
        tmp_path / "cycle.json",
        minimal_spec(paths=_response(_schema_ref_name("A")), schemas=schemas),
    )
    status, out, err, seconds, rss = _run_with_rusage(
        "generate", str(spec), "--out", str(tmp_path / "out")
    )
    assert status == 2 and "allOf nests more than" in _one_line(err)
    assert seconds < 30


def _schema_ref_name(name: str) -> str:
    return f"#/components/schemas/{name}"


def test_moderately_nested_schemas_still_generate(tmp_path: Path) -> None:
    """Fifty levels of models referring to the next: far deeper than real documents."""
    n = 50
    schemas: dict[str, Any] = {
        f"S{i}": {"type": "object", "properties": {"next": {"$ref": _schema_ref(i + 1)}}}
        for i in range(1, n)
    }
    schemas[f"S{n}"] = {"allOf": [{"$ref": _schema_ref_name("Leaf")}]}
    schemas["Leaf"] = {"type": "object", "properties": {"a": {"type": "string"}}}
    spec = write_json(
        tmp_path / "ok.json", minimal_spec(paths=_response(_schema_ref(1)), schemas=schemas)
    )
    status, out, err, seconds, rss = _run_with_rusage(
        "generate", str(spec), "--out", str(tmp_path / "out"), "--package", "ok", "-q"
    )
    assert status == 0, err[-2000:]
    assert "class S50:" in models_source(tmp_path / "out" / "ok")
