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


@dataclass(kw_only=True, slots=True)
class InvoiceAddress:
    """An invoice address represents the address that should be listed on an invoice."""

    address_1: Optional[str] = None
    """invoice street address line 1"""
    address_2: Optional[str] = None
    """invoice street address line 2"""
    city: Optional[str] = None
    """invoice city"""
    country: Optional[str] = None
    """country"""
    heroku_id: Optional[str] = None
    other: Optional[str] = None
    """metadata / additional information to go on invoice"""
    postal_code: Optional[str] = None
    """invoice zip code"""
    state: Optional[str] = None
    """invoice state"""
    use_invoice_address: Optional[bool] = None
    """flag to use the invoice address for an account or not

    Default: False.
    """

    @classmethod
    def from_dict(cls, data: Any) -> InvoiceAddress:
        data = _rt.expect_object(data)
        return cls(
            address_1=_rt.optional_str(data, "address_1"),
            address_2=_rt.optional_str(data, "address_2"),
            city=_rt.optional_str(data, "city"),
            country=_rt.optional_str(data, "country"),
            heroku_id=_rt.optional_str(data, "heroku_id"),
            other=_rt.optional_str(data, "other"),
            postal_code=_rt.optional_str(data, "postal_code"),
            state=_rt.optional_str(data, "state"),
            use_invoice_address=_rt.optional_bool(data, "use_invoice_address"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.address_1 is not None:
            data["address_1"] = self.address_1
        if self.address_2 is not None:
            data["address_2"] = self.address_2
        if self.city is not None:
            data["city"] = self.city
        if self.country is not None:
            data["country"] = self.country
        if self.heroku_id is not None:
            data["heroku_id"] = self.heroku_id
        if self.other is not None:
            data["other"] = self.other
        if self.postal_code is not None:
            data["postal_code"] = self.postal_code
        if self.state is not None:
            data["state"] = self.state
        if self.use_invoice_address is not None:
            data["use_invoice_address"] = self.use_invoice_address
        return data
