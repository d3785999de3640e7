"""The spec is untrusted input: hostile text anywhere in a document must only
ever land in generated code as string literals, docstrings or sanitized names.

A hypothesis strategy builds structurally valid OpenAPI 3.0/3.1 documents with
hostile strings in every slot a document can carry text (quotes and triple
quotes, backslashes, control and line-separator characters, Python and Jinja
payloads, keywords, builtins, dunders, huge names, names differing only in
case...).  For every document:

* generation succeeds, and neither generation nor importing the result runs
  anything (a payload would create a sentinel file, absolute path per example,
  or some file in the working directory);
* every ``.py`` file compiles and black reports it formatted;
* every NAME token of every file is a template word or an identifier the
  builder made through ``generator.naming`` (spec text only lands in strings),
  comments come from the templates, imports only name known modules;
* in a fresh subprocess the package imports, ``Client(...)`` and ``repr`` of
  it and of every ``models`` attribute work, the client keeps its own
  attributes, and the text survives exactly: enum values, the default base URL
  and the words of every docstring equal the document's;
* ``pyproject.toml`` parses and carries the title unchanged.

Example count: ``FUZZ_EXAMPLES`` (default 8 in the default run, and 25 more,
from another seed, with ``-m slow``), derandomized unless ``FUZZ_RANDOM=1``
(``make fuzz``: 1000 random examples, about 8 minutes on two cores); no
shrinking unless ``FUZZ_SHRINK=1``.  Inputs that trigger the known
(reported, not yet fixed) bugs listed in ``KNOWN_BUGS`` are kept out of the
random documents, or only relax the check they break (``SOFT_BUGS``), unless
``FUZZ_KNOWN_BUGS=1``; each bug has a strict xfail test at the end, which fails
(XPASS) as soon as the bug is fixed, as a reminder to drop it from ``KNOWN_BUGS``.
"""

from __future__ import annotations

import ast
import importlib
import io
import json
import difflib
import keyword
import os
import re
import subprocess
import sys
import tempfile
import tokenize
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Optional

import black
import pytest
import yaml
from hypothesis import HealthCheck, Phase, assume, given, note, settings
from hypothesis import strategies as st

from generator import ir, output, pipeline
from generator import binding as py_binding
from generator.binding import auth as auth_binding
from generator.binding.requests import input_names
from generator.binding.reserved import PYTHON
from generator.formatting import black_mode

try:
    import tomllib
except ImportError:  # Python 3.10
    tomllib = None  # type: ignore[assignment]

from helpers import ROOT

TEMPLATES = ROOT / "templates" / "python"
# Every shipped target is rendered: the client, the CLI over it and the docs.
SHIPPED_TARGETS = ["python", "cli", "markdown"]
CODE_TARGETS = [ROOT / "templates" / "python", ROOT / "templates" / "cli"]
# Names the cli composes from sanitized identifiers: argparse dests and handlers.
CLI_COMPOSED = re.compile(r"(?:arg|opt|body|_call|_group)_[A-Za-z0-9_]+")
PACKAGE = "fuzzpkg"

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "8"))
MORE_EXAMPLES = 25  # the slow twin's, from its own seed
RANDOM = os.environ.get("FUZZ_RANDOM") == "1"
WITH_KNOWN_BUGS = os.environ.get("FUZZ_KNOWN_BUGS") == "1"
# Shrinking re-generates hundreds of clients (minutes); failures name the file,
# line and token anyway, and the whole document is printed.
SHRINK = os.environ.get("FUZZ_SHRINK") == "1"

# Replaced, in every string of a document (keys included), by an absolute path
# unique to the example: any payload that runs creates that file.
SENTINEL = "SENTINEL"

# Reported bugs whose inputs the random documents avoid (see module docstring).
KNOWN_BUGS = {
    "surrogate": "a lone surrogate (\\ud800) in a class docstring makes the class "
    "statement fail at import (UnicodeEncodeError: type.__doc__ must encode to UTF-8); "
    "in info.title it also makes pyproject.toml invalid TOML, as pyproject-astral",
    "client-attribute": "a tag whose module name equals a BaseClient attribute "
    "(request, session, headers, ...) overwrites it on the Client instance",
    "pagination-argument": "a paginated operation with a parameter or body field named "
    "max/field/order/start gets a duplicate argument: SyntaxError",
    "pyproject-astral": "a character outside the BMP (an emoji) in info.title makes "
    "pyproject.toml invalid TOML: Jinja's tojson writes it as a surrogate pair \\ud83d\\udc0d",
    "pagination-drops-arguments": "a paginated operation (Range header + array response) "
    "accepts its query/header/cookie parameters and body fields but never sends them "
    "(and always sends GET)",
    "validator-byte-format": "OpenAPI 3.0: a non-ASCII default/example on a format: byte "
    "string crashes openapi-schema-validator (UnicodeEncodeError in is_byte); the loader "
    "reports a valid document as invalid, without a pointer",
    "deep-yaml": "a YAML document nested ~30000 deep (90 KB) crashes the generator with "
    "SIGSEGV: PyYAML's CSafeLoader overflows the C stack (generator/loader.py read_document)",
    "deep-json": "a JSON document nested 100000 deep ends in 'internal error: RecursionError' "
    "(exit 3, 'a bug in the generator') instead of a clean rejection (exit 2)",
    "package-from-title": "without --package the package is named after info.title, so a "
    "title 'json', 'typing', 'requests' or 'setuptools' makes a package that shadows (or, "
    "pip-installed, replaces) that module",
    "class-shadow": "a tag class name equal to a model/enum name imported into the same "
    "tag module shadows the model (tag 'Foo' + schema 'FooApi')",
}
# Reported bugs since fixed: their documents below are regression tests now, and
# the random documents no longer avoid their inputs.
FIXED = frozenset(
    {"surrogate", "client-attribute", "pyproject-astral", "validator-byte-format", "deep-yaml",
     "deep-json", "package-from-title", "class-shadow", "pagination-argument",
     "pagination-drops-arguments"}
)  # fmt: skip
OPEN_BUGS = frozenset(KNOWN_BUGS) - FIXED
CLIENT_ATTRIBUTES = frozenset(
    {"base_url", "headers", "timeout", "rate_limit_remaining", "session", "request", "close"}
)
PAGINATION_ARGUMENTS = frozenset({"max", "field", "order", "start"})
# Known bugs that only relax one check instead of skipping the whole example.
SOFT_BUGS = frozenset({"pagination-drops-arguments"})


