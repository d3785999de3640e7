from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .add_on_addon_service import AddOnAddonService
    from .add_on_attachment_addon_app import AddOnAttachmentAddonApp
    from .add_on_billed_price import AddOnBilledPrice
    from .add_on_billing_entity import AddOnBillingEntity
    from .add_on_plan import AddOnPlan
    from .add_on_state import AddOnState


@dataclass(kw_only=True, slots=True)
class AddOn:
    """Add-ons represent add-ons that have been provisioned and attached to one or more apps."""

    actions: list[dict[str, Any]]
    """provider actions for this specific add-on

    Read-only: set by the server.
    """
    addon_service: AddOnAddonService
    """identity of add-on service"""
    billing_entity: AddOnBillingEntity
    """billing entity associated with this add-on"""
    app: AddOnAttachmentAddonApp
    """billing application associated with this add-on"""
    billed_price: Optional[AddOnBilledPrice]
    """billed price"""
    config_vars: list[str]
    """config vars exposed to the owning app by this add-on

    Read-only: set by the server.
    """
    created_at: datetime
    """when add-on was created

    Read-only: set by the server.
    """
    id: str
    """unique identifier of add-on

    Read-only: set by the server.
    """
    name: str
    """globally unique name of the add-on"""
    plan: AddOnPlan
    """identity of add-on plan"""
    provider_id: str
    """id of this add-on with its provider

    Read-only: set by the server.
    """
    provision_message: Optional[str] = None
    """A provision message

    Read-only: set by the server.
    """
    state: AddOnState
    """state in the add-on's lifecycle

    Read-only: set by the server.
    """
    updated_at: datetime
    """when add-on was updated

    Read-only: set by the server.
    """
    web_url: Optional[str]
    """URL for logging into web interface of add-on (e.g. a dashboard)

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AddOn:
        data = _rt.expect_object(data)
        return cls(
            actions=_rt.required(data, "actions", _rt.list_of(_rt.expect_object)),
            addon_service=_rt.required(data, "addon_service", _models.AddOnAddonService.from_dict),
            billing_entity=_rt.required(
                data,
                "billing_entity",
                _models.AddOnBillingEntity.from_dict,
            ),
            app=_rt.required(data, "app", _models.AddOnAttachmentAddonApp.from_dict),
            billed_price=_rt.required(
                data,
                "billed_price",
                _rt.nullable(_models.AddOnBilledPrice.from_dict),
            ),
            config_vars=_rt.required(data, "config_vars", _rt.list_of(_rt.as_str)),
            created_at=_rt.required(data, "created_at", _rt.as_datetime),
            id=_rt.required(data, "id", _rt.as_str),
            name=_rt.required(data, "name", _rt.as_str),
            plan=_rt.required(data, "plan", _models.AddOnPlan.from_dict),
            provider_id=_rt.required(data, "provider_id", _rt.as_str),
            provision_message=_rt.optional_str(data, "provision_message"),
            state=_rt.required(data, "state", _models.AddOnState.decode),
            updated_at=_rt.required(data, "updated_at", _rt.as_datetime),
            web_url=_rt.required(data, "web_url", _rt.nullable(_rt.as_str)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["actions"] = _rt.encode(self.actions)
        data["addon_service"] = self.addon_service.to_dict()
        data["billing_entity"] = self.billing_entity.to_dict()
        data["app"] = self.app.to_dict()
        data["billed_price"] = None if self.billed_price is None else self.billed_price.to_dict()
        data["config_vars"] = list(self.config_vars)
        data["created_at"] = self.created_at.isoformat()
        data["id"] = self.id
        data["name"] = self.name
        data["plan"] = self.plan.to_dict()
        data["provider_id"] = self.provider_id
        if self.provision_message is not None:
            data["provision_message"] = self.provision_message
        data["state"] = self.state.value
        data["updated_at"] = self.updated_at.isoformat()
        data["web_url"] = None if self.web_url is None else self.web_url
        return data
