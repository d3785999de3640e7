from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .add_on_service_state import AddOnServiceState
    from .add_on_service_supported_generations_item import AddOnServiceSupportedGenerationsItem


@dataclass(kw_only=True, slots=True)
class AddOnService:
    """Add-on services represent add-ons that may be provisioned for apps. Endpoints under add-on services can be accessed without authentication."""

    cli_plugin_name: Optional[str] = None
    """npm package name of the add-on service's Heroku CLI plugin

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when add-on-service was created

    Read-only: set by the server.
    """
    human_name: Optional[str] = None
    """human-readable name of the add-on service provider

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this add-on-service

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of this add-on-service

    Read-only: set by the server.
    """
    state: Optional[AddOnServiceState] = None
    """release status for add-on service

    Read-only: set by the server.
    """
    supports_multiple_installations: Optional[bool] = None
    """whether or not apps can have access to more than one instance of this add-on at the same time

    Read-only: set by the server.

    Default: False.
    """
    supports_sharing: Optional[bool] = None
    """whether or not apps can have access to add-ons billed to a different app

    Read-only: set by the server.

    Default: False.
    """
    updated_at: Optional[datetime] = None
    """when add-on-service was updated

    Read-only: set by the server.
    """
    supported_generations: Optional[list[AddOnServiceSupportedGenerationsItem]] = None
    """generations supported by this add-on"""

    @classmethod
    def from_dict(cls, data: Any) -> AddOnService:
        data = _rt.expect_object(data)
        return cls(
            cli_plugin_name=_rt.optional_str(data, "cli_plugin_name"),
            created_at=_rt.optional_datetime(data, "created_at"),
            human_name=_rt.optional_str(data, "human_name"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            state=_rt.optional(data, "state", _models.AddOnServiceState.decode),
            supports_multiple_installations=_rt.optional_bool(
                data,
                "supports_multiple_installations",
            ),
            supports_sharing=_rt.optional_bool(data, "supports_sharing"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            supported_generations=_rt.optional(
                data,
                "supported_generations",
                _rt.list_of(_models.AddOnServiceSupportedGenerationsItem.from_dict),
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.cli_plugin_name is not None:
            data["cli_plugin_name"] = self.cli_plugin_name
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.human_name is not None:
            data["human_name"] = self.human_name
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.state is not None:
            data["state"] = self.state.value
        if self.supports_multiple_installations is not None:
            data["supports_multiple_installations"] = self.supports_multiple_installations
        if self.supports_sharing is not None:
            data["supports_sharing"] = self.supports_sharing
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.supported_generations is not None:
            data["supported_generations"] = _rt.encode(self.supported_generations)
        return data