@pytest.fixture(scope="module", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Generation caches validated documents and formatted chunks; give these
    tests a cache of their own (exercised, but not filling ~/.cache)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OPENAPI_PYGEN_CACHE", str(tmp_path_factory.mktemp("pygen-cache")))
        yield


# ---------------------------------------------------------------- hostile text

PAYLOADS = [
    "__import__('os').system('touch SENTINEL')",
    '"""; import os; os.system("touch SENTINEL"); """',
    "'''; import os; os.system('touch SENTINEL'); '''",
    "'); import os; os.system('touch SENTINEL') #",
    '"); open("SENTINEL", "w").close() #',
    '\\"""\nimport os\nos.system(\'touch SENTINEL\')\n"""',
    '"""\n__import__("os").system("touch SENTINEL")\n"""',
    "\\\n__import__('os').system('touch SENTINEL')",
    '""" + __import__(\'os\').system(\'touch SENTINEL\') + """',
    "' + open('SENTINEL', 'w').write('x') + '",
    "{{ cycler.__init__.__globals__.os.system('touch SENTINEL') }}",
    "{{ lipsum.__globals__['os'].popen('touch SENTINEL').read() }}",
    "{% for c in ().__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
    '[tool.evil]\nx = "SENTINEL"',
    '"\n[tool.evil]\nname = "x',
]
FRAGMENTS = [
    "{{ 7*7 }}",
    "{% for x in y %}",
    "{% endfor %}",
    "{# #}",
    "{#",
    "#}",
    "{{",
    "}}",
    "{%",
    "%}",
    "{%- raw %}",
    "${7*7}",
    "#{7*7}",
    "%(x)s",
    "%s",
    "{0}",
    "{}",
    "{x}",
    "{x!r}",
    "{x:>9}",
    "\\",
    "\\\\",
    "\\N{BULLET}",
    "\\x41",
    "\\u0041",
    "\\U0001F600",
    "\\'",
    '\\"',
    '\\\\"',
    "'",
    '"',
    "'''",
    '"""',
    '""""',
    "''''",
    '"\'"',
    "`",
    "#",
    "# comment",
    ";",
    ":",
    "=",
    "[",
    "]",
    "(",
    ")",
    ",",
    ".",
    "-",
    "/",
    "?",
    "&",
    "<",
    ">",
    "@",
    "*",
    "~",
    " ",
    "  ",
    "\n",
    "\r",
    "\r\n",
    "\n\n",
    "\t",
    "\x00",
    "\x01",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b[31m",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x1f",
    "\x7f",
    "\x85",
    "\x9f",
    "\xa0",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\u200b",
    "\u200e",
    "\u202e",
    "\u0301",
    "e\u0301",
    "\ufb01",
    "\uff53\uff59\uff53\uff54\uff45\uff4d",
    "\u2167",
    "\U0001f40d",
    "\U0001f600",
    "\U000e0001",
    "\u00e9",
    "\u0130",
    "\u017f",
    "\u212a",
]
NAMES = [
    "__init__",
    "__class__",
    "__dict__",
    "__slots__",
    "__doc__",
    "__all__",
    "__version__",
    "__import__",
    "__builtins__",
    "self",
    "cls",
    "None",
    "True",
    "False",
    "class",
    "def",
    "import",
    "lambda",
    "return",
    "match",
    "case",
    "type",
    "_",
    "__",
    "print",
    "object",
    "str",
    "int",
    "list",
    "dict",
    "Any",
    "Optional",
    "Union",
    "Mapping",
    "Client",
    "BaseClient",
    "Model",
    "Enum",
    "UNKNOWN",
    "data",
    "body",
    "json_body",
    "from_dict",
    "to_dict",
    "additional_properties",
    "dataclass",
    "field",
    "datetime",
    "date",
    "annotations",
    "_rt",
    "_response",
    "_client",
    "models",
    "api",
    "client",
    "_runtime",
    "py.typed",
    "x-y",
    "a.b",
    "a[0]",
    "a b",
    "a-b",
    "A-B",
    "a_b",
    "aB",
    "Ab",
    "AB",
    "ab",
    "0",
    "1abc",
    "-",
    ".",
    "..",
    "Range",
    "range",
    "Next-Range",
    "Content-Type",
    "Authorization",
    "\U0001f40d",
    "\U0001f40d name",
    "",
]
LONG = [
    "a" * 250,
    "A" * 201,
    "x_" * 120,
    "very-long-" * 25,
    "__init__" * 30,
    "\U0001f40d" * 210,
    "'\"" * 150,
    "\\" * 255,
    "Pet" * 90,
]
ATOMS = PAYLOADS + FRAGMENTS + NAMES + LONG


def _characters() -> st.SearchStrategy[str]:
    return st.characters()  # includes lone surrogates (KNOWN_BUGS["surrogate"], fixed)


atoms = st.sampled_from(ATOMS)
plain = st.text(_characters(), max_size=10)
lone_surrogates = st.sampled_from(["\ud800", "\udfff", "\udc80x", "a\ud83d"])
pieces = st.one_of(atoms, atoms, plain, lone_surrogates)
hostile_text = st.one_of(
    atoms,
    st.lists(pieces, min_size=1, max_size=6).map("".join),
    st.tuples(atoms.filter(bool), st.integers(2, 40)).map(lambda t: (t[0] * t[1])[:300]),
)
CASES: list[Callable[[str], str]] = [str, str.upper, str.lower, str.swapcase, str.title]


def case_variants(text: str) -> st.SearchStrategy[str]:
    return st.sampled_from(CASES).map(lambda change: change(text))


# Component (and security scheme) names must match ^[a-zA-Z0-9._-]+$.
COMPONENT_NAMES = [
    n
    for n in NAMES + LONG + ["Pet", "pet", "PET", "pEt", "Pet_", "_Pet", "Pet.v2", "Pet-v2"]
    if re.fullmatch(r"[a-zA-Z0-9._-]+", n)
]
component_names = st.one_of(
    st.sampled_from(COMPONENT_NAMES).flatmap(case_variants),
    st.from_regex(r"[a-zA-Z0-9._-]{1,12}", fullmatch=True),
)


def path_param_name(text: str) -> str:
    """The validator reads path templates with ``str.format`` rules..."""
    # ... and OpenAPI wants them to match [^/#?]+$ (searched, so: the last character).
    return re.sub(r"[{}\[\]:!]", "", text).rstrip("/#?") or "p"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | hostile_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(hostile_text, inner, max_size=3),
    max_leaves=6,
)


@st.composite
def extensions(draw: Any) -> dict[str, Any]:
    if not draw(st.booleans()):
        return {}
    keys = draw(st.lists(hostile_text, min_size=1, max_size=2, unique=True))
    return {"x-" + k: draw(json_values) for k in keys}


# ---------------------------------------------------------------- documents


class Doc:
    """What one document draws from: its version, name pool and components."""

    def __init__(self, draw: Any, v31: bool) -> None:
        self.draw = draw
        self.v31 = v31
        pool = draw(st.lists(hostile_text, min_size=1, max_size=4))
        # Names come from a small per-document pool in several casings, so
        # collisions (and names differing only in case) are common.
        self.names = st.one_of(st.sampled_from(pool).flatmap(case_variants), hostile_text)
        self.schemas: list[str] = []
        self.operation_ids: set[str] = set()
        self.byte = ["byte"]  # KNOWN_BUGS["validator-byte-format"], fixed

    def text(self) -> str:
        return str(self.draw(hostile_text))

    def name(self) -> str:
        return str(self.draw(self.names))

    def maybe(self, target: dict[str, Any], key: str, make: Callable[[], Any]) -> None:
        if self.draw(st.booleans()):
            target[key] = make()

    def ref(self) -> dict[str, Any]:
        return {"$ref": "#/components/schemas/" + self.draw(st.sampled_from(self.schemas))}

    def nullable(self, schema: dict[str, Any], kind: str) -> dict[str, Any]:
        if self.draw(st.integers(0, 4)) == 0:
            if self.v31:
                schema["type"] = [kind, "null"]
            else:
                schema["nullable"] = True
        return schema

    def scalar(self) -> dict[str, Any]:
        kind = self.draw(
            st.sampled_from(["string", "string", "enum", "integer", "boolean", "intenum"])
        )
        schema: dict[str, Any]
        if kind == "string":
            schema = {"type": "string"}
            self.maybe(
                schema,
                "format",
                lambda: self.draw(
                    st.sampled_from(
                        ["date-time", "date", "binary", "uuid", *self.byte] + PAYLOADS[:2]
                    )
                ),
            )
            self.maybe(schema, "default", self.text)
            self.maybe(schema, "example", self.text)
            self.maybe(schema, "pattern", lambda: "^" + re.escape(self.text()) + "$")
            self.nullable(schema, "string")
        elif kind == "enum":
            values = self.draw(st.lists(self.names, min_size=1, max_size=5))
            schema = {"type": "string", "enum": list(dict.fromkeys(values))}
            self.maybe(schema, "default", lambda: self.draw(st.sampled_from(schema["enum"])))
        elif kind == "intenum":
            schema = {
                "type": "integer",
                "enum": self.draw(
                    st.lists(st.integers(-(10**30), 10**30), min_size=1, max_size=4, unique=True)
                ),
            }
        elif kind == "integer":
            schema = self.nullable({"type": "integer"}, "integer")
            self.maybe(schema, "default", lambda: self.draw(st.integers()))
        else:
            schema = {"type": "boolean", "default": self.draw(st.booleans())}
        if self.v31 and self.draw(st.integers(0, 5)) == 0:
            schema = {"const": self.text()}
        self.maybe(schema, "description", self.text)
        self.maybe(schema, "title", self.text)
        schema.update(self.draw(extensions()))
        return schema

    def schema(self, depth: int = 0, alias: bool = True) -> dict[str, Any]:
        choices = ["scalar", "scalar", "array"]
        if depth < 2:
            choices += ["object", "object"]
        if self.schemas:
            choices += ["union"] + (["ref", "ref"] if alias else [])
        kind = self.draw(st.sampled_from(choices))
        if kind == "scalar":
            return self.scalar()
        if kind == "ref":
            return self.ref()
        if kind == "array":
            inner = self.ref() if self.schemas and self.draw(st.booleans()) else self.scalar()
            return {"type": "array", "items": inner, "description": self.text()}
        if kind == "union":
            refs = [self.ref() for _ in range(self.draw(st.integers(1, 3)))]
            schema: dict[str, Any] = {self.draw(st.sampled_from(["oneOf", "anyOf"])): refs}
            if self.draw(st.booleans()):
                schema["discriminator"] = {"propertyName": self.name()}
                self.maybe(
                    schema["discriminator"],
                    "mapping",
                    lambda: {self.name(): self.ref()["$ref"] for _ in range(2)},
                )
            return schema
        return self.object(depth)

    def object(self, depth: int = 0) -> dict[str, Any]:
        names = self.draw(st.lists(self.names, min_size=1, max_size=4, unique=True))
        schema: dict[str, Any] = {
            "type": "object",
            "properties": {n: self.schema(depth + 1) for n in names},
        }
        required = [n for n in names if self.draw(st.booleans())]
        if required:
            schema["required"] = required
        self.maybe(schema, "description", self.text)
        self.maybe(schema, "title", self.text)
        self.maybe(
            schema,
            "additionalProperties",
            lambda: self.draw(
                st.sampled_from([True, False, {"type": "string"}, {"type": "integer"}])
            ),
        )
        self.maybe(schema, "example", lambda: self.draw(json_values))
        self.maybe(schema, "deprecated", lambda: True)
        schema.update(self.draw(extensions()))
        return schema

    def parameter(self, name: str, location: str) -> dict[str, Any]:
        param: dict[str, Any] = {"name": name, "in": location, "schema": self.schema(1)}
        if location == "path" or self.draw(st.booleans()):
            param["required"] = True
        self.maybe(param, "description", self.text)
        self.maybe(param, "example", lambda: self.draw(json_values))
        self.maybe(param, "deprecated", lambda: True)
        if location == "query" and self.draw(st.integers(0, 4)) == 0:
            param["style"] = self.draw(
                st.sampled_from(["form", "spaceDelimited", "pipeDelimited", "deepObject"])
            )
            param["explode"] = self.draw(st.booleans())
        param.update(self.draw(extensions()))
        return param

    def content(self, request: bool) -> dict[str, Any]:
        media = (
            self.draw(
                st.sampled_from(
                    [
                        "application/json",
                        "application/json",
                        "application/vnd.api+json",
                        "application/x-www-form-urlencoded",
                        "multipart/form-data",
                        "text/plain",
                        "application/octet-stream",
                        "*/*",
                    ]
                )
            )
            if self.draw(st.integers(0, 5))
            else "x-hostile/" + self.text()
        )
        entry: dict[str, Any] = {
            "schema": self.object(1) if request and self.draw(st.booleans()) else self.schema(1)
        }
        if self.draw(st.booleans()):  # example and examples exclude each other
            entry["example"] = self.draw(json_values)
        else:
            entry["examples"] = {
                self.name(): {"summary": self.text(), "value": self.draw(json_values)}
            }
        return {media: entry}

    def response(self, with_body: bool) -> dict[str, Any]:
        response: dict[str, Any] = {"description": self.text()}
        if with_body:
            response["content"] = self.content(request=False)
        if self.draw(st.booleans()):
            response["headers"] = {
                self.name(): {"description": self.text(), "schema": {"type": "string"}}
                for _ in range(self.draw(st.integers(1, 2)))
            }
        response.update(self.draw(extensions()))
        return response

    def operation(self, path_params: list[str], tags: list[str]) -> dict[str, Any]:
        op: dict[str, Any] = {}
        op_id = self.name()
        if op_id not in self.operation_ids and self.draw(st.integers(0, 5)):
            self.operation_ids.add(op_id)
            op["operationId"] = op_id
        if self.draw(st.booleans()):
            op["tags"] = [
                (
                    self.draw(st.sampled_from(tags))
                    if tags and self.draw(st.booleans())
                    else self.name()
                )
            ]
        self.maybe(op, "summary", self.text)
        self.maybe(op, "description", self.text)
        self.maybe(op, "deprecated", lambda: True)
        params = [self.parameter(n, "path") for n in path_params]
        paginated = self.draw(st.integers(0, 5)) == 0
        seen = {(n, "path") for n in path_params}
        for _ in range(self.draw(st.integers(0, 4))):
            location = self.draw(st.sampled_from(["query", "query", "header", "cookie"]))
            name = self.name()
            if (name, location) not in seen:
                seen.add((name, location))
                params.append(self.parameter(name, location))
        if paginated and ("Range", "header") not in seen:
            params.append({"name": "Range", "in": "header", "schema": {"type": "string"}})
        if params:
            op["parameters"] = params
        if self.draw(st.integers(0, 2)) == 0:
            op["requestBody"] = {"content": self.content(request=True)}
            self.maybe(op["requestBody"], "description", self.text)
            self.maybe(op["requestBody"], "required", lambda: True)
        responses: dict[str, Any] = {}
        for code in self.draw(
            st.lists(
                st.sampled_from(
                    ["200", "201", "204", "2XX", "400", "404", "4XX", "500", "default"]
                ),
                min_size=1,
                max_size=3,
                unique=True,
            )
        ):
            responses[code] = self.response(with_body=code != "204" and self.draw(st.booleans()))
        if paginated:
            responses["200"] = {
                "description": self.text(),
                "headers": {"Next-Range": {"schema": {"type": "string"}}},
                "content": {
                    "application/json": {"schema": {"type": "array", "items": self.schema(1)}}
                },
            }
        op["responses"] = responses
        self.maybe(op, "security", lambda: [])
        op.update(self.draw(extensions()))
        return op


@st.composite
def documents(draw: Any) -> dict[str, Any]:
    v31 = draw(st.booleans())
    d = Doc(draw, v31)
    title = d.text()
    info: dict[str, Any] = {"title": title, "version": d.text()}
    d.maybe(info, "description", d.text)
    d.maybe(info, "contact", lambda: {"name": d.text(), "email": d.text(), "url": d.text()})
    d.maybe(info, "license", lambda: {"name": d.text()})
    if v31:
        d.maybe(info, "summary", d.text)
    info.update(draw(extensions()))
    doc: dict[str, Any] = {"openapi": "3.1.0" if v31 else "3.0.3", "info": info}
    d.maybe(
        doc,
        "servers",
        lambda: [
            {"url": d.text(), "description": d.text()} for _ in range(draw(st.integers(1, 2)))
        ],
    )
    tags = draw(st.lists(d.names, max_size=3, unique=True))
    if tags:
        doc["tags"] = [{"name": t, "description": d.text(), **draw(extensions())} for t in tags]

    components: dict[str, Any] = {}
    schema_names = draw(st.lists(component_names, max_size=4, unique=True))
    if schema_names:
        d.schemas = schema_names  # declared up front: refs may be recursive
        # No component is only a $ref: cycles of those overflow the validator's stack.
        components["schemas"] = {
            n: d.object() if draw(st.booleans()) else d.schema(1, alias=False) for n in schema_names
        }
    scheme_names = draw(st.lists(component_names, max_size=3, unique=True))
    if scheme_names:
        schemes = {}
        for n in scheme_names:
            kind = draw(st.sampled_from(["apiKey", "bearer", "oauth2", "openIdConnect"]))
            if kind == "apiKey":
                scheme = {
                    "type": "apiKey",
                    "name": d.text(),
                    "in": draw(st.sampled_from(["header", "query", "cookie"])),
                }
            elif kind == "bearer":
                scheme = {"type": "http", "scheme": "bearer", "bearerFormat": d.text()}
            elif kind == "oauth2":
                scheme = {
                    "type": "oauth2",
                    "flows": {
                        "clientCredentials": {"tokenUrl": d.text(), "scopes": {d.text(): d.text()}}
                    },
                }
            else:
                scheme = {"type": "openIdConnect", "openIdConnectUrl": d.text()}
            scheme["description"] = d.text()
            schemes[n] = scheme
        components["securitySchemes"] = schemes
        doc["security"] = [{n: []} for n in scheme_names]
    if components:
        doc["components"] = components

    paths: dict[str, Any] = {}
    for _ in range(draw(st.integers(0 if v31 else 1, 3))):
        segments, params = [], []
        for _ in range(draw(st.integers(0, 3))):
            if draw(st.booleans()):
                name = path_param_name(d.name())
                if name not in params:
                    params.append(name)
                    segments.append("{" + name + "}")
            else:
                segments.append(re.sub(r"[{}]", "", d.text()))
        key = "/" + "/".join(segments)
        if key in paths:
            continue
        methods = draw(
            st.lists(
                st.sampled_from(
                    ["get", "put", "post", "delete", "patch", "head", "options", "trace"]
                ),
                min_size=1,
                max_size=2,
                unique=True,
            )
        )
        item: dict[str, Any] = {m: d.operation(params, tags) for m in methods}
        d.maybe(item, "summary", d.text)
        d.maybe(item, "description", d.text)
        item.update(draw(extensions()))
        paths[key] = item
    doc["paths"] = paths
    if v31 and draw(st.booleans()):
        doc["webhooks"] = {
            d.name(): {
                "post": {
                    "summary": d.text(),
                    "requestBody": {"content": {"application/json": {"schema": d.schema(1)}}},
                    "responses": {"200": {"description": d.text()}},
                }
            }
            for _ in range(draw(st.integers(1, 2)))
        }
    doc.update(draw(extensions()))
    return doc


# ---------------------------------------------------------------- checks


def substitute(value: Any, sentinel: str) -> Any:
    """``value`` with the SENTINEL placeholder replaced, in keys and values alike
    (so path templates and their parameter names stay in step)."""
    if isinstance(value, str):
        return value.replace(SENTINEL, sentinel)
    if isinstance(value, list):
        return [substitute(v, sentinel) for v in value]
    if isinstance(value, dict):
        return {substitute(k, sentinel): substitute(v, sentinel) for k, v in value.items()}
    return value


def norm(text: Optional[str]) -> str:
    """Docstring text modulo whitespace (black re-indents docstrings) and lone
    surrogates, which cannot be encoded and are documented to become U+FFFD.
    A class without a description has no docstring (None), never filler."""
    text = re.sub("[\ud800-\udfff]", "\ufffd", text or "")
    return " ".join(unicodedata.normalize("NFC", text).split())


@lru_cache(maxsize=None)
def template_words() -> frozenset[str]:
    """Every identifier-like word the Python-emitting templates can emit: their
    text, and the string constants (code fragments) that their hooks.py and the
    Python binding (generator/binding) compose."""
    words: set[str] = set()
    composers = [ROOT / "generator" / "binding" / "methods.py", ROOT / "generator" / "pystyle.py"]
    composers += list((ROOT / "generator" / "binding").glob("*.py"))
    for folder in CODE_TARGETS:
        for path in folder.rglob("*.py.j2"):
            words.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", path.read_text()))
        composers.append(folder / "hooks.py")
    for path in composers:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                words.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", node.value))
    # The names the copied runtime exports (its __all__), which code uses as _rt.<name>.
    runtime = ast.parse((TEMPLATES / "runtime" / "_runtime" / "__init__.py").read_text())
    for node in ast.walk(runtime):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            words.update(re.findall(r"^[A-Za-z_][A-Za-z0-9_]*$", node.value))
    return frozenset(words | {PACKAGE, "True", "False", "None"})  # the literal filter's too


@lru_cache(maxsize=None)
def cli_template_words() -> frozenset[str]:
    """Names the cli template itself writes (it prints with ``sys.stdout.write``)."""
    text = "".join(p.read_text() for p in (ROOT / "templates" / "cli").rglob("*.j2"))
    return frozenset(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))


