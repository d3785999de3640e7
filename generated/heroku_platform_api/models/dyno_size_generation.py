from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class DynoSizeGeneration:
    """Generation of the Heroku platform for this dyno size"""

    id: Optional[str] = None
    """unique identifier of the generation of the Heroku platform for this dyno size

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of the generation of the Heroku platform for this dyno size

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> DynoSizeGeneration:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        return data
