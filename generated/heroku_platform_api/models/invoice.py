from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class Invoice:
    """An invoice is an itemized bill of goods for an account which includes pricing and charges."""

    charges_total: Optional[float] = None
    """total charges on this invoice

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when invoice was created

    Read-only: set by the server.
    """
    credits_total: Optional[float] = None
    """total credits on this invoice

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
    period_end: Optional[str] = None
    """the ending date that the invoice covers

    Read-only: set by the server.
    """
    period_start: Optional[str] = None
    """the starting date that this invoice covers

    Read-only: set by the server.
    """
    state: Optional[int] = None
    """payment status for this invoice (pending, successful, failed)

    Read-only: set by the server.
    """
    total: Optional[float] = None
    """combined total of charges and credits on this invoice

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when invoice was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Invoice:
        data = _rt.expect_object(data)
        return cls(
            charges_total=_rt.optional_float(data, "charges_total"),
            created_at=_rt.optional_datetime(data, "created_at"),
            credits_total=_rt.optional_float(data, "credits_total"),
            id=_rt.optional_str(data, "id"),
            number=_rt.optional_int(data, "number"),
            period_end=_rt.optional_str(data, "period_end"),
            period_start=_rt.optional_str(data, "period_start"),
            state=_rt.optional_int(data, "state"),
            total=_rt.optional_float(data, "total"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.charges_total is not None:
            data["charges_total"] = self.charges_total
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.credits_total is not None:
            data["credits_total"] = self.credits_total
        if self.id is not None:
            data["id"] = self.id
        if self.number is not None:
            data["number"] = self.number
        if self.period_end is not None:
            data["period_end"] = self.period_end
        if self.period_start is not None:
            data["period_start"] = self.period_start
        if self.state is not None:
            data["state"] = self.state
        if self.total is not None:
            data["total"] = self.total
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
