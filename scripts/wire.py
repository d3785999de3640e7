#!/usr/bin/env python3
"""The wire test: every operation of a generated client, called against a Prism mock.

    .venv/bin/python scripts/wire.py [--docs fixtures heroku corpus PATH ...] [--only GLOB ...]
                                     [--jobs 1] [--min-ok 99] [--out .wire] [--client async]

A client that imports is not yet a client that works.  For each document this script
generates the python client (``openapi-pygen generate DOC --out ... --package ... --report``),
starts Prism on the document (``prism mock DOC``: it validates every request against the
document, answering 4xx to one that breaks it, and validates its own mocked response, listing
what breaks the schema in the ``sl-violations`` header; without ``--errors``, which changes
only the latter, so a response the document's own example breaks reaches the client as a real
server would send it), and calls every operation of the generated client once, with arguments
synthesized from the document alone (see ``values``).  The table counts OPERATIONS, not
method+path slots: where operations share a slot (an operation's ``x-operation-variants``, as a
converted JSON Hyper-Schema has: Heroku's 305 links in 301 slots), each is a call and a row of
its own, made against a Prism serving a derived copy of the document (written to the run's work
folder, ``variant-N.json``) in which variant N replaces its primary at the slot, since Prism
knows one operation per slot and would check the variant's request against its primary's.
Each call is classified:

- ``ok``             Prism accepted the request and the client decoded the response;
- ``rejected``       Prism answered 4xx (validation, security, no such route...);
- ``decode_error``   the client's DecodeError;
- ``client_error``   any other exception of ours, including failing to build the call;
- ``spec_fault``     the document contradicts itself so that no client could succeed: Prism
                     cannot produce any response (5xx), or a request value the document
                     requires cannot satisfy its own schema;
- ``not_generated``  the operation is missing from the client, or the document was refused.

An ``ok`` call may carry a ``spec_fault`` note (the ``ok_spec_fault`` column, counted in ``ok``):
the document broke its own schema and the client still worked, either because the tolerant
client decoded a response Prism flagged (its example breaks the schema), or because the
document's example/default request values were rejected and schema-only values were accepted.

Every non-ok call is written with its evidence to OUT/failures.json (and .tsv), every noted ok
call to its "noted" list; the table to OUT/wire.tsv.  Each document runs in a child process of its own (a fresh interpreter, so
generated packages never meet) with Prism in its own process group; both are killed when the
document's time is up.  Exit status: 0 if the total ok % is at least --min-ok, 1 if not, 2 for
bad arguments or a corpus that cannot be fetched.

``--client async`` makes every call through the package's ``AsyncClient`` instead of its
``Client`` (each call awaited to completion; a listing's first page awaited), so the same
documents and verdicts check the async client's requests and decoding.

Where the corpus is: --corpus-dir, else $WIRE_CORPUS_DIR, else ../shared/corpus beside this
checkout, else beside the main checkout of this git repository (a worktree lives elsewhere).
"""

from __future__ import annotations

import argparse
import fnmatch
import inspect
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
OUTCOMES = ("ok", "rejected", "decode_error", "client_error", "spec_fault", "not_generated")
TOKEN = "wire-test-token-0f8c2a3e"
STARTUP_TIMEOUT = 180.0  # Prism parses a 5 MB document slowly on a busy 2-core machine
GENERATE_TIMEOUT = 900.0
DOC_TIMEOUT = 1800.0  # everything of one document: generation, Prism start, every call
CALL_TIMEOUT = (3.0, 15.0)  # connect, read: for one call through the client
EVIDENCE_CHARS = 600
MAX_DEPTH = 8  # of a synthesized value: recursive schemas stay finite
FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
VARIANTS = "x-operation-variants"  # operations sharing their primary's method and path


class Contradiction(Exception):
    """The document contradicts itself where a call needs a value: no value will do."""


# Header parameters whose value is a media type whatever their schema says.
MEDIA_HEADERS = ("content-type", "accept")


# ---------------------------------------------------------------- documents


@dataclass(frozen=True)
class Document:
    id: str
    path: str
    group: str  # fixtures, heroku, corpus, file


