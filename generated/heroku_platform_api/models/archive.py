from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class Archive:
    """An audit trail archive represents a monthly json zipped file containing events"""

    created_at: Optional[datetime] = None
    """when archive was created"""
    month: Optional[ArchiveMonth] = None
    """month of the archive

    Read-only: set by the server.
    """
    year: Optional[int] = None
    """year of the archive

    Read-only: set by the server.
    """
    url: Optional[str] = None
    """url where to download the archive

    Read-only: set by the server.
    """
    checksum: Optional[str] = None
    """checksum for the archive

    Read-only: set by the server.
    """
    size: Optional[int] = None
    """size of the archive in bytes

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Archive:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            month=_rt.optional(data, "month", ArchiveMonth.decode),
            year=_rt.optional_int(data, "year"),
            url=_rt.optional_str(data, "url"),
            checksum=_rt.optional_str(data, "checksum"),
            size=_rt.optional_int(data, "size"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.month is not None:
            data["month"] = self.month.value
        if self.year is not None:
            data["year"] = self.year
        if self.url is not None:
            data["url"] = self.url
        if self.checksum is not None:
            data["checksum"] = self.checksum
        if self.size is not None:
            data["size"] = self.size
        return data


class ArchiveMonth(str, _rt.OpenEnum):
    """month of the archive"""

    VALUE_01 = "01"
    VALUE_02 = "02"
    VALUE_03 = "03"
    VALUE_04 = "04"
    VALUE_05 = "05"
    VALUE_06 = "06"
    VALUE_07 = "07"
    VALUE_08 = "08"
    VALUE_09 = "09"
    VALUE_10 = "10"
    VALUE_11 = "11"
    VALUE_12 = "12"
