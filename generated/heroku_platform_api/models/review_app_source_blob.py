from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class ReviewAppSourceBlob:
    """The download location for the review app's source code"""

    url: Optional[str] = None
    """URL where gzipped tar archive of source code for build was downloaded.

    Read-only: set by the server.
    """
    version: Optional[str] = None
    """The version number (or SHA) of the code to build."""

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppSourceBlob:
        data = _rt.expect_object(data)
        return cls(
            url=_rt.optional_str(data, "url"),
            version=_rt.optional_str(data, "version"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.url is not None:
            data["url"] = self.url
        if self.version is not None:
            data["version"] = self.version
        return data
