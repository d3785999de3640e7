from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class SpaceTopologyDyno:
    """A dyno"""

    id: Optional[str] = None
    """unique identifier of this dyno

    Read-only: set by the server.
    """
    number: Optional[int] = None
    """process number, e.g. 1 in web.1"""
    private_ip: Optional[str] = None
    """RFC1918 Address of Dyno"""
    hostname: Optional[str] = None
    """localspace hostname of resource"""

    @classmethod
    def from_dict(cls, data: Any) -> SpaceTopologyDyno:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            number=_rt.optional_int(data, "number"),
            private_ip=_rt.optional_str(data, "private_ip"),
            hostname=_rt.optional_str(data, "hostname"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.number is not None:
            data["number"] = self.number
        if self.private_ip is not None:
            data["private_ip"] = self.private_ip
        if self.hostname is not None:
            data["hostname"] = self.hostname
        return data