@lru_cache(maxsize=None)
def template_text() -> str:
    return "\n".join(p.read_text() for folder in CODE_TARGETS for p in folder.rglob("*.j2"))


def copied_runtime(rel: str, source: str) -> bool:
    """Whether ``rel`` is a file of the runtime the target copies, byte for byte
    the runtime source (so no document text can be in it)."""
    prefix = f"{PACKAGE}/_runtime/"
    if not rel.startswith(prefix):
        return False
    original = TEMPLATES / "runtime" / "_runtime" / rel[len(prefix) :]
    assert original.is_file() and original.read_text(encoding="utf-8") == source, rel
    return True


# NAME tokens that would mean a payload escaped its string.
DANGEROUS = frozenset(
    {
        "system",
        "popen",
        "eval",
        "exec",
        "__import__",
        "compile",
        "breakpoint",
        "globals",
        "locals",
        "vars",
        "__builtins__",
        "__globals__",
        "__subclasses__",
        "__mro__",
        "__base__",
        "__class__",
        "subprocess",
        "touch",
        "SENTINEL",
        "write",
        "unlink",
        "remove",
        "rmtree",
        "cycler",
        "lipsum",
        "evil",
        "pwned",
    }
)
ALLOWED_IMPORTS = frozenset(
    {
        "__future__",
        "builtins",  # builtins.list where a method of the class is named list
        "typing",
        "datetime",
        "dataclasses",
        "enum",
        "functools",  # AsyncClient's resources: functools.cached_property
        "json",
        "logging",
        "netrc",
        "os",
        "threading",
        "time",
        "urllib.parse",
        "requests",
        "requests.adapters",
        "httpx",  # AsyncClient's annotations (under TYPE_CHECKING)
        "urllib3.util.retry",
    }
)
# What the cli module imports besides the client's modules.
CLI_IMPORTS = frozenset({"argparse", "sys", "textwrap", "pathlib"})
_black_checked: set[str] = set()


