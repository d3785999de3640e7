from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .sni_endpoint_app import SniEndpointApp
    from .sni_endpoint_ssl_cert import SniEndpointSslCert


@dataclass(kw_only=True, slots=True)
class SniEndpoint:
    """SNI Endpoint is a public address serving a custom SSL cert for HTTPS traffic, using the SNI TLS extension, to a Heroku app."""

    certificate_chain: Optional[str] = None
    """raw contents of the public certificate chain (eg: .crt or .pem file)"""
    created_at: Optional[datetime] = None
    """when endpoint was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this SNI endpoint

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name for SNI endpoint

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when SNI endpoint was updated

    Read-only: set by the server.
    """
    display_name: Optional[str] = None
    """unique name for SSL certificate"""
    domains: Optional[list[str]] = None
    """domains associated with this SSL certificate

    Read-only: set by the server.
    """
    app: Optional[SniEndpointApp] = None
    """application that this SSL certificate is on"""
    ssl_cert: Optional[SniEndpointSslCert] = None
    """certificate provided by this endpoint"""

    @classmethod
    def from_dict(cls, data: Any) -> SniEndpoint:
        data = _rt.expect_object(data)
        return cls(
            certificate_chain=_rt.optional_str(data, "certificate_chain"),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            display_name=_rt.optional_str(data, "display_name"),
            domains=_rt.optional(data, "domains", _rt.list_of(_rt.as_str)),
            app=_rt.optional(data, "app", _models.SniEndpointApp.from_dict),
            ssl_cert=_rt.optional(data, "ssl_cert", _models.SniEndpointSslCert.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.certificate_chain is not None:
            data["certificate_chain"] = self.certificate_chain
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.display_name is not None:
            data["display_name"] = self.display_name
        if self.domains is not None:
            data["domains"] = list(self.domains)
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.ssl_cert is not None:
            data["ssl_cert"] = self.ssl_cert.to_dict()
        return data
