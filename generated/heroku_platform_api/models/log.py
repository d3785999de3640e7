from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .add import AddOnAttachmentAddonApp


@dataclass(kw_only=True, slots=True)
class LogDrain:
    """[Log drains](https://devcenter.heroku.com/articles/log-drains) provide a way to forward your Heroku logs to an external syslog server for long-term archiving. This external service must be configured to receive syslog packets from Heroku, whereupon its URL can be added to an app using this API. Some add-ons will add a log drain when they are provisioned to an app. These drains can only be removed by removing the add-on."""

    addon: Optional[LogDrainAddon] = None
    """add-on that created the drain

    Read-only: set by the server.
    """
    app: Optional[LogDrainApp] = None
    """application that is attached to this drain

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when log drain was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this log drain

    Read-only: set by the server.
    """
    token: Optional[str] = None
    """token associated with the log drain

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when log drain was updated

    Read-only: set by the server.
    """
    url: Optional[str] = None
    """url associated with the log drain

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> LogDrain:
        data = _rt.expect_object(data)
        return cls(
            addon=_rt.optional(data, "addon", LogDrainAddon.from_dict),
            app=_rt.optional(data, "app", LogDrainApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            token=_rt.optional_str(data, "token"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            url=_rt.optional_str(data, "url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addon is not None:
            data["addon"] = self.addon.to_dict()
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.token is not None:
            data["token"] = self.token
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.url is not None:
            data["url"] = self.url
        return data


@dataclass(kw_only=True, slots=True)
class LogDrainAddon:
    """add-on that created the drain"""

    id: Optional[str] = None
    """unique identifier of add-on

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """globally unique name of the add-on"""
    app: Optional[AddOnAttachmentAddonApp] = None
    """billing application associated with this add-on"""

    @classmethod
    def from_dict(cls, data: Any) -> LogDrainAddon:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            app=_rt.optional(data, "app", _models.AddOnAttachmentAddonApp.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.app is not None:
            data["app"] = self.app.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class LogDrainApp:
    """application that is attached to this drain"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of app"""

    @classmethod
    def from_dict(cls, data: Any) -> LogDrainApp:
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
class LogSession:
    """A log session is a reference to the http based log stream for an app."""

    created_at: Optional[datetime] = None
    """when log connection was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this log session

    Read-only: set by the server.
    """
    logplex_url: Optional[str] = None
    """URL for log streaming session

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when log session was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> LogSession:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            logplex_url=_rt.optional_str(data, "logplex_url"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.logplex_url is not None:
            data["logplex_url"] = self.logplex_url
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
