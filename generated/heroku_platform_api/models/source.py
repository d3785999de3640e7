from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .source_source_blob import SourceSourceBlob


@dataclass(kw_only=True, slots=True)
class Source:
    """A source is a location for uploading and downloading an application's source code."""

    source_blob: Optional[SourceSourceBlob] = None
    """pointer to the URL where clients can fetch or store the source"""

    @classmethod
    def from_dict(cls, data: Any) -> Source:
        data = _rt.expect_object(data)
        return cls(
            source_blob=_rt.optional(data, "source_blob", _models.SourceSourceBlob.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.source_blob is not None:
            data["source_blob"] = self.source_blob.to_dict()
        return data