def ir_identifiers(api: ir.Api) -> set[str]:
    """Every name the builder made (through generator.naming) from document text."""
    names: set[str] = set()
    for model in api.models:
        names.add(model.name)
        names.update(f.ident for f in model.fields)
    for enum in api.enums:
        names.add(enum.name)
        names.update(m.ident for m in enum.members)
    # The binding's request classes: a model's name + "Input", through generator.naming.
    declared = {m.name for m in api.models} | {e.name for e in api.enums}
    names.update(input_names(api, declared | PYTHON.types).values())
    for tag in api.tags:
        names.update((tag.ident, tag.class_name, tag.async_class_name))
        for op in tag.operations:
            names.add(op.ident)
            names.update(p.ident for p in op.parameters)
            if op.body is not None:
                names.add(op.body.ident)
                names.update(f.ident for f in op.body.fields or ())
    # Credential arguments the binding names after security schemes (generator.naming too).
    names.update(a.ident for a in auth_binding.build(api, {"package": PACKAGE}).arguments)
    return names


def _module_names(tree: ast.Module) -> tuple[set[str], list[str]]:
    """Names a module imports, and names it binds itself (classes, functions, assignments)."""
    imported: set[str] = set()
    defined: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            imported.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            defined.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            defined += [t.id for t in targets if isinstance(t, ast.Name)]
    return imported, defined


