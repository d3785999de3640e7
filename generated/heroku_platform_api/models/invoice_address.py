from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


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