def _corpus_dir(explicit: Optional[str]) -> Optional[Path]:
    """The shared corpus folder: CI has ../shared beside the checkout; a git worktree
    finds it beside the main checkout (the parent of the common .git folder)."""
    candidates = []
    if explicit:
        candidates.append(Path(explicit))
    if os.environ.get("WIRE_CORPUS_DIR"):
        candidates.append(Path(os.environ["WIRE_CORPUS_DIR"]))
    candidates.append(ROOT.parent / "shared" / "corpus")
    try:
        common = subprocess.run(
            ["git", "rev-parse", "--path-format=absolute", "--git-common-dir"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
        if common:
            candidates.append(Path(common).parent.parent / "shared" / "corpus")
    except (OSError, subprocess.SubprocessError):
        pass
    for candidate in candidates:
        if (candidate / "fetch.sh").is_file():
            return candidate
    return None


def corpus_documents(explicit: Optional[str]) -> list[Document]:
    """Runs fetch.sh (idempotent, offline once cached) and reads the list it writes."""
    folder = _corpus_dir(explicit)
    if folder is None:
        raise SystemExit("error: corpus not found: pass --corpus-dir or set WIRE_CORPUS_DIR")
    run = subprocess.run(
        ["bash", str(folder / "fetch.sh")], capture_output=True, text=True, timeout=1800
    )
    if run.returncode != 0:
        raise SystemExit(f"error: {folder}/fetch.sh failed: {run.stderr.strip()[-300:]}")
    match = re.search(r"list in (\S+)", run.stdout)
    if match is None:
        raise SystemExit(f"error: {folder}/fetch.sh printed no list file")
    docs = []
    for line in Path(match.group(1)).read_text(encoding="utf-8").splitlines():
        ident, _, path = line.partition("\t")
        if ident and path:
            docs.append(Document(ident, path, "corpus"))
    return docs


def fixture_documents() -> list[Document]:
    """The test fixtures (not tests/fixtures/features/invalid: refusing those is their point)."""
    found = []
    for folder in (ROOT / "tests" / "fixtures", ROOT / "tests" / "fixtures" / "features"):
        for path in sorted(folder.iterdir()):
            if path.is_file() and path.suffix in (".yaml", ".yml", ".json"):
                found.append(Document("fixture_" + path.stem, str(path), "fixtures"))
    return found


def select_documents(args: argparse.Namespace) -> list[Document]:
    docs: list[Document] = []
    for item in args.docs:
        if item == "fixtures":
            docs += fixture_documents()
        elif item == "heroku":
            docs.append(Document("heroku", str(ROOT / "spec" / "heroku.yaml"), "heroku"))
        elif item == "corpus":
            docs += corpus_documents(args.corpus_dir)
        elif Path(item).is_file():
            docs.append(Document(Path(item).stem, str(Path(item).resolve()), "file"))
        else:
            raise SystemExit(f"error: --docs {item}: not fixtures, heroku, corpus or a file")
    if args.only:
        docs = [d for d in docs if any(fnmatch.fnmatch(d.id, p) for p in args.only)]
    seen: set[str] = set()
    unique = []
    for doc in docs:
        if doc.id not in seen:
            seen.add(doc.id)
            unique.append(doc)
    return unique


# ---------------------------------------------------------------- Prism


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_prism(spec: str, port: int, log_path: Path) -> subprocess.Popen[bytes]:
    # No --errors: it would turn a response that breaks the document's schema into Prism's own
    # 500 (request validation is the same with or without it); sl-violations still names it.
    command = [str(PRISM), "mock", spec, "-p", str(port), "-h", "127.0.0.1"]
    command += ["--seed", "wire"]  # dynamic responses (asked for per call) are repeatable
    with open(log_path, "wb") as log:
        return subprocess.Popen(
            command,
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so killing it reaches every child
            env={**os.environ, "FORCE_COLOR": "0", "NO_COLOR": "1"},
        )


def kill_group(process: subprocess.Popen[Any]) -> None:
    """SIGTERM the whole process group (SIGKILL after 10 s), even if the leader is gone."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=10)
            break
        except subprocess.TimeoutExpired:
            continue


def prism_answers(url: str) -> bool:
    import requests

    try:
        requests.get(f"{url}/__wire_ready__", timeout=2)
        return True
    except requests.RequestException:
        return False


# ---------------------------------------------------------------- the spec


def resolve(doc: Any, node: Any, depth: int = 0) -> Any:
    """Follow local ``$ref``s (only "#/..."; the generator never fetches, neither do we)."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and depth < 50:
        ref = node["$ref"]
        if not ref.startswith("#"):
            return {}
        node = pointer_get(doc, ref[1:])
        depth += 1
    return node


def pointer_get(doc: Any, pointer: str) -> Any:
    node = doc
    for raw in pointer.split("/")[1:] if pointer else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def spec_operations(doc: dict[str, Any]) -> list[tuple[str, str, int]]:
    """Every operation of the document as (METHOD, path, variant), the denominator of the
    table: OPERATIONS, not method+path slots.  ``variant`` is -1 for the operation at its
    slot, else its index in that operation's ``x-operation-variants`` (operations sharing
    the slot, as a converted JSON Hyper-Schema has: each is a client method of its own)."""
    found = []
    for path, item in (doc.get("paths") or {}).items():
        item = resolve(doc, item)
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                found.append((method.upper(), str(path), -1))
                for index, variant in enumerate(_variants(operation)):
                    if isinstance(variant, dict):
                        found.append((method.upper(), str(path), index))
    return found


def _variants(operation: dict[str, Any]) -> list[Any]:
    variants = operation.get(VARIANTS)
    return variants if isinstance(variants, list) else []


def variant_index(pointer: str) -> int:
    """-1 for an operation at its own slot, else its index among its primary's variants."""
    _, sep, rest = pointer.rpartition(f"/{VARIANTS}/")
    return int(rest) if sep and rest.isdigit() else -1


def variant_documents(doc: dict[str, Any]) -> dict[int, dict[str, Any]]:
    """Prism knows one operation per method+path, so it would check a variant's request
    against its primary's.  For each variant index ``i``, a copy of the document in which
    every ``x-operation-variants[i]`` replaces its primary at the slot (slots with fewer
    variants keep their primary): Prism serving it checks exactly that variant."""
    indices = sorted({v for _, _, v in spec_operations(doc) if v >= 0})
    derived = {}
    for index in indices:
        copy = json.loads(json.dumps(doc))  # the loaded document is plain JSON data
        for item in (copy.get("paths") or {}).values():
            if not isinstance(item, dict):
                continue  # a $ref'd path item: its operations stay where they are
            for method in HTTP_METHODS:
                operation = item.get(method)
                if not isinstance(operation, dict):
                    continue
                variants = _variants(operation)
                if index < len(variants) and isinstance(variants[index], dict):
                    item[method] = {k: v for k, v in variants[index].items() if k != VARIANTS}
        derived[index] = copy
    return derived


# ---------------------------------------------------------------- values from the spec


class Values:
    """Values synthesized from the document alone: ``example``/``examples``, then
    ``default``, then the first ``enum`` value, then a minimal schema-valid value."""

    def __init__(self, doc: dict[str, Any], examples: bool = True) -> None:
        self.doc = doc
        self.examples = examples  # False: schema-only values (no example, no default)

    def example(self, node: Any) -> tuple[bool, Any]:
        return _example_of(node) if self.examples else (False, None)

    def for_parameter(self, param: dict[str, Any]) -> Any:
        found, value = self.example(param)
        if found:
            return value
        if param.get("in") == "header" and str(param.get("name", "")).lower() in MEDIA_HEADERS:
            return "application/json"  # a media type, as the header's name says ("string" is not)
        schema = param.get("schema")
        if schema is None:
            for media in (param.get("content") or {}).values():
                found, value = self.example(media if isinstance(media, dict) else {})
                if found:
                    return value
                schema = (media or {}).get("schema")
                break
        schema = resolve(self.doc, schema or {})
        value = self.for_schema(schema, writing=True)
        if isinstance(value, list) and not value and isinstance(schema, dict):
            # an empty array (a default, say) would not be sent at all: one item is
            value = [self.for_schema(schema.get("items") or {}, writing=True)]
        return value

    def for_media(self, media: dict[str, Any]) -> Any:
        found, value = self.example(media)
        if found:
            return value
        return self.for_schema(media.get("schema") or {}, writing=True)

    def for_schema(self, schema: Any, writing: bool, depth: int = 0) -> Any:
        schema = resolve(self.doc, schema)
        if not isinstance(schema, dict) or depth > MAX_DEPTH:
            return None
        found, value = self.example(schema)
        if found:
            return value
        if "default" in schema and self.examples:
            return schema["default"]
        if "const" in schema:
            return schema["const"]
        enum = [v for v in schema.get("enum") or [] if v is not None]
        if enum:
            return enum[0]
        if "allOf" in schema:
            return self.for_schema(self.merged(schema), writing, depth + 1)
        for key in ("oneOf", "anyOf"):
            raws: list[Any] = schema[key] if isinstance(schema.get(key), list) else []
            for raw in raws:  # the first variant that is not just null
                variant = resolve(self.doc, raw)
                if isinstance(variant, dict) and _kind(variant) != "null":
                    value = self.for_schema(variant, writing, depth + 1)
                    return self.with_discriminator(schema, raw, value)
        kind = _kind(schema)
        if kind == "object":
            return self.object_value(schema, writing, depth)
        if kind == "array":
            return self.array_value(schema, writing, depth)
        if kind in ("integer", "number"):
            return _number(schema, kind)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return _string(schema)

    def merged(self, schema: dict[str, Any], depth: int = 0) -> dict[str, Any]:
        """allOf folded into one schema: properties and required united."""
        result: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema.get("allOf") or []:
            part = resolve(self.doc, part)
            if not isinstance(part, dict):
                continue
            if "allOf" in part and depth < MAX_DEPTH:
                part = self.merged(part, depth + 1)
            for key, value in part.items():
                if key == "properties" and isinstance(value, dict):
                    result["properties"] = {**value, **(result.get("properties") or {})}
                elif key == "required" and isinstance(value, list):
                    result["required"] = list(dict.fromkeys((result.get("required") or []) + value))
                else:
                    result.setdefault(key, value)
        return result

    def object_value(self, schema: dict[str, Any], writing: bool, depth: int) -> Any:
        props = schema.get("properties") or {}
        wanted = [name for name in schema.get("required") or [] if isinstance(name, str)]
        minimum = schema.get("minProperties") or 0
        for name in props:
            if len(wanted) >= minimum:
                break
            if name not in wanted:
                wanted.append(name)
        value: dict[str, Any] = {}
        for name in wanted:
            prop = resolve(self.doc, props.get(name, {}))
            if writing and isinstance(prop, dict) and prop.get("readOnly"):
                continue
            value[name] = self.for_schema(prop, writing, depth + 1)
        return value

    def array_value(self, schema: dict[str, Any], writing: bool, depth: int) -> list[Any]:
        count = max(int(schema.get("minItems") or 0), 1)
        if isinstance(schema.get("maxItems"), int):
            count = min(count, schema["maxItems"])
        item = self.for_schema(schema.get("items") or {}, writing, depth + 1)
        if schema.get("uniqueItems") and count > 1:
            return [item] + [_distinct(item, n) for n in range(1, count)]
        return [item] * count

    def with_discriminator(self, parent: dict[str, Any], first: Any, value: Any) -> Any:
        """The discriminator property set to the value that names the chosen variant."""
        disc = parent.get("discriminator")
        if not isinstance(disc, dict) or not isinstance(value, dict):
            return value
        prop = disc.get("propertyName")
        ref = first.get("$ref", "") if isinstance(first, dict) else ""
        for key, target in (disc.get("mapping") or {}).items():
            if target == ref or ref.endswith("/" + str(target)):
                value[prop] = key
                return value
        if ref and prop:
            value[prop] = ref.rsplit("/", 1)[-1]
        return value


# The length of every value of these formats.
FORMAT_LENGTHS = {"uuid": 36, "date": 10}
BOUNDS = (("minimum", "maximum"), ("minLength", "maxLength"), ("minItems", "maxItems"))


def schema_contradictions(
    doc: Any, schema: Any, where: str, depth: int = 0
) -> list[tuple[str, str]]:
    """(name, why) for each part of ``schema`` no value can satisfy: a lower bound above
    its upper bound, a fixed-length format outside its length bounds, a required property
    that ``properties`` does not declare while ``additionalProperties`` is false."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict) or depth > MAX_DEPTH:
        return []
    found = []
    for low, high in BOUNDS:
        a, b = schema.get(low), schema.get(high)
        if isinstance(a, (int, float)) and isinstance(b, (int, float)) and a > b:
            found.append((where, f"{where}: {low} {a} > {high} {b}"))
    length = FORMAT_LENGTHS.get(str(schema.get("format")))
    if length is not None:
        low_len, high_len = schema.get("minLength", 0), schema.get("maxLength", length)
        if isinstance(low_len, int) and isinstance(high_len, int):
            if not low_len <= length <= high_len:
                found.append(
                    (
                        where,
                        f"{where}: format {schema['format']} has {length} characters, "
                        f"but minLength {low_len}, maxLength {high_len}",
                    )
                )
    raw_props = schema.get("properties")
    props: dict[str, Any] = raw_props if isinstance(raw_props, dict) else {}
    if schema.get("additionalProperties") is False:
        for name in schema.get("required") or []:
            if name not in props:
                found.append(
                    (
                        where,
                        f"{where}: requires {name!r}, which its properties do not declare, "
                        "and allows no other property",
                    )
                )
    for name, prop in props.items():
        found += schema_contradictions(doc, prop, str(name), depth + 1)
    for part in schema.get("allOf") or []:
        found += schema_contradictions(doc, part, where, depth + 1)
    if "items" in schema:
        found += schema_contradictions(doc, schema["items"], where, depth + 1)
    return found


def _example_of(node: dict[str, Any]) -> tuple[bool, Any]:
    """``example``, else the first of ``examples`` (a list in a 3.1 schema, a map of
    Example Objects in a parameter or media type)."""
    if not isinstance(node, dict):
        return False, None
    if "example" in node:
        return True, node["example"]
    examples = node.get("examples")
    if isinstance(examples, list) and examples:
        return True, examples[0]
    if isinstance(examples, dict):
        for item in examples.values():
            if isinstance(item, dict) and "value" in item:
                return True, item["value"]
    return False, None


def _kind(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if kinds else "null"
    if isinstance(kind, str):
        return kind
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return "string"


def _number(schema: dict[str, Any], kind: str) -> Any:
    low = schema.get("minimum")
    high = schema.get("maximum")
    value: float = 1
    if isinstance(low, (int, float)) and not isinstance(low, bool):
        value = low
        if schema.get("exclusiveMinimum") is True:
            value = low + 1
    elif isinstance(high, (int, float)) and not isinstance(high, bool) and high < value:
        value = high - 1 if schema.get("exclusiveMaximum") is True else high
    if isinstance(schema.get("exclusiveMinimum"), (int, float)) and not isinstance(
        schema.get("exclusiveMinimum"), bool
    ):
        value = max(value, schema["exclusiveMinimum"] + 1)
    step = schema.get("multipleOf")
    if isinstance(step, (int, float)) and step > 0:
        value = step * max(1, -(-value // step))
    return int(value) if kind == "integer" else value


STRING_FORMATS = {
    "date": "2024-01-02",
    "date-time": "2024-01-02T03:04:05Z",
    "time": "03:04:05Z",
    "uuid": "0f8c2a3e-7d1b-4c5e-9a6f-3b2d1e0c9f8a",
    "email": "user@example.com",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "uri-reference": "https://example.com/x",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "YWJj",
    "password": "secret",
}
PATTERN_CANDIDATES = ("a", "abc", "1", "123", "A", "ABC", "a1", "2024-01-02", "x-1", "AB12")


def _string(schema: dict[str, Any]) -> str:
    fmt = schema.get("format")
    value = STRING_FORMATS.get(fmt, "string") if isinstance(fmt, str) else "string"
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        try:
            compiled = re.compile(pattern)
        except re.error:
            compiled = None
        if compiled is not None and compiled.search(value) is None:
            for candidate in PATTERN_CANDIDATES:
                if compiled.search(candidate):
                    value = candidate
                    break
    low = schema.get("minLength")
    if isinstance(low, int) and len(value) < low:
        value = value + "x" * (low - len(value))
    high = schema.get("maxLength")
    if isinstance(high, int) and len(value) > high:
        value = value[: max(high, 0)]
    return value


def _distinct(item: Any, n: int) -> Any:
    if isinstance(item, str):
        return f"{item}{n}"
    if isinstance(item, (int, float)) and not isinstance(item, bool):
        return item + n
    return item


# ---------------------------------------------------------------- one call


@dataclass
class Call:
    doc: str
    method: str
    path: str
    operation_id: str = ""
    function: str = ""
    outcome: str = "not_generated"
    evidence: str = ""
    request: str = ""
    status: Optional[int] = None
    violated: list[list[str]] = field(default_factory=list)  # locations Prism named
    note: str = ""  # an ok call despite the document: "spec_fault: <evidence>"


@dataclass
class Exchange:
    """The last response the client received (a session hook records it)."""

    responses: list[Any] = field(default_factory=list)

    def hook(self, response: Any, *args: Any, **kwargs: Any) -> Any:
        self.responses.append(response)
        return response


def _clip(text: str, limit: int = EVIDENCE_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def describe_request(response: Any) -> str:
    request = response.request
    body = getattr(request, "body", None)  # requests
    if body is None and hasattr(request, "read"):  # httpx (multipart is streamed: read it)
        try:
            body = request.read()
        except Exception as exc:  # an async-only stream: say so instead
            body = f"<{type(exc).__name__}>"
    if isinstance(body, bytes):
        body = body[:300].decode("utf-8", errors="replace")
    return _clip(f"{request.method} {request.url} body={body!r}", 400)


def problem_of(response: Any) -> str:
    """What Prism found wrong: the title of its problem+json (or, when it answered with an
    error response of the document, the start of that body) and each violation it lists
    (the ``sl-violations`` header, else the problem's ``validation``) as "where: message"."""
    try:
        body = response.json()
    except ValueError:
        body = None
    problem = isinstance(body, dict) and ("title" in body or "detail" in body)
    found = _violations(response.headers.get("sl-violations"))
    if not found and problem:
        found = [item for item in body.get("validation") or [] if isinstance(item, dict)]
    parts = [str(body.get("title", ""))] if problem else []
    for item in found[:5]:
        where = ".".join(str(p) for p in item.get("location") or [])
        parts.append(f"{where}: {item.get('message', '')}")
    if not problem:
        text = response.text[:200] or f"(empty {response.headers.get('content-type', '')} body)"
        parts.append(f"answered with the document's own error response: {text}")
    return _clip("; ".join(p for p in parts if p))


def violations_of(response: Any) -> list[dict[str, Any]]:
    """Prism's violations: the ``sl-violations`` header, else its problem's ``validation``."""
    found = _violations(response.headers.get("sl-violations"))
    if found:
        return found
    try:
        body = response.json()
    except ValueError:
        return []
    items = body.get("validation") if isinstance(body, dict) else None
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def response_violations(response: Any) -> list[dict[str, Any]]:
    """What Prism found wrong with its own mocked response (the document's example or its
    placeholder breaks the document's schema): the ``response.*`` entries of ``sl-violations``."""
    found = _violations(response.headers.get("sl-violations"))
    return [v for v in found if (v.get("location") or [""])[0] == "response"]


def request_errors(response: Any) -> list[dict[str, Any]]:
    """Errors (not warnings) Prism found in the request, from ``sl-violations``."""
    found = _violations(response.headers.get("sl-violations"))
    return [
        v
        for v in found
        if (v.get("location") or [""])[0] == "request" and v.get("severity") == "Error"
    ]


def _described(found: list[dict[str, Any]]) -> str:
    parts = []
    for item in found[:5]:
        where = ".".join(str(p) for p in item.get("location") or [])
        parts.append(f"{where}: {item.get('message', '')}")
    return "; ".join(parts)


def _violations(header: Optional[str]) -> list[dict[str, Any]]:
    if not header:
        return []
    try:
        items = json.loads(header)
    except ValueError:
        return [{"location": ["sl-violations"], "message": header}]
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def routed_to(response: Any, method: str, template: str) -> bool:
    """Whether the request went to the operation's method and path template (Prism would
    accept a request meant for one operation that lands on another)."""
    from urllib.parse import urlsplit

    parts = re.split(r"(\{[^}]*\})", template)
    pattern = "".join("[^/]*" if p.startswith("{") else re.escape(p) for p in parts)
    path = urlsplit(str(response.request.url)).path  # httpx: a URL object
    return response.request.method == method and re.fullmatch(pattern, path) is not None


def classify(
    call: Call, error: Optional[BaseException], exchange: Exchange, mark: int, pkg: Any
) -> None:
    """Set call.outcome and call.evidence from what the call raised and what Prism said."""
    sent = exchange.responses[mark:]
    response = sent[-1] if sent else None
    if response is not None:
        call.status = response.status_code
        call.request = describe_request(response)
    violations = response.headers.get("sl-violations") if response is not None else None
    if error is None:
        call.outcome, call.evidence, call.note = "ok", "", ""
        if response is None:
            call.outcome, call.evidence = "client_error", "the call returned without a request"
        elif not routed_to(response, call.method, call.path):
            call.outcome = "client_error"
            call.evidence = f"sent {call.request}, not {call.method} {call.path}"
        elif request_errors(response):
            # Not expected from Prism (an invalid request gets a 4xx), but never an ok.
            call.outcome = "rejected"
            call.evidence = _clip(
                "the request breaks the document: " + _described(request_errors(response))
            )
        else:
            broken = response_violations(response)
            call.violated = [[str(p) for p in v.get("location") or []] for v in broken]
            if broken:
                call.note = _clip(
                    "spec_fault: the response breaks the document's schema, decoded tolerantly: "
                    + _described(broken)
                )
        return
    name = f"{type(error).__name__}: {error}"
    if isinstance(error, pkg.ApiError) and response is not None:
        detail = problem_of(response)
        call.violated = [[str(p) for p in v.get("location") or []] for v in violations_of(response)]
        if 400 <= error.status < 500:
            call.outcome, call.evidence = "rejected", f"{error.status} {detail}"
        else:  # a mock answers 5xx only when the document cannot be served as written
            call.outcome, call.evidence = "spec_fault", f"{error.status} {detail}"
        return
    if isinstance(error, pkg.DecodeError):
        # Even a response that breaks the document's schema (Prism lists it) is the
        # decoder's to read tolerantly: a client that keeps the raw value succeeds.
        call.outcome = "decode_error"
        call.evidence = _clip(f"{name}; Prism: sl-violations {violations}" if violations else name)
        return
    call.outcome, call.evidence = "client_error", _clip(name)


# ---------------------------------------------------------------- binding arguments


def _norm(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


class Binder:
    """Keyword arguments for one generated method, from the IR operation and the raw
    document: each spec parameter / body field goes to the argument whose name is its
    IR ``ident`` (the name the generator derived from the wire name)."""

    def __init__(self, doc: dict[str, Any], values: Values) -> None:
        self.doc = doc
        self.values = values

    def raw_parameters(self, op: Any) -> dict[tuple[str, str], dict[str, Any]]:
        operation = resolve(self.doc, pointer_get(self.doc, op.pointer)) or {}
        # a variant (/paths/~1x/post/x-operation-variants/0) shares its primary's path item
        primary = op.pointer.split("/x-operation-variants/", 1)[0]
        item = resolve(self.doc, pointer_get(self.doc, primary.rsplit("/", 1)[0])) or {}
        item = item if isinstance(item, dict) else {}
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in list(item.get("parameters") or []) + list(operation.get("parameters") or []):
            param = resolve(self.doc, raw)
            if isinstance(param, dict) and "name" in param:
                found[(str(param["name"]), str(param.get("in", "")))] = param
        return found

    def arguments(self, op: Any, method: Callable[..., Any]) -> dict[str, Any]:
        signature = inspect.signature(method)
        names = set(signature.parameters)
        by_norm = {_norm(n): n for n in names}
        wanted: dict[str, Any] = {}

        def put(ident: str, wire: str, value: Any) -> None:
            target = (
                ident if ident in names else by_norm.get(_norm(ident)) or by_norm.get(_norm(wire))
            )
            if target is None:
                raise LookupError(f"no argument for {wire!r} (IR ident {ident!r})")
            wanted[target] = value

        raw = self.raw_parameters(op)
        for param in op.parameters:
            spec_param = raw.get((param.name, param.location), {"schema": {}})
            if not param.required and not self.mock_needs(spec_param):
                continue
            put(param.ident, param.name, self.values.for_parameter(spec_param))
        if op.body is not None:
            self.bind_body(op, put)
        missing = [
            p.name
            for p in signature.parameters.values()
            if p.default is inspect.Parameter.empty
            and p.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
            and p.name not in wanted
        ]
        if missing:
            raise LookupError(f"required arguments the spec does not explain: {missing}")
        return wanted

    def contradictions(self, op: Any) -> list[tuple[str, str]]:
        """(parameter or property name, why) for each request schema of ``op`` that no
        value can satisfy."""
        operation = resolve(self.doc, pointer_get(self.doc, op.pointer)) or {}
        found: list[tuple[str, str]] = []
        for (name, _), param in self.raw_parameters(op).items():
            found += schema_contradictions(self.doc, param.get("schema"), name)
        body = resolve(self.doc, operation.get("requestBody")) or {}
        for media in (body.get("content") or {}).values():
            if isinstance(media, dict):
                found += schema_contradictions(self.doc, media.get("schema"), "body")
        return found

    def invalid_media_types(self, op: Any) -> list[str]:
        """The media types of ``op``'s body and responses that are not ``type/subtype``."""
        operation = resolve(self.doc, pointer_get(self.doc, op.pointer)) or {}
        holders = [resolve(self.doc, operation.get("requestBody")) or {}]
        holders += [resolve(self.doc, r) for r in (operation.get("responses") or {}).values()]
        found = []
        for holder in holders:
            content = holder.get("content") if isinstance(holder, dict) else None
            for kind in content or {}:
                if "/" not in str(kind) and kind not in found:
                    found.append(str(kind))
        return found

    def mock_needs(self, param: dict[str, Any]) -> bool:
        """An optional header parameter of array or object type: Prism (5.x) crashes
        deserializing it when it is absent (``value.split`` of undefined in its simple-style
        deserializer), so the call sends one, as a caller may."""
        if param.get("in") != "header":
            return False
        schema = resolve(self.doc, param.get("schema"))
        return isinstance(schema, dict) and _kind(schema) in ("array", "object")

    def documented(self, op: Any, where: list[str]) -> bool:
        """Whether a 2xx response value at ``where`` (a path into the body) may come from
        an example or default of the document rather than from Prism's placeholders."""
        operation = resolve(self.doc, pointer_get(self.doc, op.pointer)) or {}
        for status, response in (operation.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            for media in (resolve(self.doc, response) or {}).get("content", {}).values():
                if not isinstance(media, dict) or _example_of(media)[0]:
                    return True
                if self.documented_along(media.get("schema"), where):
                    return True
        return False

    def documented_along(self, schema: Any, where: list[str]) -> bool:
        nodes = [schema]
        for segment in [*where, ""]:
            following = []
            for node in nodes[:50]:
                node = resolve(self.doc, node)
                if not isinstance(node, dict):
                    continue
                if _example_of(node)[0] or "default" in node:
                    return True
                variants = [node] + list(node.get("allOf") or []) + list(node.get("oneOf") or [])
                variants += list(node.get("anyOf") or [])
                for variant in variants:
                    variant = resolve(self.doc, variant)
                    if not isinstance(variant, dict):
                        continue
                    if variant is not node and (_example_of(variant)[0] or "default" in variant):
                        return True
                    if segment.isdigit() and "items" in variant:
                        following.append(variant["items"])
                    elif segment in (variant.get("properties") or {}):
                        following.append(variant["properties"][segment])
                    elif isinstance(variant.get("additionalProperties"), dict):
                        following.append(variant["additionalProperties"])
            if not segment:
                break
            nodes = following
        return False

    def bind_body(self, op: Any, put: Callable[[str, str, Any], None]) -> None:
        operation = resolve(self.doc, pointer_get(self.doc, op.pointer)) or {}
        body = resolve(self.doc, operation.get("requestBody")) or {}
        media = resolve(self.doc, (body.get("content") or {}).get(op.body.content_type)) or {}
        schema = resolve(self.doc, media.get("schema") or {})
        form = op.body.content_type.split(";")[0].strip().lower()
        declared = schema.get("type") if isinstance(schema, dict) else None
        if form in FORM_TYPES and isinstance(declared, str) and declared != "object":
            raise Contradiction(
                f"a {form} body is a set of named fields, but its schema is a {declared} "
                f"({op.pointer}/requestBody)"
            )
        value = self.values.for_media(media)
        if "json" not in op.body.content_type and isinstance(value, str):
            if op.body.type.__class__.__name__ == "Primitive" and op.body.type.kind == "bytes":
                value = value.encode("utf-8")
        if op.body.fields is None:
            if op.body.required or value not in (None, {}, []):
                put(op.body.ident, "body", value)
            return
        given = value if isinstance(value, dict) else {}
        if isinstance(schema, dict) and "allOf" in schema:
            schema = self.values.merged(schema)
        props = (schema or {}).get("properties") or {}
        writable = [f for f in op.body.fields if not f.read_only]
        sent = 0
        for f in op.body.fields:
            if f.name in given:
                put(f.ident, f.name, given[f.name])
            elif f.required and not f.read_only:
                put(f.ident, f.name, self.values.for_schema(props.get(f.name, {}), writing=True))
            else:
                continue
            sent += 1
        if op.body.required and not sent and writable and form in FORM_TYPES:
            # A required form body whose fields are all optional: with none of them set, it
            # is not sent at all (a JSON one goes as {}), so one field is, as a caller must.
            first = writable[0]
            put(first.ident, first.name, self.values.for_schema(props.get(first.name, {}), True))


# ---------------------------------------------------------------- one document (child)


def package_name(doc_id: str) -> str:
    return "wire_" + re.sub(r"[^0-9a-zA-Z]+", "_", doc_id).strip("_").lower()


def generate_client(spec: str, work: Path, package: str) -> tuple[Optional[dict[str, Any]], str]:
    """Run the generator's CLI exactly as a user does; (report, one-line error)."""
    out, report = work / "out", work / "report.json"
    shutil.rmtree(out, ignore_errors=True)
    report.unlink(missing_ok=True)
    command = [sys.executable, "-m", "generator", "generate", spec, "--out", str(out)]
    command += ["--package", package, "--report", str(report), "-q"]
    try:
        run = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=GENERATE_TIMEOUT
        )
    except subprocess.TimeoutExpired:
        return None, f"generation took more than {GENERATE_TIMEOUT:.0f} s"
    (work / "generate.log").write_text(run.stdout + run.stderr, encoding="utf-8")
    if run.returncode != 0:
        lines = [line for line in run.stderr.splitlines() if line.strip()]
        return None, _clip(f"exit {run.returncode}: " + (lines[-1] if lines else ""))
    return json.loads(report.read_text(encoding="utf-8")), ""


def load_ir(spec: str, package: str) -> Any:
    """The IR of the document (no target rendered: cheap, validation is cached)."""
    from generator import pipeline

    return pipeline.generate(Path(spec), [], package=package).api


def raw_document(spec: str) -> dict[str, Any]:
    """The document the IR's pointers point into (Swagger 2.0 converted as the builder sees it)."""
    from generator import loader, swagger2

    doc, _ = loader.as_openapi(spec, loader.read_document(Path(spec)))
    return swagger2.convert(doc) if "swagger" in doc else doc


class Mock:
    """Prism on one document, owned by the child: started before generation (its start-up
    overlaps it), restarted if a request crashes it, killed with its process group."""

    def __init__(self, spec: str, work: Path, name: str = "prism") -> None:
        self.spec, self.work, self.name = spec, work, name
        self.process: Optional[subprocess.Popen[bytes]] = None
        self.url = ""
        self.crashes = 0

    def start(self) -> None:
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.log = self.work / f"{self.name}{self.crashes or ''}.log"
        self.process = start_prism(self.spec, port, self.log)
        (self.work / f"{self.name}.pid").write_text(str(self.process.pid), encoding="utf-8")

    def ready(self) -> str:
        """Empty once Prism answers, else why it never will."""
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.process is None or self.process.poll() is not None:
                return "Prism cannot load it: " + _clip(_prism_error(self.log_text()), 300)
            if prism_answers(self.url):
                return ""
            time.sleep(0.2)
        return f"Prism did not answer within {STARTUP_TIMEOUT:.0f} s"

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def crashed(self, suspicious: bool) -> str:
        """The crash of the last request ("" if Prism still runs); restarts it.
        ``suspicious``: the call got no answer, so Prism may be dying right now."""
        if self.process is None:
            return ""
        try:
            self.process.wait(timeout=5 if suspicious else 0.001)
        except subprocess.TimeoutExpired:
            return ""
        why = _prism_crash(self.log_text())
        self.crashes += 1
        self.start()
        problem = self.ready()
        return why + (f"; restart failed: {problem}" if problem else "")

    def stop(self) -> None:
        if self.process is not None:
            kill_group(self.process)


def run_document(
    doc: Document, work: Path, tamper: Optional[Callable[[Path], None]] = None
) -> tuple[list[Call], str]:
    """Generate, then call every operation against Prism; (calls, why skipped).
    ``tamper`` (tests only) gets the generated package's folder before it is imported,
    to prove that a broken client fails the verdict."""
    mock = Mock(doc.path, work)
    mock.start()
    mocks = [mock]  # and one per variant index, started by _run_document

    def stop(signum: int, frame: Any) -> None:
        for each in mocks:
            each.stop()
        os._exit(1)

    signal.signal(signal.SIGTERM, stop)
    try:
        return _run_document(doc, work, mock, tamper, mocks)
    finally:
        for each in mocks:
            each.stop()


def _run_document(
    doc: Document,
    work: Path,
    mock: Mock,
    tamper: Optional[Callable[[Path], None]] = None,
    owned: Optional[list[Mock]] = None,
) -> tuple[list[Call], str]:
    """``mock`` serves the document; a Prism per variant index (see ``variant_documents``)
    is started here, recorded in ``owned`` for the caller's SIGTERM handler, and stopped."""
    started: list[Mock] = []
    try:
        return _run_mocks(doc, work, mock, tamper, owned if owned is not None else started)
    finally:
        for each in started:
            each.stop()


def _run_mocks(
    doc: Document,
    work: Path,
    mock: Mock,
    tamper: Optional[Callable[[Path], None]],
    owned: list[Mock],
) -> tuple[list[Call], str]:
    package = package_name(doc.id)
    try:
        raw = raw_document(doc.path)
    except Exception as exc:  # the generator refuses it too; every operation is missing
        return [Call(doc.id, "-", "-", outcome="not_generated", evidence=_clip(repr(exc)))], ""
    calls = {key: Call(doc.id, *key[:2]) for key in spec_operations(raw)}
    mocks = {-1: mock}
    for index, derived in variant_documents(raw).items():
        path = work / f"variant-{index}.json"  # kept beside the run's logs, for evidence
        path.write_text(json.dumps(derived), encoding="utf-8")
        mocks[index] = Mock(str(path), work, name=f"prism-variant-{index}")
        owned.append(mocks[index])
        mocks[index].start()  # its start-up overlaps generation as the first one's does
    report, problem = generate_client(doc.path, work, package)
    for index, each in mocks.items():
        unloadable = each.ready()
        if unloadable:
            where = f" (variant {index}: {each.spec})" if index >= 0 else ""
            return [], unloadable + where
    if report is None:
        for call in calls.values():
            call.evidence = f"document refused: {problem}"
        return list(calls.values()), ""
    functions = {o["operationId"]: o for o in report["operations"]}
    api = load_ir(doc.path, package)
    if tamper is not None:
        tamper(work / "out" / package)
    sys.path.insert(0, str(work / "out"))
    import importlib

    binder = Binder(raw, Values(raw))
    plain = Binder(raw, Values(raw, examples=False))
    try:
        pkg = importlib.import_module(package)
    except Exception as exc:
        for call in calls.values():
            call.outcome, call.evidence = "client_error", _clip(f"import: {exc!r}")
        return list(calls.values()), ""
    exchange = Exchange()
    clients: dict[str, Any] = {}
    for op in api.operations:
        variant = variant_index(op.pointer)
        serving = mocks.get(variant, mock)
        client = clients.get(serving.url)
        if client is None:  # a Prism restarted after a crash has a new url, so a new client
            if CLIENT == "async":
                client = clients[serving.url] = AsyncCalls(pkg, serving.url, exchange)
            else:
                client = clients[serving.url] = wire_client(pkg, serving.url)
                client.session.hooks["response"].append(exchange.hook)
        key = (op.method, op.path, variant)
        call = calls.setdefault(key, Call(doc.id, op.method, op.path))
        call.operation_id = op.operation_id
        entry = functions.get(op.operation_id) or {}
        call.function = entry.get("function") or ""
        call_operation(call, op, client, pkg, binder, exchange, plain)
        crash = serving.crashed(call.evidence.startswith("TransportError"))
        if crash:  # the mock's own failure, not an answer; kept apart in the evidence
            call.outcome = "client_error"
            call.evidence = _clip(f"Prism crashed on this request: {crash} ({call.evidence})")
            invalid = binder.invalid_media_types(op)
            if invalid:  # what it crashed on is the document's: no client gets an answer
                call.outcome = "spec_fault"
                call.evidence = _clip(
                    f"the document declares {', '.join(map(repr, invalid))}, not a media type "
                    f"(RFC 6838: type/subtype); {call.evidence}"
                )
    for call in calls.values():
        if call.outcome == "not_generated" and not call.evidence:
            call.evidence = "not in the generated client's report"
    return list(calls.values()), ""


def credentials_for(schemes: Any) -> dict[str, Any]:
    """A dummy value for every credential argument of a generated ``Client``
    (``SECURITY_SCHEMES``), so Prism's security check sees each scheme's
    credential wherever the operation's requirement puts it."""
    given: dict[str, Any] = {}
    for scheme in schemes.values():
        if scheme.kind == "basic":
            given[scheme.argument] = ("wire", TOKEN)
        elif scheme.kind != "unsupported":
            given[scheme.argument] = TOKEN
        if scheme.secret_argument:
            given[scheme.secret_argument] = TOKEN
    return given


def wire_client(pkg: Any, url: str, **settings: Any) -> Any:
    """The generated client of ``pkg`` against the mock at ``url`` (its
    ``AsyncClient`` when ``settings`` name an ``http_client``), with credentials
    for every scheme; an OAuth2 token comes from here, never from the document's
    token URL (the wire test talks to nothing but Prism)."""
    kind = pkg.AsyncClient if "http_client" in settings else pkg.Client
    schemes = getattr(pkg.Client, "SECURITY_SCHEMES", None)
    if schemes is None:  # a client from before security schemes: one token
        return kind(token=TOKEN, base_url=url, retries=0, timeout=CALL_TIMEOUT, **settings)
    reply = {"access_token": TOKEN, "expires_in": 3600}
    if kind is pkg.AsyncClient:

        class AsyncWireClient(kind):  # type: ignore[misc,valid-type]
            async def _fetch_token(self, *args: Any) -> dict[str, Any]:
                return reply

        chosen: Any = AsyncWireClient
    else:

        class WireClient(kind):  # type: ignore[misc,valid-type]
            def _fetch_token(self, *args: Any) -> dict[str, Any]:
                return reply

        chosen = WireClient
    given = credentials_for(schemes)
    return chosen(base_url=url, retries=0, timeout=CALL_TIMEOUT, **given, **settings)


class AsyncCalls:
    """The package's ``AsyncClient`` behind the synchronous calls the harness makes
    (``--client async``): each call is awaited to completion on one event loop, a
    listing returns its first page, and httpx's response hook feeds the exchange."""

    def __init__(self, pkg: Any, base_url: str, exchange: Exchange) -> None:
        import asyncio

        import httpx

        self.loop = asyncio.new_event_loop()
        self.base_url = base_url

        async def hook(response: Any) -> None:
            exchange.hook(response)

        async def build() -> Any:
            http = httpx.AsyncClient(event_hooks={"response": [hook]})
            return wire_client(pkg, base_url, http_client=http)

        self.client = self.loop.run_until_complete(build())

    def method(self, resource: str, name: str) -> Callable[..., Any]:
        import functools
        import inspect

        method = getattr(getattr(self.client, resource), name)

        @functools.wraps(method)  # the harness reads the method's signature
        def call(**kwargs: Any) -> Any:
            result = method(**kwargs)
            if inspect.iscoroutine(result):
                return self.loop.run_until_complete(result)
            return self.loop.run_until_complete(result.first_page())  # AsyncRangePages

        return call


def bound_method(function: str, client: Any) -> Callable[..., Any]:
    """ "pkg.api.tag:Class.method" -> the method of a Class instance bound to ``client``
    (of the async client's resource of that module, ``client.tag``, for ``--client async``)."""
    import importlib

    if isinstance(client, AsyncCalls):
        module_name, _, qualname = function.partition(":")
        return client.method(module_name.rsplit(".", 1)[1], qualname.partition(".")[2])

    module_name, _, qualname = function.partition(":")
    class_name, _, method_name = qualname.partition(".")
    module = importlib.import_module(module_name)
    group = getattr(module, class_name)(client)
    return getattr(group, method_name)  # type: ignore[no-any-return]


def call_operation(
    call: Call,
    op: Any,
    client: Any,
    pkg: Any,
    binder: Binder,
    exchange: Exchange,
    plain: Optional[Binder] = None,
) -> None:
    """One call, classified.  A request Prism rejects for its content (400, 422) is sent
    again with schema-only values (``plain``: no example, no default) when those differ:
    if that one is accepted, the document's own example/default breaks its own schema; the
    operation works with values the schema allows, so the call is judged on that retry and
    keeps a ``spec_fault`` note with the first answer as evidence."""
    attempt(call, op, client, pkg, binder, exchange)
    if placeholder_fault(call, op, binder):
        judge_on_dynamic_response(call, op, client, pkg, binder, exchange)
        return
    if call.outcome == "spec_fault" and "Schema too complex" in call.evidence:
        judge_on_dynamic_response(call, op, client, pkg, binder, exchange, too_complex=True)
        return
    if call.outcome == "rejected" and call.status == 406:
        explain_not_acceptable(call, op, client, pkg, binder, exchange)
        return
    if plain is None or call.outcome != "rejected" or call.status not in (400, 422):
        return
    retry = Call(call.doc, call.method, call.path, call.operation_id, call.function)
    attempt(retry, op, client, pkg, plain, exchange)
    accepted = retry.status is not None and not 400 <= retry.status < 500
    if not accepted:
        contradicted(call, op, binder)
    elif retry.outcome != "client_error" and retry.request != call.request:
        if placeholder_fault(retry, op, plain):
            judge_on_dynamic_response(retry, op, client, pkg, plain, exchange)
        rejected, first = call.evidence, call.request
        call.outcome, call.status, call.request = retry.outcome, retry.status, retry.request
        call.evidence, call.violated = retry.evidence, retry.violated
        call.note = _clip(
            f"spec_fault: the document's example/default values are rejected: {rejected} "
            f"({first}); schema-only values are accepted"
            + (f"; {retry.note}" if retry.note else "")
        )


def explain_not_acceptable(
    call: Call, op: Any, client: Any, pkg: Any, binder: Binder, exchange: Exchange
) -> None:
    """Prism answered 406 to the client's ``Accept``: the same call with ``Accept: */*``
    tells whether any Accept would do.  If it would, the client asked for the wrong
    type; if Prism fails even then (a JSON body declared as ``*/*``: Prism serves ``*/*``
    as text/plain and cannot serialize an object as text), the evidence says so.  Either
    way the call stays ``rejected``: the client did not get a decoded answer."""
    retry = Call(call.doc, call.method, call.path, call.operation_id, call.function)
    attempt(retry, op, client, pkg, binder, exchange, {"headers": {"Accept": "*/*"}})
    verdict = (
        "so the client's Accept is wrong" if retry.outcome == "ok" else "so no Accept is served"
    )
    call.evidence = _clip(
        f"{call.evidence}; with Accept: */* Prism answers {retry.status} "
        f"{retry.outcome} {retry.evidence}".rstrip() + f", {verdict}"
    )


def contradicted(call: Call, op: Any, binder: Binder) -> None:
    """A request rejected with the document's values and with schema-only values alike:
    ``spec_fault`` when the rejected value's schema contradicts itself (no value can
    satisfy it), with the contradiction as evidence; otherwise it stays ``rejected``."""
    found = binder.contradictions(op)
    named = {part for where in call.violated for part in where}
    hits = [why for where, why in found if where in named]
    if hits:
        call.outcome = "spec_fault"
        call.evidence = _clip(
            f"no value satisfies the document: {'; '.join(hits)}; Prism: {call.evidence}"
        )


def placeholder_fault(call: Call, op: Any, binder: Binder) -> bool:
    """Prism's static mock broke the response schema, and not with a value of the document
    (no example/default on the way to any violated field): Prism fills a schema without
    examples with placeholders ("string", 0) that ignore pattern, format and the like."""
    if call.outcome not in ("ok", "decode_error") or not call.violated:
        return False
    if any(where[:2] != ["response", "body"] for where in call.violated):
        return False
    return not any(binder.documented(op, where[2:]) for where in call.violated)


def judge_on_dynamic_response(
    call: Call,
    op: Any,
    client: Any,
    pkg: Any,
    binder: Binder,
    exchange: Exchange,
    too_complex: bool = False,
) -> None:
    """The same call again, asking Prism for a response generated from the schema
    (``Prefer: dynamic=true``; json-schema-faker honours patterns and formats; ``--seed``
    makes it repeatable): the client is judged on a response that fits the document.
    ``too_complex``: Prism's static generator gave up on the schema ("Schema too complex",
    a 500 that is no answer at all), so the dynamic response is judged whatever it is."""
    retry = Call(call.doc, call.method, call.path, call.operation_id, call.function)
    attempt(retry, op, client, pkg, binder, exchange, {"headers": {"Prefer": "dynamic=true"}})
    static = call.note or call.evidence
    if too_complex and retry.outcome != "spec_fault":
        call.outcome, call.status, call.request = retry.outcome, retry.status, retry.request
        call.violated, call.note = retry.violated, retry.note
        note = f"judged on a dynamic response: Prism's static one failed: {static}"
        call.evidence = _clip(f"{retry.evidence} ({note})" if retry.evidence else "")
        return
    if retry.note or retry.outcome == "spec_fault":  # not even generated values fit: keep both
        dynamic = f"dynamic: {retry.note or retry.evidence}"
        if call.outcome == "ok":
            call.note = _clip(f"{call.note}; {dynamic}")
        else:
            call.evidence = _clip(f"{call.evidence}; {dynamic}")
        return
    call.outcome, call.status, call.request = retry.outcome, retry.status, retry.request
    call.violated, call.note = retry.violated, ""
    note = "Prism's static placeholder broke the schema, judged on a dynamic response"
    call.evidence = _clip(f"{retry.evidence} ({note}: {static})" if retry.evidence else "")


def attempt(
    call: Call,
    op: Any,
    client: Any,
    pkg: Any,
    binder: Binder,
    exchange: Exchange,
    extra: Optional[dict[str, Any]] = None,
) -> None:
    if not call.function:
        call.outcome, call.evidence = "not_generated", "no function in the report"
        return
    try:
        method = bound_method(call.function, client)
    except (ImportError, AttributeError) as exc:
        call.outcome, call.evidence = "not_generated", _clip(f"{call.function}: {exc!r}")
        return
    try:
        kwargs = {**binder.arguments(op, method), **(extra or {})}
    except Contradiction as exc:
        call.outcome, call.evidence = "spec_fault", _clip(f"no value satisfies the document: {exc}")
        return
    except Exception as exc:
        call.outcome = "client_error"
        call.evidence = _clip(f"cannot build the call: {type(exc).__name__}: {exc}")
        return
    mark = len(exchange.responses)
    error: Optional[BaseException] = None
    try:
        result = method(**kwargs)
        if isinstance(result, pkg.Pages):  # every paging strategy: fetch the first page
            result = result.first_page()
    except Exception as exc:
        error = exc
    classify(call, error, exchange, mark, pkg)


def child_main(doc: Document, work: Path) -> int:
    try:
        calls, skipped = run_document(doc, work)
    except Exception as exc:
        (work / "child.log").write_text(traceback.format_exc(), encoding="utf-8")
        print(f"error: {doc.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    result = {"skipped": skipped, "calls": [asdict(c) for c in calls]}
    (work / "calls.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


# ---------------------------------------------------------------- one document (parent)


@dataclass
class DocResult:
    doc: Document
    calls: list[Call]
    skipped: str = ""  # why the document is not in the table (Prism cannot load it...)
    seconds: float = 0.0

    def count(self, outcome: str) -> int:
        return sum(1 for c in self.calls if c.outcome == outcome)

    def noted(self) -> int:
        """The ok calls that carry a spec_fault note (counted in ``ok`` as well)."""
        return sum(1 for c in self.calls if c.outcome == "ok" and c.note)


def run_one(doc: Document, out: Path) -> DocResult:
    """One document in a child process (which owns its Prism), killed when time is up."""
    started = time.monotonic()
    work = out / "work" / doc.id
    work.mkdir(parents=True, exist_ok=True)
    for stale in [work / "calls.json", *work.glob("prism*.pid")]:
        stale.unlink(missing_ok=True)
    command = [sys.executable, str(Path(__file__).resolve()), "--child", doc.id, doc.path]
    command += [doc.group, str(work), "--client", CLIENT]
    with open(work / "child.out", "wb") as log:
        child = subprocess.Popen(
            command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    skipped = ""
    try:
        child.wait(timeout=DOC_TIMEOUT)
    except subprocess.TimeoutExpired:
        skipped = f"timed out after {DOC_TIMEOUT:.0f} s"
    finally:
        kill_group(child)
        if child.returncode != 0:
            _kill_recorded_prism(work)
    seconds = time.monotonic() - started
    result_file = work / "calls.json"
    if skipped or not result_file.is_file():
        if not skipped:
            text = (work / "child.out").read_text(encoding="utf-8", errors="replace").strip()
            skipped = "harness failed: " + _clip(text.splitlines()[-1] if text else "", 300)
        return DocResult(doc, [], skipped, seconds)
    data = json.loads(result_file.read_text(encoding="utf-8"))
    calls = [Call(**c) for c in data["calls"]]
    return DocResult(doc, calls, data["skipped"], seconds)


def _kill_recorded_prism(work: Path) -> None:
    """A child killed hard cannot stop its Prisms (one per variant index too): each group
    is ended here by its recorded pid."""
    for record in work.glob("prism*.pid"):
        try:
            pid = int(record.read_text(encoding="utf-8"))
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            if b"prism" not in cmdline or os.getpgid(pid) != pid:
                continue  # the pid was reused by something that is not ours
            os.killpg(pid, signal.SIGKILL)
        except (OSError, ValueError):
            continue  # gone already (or never started)


def _prism_crash(log: str) -> str:
    """The exception line of a crashed Prism (node prints ``TypeError: ...``)."""
    lines = [line.strip() for line in log.splitlines() if line.strip()]
    for line in lines:
        if re.match(r"^[A-Za-z]*Error\b", line):
            return line
    return lines[-1] if lines else "exited"


def _prism_error(log: str) -> str:
    lines = [line for line in log.splitlines() if line.strip()]
    errors = [line for line in lines if "rror" in line]
    return (errors or lines or ["exited"])[-1]


# ---------------------------------------------------------------- report


def table(results: list[DocResult]) -> tuple[list[list[str]], float]:
    """One row per document and a TOTAL; the denominator of ``ok %`` is every operation of
    the documents in the table (``ops``: operations, variants sharing a slot included; each
    outcome counted).  ``ok_spec_fault`` is the part
    of ``ok`` that carries a spec_fault note."""
    header = ["doc", "ops", *OUTCOMES, "ok %", "ok_spec_fault"]
    rows = [header]
    totals = {o: 0 for o in OUTCOMES}
    noted = 0
    for result in results:
        if result.skipped:
            continue
        counts = {o: result.count(o) for o in OUTCOMES}
        for o in OUTCOMES:
            totals[o] += counts[o]
        noted += result.noted()
        ops = len(result.calls)
        pct = _pct(counts["ok"], ops)
        rows.append([result.doc.id, str(ops), *map(str, counts.values()), pct, str(result.noted())])
    ops = sum(totals.values())
    pct = _pct(totals["ok"], ops)
    rows.append(["TOTAL", str(ops), *map(str, totals.values()), pct, str(noted)])
    return rows, (100.0 * totals["ok"] / ops if ops else 100.0)


def _pct(ok: int, ops: int) -> str:
    return f"{100.0 * ok / ops:.1f}" if ops else "-"


def render(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells))
    return "\n".join(lines)


def write_outputs(out: Path, results: list[DocResult], rows: list[list[str]]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "wire.tsv").write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    failures = [asdict(c) for r in results for c in r.calls if c.outcome != "ok"]
    noted = [asdict(c) for r in results for c in r.calls if c.outcome == "ok" and c.note]
    skipped = [
        {"doc": r.doc.id, "path": r.doc.path, "why": r.skipped} for r in results if r.skipped
    ]
    evidence = {"failures": failures, "noted": noted, "skipped": skipped}
    (out / "failures.json").write_text(json.dumps(evidence, indent=1) + "\n", encoding="utf-8")
    columns = ["doc", "method", "path", "operation_id", "function", "outcome", "status"]
    columns += ["evidence", "note", "request"]
    lines = ["\t".join(columns)]
    for item in failures + noted:
        lines.append("\t".join(str(item[c] or "").replace("\t", " ") for c in columns))
    (out / "failures.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def causes(results: list[DocResult], top: int = 12) -> list[tuple[int, str]]:
    """The most frequent failure causes: outcome + the evidence with values masked."""
    counted: dict[str, int] = {}
    for result in results:
        for call in result.calls:
            if call.outcome == "ok" and not call.note:
                continue
            why = call.note if call.outcome == "ok" else call.evidence
            text = re.sub(r"'[^']*'|\"[^\"]*\"|\d+", "_", why)[:110]
            key = f"{call.outcome}: {text}"
            counted[key] = counted.get(key, 0) + 1
    return sorted(((n, k) for k, n in counted.items()), reverse=True)[:top]


# ---------------------------------------------------------------- main


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--docs",
        nargs="+",
        default=["fixtures", "heroku", "corpus"],
        help="document sets (fixtures, heroku, corpus) and/or document files",
    )
    parser.add_argument("--only", nargs="+", help="keep documents whose id matches a glob")
    parser.add_argument("--jobs", type=int, default=1, help="documents at once (default 1)")
    parser.add_argument(
        "--min-ok", type=float, default=99.0, help="exit 1 below this total ok %% (default 99)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / ".wire", help="results folder")
    parser.add_argument("--corpus-dir", help="folder of the corpus fetch.sh")
    parser.add_argument(
        "--client",
        choices=["sync", "async"],
        default="sync",
        help="call through Client (default) or AsyncClient",
    )
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    return parser


# Which client the calls go through (--client); children get it on their command line.
CLIENT = "sync"


def main(argv: Optional[list[str]] = None) -> int:
    global CLIENT
    args = _parser().parse_args(argv)
    CLIENT = args.client
    if args.child:
        ident, path, group, work = args.child
        return child_main(Document(ident, path, group), Path(work))
    if args.jobs < 1:
        print("error: --jobs must be at least 1", file=sys.stderr)
        return 2
    if not PRISM.exists():
        print(f"error: {PRISM} is missing: run `npm ci` (make wire does)", file=sys.stderr)
        return 2
    try:
        docs = select_documents(args)
    except SystemExit as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if not docs:
        print("error: no document selected", file=sys.stderr)
        return 2
    out: Path = args.out
    results: list[DocResult] = []
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for result in pool.map(lambda d: run_one(d, out), docs):
            results.append(result)
            state = result.skipped or " ".join(
                f"{o}={result.count(o)}" for o in OUTCOMES if result.count(o)
            )
            print(f"{result.doc.id}: {state} ({result.seconds:.0f} s)", file=sys.stderr)
    rows, ok_pct = table(results)
    write_outputs(out, results, rows)
    print(render(rows))
    for result in results:
        if result.skipped:
            print(f"skipped {result.doc.id}: {result.skipped}")
    top = causes(results)
    if top:
        print("top failure causes:")
        for count, text in top:
            print(f"  {count:5d}  {text}")
    print(f"details: {out / 'failures.json'}")
    if ok_pct < args.min_ok:
        print(f"FAIL: total ok {ok_pct:.1f}% is below --min-ok {args.min_ok:g}%", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