def _class_members(cls: ast.ClassDef) -> list[str]:
    members: list[str] = []
    for node in cls.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            members.append(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            members.append(node.target.id)
        elif isinstance(node, ast.Assign):
            members += [t.id for t in node.targets if isinstance(t, ast.Name)]
    return members


def known_bug_reasons(api: ir.Api, files: dict[str, str]) -> list[str]:
    """Which of the reported KNOWN_BUGS this generation result triggers."""
    reasons = []
    if any(ord(c) > 0xFFFF for c in api.title):
        reasons.append("pyproject-astral")
    if any(t.ident in CLIENT_ATTRIBUTES for t in api.tags):
        reasons.append("client-attribute")
    for op in api.operations:
        if op.pagination is not None:
            args = {p.ident for p in op.parameters}
            if op.body is not None:
                args |= {f.ident for f in op.body.fields or ()} | {op.body.ident}
            if args & PAGINATION_ARGUMENTS and "pagination-argument" not in reasons:
                reasons.append("pagination-argument")
            if op.body is not None or any(p.location != "path" for p in op.parameters):
                if "pagination-drops-arguments" not in reasons:
                    reasons.append("pagination-drops-arguments")
    for tag in api.tags:
        imported, _ = _module_names(ast.parse(files[f"{PACKAGE}/api/{tag.ident}.py"]))
        if tag.class_name in imported:
            reasons.append("class-shadow")
            break
    return [reason for reason in reasons if reason in OPEN_BUGS]


def class_modules(api: ir.Api) -> dict[str, str]:
    """Each model's and enum's module in the models package, as the binding chose it."""
    py = py_binding.build(api, pipeline.options_for(api, {}, PACKAGE))
    return {name: cls.module for name, cls in {**py.models, **py.enums}.items()}


def check_sources(result: pipeline.Result, relaxed: frozenset[str] = frozenset()) -> None:
    idents = ir_identifiers(result.api)
    for name in idents:
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", name), name
        assert not keyword.iskeyword(name) and not keyword.issoftkeyword(name), name
        assert len(name) <= 100, name
    # the binding's twins of each group class, sync and async (client.with_raw_response
    # and with_streaming_response): the class name and a fixed suffix
    twins = {
        f"{name}{suffix}"
        for tag in result.api.tags
        for name in (tag.class_name, tag.async_class_name)
        for suffix in ("WithRawResponse", "WithStreamingResponse")
    }
    # The binding groups models and enums into the models package's modules.
    modules = class_modules(result.api)
    model_modules = set(modules.values())
    allowed = template_words() | idents | twins | model_modules
    tag_modules = {t.ident for t in result.api.tags}
    for rel, source in sorted(result.files.items()):
        if rel.endswith(".toml") and tomllib is not None:
            project = tomllib.loads(source)["project"]
            assert project["name"] == PACKAGE
            # Lone surrogates cannot be written; they become U+FFFD (see norm).
            title = re.sub("[\ud800-\udfff]", "\ufffd", result.api.title)
            assert project["description"] == "Python client for the " + title
        if not rel.endswith(".py"):
            continue
        compile(source, rel, "exec")
        if source not in _black_checked:
            formatted = black.format_str(source, mode=black_mode())
            diff = difflib.unified_diff(
                source.splitlines(), formatted.splitlines(), "generated", "black", lineterm=""
            )
            assert formatted == source, f"{rel}: not black-formatted\n" + "\n".join(diff)
            _black_checked.add(source)
        if copied_runtime(rel, source):
            continue  # a fixed file: no document text can be in it
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            assert tok.type != tokenize.ERRORTOKEN, (rel, tok)
            if tok.type == tokenize.NAME:
                name = tok.string
                where = f"{rel}:{tok.start[0]}: NAME {name!r} in {tok.line.strip()[:300]!r}"
                assert name.isascii() and name.isidentifier(), where
                composed = rel.endswith("/cli.py") and CLI_COMPOSED.fullmatch(name)
                assert name in allowed or composed, "document text outside a string: " + where
                static = rel.endswith("/cli.py") and name in cli_template_words()
                assert name not in DANGEROUS or name in idents or static, where
            elif tok.type == tokenize.COMMENT:
                heading = rel.endswith("/cli.py") and re.fullmatch(r"# -+ [a-z0-9-]+", tok.string)
                assert (
                    tok.string in template_text() or heading
                ), f"{rel}: comment not from a template: {tok.string!r}"
        tree = ast.parse(source)
        importable = ALLOWED_IMPORTS | (CLI_IMPORTS if rel.endswith("/cli.py") else frozenset())
        imported, defined = _module_names(tree)
        assert not imported & set(
            defined
        ), f"{rel}: {imported & set(defined)} imported and redefined"
        assert len(defined) == len(set(defined)), f"{rel}: a module-level name is bound twice"
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                members = _class_members(node)
                assert len(members) == len(set(members)), f"{rel}: {node.name} repeats a member"
            elif isinstance(node, ast.Import):
                assert all(a.name in importable for a in node.names), (rel, ast.dump(node))
            elif isinstance(node, ast.ImportFrom):
                if node.level == 0:
                    assert node.module in importable, (rel, node.module)
                else:
                    module = node.module or ""
                    assert (
                        module in ("", "_runtime", "client", "models")
                        or (module.startswith("api.") and module[4:] in tag_modules)
                        or (f"{PACKAGE}/models/" in rel and module in model_modules)
                    ), (rel, module)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in ("eval", "exec", "__import__", "compile", "open"), rel
    # Wire names survive exactly, as string constants.
    constants: dict[str, set[str]] = {
        rel: {
            n.value
            for n in ast.walk(ast.parse(src))
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
        }
        for rel, src in result.files.items()
        if rel.endswith(".py")
    }
    for model in result.api.models:
        for f in model.fields:
            assert f.name in constants[f"{PACKAGE}/models/{modules[model.name]}.py"], (
                model.name,
                f.name,
            )
    for tag in result.api.tags:
        strings = constants[f"{PACKAGE}/api/{tag.ident}.py"]
        for op in tag.operations:
            assert op.path in strings, (op.ident, op.path)
            if op.pagination is not None and "pagination-drops-arguments" in relaxed:
                continue
            for p in op.parameters:
                assert p.name in strings, (op.ident, p.name)
            for f in (op.body.fields or ()) if op.body else ():
                assert f.name in strings, (op.ident, f.name)


IMPORT_SCRIPT = r"""
import dataclasses, enum, importlib, inspect, json, pkgutil, sys
sys.path.insert(0, sys.argv[1])
import requests
import fuzzpkg
from fuzzpkg import Client, DecodeError, models
modules = {}
for info in pkgutil.walk_packages(fuzzpkg.__path__, "fuzzpkg."):
    modules[info.name] = importlib.import_module(info.name)
client = Client(base_url="http://127.0.0.1:9")
report = {
    "repr": repr(client),
    "module_doc": fuzzpkg.__doc__,
    "base_url": Client.DEFAULT_BASE_URL,
    "attributes": {
        k: type(getattr(client, k)).__name__ for k, v in vars(Client).items()
        if isinstance(v, property)
    },
    "intact": [
        callable(client.request), callable(client.close),
        isinstance(client.session, requests.Session), client.base_url == "http://127.0.0.1:9",
        isinstance(client.headers, dict), client.timeout == (10.0, 60.0),
        client.rate_limit_remaining is None,
    ],
    "docs": {}, "enums": {}, "empty": {},
}
for name in sorted(models.__all__):
    value = getattr(models, name)
    repr(value); str(value)
    if not (isinstance(value, type) and value.__module__.startswith(models.__name__ + ".")):
        continue
    report["docs"][name] = value.__doc__
    if issubclass(value, enum.Enum):
        report["enums"][name] = [[m.name, m.value] for m in value]
        for member in value:
            repr(member); str(member); value.decode(member.value)
    elif dataclasses.is_dataclass(value):
        [repr(f) for f in dataclasses.fields(value)]
        if not hasattr(value, "from_dict"):  # a request (input) class: only ever sent
            continue
        try:
            instance = value.from_dict({})
        except DecodeError:
            continue
        repr(instance)
        report["empty"][name] = instance.to_dict()
for module_name, module in sorted(modules.items()):
    if ".api." not in module_name:
        continue
    for name, cls in vars(module).items():
        if isinstance(cls, type) and cls.__module__ == module_name:
            report["docs"][name] = cls.__doc__
            for method, function in vars(cls).items():
                if callable(function) and not method.startswith("_"):
                    inspect.signature(function)
                    report["docs"][name + "." + method] = function.__doc__
print(json.dumps(report))
"""


def start_import(out: Path, cwd: Path) -> subprocess.Popen[str]:
    """Import the package in a fresh interpreter (-I: no PYTHON* variables, no
    user site, cwd not on sys.path); runs while the sources are checked."""
    script = out.parent / "import_check.py"
    script.write_text(IMPORT_SCRIPT)
    return subprocess.Popen(
        [sys.executable, "-I", str(script), str(out)],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def check_import(running: subprocess.Popen[str], cwd: Path, sentinel: Path, api: ir.Api) -> None:
    try:
        stdout, stderr = running.communicate(timeout=120)
    finally:
        if running.poll() is None:
            running.kill()
            running.communicate()
    proc = subprocess.CompletedProcess(running.args, running.returncode, stdout, stderr)
    assert not sentinel.exists(), "importing the generated package ran a payload"
    assert not list(cwd.iterdir()), f"importing created files: {list(cwd.iterdir())}"
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    # One identifier per credential argument, none given: nothing of the document's text.
    assert re.fullmatch(
        r"Client\(base_url='http://127\.0\.0\.1:9'(, [a-z_][a-z0-9_]*=<not resolved>)*\)",
        report["repr"],
    ), report["repr"]
    assert all(report["intact"]), report["intact"]
    for tag in api.tags:
        assert report["attributes"][tag.ident] == tag.class_name, tag.ident
    assert report["base_url"] == (api.servers[0].url if api.servers else "")
    docs = report["docs"]
    assert norm(api.title) in norm(report["module_doc"])
    assert norm(api.description) in norm(report["module_doc"])
    for enum in api.enums:
        assert report["enums"][enum.name] == [[m.ident, m.value] for m in enum.members]
        assert norm(enum.description) in norm(docs[enum.name])
    for model in api.models:
        assert norm(model.description) in norm(docs[model.name]), model.name
        if model.name in report["empty"]:
            assert report["empty"][model.name] == {}
    for tag in api.tags:
        assert norm(tag.description) in norm(docs[tag.class_name])
        for op in tag.operations:
            doc = norm(docs[f"{tag.class_name}.{op.ident}"])
            assert norm(op.summary) in doc and norm(op.description) in doc, op.ident


def check_document(
    doc: dict[str, Any], fmt: str = "json", skip_known_bugs: bool = False
) -> list[str]:
    """Generate a client from ``doc`` and check it; returns the KNOWN_BUGS it
    triggers (with ``skip_known_bugs``, checking stops there)."""
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp_name:
        tmp = Path(tmp_name)
        sentinel = tmp / "pwned"
        cwd = tmp / "cwd"
        cwd.mkdir()
        doc = substitute(doc, str(sentinel))
        spec = tmp / f"spec.{fmt}"
        if fmt == "json":  # ensure_ascii: lone surrogates travel as \ud800 escapes
            spec.write_text(json.dumps(doc, ensure_ascii=True), encoding="ascii")
        else:
            spec.write_text(yaml.safe_dump(doc, allow_unicode=False, sort_keys=False))
        previous = os.getcwd()
        os.chdir(cwd)  # a payload with a relative path would land here
        try:
            result = pipeline.generate(spec, SHIPPED_TARGETS, package=PACKAGE)
        finally:
            os.chdir(previous)
        assert not sentinel.exists(), "generation ran a payload"
        assert not list(cwd.iterdir()), "generation created files"
        reasons = known_bug_reasons(result.api, result.files)
        relaxed = frozenset(reasons) & SOFT_BUGS if skip_known_bugs else frozenset()
        if set(reasons) - relaxed and skip_known_bugs:
            return reasons
        out = tmp / "out"
        output.write_tree(out, result.files)
        running = start_import(out, cwd)
        try:
            check_sources(result, relaxed)
        except BaseException:
            running.kill()
            running.communicate()
            raise
        check_import(running, cwd, sentinel, result.api)
        assert not sentinel.exists()
        check_examples(result.files)
        check_targets_agree(out, result.files)
        assert not sentinel.exists()
        return sorted(set(reasons) - relaxed)


def check_examples(files: dict[str, str]) -> None:
    """Every example in the Markdown pages is Python that parses, with no
    document text outside its strings that could run."""
    for rel, text in files.items():
        if not rel.endswith(".md"):
            continue
        for block in re.findall(r"^```python\n(.*?)^```", text, re.MULTILINE | re.DOTALL):
            tree = ast.parse(block)
            for node in ast.walk(tree):
                if isinstance(node, ast.Name):
                    assert node.id not in DANGEROUS, (rel, node.id)


def check_targets_agree(out: Path, files: dict[str, str]) -> None:
    """The cli's client calls and the docs' examples bind to the generated
    methods (see test_cross_target), for hostile documents too.  Imported
    in-process only after check_import showed the package runs nothing."""
    from test_cross_target import cli_problems, markdown_problems

    pages = {Path(rel).name: text for rel, text in files.items() if rel.endswith(".md")}
    sys.path.insert(0, str(out))
    try:
        importlib.invalidate_caches()
        package = importlib.import_module(PACKAGE)
        problems = cli_problems(package, files[f"{PACKAGE}/cli.py"])
        problems += markdown_problems(package, pages)
    finally:
        sys.path.remove(str(out))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
            del sys.modules[name]
    assert not problems, "\n".join(problems[:10])


def fuzz_settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=not RANDOM,
        **({} if RANDOM else {"database": None}),  # type: ignore[arg-type]
        print_blob=True,
        phases=[Phase.explicit, Phase.reuse, Phase.generate] + ([Phase.shrink] if SHRINK else []),
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
            HealthCheck.large_base_example,
        ],
    )


