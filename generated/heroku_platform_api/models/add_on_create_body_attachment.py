from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class AddOnCreateBodyAttachment:
    """name for add-on's initial attachment"""

    name: Optional[str] = None
    """unique name for this add-on attachment to this app"""

    @classmethod
    def from_dict(cls, data: Any) -> AddOnCreateBodyAttachment:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        return data
