from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .team_monthly_usage_app_usage_monthly import TeamMonthlyUsageAppUsageMonthly


@dataclass(kw_only=True, slots=True)
class TeamMonthlyUsage:
    """Usage for an enterprise team at a monthly resolution."""

    addons: Optional[float] = None
    """total add-on credits used

    Read-only: set by the server.
    """
    apps: Optional[list[TeamMonthlyUsageAppUsageMonthly]] = None
    """app usage in the team"""
    connect: Optional[float] = None
    """max connect rows synced

    Read-only: set by the server.
    """
    data: Optional[float] = None
    """total add-on credits used for first party add-ons

    Read-only: set by the server.
    """
    dynos: Optional[float] = None
    """dynos used

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """team identifier

    Read-only: set by the server.
    """
    month: Optional[str] = None
    """year and month of the usage

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the team

    Read-only: set by the server.
    """
    partner: Optional[float] = None
    """total add-on credits used for third party add-ons

    Read-only: set by the server.
    """
    space: Optional[float] = None
    """space credits used

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamMonthlyUsage:
        data = _rt.expect_object(data)
        return cls(
            addons=_rt.optional_float(data, "addons"),
            apps=_rt.optional(
                data,
                "apps",
                _rt.list_of(_models.TeamMonthlyUsageAppUsageMonthly.from_dict),
            ),
            connect=_rt.optional_float(data, "connect"),
            data=_rt.optional_float(data, "data"),
            dynos=_rt.optional_float(data, "dynos"),
            id=_rt.optional_str(data, "id"),
            month=_rt.optional_str(data, "month"),
            name=_rt.optional_str(data, "name"),
            partner=_rt.optional_float(data, "partner"),
            space=_rt.optional_float(data, "space"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addons is not None:
            data["addons"] = self.addons
        if self.apps is not None:
            data["apps"] = _rt.encode(self.apps)
        if self.connect is not None:
            data["connect"] = self.connect
        if self.data is not None:
            data["data"] = self.data
        if self.dynos is not None:
            data["dynos"] = self.dynos
        if self.id is not None:
            data["id"] = self.id
        if self.month is not None:
            data["month"] = self.month
        if self.name is not None:
            data["name"] = self.name
        if self.partner is not None:
            data["partner"] = self.partner
        if self.space is not None:
            data["space"] = self.space
        return data
