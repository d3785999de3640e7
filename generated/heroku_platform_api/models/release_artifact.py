from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class ReleaseArtifact:
    """a build artifact for the release"""

    type: Optional[str] = None
    """type of artifact"""
    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> ReleaseArtifact:
        data = _rt.expect_object(data)
        return cls(
            type=_rt.optional_str(data, "type"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.type is not None:
            data["type"] = self.type
        if self.id is not None:
            data["id"] = self.id
        return data
