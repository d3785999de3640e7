from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class TeamDailyUsageAppUsageDaily:
    """Usage for an app at a daily resolution."""

    addons: Optional[float] = None
    """total add-on credits used

    Read-only: set by the server.
    """
    app_name: Optional[str] = None
    """unique name of app"""
    data: Optional[float] = None
    """total add-on credits used for first party add-ons

    Read-only: set by the server.
    """
    dynos: Optional[float] = None
    """dynos used

    Read-only: set by the server.
    """
    partner: Optional[float] = None
    """total add-on credits used for third party add-ons

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamDailyUsageAppUsageDaily:
        data = _rt.expect_object(data)
        return cls(
            addons=_rt.optional_float(data, "addons"),
            app_name=_rt.optional_str(data, "app_name"),
            data=_rt.optional_float(data, "data"),
            dynos=_rt.optional_float(data, "dynos"),
            partner=_rt.optional_float(data, "partner"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addons is not None:
            data["addons"] = self.addons
        if self.app_name is not None:
            data["app_name"] = self.app_name
        if self.data is not None:
            data["data"] = self.data
        if self.dynos is not None:
            data["dynos"] = self.dynos
        if self.partner is not None:
            data["partner"] = self.partner
        return data