def check_hostile(doc: dict[str, Any]) -> None:
    note(f"document: {json.dumps(doc, ensure_ascii=True)}")
    reasons = check_document(doc, skip_known_bugs=not WITH_KNOWN_BUGS)
    if not WITH_KNOWN_BUGS:
        assume(not reasons)  # reported, see KNOWN_BUGS


@fuzz_settings(EXAMPLES)
@given(doc=documents())
def test_hostile_document_gives_inert_client(doc: dict[str, Any]) -> None:
    check_hostile(doc)


@pytest.mark.slow  # more of the same: another seed's 25 documents
@fuzz_settings(MORE_EXAMPLES)
@given(doc=documents())
def test_more_hostile_documents_give_inert_clients(doc: dict[str, Any]) -> None:
    check_hostile(doc)


# ---------------------------------------------------------------- fixed documents

BREAKOUTS = PAYLOADS + [
    '"',
    "'",
    '"""',
    "'''",
    'ends with a quote"',
    "ends with a backslash\\",
    '"' * 7,
    "\\" * 7,
    'a"""b',
    "a'''b",
    '\\"""',
    '"\\',
    "\\\n",
    "x = 1  # comment",
    "'\n'",
    '"\n"',
    "\\N{BULLET}",
    "\\x00",
    "\\u2028",
    "\\",
]
CONTROLS = [
    "nul\x00byte",
    "bell\x07\x08back",
    "\x0bvt\x0cff",
    "\x1b[31mred\x1b[0m",
    "\x1c\x1d\x1e\x1f",
    "del\x7f",
    "nel\x85c1\x9f",
    "line\u2028separator\u2029paragraph",
    "\ufeffbom",
    "\r\nwindows\rmac",
    "zero\u200bwidth\u202eoverride",
    "tab\there",
    "\n\n\n",
    "e\u0301 \ufb01 \uff53\uff59\uff53",
    "{{ 7*7 }}",
    "{% for x in y %}{% endfor %}",
    "{# comment #}",
    "{%- raw %}{{ x }}{% endraw %}",
    "{{ cycler.__init__.__globals__.os.system('touch SENTINEL') }}",
    "${7*7} #{7*7} %(x)s {0} {x!r}",
    "\x1e",
    "\n\x1e\n",
    "a\n\x1e\nb",  # the formatter's chunk-break line
]
RESERVED = [
    "__init__",
    "__class__",
    "__dict__",
    "__slots__",
    "__doc__",
    "__all__",
    "__import__",
    "self",
    "cls",
    "None",
    "True",
    "False",
    "class",
    "def",
    "import",
    "lambda",
    "match",
    "case",
    "type",
    "_",
    "__",
    "print",
    "object",
    "str",
    "int",
    "Any",
    "Optional",
    "Union",
    "Mapping",
    "Client",
    "BaseClient",
    "Unset",
    "UNSET",
    "UNKNOWN",
    "data",
    "body",
    "json_body",
    "from_dict",
    "to_dict",
    "additional_properties",
    "dataclass",
    "datetime",
    "date",
    "annotations",
    "_rt",
    "_response",
    "_client",
    "models",
    "api",
    "client",
    "_runtime",
    "py.typed",
    "Pet",
    "pet",
    "PET",
    "pEt",
    "pet_",
    "Pet-",
    "pet.",
    "a-b",
    "a_b",
    "a.b",
    "a b",
    "a[0]",
    "A-B",
    "1abc",
    "0",
    "-",
    ".",
    "..",
    "\U0001f40d",
    "\U0001f40d name",
    "a" * 250,
    "__init__" * 30,
    "",
]


