from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class Credit:
    """A credit represents value that will be used up before further charges are assigned to an account."""

    amount: Optional[float] = None
    """total value of credit in cents"""
    balance: Optional[float] = None
    """remaining value of credit in cents"""
    created_at: Optional[datetime] = None
    """when credit was created"""
    expires_at: Optional[datetime] = None
    """when credit will expire"""
    id: Optional[str] = None
    """unique identifier of credit"""
    title: Optional[str] = None
    """a name for credit"""
    updated_at: Optional[datetime] = None
    """when credit was updated"""

    @classmethod
    def from_dict(cls, data: Any) -> Credit:
        data = _rt.expect_object(data)
        return cls(
            amount=_rt.optional_float(data, "amount"),
            balance=_rt.optional_float(data, "balance"),
            created_at=_rt.optional_datetime(data, "created_at"),
            expires_at=_rt.optional_datetime(data, "expires_at"),
            id=_rt.optional_str(data, "id"),
            title=_rt.optional_str(data, "title"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.amount is not None:
            data["amount"] = self.amount
        if self.balance is not None:
            data["balance"] = self.balance
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.expires_at is not None:
            data["expires_at"] = self.expires_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.title is not None:
            data["title"] = self.title
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
