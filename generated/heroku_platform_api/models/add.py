from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app import AppWebhookLevel
    from .region import Region


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
            addon_service=_rt.required(data, "addon_service", AddOnAddonService.from_dict),
            billing_entity=_rt.required(data, "billing_entity", AddOnBillingEntity.from_dict),
            app=_rt.required(data, "app", AddOnAttachmentAddonApp.from_dict),
            billed_price=_rt.required(
                data,
                "billed_price",
                _rt.nullable(AddOnBilledPrice.from_dict),
            ),
            config_vars=_rt.required(data, "config_vars", _rt.list_of(_rt.as_str)),
            created_at=_rt.required(data, "created_at", _rt.as_datetime),
            id=_rt.required(data, "id", _rt.as_str),
            name=_rt.required(data, "name", _rt.as_str),
            plan=_rt.required(data, "plan", AddOnPlan.from_dict),
            provider_id=_rt.required(data, "provider_id", _rt.as_str),
            provision_message=_rt.optional_str(data, "provision_message"),
            state=_rt.required(data, "state", AddOnState.decode),
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


@dataclass(kw_only=True, slots=True)
class AddOnAddonService:
    """identity of add-on service"""

    id: Optional[str] = None
    """unique identifier of this add-on-service

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of this add-on-service

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AddOnAddonService:
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
class AddOnAttachment:
    """An add-on attachment represents a connection between an app and an add-on that it has been given access to."""

    addon: Optional[AddOnAttachmentAddon] = None
    """identity of add-on"""
    app: Optional[AddOnAttachmentApp] = None
    """application that is attached to add-on"""
    created_at: Optional[datetime] = None
    """when add-on attachment was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this add-on attachment

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name for this add-on attachment to this app

    Read-only: set by the server.
    """
    namespace: Optional[str] = None
    """attachment namespace

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when add-on attachment was updated

    Read-only: set by the server.
    """
    web_url: Optional[str] = None
    """URL for logging into web interface of add-on in attached app context

    Read-only: set by the server.
    """
    log_input_url: Optional[str] = None
    """URL for add-on partners to write to an add-on's logs

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AddOnAttachment:
        data = _rt.expect_object(data)
        return cls(
            addon=_rt.optional(data, "addon", AddOnAttachmentAddon.from_dict),
            app=_rt.optional(data, "app", AddOnAttachmentApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            namespace=_rt.optional_str(data, "namespace"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            web_url=_rt.optional_str(data, "web_url"),
            log_input_url=_rt.optional_str(data, "log_input_url"),
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
        if self.name is not None:
            data["name"] = self.name
        if self.namespace is not None:
            data["namespace"] = self.namespace
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.web_url is not None:
            data["web_url"] = self.web_url
        if self.log_input_url is not None:
            data["log_input_url"] = self.log_input_url
        return data


@dataclass(kw_only=True, slots=True)
class AddOnAttachmentAddon:
    """identity of add-on"""

    id: str
    """unique identifier of add-on

    Read-only: set by the server.
    """
    name: str
    """globally unique name of the add-on"""
    app: AddOnAttachmentAddonApp
    """billing application associated with this add-on"""

    @classmethod
    def from_dict(cls, data: Any) -> AddOnAttachmentAddon:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            name=_rt.required(data, "name", _rt.as_str),
            app=_rt.required(data, "app", AddOnAttachmentAddonApp.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        data["name"] = self.name
        data["app"] = self.app.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class AddOnAttachmentAddonApp:
    """billing application associated with this add-on"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of app"""

    @classmethod
    def from_dict(cls, data: Any) -> AddOnAttachmentAddonApp:
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
class AddOnAttachmentApp:
    """application that is attached to add-on"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of app"""

    @classmethod
    def from_dict(cls, data: Any) -> AddOnAttachmentApp:
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
class AddOnBilledPrice:
    """billed price"""

    cents: Optional[int] = None
    """price in cents per unit of plan

    Read-only: set by the server.
    """
    contract: Optional[bool] = None
    """price is negotiated in a contract outside of monthly add-on billing

    Read-only: set by the server.
    """
    unit: Optional[str] = None
    """unit of price for plan

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AddOnBilledPrice:
        data = _rt.expect_object(data)
        return cls(
            cents=_rt.optional_int(data, "cents"),
            contract=_rt.optional_bool(data, "contract"),
            unit=_rt.optional_str(data, "unit"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.cents is not None:
            data["cents"] = self.cents
        if self.contract is not None:
            data["contract"] = self.contract
        if self.unit is not None:
            data["unit"] = self.unit
        return data


@dataclass(kw_only=True, slots=True)
class AddOnBillingEntity:
    """billing entity associated with this add-on"""

    id: Optional[str] = None
    """unique identifier of the billing entity

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the billing entity

    Read-only: set by the server.
    """
    type: Optional[AddOnBillingEntityType] = None
    """type of Object of the billing entity; new types allowed at any time.

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AddOnBillingEntity:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            type=_rt.optional(data, "type", AddOnBillingEntityType.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.type is not None:
            data["type"] = self.type.value
        return data


@dataclass(kw_only=True, slots=True)
class AddOnConfig:
    """Configuration of an Add-on"""

    name: Optional[str] = None
    """unique name of the config"""
    value: Optional[str] = None
    """value of the config"""

    @classmethod
    def from_dict(cls, data: Any) -> AddOnConfig:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
            value=_rt.optional_str(data, "value"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.value is not None:
            data["value"] = self.value
        return data


@dataclass(kw_only=True, slots=True)
class AddOnConfigInput:
    """Configuration of an Add-on

    AddOnConfig as a request sends it: read-only fields left out;
    an optional field left UNSET is not sent, None sends null.
    """

    name: Union[str, _rt.Unset] = _rt.UNSET
    """unique name of the config"""
    value: Union[Optional[str], _rt.Unset] = _rt.UNSET
    """value of the config"""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if not isinstance(self.name, _rt.Unset):
            data["name"] = self.name
        if not isinstance(self.value, _rt.Unset):
            data["value"] = None if self.value is None else self.value
        return data


@dataclass(kw_only=True, slots=True)
class AddOnCreateBodyAttachment:
    """name for add-on's initial attachment"""

    name: Optional[str] = None
    """unique name for this add-on attachment to this app"""

    @classmethod
    def from_dict(cls, data: Any) -> AddOnCreateBodyAttachment:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class AddOnPlan:
    """identity of add-on plan"""

    id: Optional[str] = None
    """unique identifier of this plan

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of this plan

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AddOnPlan:
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
class AddOnPlanAction:
    """Add-on Plan Actions are Provider functionality for specific add-on installations"""

    id: Optional[str] = None
    """a unique identifier

    Read-only: set by the server.
    """
    label: Optional[str] = None
    """the display text shown in Dashboard

    Read-only: set by the server.
    """
    action: Optional[str] = None
    """identifier of the action to take that is sent via SSO

    Read-only: set by the server.
    """
    url: Optional[str] = None
    """absolute URL to use instead of an action

    Read-only: set by the server.
    """
    requires_owner: Optional[bool] = None
    """if the action requires the user to own the app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AddOnPlanAction:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            label=_rt.optional_str(data, "label"),
            action=_rt.optional_str(data, "action"),
            url=_rt.optional_str(data, "url"),
            requires_owner=_rt.optional_bool(data, "requires_owner"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.label is not None:
            data["label"] = self.label
        if self.action is not None:
            data["action"] = self.action
        if self.url is not None:
            data["url"] = self.url
        if self.requires_owner is not None:
            data["requires_owner"] = self.requires_owner
        return data


@dataclass(kw_only=True, slots=True)
class AddOnRegionCapability:
    """Add-on region capabilities represent the relationship between an Add-on Service and a specific Region. Only Beta and GA add-ons are returned by these endpoints."""

    id: Optional[str] = None
    """unique identifier of this add-on-region-capability

    Read-only: set by the server.
    """
    supports_private_networking: Optional[bool] = None
    """whether the add-on can be installed to a Space

    Read-only: set by the server.
    """
    addon_service: Optional[AddOnService] = None
    """Add-on services represent add-ons that may be provisioned for apps. Endpoints under add-on services can be accessed without authentication."""
    region: Optional[Region] = None
    """A region represents a geographic location in which your application may run."""

    @classmethod
    def from_dict(cls, data: Any) -> AddOnRegionCapability:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            supports_private_networking=_rt.optional_bool(data, "supports_private_networking"),
            addon_service=_rt.optional(data, "addon_service", AddOnService.from_dict),
            region=_rt.optional(data, "region", _models.Region.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.supports_private_networking is not None:
            data["supports_private_networking"] = self.supports_private_networking
        if self.addon_service is not None:
            data["addon_service"] = self.addon_service.to_dict()
        if self.region is not None:
            data["region"] = self.region.to_dict()
        return data


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
            state=_rt.optional(data, "state", AddOnServiceState.decode),
            supports_multiple_installations=_rt.optional_bool(
                data,
                "supports_multiple_installations",
            ),
            supports_sharing=_rt.optional_bool(data, "supports_sharing"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            supported_generations=_rt.optional(
                data,
                "supported_generations",
                _rt.list_of(AddOnServiceSupportedGenerationsItem.from_dict),
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


@dataclass(kw_only=True, slots=True)
class AddOnServiceSupportedGenerationsItem:
    name: Optional[str] = None
    """unique name of generation

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of generation

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AddOnServiceSupportedGenerationsItem:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class AddOnWebhook:
    """Represents the details of a webhook subscription"""

    created_at: datetime
    """when the webhook was created"""
    id: str
    """the webhook's unique identifier

    Read-only: set by the server.
    """
    include: list[str]
    """the entities that the subscription provides notifications for"""
    level: AppWebhookLevel
    """if `notify`, Heroku makes a single, fire-and-forget delivery attempt. If `sync`, Heroku attempts multiple deliveries until the request is successful or a limit is reached"""
    updated_at: datetime
    """when the webhook was updated"""
    url: str
    """the URL where the webhook's notification requests are sent"""

    @classmethod
    def from_dict(cls, data: Any) -> AddOnWebhook:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.required(data, "created_at", _rt.as_datetime),
            id=_rt.required(data, "id", _rt.as_str),
            include=_rt.required(data, "include", _rt.list_of(_rt.as_str)),
            level=_rt.required(data, "level", _models.AppWebhookLevel.decode),
            updated_at=_rt.required(data, "updated_at", _rt.as_datetime),
            url=_rt.required(data, "url", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["created_at"] = self.created_at.isoformat()
        data["id"] = self.id
        data["include"] = list(self.include)
        data["level"] = self.level.value
        data["updated_at"] = self.updated_at.isoformat()
        data["url"] = self.url
        return data


@dataclass(kw_only=True, slots=True)
class AddOnWebhookAddonWebhook:
    """add-on webhook"""

    addon: Optional[AddOnWebhookAddonWebhookAddon] = None
    """identity of add-on. Only used for add-on partner webhooks."""
    created_at: Optional[datetime] = None
    """when the webhook was created"""
    id: Optional[str] = None
    """the webhook's unique identifier

    Read-only: set by the server.
    """
    include: Optional[list[str]] = None
    """the entities that the subscription provides notifications for"""
    level: Optional[AppWebhookLevel] = None
    """if `notify`, Heroku makes a single, fire-and-forget delivery attempt. If `sync`, Heroku attempts multiple deliveries until the request is successful or a limit is reached"""
    updated_at: Optional[datetime] = None
    """when the webhook was updated"""
    url: Optional[str] = None
    """the URL where the webhook's notification requests are sent"""

    @classmethod
    def from_dict(cls, data: Any) -> AddOnWebhookAddonWebhook:
        data = _rt.expect_object(data)
        return cls(
            addon=_rt.optional(data, "addon", AddOnWebhookAddonWebhookAddon.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            include=_rt.optional(data, "include", _rt.list_of(_rt.as_str)),
            level=_rt.optional(data, "level", _models.AppWebhookLevel.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            url=_rt.optional_str(data, "url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addon is not None:
            data["addon"] = self.addon.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.include is not None:
            data["include"] = list(self.include)
        if self.level is not None:
            data["level"] = self.level.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.url is not None:
            data["url"] = self.url
        return data


@dataclass(kw_only=True, slots=True)
class AddOnWebhookAddonWebhookAddon:
    """identity of add-on. Only used for add-on partner webhooks."""

    id: Optional[str] = None
    """unique identifier of add-on

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """globally unique name of the add-on"""

    @classmethod
    def from_dict(cls, data: Any) -> AddOnWebhookAddonWebhookAddon:
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


class AddOnBillingEntityType(str, _rt.OpenEnum):
    """type of Object of the billing entity; new types allowed at any time."""

    APP = "app"
    TEAM = "team"


class AddOnServiceState(str, _rt.OpenEnum):
    """release status for add-on service"""

    ALPHA = "alpha"
    BETA = "beta"
    GA = "ga"
    SHUTDOWN = "shutdown"


class AddOnState(str, _rt.OpenEnum):
    """state in the add-on's lifecycle"""

    PROVISIONING = "provisioning"
    PROVISIONED = "provisioned"
    DEPROVISIONED = "deprovisioned"
