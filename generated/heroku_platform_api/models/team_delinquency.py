from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class TeamDelinquency:
    """A Heroku team becomes delinquent due to non-payment. We [suspend and delete](https://help.heroku.com/EREVRILX/what-happens-if-i-have-unpaid-heroku-invoices) delinquent teams if their invoices remain unpaid."""

    scheduled_suspension_time: Optional[datetime] = None
    """scheduled time of when we will suspend your team due to delinquency

    Read-only: set by the server.
    """
    scheduled_deletion_time: Optional[datetime] = None
    """scheduled time of when we will delete your team due to delinquency

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamDelinquency:
        data = _rt.expect_object(data)
        return cls(
            scheduled_suspension_time=_rt.optional_datetime(data, "scheduled_suspension_time"),
            scheduled_deletion_time=_rt.optional_datetime(data, "scheduled_deletion_time"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.scheduled_suspension_time is not None:
            data["scheduled_suspension_time"] = self.scheduled_suspension_time.isoformat()
        if self.scheduled_deletion_time is not None:
            data["scheduled_deletion_time"] = self.scheduled_deletion_time.isoformat()
        return data
