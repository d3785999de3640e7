from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class ReviewAppConfigDeployTarget:
    """the deploy target for the review apps of a pipeline"""

    id: str
    """unique identifier of deploy target

    Read-only: set by the server.
    """
    type: str
    """type of deploy target

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppConfigDeployTarget:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            type=_rt.required(data, "type", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        data["type"] = self.type
        return data


@dataclass(kw_only=True, slots=True)
class ReviewAppConfigDeployTargetInput:
    """the deploy target for the review apps of a pipeline

    ReviewAppConfigDeployTarget as a request sends it: read-only fields left out;
    an optional field left UNSET is not sent, None sends null.
    """

    def to_dict(self) -> dict[str, Any]:
        return {}
