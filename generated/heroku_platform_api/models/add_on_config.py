from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Union

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


@dataclass(kw_only=True, slots=True)
class AddOnConfigInput:
    """Configuration of an Add-on

    AddOnConfig as a request sends it: read-only fields left out;
    an optional field left UNSET is not sent, None sends null.
    """

    name: Union[str, _rt.Unset] = _rt.UNSET
    """unique name of the config"""
    value: Union[Optional[str], _rt.Unset] = _rt.UNSET
    """value of the config"""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if not isinstance(self.name, _rt.Unset):
            data["name"] = self.name
        if not isinstance(self.value, _rt.Unset):
            data["value"] = None if self.value is None else self.value
        return data
