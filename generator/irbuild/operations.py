"""Operations: grouping by tag, naming, parameters, and putting an operation's
pieces (bodies, responses, conventions such as paging) together.

Every operation is named in document order: its ``operationId`` (or method and
path) is unique across the API, its function name unique within its tag, and
each tag becomes a module name and a class name.  An operation this module
fails on (a bug of ours, not a spec error) still becomes a callable with
untyped arguments, built from the same pieces as a typed one, plus a warning:
one odd operation never costs the user the rest of the client.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from .. import ir
from ..errors import SpecError
from ..naming import UniqueNames, pascal, pascal_ident, snake_ident
from .bodies import Bodies
from .common import HTTP_METHODS, escape, text
from .context import Context
from .conventions import Candidate, Chooser
from .responses import Responses
from . import skipped
from .servers import servers
from .schemas import Schemas
from .security import requirements

PARAMETER_ORDER = {"path": 0, "query": 1, "header": 2, "cookie": 3}


@dataclass(frozen=True)
class Site:
    """Where an operation sits: its path, method, tag and pointer, the path
    item's shared parameters, and the name pools it claims from."""

    path: str
    method: str
    tag: str
    pointer: str
    shared: list[Any]
    function_names: UniqueNames
    used_ids: UniqueNames
    servers: tuple[ir.Server, ...] = ()  # the path item's own servers


@dataclass(frozen=True)
class Parts:
    """What typing an operation produced (or, degraded, what stands in for it)."""

    parameters: tuple[ir.Parameter, ...]
    body: Optional[ir.RequestBody]
    responses: tuple[ir.Response, ...]
    pagination: Optional[ir.Pagination] = None


def first_tag(spec: dict[str, Any]) -> str:
    tags = [t for t in spec.get("tags") or () if isinstance(t, str)]
    return tags[0] if tags else "default"


