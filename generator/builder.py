"""The build as it was called before it was split (see :mod:`generator.irbuild`).

Kept for callers that import ``generator.builder``: it builds with the Python
target's reserved names, as the single-class builder did.
"""

from __future__ import annotations

from typing import Any, Optional, Sequence

from . import ir
from .irbuild import api
from .binding.reserved import PYTHON


class Builder(api.Builder):
    def __init__(
        self,
        doc: dict[str, Any],
        name: str = "<document>",
        warnings: Sequence[tuple[str, str]] = (),
        paging: Optional[Sequence[str]] = None,
    ) -> None:
        super().__init__(doc, name, warnings, PYTHON, paging)


def build(
    doc: dict[str, Any],
    name: str = "<document>",
    warnings: Sequence[tuple[str, str]] = (),
    paging: Optional[Sequence[str]] = None,
) -> ir.Api:
    """The intermediate model of ``doc``, named for the Python target."""
    return Builder(doc, name, warnings, paging).build()
