"""Names the build must not hand out, supplied by the caller.

The intermediate model is neutral: it does not know that the Python client's
models define ``from_dict`` or that its client object has a ``session``.  But
the names the build makes (class names, field and argument identifiers, tag
modules) end up in some target's code, so whoever generates that code tells
the build which names its runtime already uses (the pipeline passes
:data:`generator.binding.reserved.PYTHON`).  With :data:`NONE`, nothing is
reserved beyond what keeps names unique.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReservedNames:
    """Names a target's runtime or generated modules already define, by kind."""

    types: frozenset[str] = frozenset()  # class names (models, enums, tag classes)
    fields: frozenset[str] = frozenset()  # model field identifiers
    arguments: frozenset[str] = frozenset()  # operation argument and function identifiers
    tags: frozenset[str] = frozenset()  # tag modules, also attributes of the client object
    enum_members: frozenset[str] = frozenset()  # enum member names


NONE = ReservedNames()
