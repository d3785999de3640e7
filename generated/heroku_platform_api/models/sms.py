from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class SmsNumber:
    """SMS numbers are used for recovery on accounts with two-factor authentication enabled."""

    sms_number: Optional[str] = None
    """SMS number of account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SmsNumber:
        data = _rt.expect_object(data)
        return cls(
            sms_number=_rt.optional_str(data, "sms_number"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.sms_number is not None:
            data["sms_number"] = self.sms_number
        return data
