"""The state every part of one build shares: the document, its resolver, the
warnings, the reserved names and the class names handed out so far.

One object, passed to each concern's builder, so the schema, body, response
and operation builders stay separate classes yet claim names from one pool
(a tag class and a model must not both be called ``Apps``) and report
warnings in document order.
"""

from __future__ import annotations

from typing import Any, Optional, Sequence

from .. import ir
from ..naming import UniqueNames
from ..refs import Resolver
from .reserved import ReservedNames


class Context:
    def __init__(
        self,
        doc: dict[str, Any],
        name: str,
        warnings: Sequence[tuple[str, str]],
        reserved: ReservedNames,
    ) -> None:
        self.doc = doc
        self.resolver = Resolver(doc, name)
        self.reserved = reserved
        self.type_names = UniqueNames(reserved.types)
        self.warnings: list[ir.Warning] = [ir.Warning(p, m) for p, m in warnings]
        # Every warning raised, repeats included: what marks an operation degraded
        # (a shared schema's problem is that of every operation using it).  The
        # list above says each (pointer, message) once: Microsoft Graph's shared
        # count response would otherwise repeat one warning some 1,500 times.
        self.raised: list[ir.Warning] = list(self.warnings)
        self._said: set[ir.Warning] = set(self.warnings)
        # The config's error_schema as a type, given to every operation (set
        # once the components are named, so the document's own names win).
        self.default_error: Optional[ir.Type] = None

    def warn(self, pointer: str, message: str) -> None:
        warning = ir.Warning(pointer, message)
        self.raised.append(warning)
        if warning not in self._said:
            self._said.add(warning)
            self.warnings.append(warning)
