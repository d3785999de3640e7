"""The whole binding of one API, built once per generation."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from generator import gc_pause, ir
from generator.escaping import literal
from generator.memo import ByIdentity

from . import auth
from .auth import AuthBinding
from .methods import RESERVED_ARGUMENTS, Method, ParamArguments, Resource, resource
from .models import (
    EnumClass,
    ModelClass,
    ModelModule,
    enum_class,
    group_modules,
    input_class,
    model_class,
    model_modules,
)
from .requests import input_names
from .reserved import PYTHON
from .servers import ClientServers, client_servers


@dataclass(frozen=True, eq=False)
class Binding:
    """How the API is spelled in Python; handed to every target as ``py``."""

    package: str  # import name of the generated package
    resources: dict[str, Resource]  # by tag ident, in document order
    models: dict[str, ModelClass]  # by name, in document order
    enums: dict[str, EnumClass]
    default_headers: str  # the client's DEFAULT_HEADERS, as a literal
    reserved: frozenset[str]  # argument names no parameter may take
    methods: dict[str, Method]  # by operation pointer
    auth: AuthBinding  # credential schemes, Client arguments, the default requirement
    client: ClientServers  # SERVERS, server variable arguments, the base URL variable
    inputs: dict[str, str] = dataclasses.field(default_factory=dict)  # model -> its input class
    # The modules of the ``models`` package by name (each target file of ``each: model_module``).
    model_modules: dict[str, ModelModule] = dataclasses.field(default_factory=dict)

    def method(self, op: ir.Operation) -> Method:
        return self.methods[op.pointer]

    def resource(self, tag: ir.Tag) -> Resource:
        return self.resources[tag.ident]

    def locate(self, op: ir.Operation) -> str:
        """Import path of the method generated for ``op``: ``package.api.tag:Class.method``."""
        found = self.methods[op.pointer]
        owner = self.resources[found.resource]
        return f"{self.package}.api.{owner.ident}:{owner.class_name}.{found.ident}"


def build(api: ir.Api, options: dict[str, Any]) -> Binding:
    """The binding of ``api`` under ``options`` (``package_options``' result).

    The cyclic garbage collector is paused meanwhile: the binding is a tree of
    new objects without reference cycles (reference counting frees every
    temporary at once), and on a large document each collection would scan the
    whole parsed document and IR again; autotask (2,958 operations) built in
    about 0.4 s instead of 1 to 1.6 s."""
    with gc_pause.paused():
        return _build(api, options)


def _build(api: ir.Api, options: dict[str, Any]) -> Binding:
    declared = frozenset(m.name for m in api.models) | frozenset(e.name for e in api.enums)
    inputs = input_names(api, declared | PYTHON.types)
    type_names = declared | frozenset(inputs.values())
    verbs = options.get("method_verbs") or {}
    servers = client_servers(api, options)
    # Credential arguments step aside for the server variables' (both are Client keywords).
    credentials = auth.build(api, options, frozenset(a.ident for a in servers.args))
    known: ParamArguments = ByIdentity()  # one renames (inputs) for every resource
    resources = {
        tag.ident: resource(tag, type_names, verbs, inputs, credentials.security_code, known)
        for tag in api.tags
    }
    # Models and enums grouped into modules by name; an input class joins its model.
    modules = model_modules(
        [m.name for m in api.models] + [e.name for e in api.enums], dict.fromkeys(inputs, 2)
    )
    modules.update({inputs[name]: modules[name] for name in inputs})
    models: dict[str, ModelClass] = {}
    for m in api.models:  # each input class right after its model
        models[m.name] = model_class(m, modules)
        if m.name in inputs:
            models[inputs[m.name]] = input_class(m, inputs[m.name], inputs, modules)
    enums = {e.name: enum_class(e, modules) for e in api.enums}
    headers = options.get("default_headers") or {}
    return Binding(
        package=str(options["package"]),
        resources=resources,
        models=models,
        enums=enums,
        model_modules=group_modules(models, enums),
        default_headers=literal({str(k): str(v) for k, v in headers.items()}),
        reserved=RESERVED_ARGUMENTS,
        methods={m.operation.pointer: m for r in resources.values() for m in r.methods},
        auth=credentials,
        client=servers,
        inputs=dict(inputs),
    )
