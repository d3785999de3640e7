from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .build_status import BuildStatus


@dataclass(kw_only=True, slots=True)
class AppSetupBuild:
    """identity and status of build"""

    id: Optional[str] = None
    """unique identifier of build

    Read-only: set by the server.
    """
    status: Optional[BuildStatus] = None
    """status of build

    Read-only: set by the server.
    """
    output_stream_url: Optional[str] = None
    """Build process output will be available from this URL as a stream. The stream is available as either `text/plain` or `text/event-stream`. Clients should be prepared to handle disconnects and can resume the stream by sending a `Range` header (for `text/plain`) or a `Last-Event-Id` header (for `text/event-stream`).

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupBuild:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            status=_rt.optional(data, "status", _models.BuildStatus.decode),
            output_stream_url=_rt.optional_str(data, "output_stream_url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.status is not None:
            data["status"] = self.status.value
        if self.output_stream_url is not None:
            data["output_stream_url"] = self.output_stream_url
        return data
