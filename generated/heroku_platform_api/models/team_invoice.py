from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class TeamInvoice:
    """A Team Invoice is an itemized bill of goods for a team which includes pricing and charges."""

    addons_total: Optional[int] = None
    """total add-ons charges in on this invoice

    Read-only: set by the server.
    """
    database_total: Optional[int] = None
    """total database charges on this invoice

    Read-only: set by the server.
    """
    charges_total: Optional[int] = None
    """total charges on this invoice

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when invoice was created

    Read-only: set by the server.
    """
    credits_total: Optional[int] = None
    """total credits on this invoice

    Read-only: set by the server.
    """
    dyno_units: Optional[float] = None
    """total amount of dyno units consumed across dyno types.

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this invoice

    Read-only: set by the server.
    """
    number: Optional[int] = None
    """human readable invoice number

    Read-only: set by the server.
    """
    payment_status: Optional[str] = None
    """status of the invoice payment

    Read-only: set by the server.
    """
    period_end: Optional[str] = None
    """the ending date that the invoice covers

    Read-only: set by the server.
    """
    period_start: Optional[str] = None
    """the starting date that this invoice covers

    Read-only: set by the server.
    """
    platform_total: Optional[int] = None
    """total platform charges on this invoice

    Read-only: set by the server.
    """
    state: Optional[int] = None
    """payment status for this invoice (pending, successful, failed)

    Read-only: set by the server.
    """
    total: Optional[int] = None
    """combined total of charges and credits on this invoice

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when invoice was updated

    Read-only: set by the server.
    """
    weighted_dyno_hours: Optional[float] = None
    """The total amount of hours consumed across dyno types.

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamInvoice:
        data = _rt.expect_object(data)
        return cls(
            addons_total=_rt.optional_int(data, "addons_total"),
            database_total=_rt.optional_int(data, "database_total"),
            charges_total=_rt.optional_int(data, "charges_total"),
            created_at=_rt.optional_datetime(data, "created_at"),
            credits_total=_rt.optional_int(data, "credits_total"),
            dyno_units=_rt.optional_float(data, "dyno_units"),
            id=_rt.optional_str(data, "id"),
            number=_rt.optional_int(data, "number"),
            payment_status=_rt.optional_str(data, "payment_status"),
            period_end=_rt.optional_str(data, "period_end"),
            period_start=_rt.optional_str(data, "period_start"),
            platform_total=_rt.optional_int(data, "platform_total"),
            state=_rt.optional_int(data, "state"),
            total=_rt.optional_int(data, "total"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            weighted_dyno_hours=_rt.optional_float(data, "weighted_dyno_hours"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addons_total is not None:
            data["addons_total"] = self.addons_total
        if self.database_total is not None:
            data["database_total"] = self.database_total
        if self.charges_total is not None:
            data["charges_total"] = self.charges_total
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.credits_total is not None:
            data["credits_total"] = self.credits_total
        if self.dyno_units is not None:
            data["dyno_units"] = self.dyno_units
        if self.id is not None:
            data["id"] = self.id
        if self.number is not None:
            data["number"] = self.number
        if self.payment_status is not None:
            data["payment_status"] = self.payment_status
        if self.period_end is not None:
            data["period_end"] = self.period_end
        if self.period_start is not None:
            data["period_start"] = self.period_start
        if self.platform_total is not None:
            data["platform_total"] = self.platform_total
        if self.state is not None:
            data["state"] = self.state
        if self.total is not None:
            data["total"] = self.total
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.weighted_dyno_hours is not None:
            data["weighted_dyno_hours"] = self.weighted_dyno_hours
        return data