def every_slot_document(texts: list[str], names: list[str], version: str) -> dict[str, Any]:
    """One document with ``texts`` (cycled) in every free-text slot and ``names``
    as the keys of every named thing."""
    pool = iter(texts * 400)
    v31 = version.startswith("3.1")

    def text() -> str:
        return next(pool)

    def ext() -> dict[str, Any]:
        return {"x-" + text(): {text(): [text(), None, 1]}}

    def nullable_string() -> dict[str, Any]:
        return {"type": ["string", "null"]} if v31 else {"type": "string", "nullable": True}

    def ref(name: str) -> dict[str, Any]:
        return {"$ref": "#/components/schemas/" + name}

    def strings() -> dict[str, Any]:
        return {
            n: {"type": "string", "description": text(), "default": text(), "example": text()}
            for n in names
        }

    schemas: dict[str, Any] = {
        "Pet": {
            "type": "object",
            "title": text(),
            "description": text(),
            "properties": {**strings(), text(): ref("Kind"), text(): nullable_string()},
            "required": names[:3],
            **ext(),
        },
        "Kind": {
            "type": "string",
            "description": text(),
            "enum": list(dict.fromkeys(names + texts)),
            "default": names[0],
        },
        "Level": {"type": "integer", "enum": [0, -1, 10**20], "description": text()},
        "Shape": {
            "oneOf": [ref("Pet"), ref("Nested")],
            "discriminator": {
                "propertyName": text(),
                "mapping": {
                    text(): "#/components/schemas/Pet",
                    text(): "#/components/schemas/Nested",
                },
            },
        },
        "Nested": {
            "type": "object",
            "description": text(),
            "properties": {
                text(): {"type": "object", "properties": {n: ref("Kind") for n in names}},
                text(): {"type": "array", "items": ref("Shape")},
            },
            "additionalProperties": {"type": "string", "description": text()},
        },
    }
    for n in names:  # reserved and case-only-different component names
        if re.fullmatch(r"[a-zA-Z0-9._-]+", n):
            few = {m: {"type": "string", "description": text()} for m in names[:3]}
            schemas.setdefault(n, {"type": "object", "description": text(), "properties": few})
    tags = list(dict.fromkeys([text(), text(), *names[:6]]))
    others = [
        {
            "name": n,
            "in": location,
            "description": text(),
            "example": text(),
            "schema": {"type": "string", "enum": [text(), text()]},
        }
        for location in ("query", "header", "cookie")
        for n in names
    ]
    path_names = list(dict.fromkeys(path_param_name(n) for n in names))[:3]
    path = "/" + re.sub(r"[{}]", "", text()) + "".join("/{" + n + "}" for n in path_names)
    path_params = [
        {
            "name": n,
            "in": "path",
            "required": True,
            "description": text(),
            "schema": {"type": "string"},
        }
        for n in path_names
    ]

    def response(schema: Optional[dict[str, Any]] = None) -> dict[str, Any]:
        r: dict[str, Any] = {
            "description": text(),
            "headers": {
                n: {"description": text(), "schema": {"type": "string"}} for n in names[:4]
            },
            **ext(),
        }
        if schema is not None:
            r["content"] = {"application/json": {"schema": schema, "example": text()}}
        return r

    def op(tag: str, **extra: Any) -> dict[str, Any]:
        return {
            "tags": [tag],
            "operationId": text(),
            "summary": text(),
            "description": text(),
            "responses": {"200": response(ref("Pet")), "default": response(ref("Nested"))},
            **ext(),
            **extra,
        }

    def body(media: str) -> dict[str, Any]:
        return {
            "description": text(),
            "required": True,
            "content": {
                media: {
                    "schema": {"type": "object", "properties": strings(), "required": names[:2]}
                }
            },
        }

    doc: dict[str, Any] = {
        "openapi": version,
        "info": {
            "title": text(),
            "version": text(),
            "description": text(),
            "contact": {"name": text(), "email": text(), "url": text()},
            "license": {"name": text()},
            **ext(),
        },
        "servers": [{"url": text(), "description": text()}, {"url": text()}],
        "tags": [{"name": t, "description": text(), **ext()} for t in tags],
        "security": [{"api_key": []}, {"bearer": []}, {"oauth": [text()]}],
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "api_key": {
                    "type": "apiKey",
                    "name": text(),
                    "in": "header",
                    "description": text(),
                },
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "bearerFormat": text(),
                    "description": text(),
                },
                "oauth": {
                    "type": "oauth2",
                    "description": text(),
                    "flows": {
                        "clientCredentials": {"tokenUrl": text(), "scopes": {text(): text()}}
                    },
                },
            },
        },
        "paths": {
            path: {
                "summary": text(),
                "description": text(),
                "parameters": path_params,
                "get": op(tags[0], parameters=others),
                "post": op(tags[1], requestBody=body("application/json")),
                "put": op(tags[2], requestBody=body("application/x-www-form-urlencoded")),
                "patch": op(
                    tags[3],
                    requestBody={
                        "content": {"text/plain; charset=" + text(): {"schema": {"type": "string"}}}
                    },
                ),
                **ext(),
            },
            "/"
            + re.sub(r"[{}]", "", text()): {
                "get": {
                    "tags": [tags[4 % len(tags)]],
                    "operationId": text(),
                    "summary": text(),
                    "parameters": [{"name": "Range", "in": "header", "schema": {"type": "string"}}],
                    "responses": {
                        "200": {
                            "description": text(),
                            "headers": {"Next-Range": {"schema": {"type": "string"}}},
                            "content": {
                                "application/json": {
                                    "schema": {"type": "array", "items": ref("Pet")}
                                }
                            },
                        }
                    },
                },
                "delete": {"operationId": text(), "responses": {"204": {"description": text()}}},
            },
        },
    }
    if v31:
        doc["info"]["summary"] = text()
        doc["webhooks"] = {
            n: {
                "post": {
                    "summary": text(),
                    "requestBody": {"content": {"application/json": {"schema": ref("Shape")}}},
                    "responses": {"200": {"description": text()}},
                }
            }
            for n in names[:4]
        }
    return doc