class Operations:
    def __init__(
        self,
        ctx: Context,
        schemas: Schemas,
        bodies: Bodies,
        responses: Responses,
        paging: Chooser,
    ) -> None:
        self.ctx = ctx
        self.schemas = schemas
        self.bodies = bodies
        self.responses = responses
        self.paging = paging
        self.grouped: dict[str, list[ir.Operation]] = {}
        self.function_names: dict[str, UniqueNames] = {}
        self.used_ids = UniqueNames()
        # Each parameter met before, by its object and pointer (the object kept,
        # so its id stays its own).  Path-level and $ref'd parameters are shared
        # by many operations (Amazon EC2: 7 signing headers on each of 594
        # paths, both methods), and typing one again gives the same type: inline
        # models are memoized by pointer and inline enums by shape.  An operation
        # naming it alike gets the same object, which the binding then binds
        # once.  Only parameters built without a warning are kept, so a warning
        # is still raised again for every operation it concerns.
        self._params: dict[tuple[int, str], tuple[Any, ir.Parameter]] = {}

    # ------------------------------------------------------------ tags

    def tags(self) -> tuple[ir.Tag, ...]:
        """Every operation, grouped by its first tag (declared tags first, in order)."""
        declared = [
            t
            for t in self.ctx.doc.get("tags") or ()
            if isinstance(t, dict) and isinstance(t.get("name"), str)
        ]
        descriptions = {t["name"]: text(t.get("description")) for t in declared}
        self.grouped = {t["name"]: [] for t in declared}
        for path, item in (self.ctx.doc.get("paths") or {}).items():
            item, item_pointer = self.ctx.resolver.deref(item, "/paths/" + escape(path))
            if not isinstance(item, dict):
                continue
            shared = item.get("parameters") or []
            path_servers = servers(self.ctx, item.get("servers"), item_pointer + "/servers")
            for method in HTTP_METHODS:
                spec = item.get(method)
                if not isinstance(spec, dict):
                    continue
                op_pointer = f"{item_pointer}/{method}"
                self._add(path, method, spec, shared, op_pointer, path_servers)
                self._variants(path, method, spec, shared, op_pointer, path_servers)
        tag_modules = UniqueNames(self.ctx.reserved.tags, case_sensitive=False)
        result = []
        for name, operations in self.grouped.items():
            if not operations:
                continue
            class_name = self.ctx.type_names.claim(pascal_ident(name, "Api") + "Api")
            result.append(
                ir.Tag(
                    name=name,
                    ident=tag_modules.claim(snake_ident(name, "api")),
                    class_name=class_name,
                    description=descriptions.get(name, ""),
                    operations=tuple(operations),
                    async_class_name=self.ctx.type_names.claim("Async" + class_name),
                )
            )
        return tuple(result)

    def _add(
        self,
        path: str,
        method: str,
        spec: dict[str, Any],
        shared: list[Any],
        pointer: str,
        path_servers: tuple[ir.Server, ...] = (),
    ) -> None:
        tag = first_tag(spec)
        self.grouped.setdefault(tag, [])
        names = self.function_names.setdefault(tag, UniqueNames(self.ctx.reserved.arguments))
        site = Site(path, method, tag, pointer, shared, names, self.used_ids, path_servers)
        self.grouped[tag].append(self.operation(site, spec))

    def _variants(
        self,
        path: str,
        method: str,
        spec: dict[str, Any],
        shared: list[Any],
        op_pointer: str,
        path_servers: tuple[ir.Server, ...] = (),
    ) -> None:
        """Operations sharing this one's method and path (``x-operation-variants``,
        as converted JSON Hyper-Schema links produce: release Create and Rollback
        are both ``POST /apps/{app}/releases``), each built as an operation of its own."""
        variants = spec.get("x-operation-variants")
        for index, variant in enumerate(variants if isinstance(variants, list) else ()):
            if isinstance(variant, dict):
                pointer = f"{op_pointer}/x-operation-variants/{index}"
                self._add(path, method, variant, shared, pointer, path_servers)

    # ------------------------------------------------------------ one operation

    def operation(self, site: Site, spec: dict[str, Any]) -> ir.Operation:
        """One operation; a failure of ours degrades it to untyped arguments
        instead of aborting the whole run."""
        raw_id = spec.get("operationId")
        operation_id = site.used_ids.claim(
            raw_id if isinstance(raw_id, str) and raw_id.strip() else f"{site.method} {site.path}"
        )
        reserved = self.ctx.reserved.arguments
        ident = site.function_names.claim(snake_ident(operation_id, "call", reserved))
        warnings_before = len(self.ctx.raised)
        try:
            parts = self._typed(site, spec, pascal(operation_id) or "Operation", operation_id)
            degraded = tuple(f"{w.pointer}: {w.message}" for w in self.ctx.raised[warnings_before:])
        except SpecError:
            raise
        except Exception as exc:  # a bug in the builder: keep going, report it
            self.ctx.warn(
                site.pointer,
                f"could not be typed ({type(exc).__name__}: {exc}); arguments and result are Any",
            )
            parts = self._untyped(site, spec)
            degraded = (f"{site.pointer}: {type(exc).__name__}: {exc}",)
        for pointer, message in skipped.operation_warnings(self.ctx.resolver, spec, site.pointer):
            self.ctx.warn(pointer, message)
        own = servers(self.ctx, spec.get("servers"), site.pointer + "/servers")
        return ir.Operation(
            operation_id=operation_id,
            ident=ident,
            method=site.method.upper(),
            path=site.path,
            tag=site.tag,
            summary=text(spec.get("summary")),
            description=text(spec.get("description")),
            parameters=parts.parameters,
            body=parts.body,
            responses=parts.responses,
            pointer=site.pointer,
            deprecated=bool(spec.get("deprecated")),
            pagination=parts.pagination,
            degraded=degraded,
            security=requirements(self.ctx, spec.get("security"), site.pointer + "/security"),
            servers=own or site.servers,  # an operation's servers override its path's
            default_error=self.ctx.default_error,
        )

    def _typed(self, site: Site, spec: dict[str, Any], hint: str, operation_id: str) -> Parts:
        arguments = UniqueNames(self.ctx.reserved.arguments)
        params = self.parameters(
            site.shared, spec.get("parameters") or [], site.pointer, hint, arguments
        )
        body = self.bodies.request_body(
            spec.get("requestBody"), site.pointer + "/requestBody", hint, arguments
        )
        responses = self.responses.responses(
            spec.get("responses") or {}, site.pointer + "/responses", hint
        )
        candidate = Candidate(
            operation_id,
            site.method,
            site.pointer,
            params,
            responses,
            spec,
            self.schemas.model_named,
        )
        paging = self.paging.choose(candidate, self.ctx.warn)
        if paging is None:
            return Parts(params, body, responses)
        params = tuple(p for p in params if p.name.lower() not in paging.consumed)
        return Parts(params, body, responses, paging.pagination)

    def _untyped(self, site: Site, spec: dict[str, Any]) -> Parts:
        """Stand-ins for an operation that could not be typed: its path
        parameters as strings, any JSON body, any JSON result."""
        arguments = UniqueNames(self.ctx.reserved.arguments)
        params = tuple(
            ir.Parameter(
                name, arguments.claim(snake_ident(name, "param")), "path", ir.Primitive("str"), True
            )
            for name in re.findall(r"{([^}]+)}", site.path)
        )
        return Parts(params, self.bodies.untyped(spec, arguments), self.responses.untyped())

    # ------------------------------------------------------------ parameters

    def parameters(
        self, shared: list[Any], own: list[Any], pointer: str, hint: str, arguments: UniqueNames
    ) -> tuple[ir.Parameter, ...]:
        """The path item's and the operation's parameters (the operation's win),
        path first, then query, header, cookie; required before optional."""
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for base, items in (
            (pointer.rsplit("/", 1)[0] + "/parameters", shared),
            (pointer + "/parameters", own),
        ):
            for index, raw in enumerate(items):
                param, param_pointer = self.ctx.resolver.deref(raw, f"{base}/{index}")
                if isinstance(param, dict) and isinstance(param.get("name"), str):
                    merged[(param["name"], str(param.get("in")))] = (param, param_pointer)
        ordered = sorted(
            merged.values(),
            key=lambda p: (PARAMETER_ORDER.get(str(p[0].get("in")), 4), not p[0].get("required")),
        )
        result = []
        for param, param_pointer in ordered:
            location = str(param.get("in"))
            if location not in PARAMETER_ORDER:
                self.ctx.warn(
                    param_pointer, f"parameter location {location!r} is not supported; skipped"
                )
                continue
            result.append(self._parameter(param, param_pointer, location, hint, arguments))
        return tuple(result)

    def _parameter(
        self,
        param: dict[str, Any],
        pointer: str,
        location: str,
        hint: str,
        arguments: UniqueNames,
    ) -> ir.Parameter:
        ident = arguments.claim(snake_ident(param["name"], "param"))
        key = (id(param), pointer)
        known = self._params.get(key)
        if known is not None and known[0] is param:
            if known[1].ident == ident:
                return known[1]
            return self._new_parameter(param, ident, location, known[1].type)
        warnings_before = len(self.ctx.raised)
        schema = param.get("schema")
        if schema is None and isinstance(param.get("content"), dict):
            first: Any = next(iter(param["content"].values()), None)
            schema = first.get("schema") if isinstance(first, dict) else None
        hint += pascal(param["name"])
        built = self._new_parameter(
            param,
            ident,
            location,
            self.schemas.schema_type(schema, pointer + "/schema", hint, argument=True),
        )
        if len(self.ctx.raised) == warnings_before:
            self._params[key] = (param, built)
        return built

    @staticmethod
    def _new_parameter(
        param: dict[str, Any], ident: str, location: str, param_type: ir.Type
    ) -> ir.Parameter:
        return ir.Parameter(
            name=param["name"],
            ident=ident,
            location=location,
            type=param_type,
            required=bool(param.get("required")) or location == "path",
            description=text(param.get("description")),
            style=param.get("style"),
            explode=param.get("explode"),
            deprecated=bool(param.get("deprecated")),
        )

    # ------------------------------------------------------------ webhooks

    def webhooks(self) -> tuple[ir.Webhook, ...]:
        """OpenAPI 3.1 webhooks: requests the API sends to you.  The client gets
        models for their payloads, so a receiver can decode them."""
        result = []
        for name, item in (self.ctx.doc.get("webhooks") or {}).items():
            item, item_pointer = self.ctx.resolver.deref(item, "/webhooks/" + escape(str(name)))
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                spec = item.get(method)
                if not isinstance(spec, dict):
                    continue
                pointer = f"{item_pointer}/{method}"
                payload = self.bodies.payload_type(
                    spec.get("requestBody"), pointer + "/requestBody", pascal(str(name))
                )
                result.append(
                    ir.Webhook(
                        str(name),
                        method.upper(),
                        text(spec.get("summary")),
                        text(spec.get("description")),
                        payload,
                        pointer,
                    )
                )
        return tuple(result)
