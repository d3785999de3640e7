from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class PipelineDeploymentUser:
    """user that created the release"""

    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """
    email: Optional[str] = None
    """unique email address of account"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineDeploymentUser:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            email=_rt.optional_str(data, "email"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.email is not None:
            data["email"] = self.email
        return data
