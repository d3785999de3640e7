from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


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
            app=_rt.optional(data, "app", SniEndpointApp.from_dict),
            ssl_cert=_rt.optional(data, "ssl_cert", SniEndpointSslCert.from_dict),
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


@dataclass(kw_only=True, slots=True)
class SniEndpointApp:
    """application that this SSL certificate is on"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of app"""

    @classmethod
    def from_dict(cls, data: Any) -> SniEndpointApp:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        return data


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