def test_python_breakouts_in_every_slot() -> None:
    assert check_document(every_slot_document(BREAKOUTS, BREAKOUTS[:10], "3.1.0")) == []


def test_control_characters_and_template_syntax_in_every_slot_yaml() -> None:
    doc = every_slot_document(CONTROLS, CONTROLS[:10], "3.0.3")
    assert check_document(doc, fmt="yaml") == []


def test_reserved_and_case_colliding_names_in_every_slot() -> None:
    doc = every_slot_document(BREAKOUTS + CONTROLS, RESERVED, "3.1.0")
    assert check_document(doc) == []


def test_names_that_collide_only_after_sanitizing() -> None:
    """Different document names, one identifier: every one stays distinct."""
    names = ["a-b", "a_b", "a.b", "a b", "A-B", "a__b", "a\u2028b", "a\x00b", "a\U0001f40db", "aB"]
    assert check_document(every_slot_document(CONTROLS, names, "3.0.3")) == []


# ---------------------------------------------------------------- known bugs


def _doc(paths: dict[str, Any], **extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Known", "version": "1"},
        "paths": paths,
    }
    doc.update(extra)
    return doc


def _json_response(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def _paginated(*params: dict[str, Any]) -> dict[str, Any]:
    range_header = {"name": "Range", "in": "header", "schema": {"type": "string"}}
    return {
        "/items": {
            "get": {
                "operationId": "listItems",
                "parameters": [range_header, *params],
                "responses": _json_response({"type": "array", "items": {"type": "string"}}),
            }
        }
    }


KNOWN_BUG_DOCS: dict[str, dict[str, Any]] = {
    "surrogate": _doc(
        {},
        components={
            "schemas": {
                "Pet": {
                    "type": "object",
                    "description": "lone \ud800 surrogate",
                    "properties": {"a": {"type": "string"}},
                }
            }
        },
    ),
    "pyproject-astral": _doc({}, info={"title": "Pets \U0001f40d", "version": "1"}),
    "client-attribute": _doc(
        {"/x": {"get": {"tags": ["request"], "responses": {"200": {"description": "ok"}}}}}
    ),
    "pagination-argument": _doc(
        _paginated({"name": "order", "in": "query", "schema": {"type": "string"}})
    ),
    "pagination-drops-arguments": _doc(
        _paginated({"name": "q", "in": "query", "schema": {"type": "string"}})
    ),
    "class-shadow": _doc(
        {
            "/x": {
                "get": {
                    "tags": ["Foo"],
                    "responses": _json_response({"$ref": "#/components/schemas/FooApi"}),
                }
            }
        },
        components={
            "schemas": {"FooApi": {"type": "object", "properties": {"a": {"type": "string"}}}}
        },
    ),
    "validator-byte-format": _doc(
        {},
        openapi="3.0.3",
        components={"schemas": {"Blob": {"type": "string", "format": "byte", "default": "\u00e9"}}},
    ),
}


@pytest.mark.parametrize(
    "bug",
    [
        (
            pytest.param(bug, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[bug]))
            if bug in OPEN_BUGS
            else bug
        )
        for bug in KNOWN_BUGS
        if bug in KNOWN_BUG_DOCS
    ],
)
def test_known_bug_documents(bug: str) -> None:
    """Fixed bugs: regression tests.  Open ones: strict xfail, which passes
    (XPASS, a failure) once the bug is fixed; then move it to FIXED."""
    check_document(KNOWN_BUG_DOCS[bug])


@pytest.mark.parametrize(
    "fmt",
    [
        "yaml",
        "json",
    ],
)
def test_deeply_nested_document_is_rejected_cleanly(fmt: str, tmp_path: Path) -> None:
    """Nesting is untrusted too: one line on stderr and exit 2, never a crash."""
    nested = "[" * 100_000 + "]" * 100_000
    spec = tmp_path / f"deep.{fmt}"
    if fmt == "json":
        head = '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}'
        spec.write_text(head + ', "x-deep": ' + nested + "}")
    else:
        spec.write_text(
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\nx-deep: " + nested
        )
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(tmp_path / "out")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "OPENAPI_PYGEN_CACHE": "off"},
    )
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-500:])
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr[-500:]
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("title", ["json", "typing", "requests", "setuptools"])
def test_package_named_after_the_title_shadows_nothing(title: str, tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(_doc({}, info={"title": title, "version": "1"})))
    result = pipeline.generate(spec, ["python"])
    package = next(p.split("/")[0] for p in result.files if p.endswith("/__init__.py"))
    assert package not in sys.stdlib_module_names
    assert package not in {"requests", "urllib3", "setuptools", "pip", "black", "yaml"}
