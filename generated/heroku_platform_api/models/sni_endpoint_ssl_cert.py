from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class SniEndpointSslCert:
    """certificate provided by this endpoint"""

    ca_signed: Optional[bool] = None
    """Read-only: set by the server."""
    cert_domains: Optional[list[Any]] = None
    """Read-only: set by the server."""
    expires_at: Optional[datetime] = None
    """Read-only: set by the server."""
    issuer: Optional[str] = None
    """Read-only: set by the server."""
    self_signed: Optional[bool] = None
    """Read-only: set by the server."""
    starts_at: Optional[datetime] = None
    """Read-only: set by the server."""
    subject: Optional[str] = None
    """Read-only: set by the server."""
    id: Optional[str] = None
    """unique identifier of this SSL certificate

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SniEndpointSslCert:
        data = _rt.expect_object(data)
        return cls(
            ca_signed=_rt.optional_bool(data, "ca_signed?"),
            cert_domains=_rt.optional(data, "cert_domains", _rt.list_of(_rt.as_any)),
            expires_at=_rt.optional_datetime(data, "expires_at"),
            issuer=_rt.optional_str(data, "issuer"),
            self_signed=_rt.optional_bool(data, "self_signed?"),
            starts_at=_rt.optional_datetime(data, "starts_at"),
            subject=_rt.optional_str(data, "subject"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.ca_signed is not None:
            data["ca_signed?"] = self.ca_signed
        if self.cert_domains is not None:
            data["cert_domains"] = _rt.encode(self.cert_domains)
        if self.expires_at is not None:
            data["expires_at"] = self.expires_at.isoformat()
        if self.issuer is not None:
            data["issuer"] = self.issuer
        if self.self_signed is not None:
            data["self_signed?"] = self.self_signed
        if self.starts_at is not None:
            data["starts_at"] = self.starts_at.isoformat()
        if self.subject is not None:
            data["subject"] = self.subject
        if self.id is not None:
            data["id"] = self.id
        return data
