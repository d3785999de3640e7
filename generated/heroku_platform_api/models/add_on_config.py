from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class AddOnConfig:
    """Configuration of an Add-on"""

    name: Optional[str] = None
    """unique name of the config"""
    value: Optional[str] = None
    """value of the config"""

    @classmethod
    def from_dict(cls, data: Any) -> AddOnConfig:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
            value=_rt.optional_str(data, "value"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.value is not None:
            data["value"] = self.value
        return data
