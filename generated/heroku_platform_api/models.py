"""Data models of the Heroku Platform API.

``from_dict`` checks types as it decodes and names the field that does not
match; fields the document does not list are ignored, and fields it lists
but the server left out are ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Optional

from . import _runtime as _rt


class IdentityProviderOwnerType(str, _rt.OpenEnum):
    """type of the owner"""

    TEAM = "team"
    ENTERPRISE_ACCOUNT = "enterprise-account"


class AccountSelf(str, _rt.OpenEnum):
    """Implicit reference to currently authorized user"""

    VALUE = "~"


class AddOnServiceState(str, _rt.OpenEnum):
    """release status for add-on service"""

    ALPHA = "alpha"
    BETA = "beta"
    GA = "ga"
    SHUTDOWN = "shutdown"


class RegionProviderRegion(str, _rt.OpenEnum):
    """region name used by provider"""

    AP_SOUTH_1 = "ap-south-1"
    EU_WEST_1 = "eu-west-1"
    AP_SOUTHEAST_1 = "ap-southeast-1"
    AP_SOUTHEAST_2 = "ap-southeast-2"
    EU_CENTRAL_1 = "eu-central-1"
    EU_WEST_2 = "eu-west-2"
    AP_NORTHEAST_2 = "ap-northeast-2"
    AP_NORTHEAST_1 = "ap-northeast-1"
    US_EAST_1 = "us-east-1"
    SA_EAST_1 = "sa-east-1"
    US_WEST_1 = "us-west-1"
    US_WEST_2 = "us-west-2"
    CA_CENTRAL_1 = "ca-central-1"


class AppWebhookLevel(str, _rt.OpenEnum):
    """if `notify`, Heroku makes a single, fire-and-forget delivery attempt. If `sync`, Heroku attempts multiple deliveries until the request is successful or a limit is reached"""

    NOTIFY = "notify"
    SYNC = "sync"


class AddOnBillingEntityType(str, _rt.OpenEnum):
    """type of Object of the billing entity; new types allowed at any time."""

    APP = "app"
    TEAM = "team"


class AddOnState(str, _rt.OpenEnum):
    """state in the add-on's lifecycle"""

    PROVISIONING = "provisioning"
    PROVISIONED = "provisioned"
    DEPROVISIONED = "deprovisioned"


class AppSetupStatus(str, _rt.OpenEnum):
    """the overall status of app setup"""

    FAILED = "failed"
    PENDING = "pending"
    SUCCEEDED = "succeeded"


class BuildStatus(str, _rt.OpenEnum):
    """status of build"""

    FAILED = "failed"
    PENDING = "pending"
    SUCCEEDED = "succeeded"


class AppTransferState(str, _rt.OpenEnum):
    """the current state of an app transfer"""

    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class AppWebhookDeliveryAttemptStatus(str, _rt.OpenEnum):
    """status of an attempt"""

    SCHEDULED = "scheduled"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class AppWebhookDeliveryStatus(str, _rt.OpenEnum):
    """the delivery's status"""

    PENDING = "pending"
    SCHEDULED = "scheduled"
    RETRYING = "retrying"
    FAILED = "failed"
    SUCCEEDED = "succeeded"


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


class TeamRole(str, _rt.OpenEnum):
    """role in the team"""

    ADMIN = "admin"
    COLLABORATOR = "collaborator"
    MEMBER = "member"
    OWNER = "owner"


class DomainKind(str, _rt.OpenEnum):
    """type of domain name"""

    HEROKU = "heroku"
    CUSTOM = "custom"


class EnterpriseAccountMemberPermission(str, _rt.OpenEnum):
    """permission in the enterprise account"""

    VIEW = "view"
    CREATE = "create"
    MANAGE = "manage"
    BILLING = "billing"


class InboundRulesetAction(str, _rt.OpenEnum):
    """states whether the connection is allowed or denied"""

    ALLOW = "allow"
    DENY = "deny"


class Region2(str, _rt.OpenEnum):
    """region name used by provider"""

    AP_SOUTH_1 = "ap-south-1"
    EU_WEST_1 = "eu-west-1"
    AP_SOUTHEAST_1 = "ap-southeast-1"
    AP_SOUTHEAST_2 = "ap-southeast-2"
    EU_CENTRAL_1 = "eu-central-1"
    EU_WEST_2 = "eu-west-2"
    AP_NORTHEAST_2 = "ap-northeast-2"
    AP_NORTHEAST_1 = "ap-northeast-1"
    US_EAST_1 = "us-east-1"
    SA_EAST_1 = "sa-east-1"
    US_WEST_1 = "us-west-1"
    US_WEST_2 = "us-west-2"
    CA_CENTRAL_1 = "ca-central-1"


class PeeringType(str, _rt.OpenEnum):
    """The type of peering connection."""

    HEROKU_MANAGED = "heroku-managed"
    CUSTOMER_MANAGED = "customer-managed"
    UNKNOWN_2 = "unknown"


class PeeringStatus(str, _rt.OpenEnum):
    """The status of the peering connection."""

    INITIATING_REQUEST = "initiating-request"
    PENDING_ACCEPTANCE = "pending-acceptance"
    PROVISIONING = "provisioning"
    ACTIVE = "active"
    FAILED = "failed"
    EXPIRED = "expired"
    REJECTED = "rejected"
    DELETED = "deleted"


class PermissionEntityType(str, _rt.OpenEnum):
    """The type of object the entity is referring to."""

    APP = "app"
    SPACE = "space"


class PipelineCouplingStage(str, _rt.OpenEnum):
    """target pipeline stage"""

    TEST = "test"
    REVIEW = "review"
    DEVELOPMENT = "development"
    STAGING = "staging"
    PRODUCTION = "production"


class ReleaseStatus(str, _rt.OpenEnum):
    """current status of the release"""

    FAILED = "failed"
    PENDING = "pending"
    SUCCEEDED = "succeeded"
    EXPIRED = "expired"


class PipelinePromotionTargetStatus(str, _rt.OpenEnum):
    """status of promotion"""

    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class PipelinePromotionStatus(str, _rt.OpenEnum):
    """status of promotion"""

    PENDING = "pending"
    COMPLETED = "completed"


class PlanRegime(str, _rt.OpenEnum):
    """compliance requirements an add-on plan must adhere to"""

    HIPAA = "HIPAA"
    PCI = "PCI"


class ReviewAppStatus(str, _rt.OpenEnum):
    """current state of the review app"""

    PENDING = "pending"
    CREATING = "creating"
    CREATED = "created"
    DELETING = "deleting"
    DELETED = "deleted"
    ERRORED = "errored"


class SpaceNatState(str, _rt.OpenEnum):
    """availability of network address translation for a space"""

    DISABLED = "disabled"
    UPDATING = "updating"
    ENABLED = "enabled"


class SpaceState(str, _rt.OpenEnum):
    """availability of this space"""

    ALLOCATING = "allocating"
    ALLOCATED = "allocated"
    DELETING = "deleting"


class TeamMemberTeamRole(str, _rt.OpenEnum):
    """role in the team"""

    ADMIN = "admin"
    VIEWER = "viewer"
    MEMBER = "member"


class TeamPreferencesDefaultPermission(str, _rt.OpenEnum):
    """The default permission used when adding new members to the team"""

    ADMIN = "admin"
    MEMBER = "member"
    VIEWER = "viewer"


class TeamType(str, _rt.OpenEnum):
    """type of team."""

    ENTERPRISE = "enterprise"
    TEAM = "team"


class TelemetryDrainOwnerType(str, _rt.OpenEnum):
    """type of owner"""

    APP = "app"
    SPACE = "space"


class TelemetryDrainSignal(str, _rt.OpenEnum):
    """OpenTelemetry signal to be sent to the telemetry drain"""

    TRACES = "traces"
    METRICS = "metrics"
    LOGS = "logs"


class TelemetryDrainExporterType2(str, _rt.OpenEnum):
    """the transport type to be used for your OpenTelemetry consumer"""

    OTLPHTTP = "otlphttp"
    OTLP = "otlp"


class TelemetryDrainExporterType(str, _rt.OpenEnum):
    """the transport type to be used for your OpenTelemetry consumer"""

    OTLPHTTP = "otlphttp"
    OTLP = "otlp"


class TestNodeStatus(str, _rt.OpenEnum):
    """current state of the test run"""

    PENDING = "pending"
    CANCELLED = "cancelled"
    CREATING = "creating"
    BUILDING = "building"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    ERRORED = "errored"
    DEBUGGING = "debugging"


class TestRunStatus(str, _rt.OpenEnum):
    """current state of the test run"""

    PENDING = "pending"
    CANCELLED = "cancelled"
    CREATING = "creating"
    BUILDING = "building"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    ERRORED = "errored"
    DEBUGGING = "debugging"


class UserPreferencesSelf(str, _rt.OpenEnum):
    """Implicit reference to currently authorized user"""

    VALUE = "~"


class VpnConnectionTunnelStatus(str, _rt.OpenEnum):
    """Status of the tunnel"""

    UP = "UP"
    DOWN = "DOWN"


class VpnConnectionStatus(str, _rt.OpenEnum):
    """Status of the VPN"""

    PENDING = "pending"
    PROVISIONING = "provisioning"
    ACTIVE = "active"
    DEPROVISIONING = "deprovisioning"
    FAILED = "failed"


class AppTransferUpdateBodyState(str, _rt.OpenEnum):
    """the current state of an app transfer"""

    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class TeamInvitationCreateBodyRole(str, _rt.OpenEnum):
    """role in the team"""

    ADMIN = "admin"
    COLLABORATOR = "collaborator"
    MEMBER = "member"
    OWNER = "owner"


class TestRunUpdateBodyStatus(str, _rt.OpenEnum):
    """current state of the test run"""

    PENDING = "pending"
    CANCELLED = "cancelled"
    CREATING = "creating"
    BUILDING = "building"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    ERRORED = "errored"
    DEBUGGING = "debugging"


@dataclass(kw_only=True, slots=True)
class AccountDelinquency:
    """A Heroku account becomes delinquent due to non-payment. We [suspend and delete](https://help.heroku.com/EREVRILX/what-happens-if-i-have-unpaid-heroku-invoices) delinquent accounts if their invoices remain unpaid."""

    scheduled_suspension_time: Optional[datetime] = None
    """scheduled time of when we will suspend your account due to delinquency

    Read-only: set by the server.
    """
    scheduled_deletion_time: Optional[datetime] = None
    """scheduled time of when we will delete your account due to delinquency

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AccountDelinquency:
        data = _rt.expect_object(data)
        return cls(
            scheduled_suspension_time=_rt.optional_datetime(data, "scheduled_suspension_time"),
            scheduled_deletion_time=_rt.optional_datetime(data, "scheduled_deletion_time"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.scheduled_suspension_time is not None:
            data["scheduled_suspension_time"] = self.scheduled_suspension_time.isoformat()
        if self.scheduled_deletion_time is not None:
            data["scheduled_deletion_time"] = self.scheduled_deletion_time.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class AccountFeature:
    """An account feature represents a Heroku labs capability that can be enabled or disabled for an account on Heroku."""

    created_at: Optional[datetime] = None
    """when account feature was created

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """description of account feature

    Read-only: set by the server.
    """
    doc_url: Optional[str] = None
    """documentation URL of account feature

    Read-only: set by the server.
    """
    enabled: Optional[bool] = None
    """whether or not account feature has been enabled"""
    id: Optional[str] = None
    """unique identifier of account feature

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of account feature

    Read-only: set by the server.
    """
    state: Optional[str] = None
    """state of account feature

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when account feature was updated

    Read-only: set by the server.
    """
    display_name: Optional[str] = None
    """user readable feature name

    Read-only: set by the server.
    """
    feedback_email: Optional[str] = None
    """e-mail to send feedback about the feature

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AccountFeature:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            description=_rt.optional_str(data, "description"),
            doc_url=_rt.optional_str(data, "doc_url"),
            enabled=_rt.optional_bool(data, "enabled"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            state=_rt.optional_str(data, "state"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            display_name=_rt.optional_str(data, "display_name"),
            feedback_email=_rt.optional_str(data, "feedback_email"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.description is not None:
            data["description"] = self.description
        if self.doc_url is not None:
            data["doc_url"] = self.doc_url
        if self.enabled is not None:
            data["enabled"] = self.enabled
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.state is not None:
            data["state"] = self.state
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.display_name is not None:
            data["display_name"] = self.display_name
        if self.feedback_email is not None:
            data["feedback_email"] = self.feedback_email
        return data


@dataclass(kw_only=True, slots=True)
class AccountIdentityProviderTeam:
    """The AccountIdentityProviderTeam object."""

    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AccountIdentityProviderTeam:
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
class AccountIdentityProviderOrganization:
    """The AccountIdentityProviderOrganization object."""

    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AccountIdentityProviderOrganization:
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
class IdentityProviderOwner:
    """entity that owns this identity provider"""

    id: str
    """unique identifier of the owner"""
    name: Optional[str] = None
    """name of the owner"""
    type: IdentityProviderOwnerType
    """type of the owner"""

    @classmethod
    def from_dict(cls, data: Any) -> IdentityProviderOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            name=_rt.optional_str(data, "name"),
            type=_rt.required(data, "type", IdentityProviderOwnerType.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        data["type"] = self.type.value
        return data


@dataclass(kw_only=True, slots=True)
class AccountIdentityProvider:
    """Identity Provider details for federated users."""

    id: Optional[str] = None
    """unique identifier of this identity provider

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """user-friendly unique identifier for this identity provider"""
    team: Optional[AccountIdentityProviderTeam] = None
    organization: Optional[AccountIdentityProviderOrganization] = None
    owner: Optional[IdentityProviderOwner] = None
    """entity that owns this identity provider"""

    @classmethod
    def from_dict(cls, data: Any) -> AccountIdentityProvider:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            team=_rt.optional(data, "team", AccountIdentityProviderTeam.from_dict),
            organization=_rt.optional(
                data,
                "organization",
                AccountIdentityProviderOrganization.from_dict,
            ),
            owner=_rt.optional(data, "owner", IdentityProviderOwner.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.team is not None:
            data["team"] = self.team.to_dict()
        if self.organization is not None:
            data["organization"] = self.organization.to_dict()
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class AccountDefaultOrganization:
    """team selected by default"""

    id: Optional[str] = None
    """unique identifier of team

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AccountDefaultOrganization:
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
class AccountDefaultTeam:
    """team selected by default"""

    id: Optional[str] = None
    """unique identifier of team

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AccountDefaultTeam:
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
class Account:
    """An account represents an individual signed up to use the Heroku platform."""

    allow_tracking: Optional[bool] = None
    """whether to allow third party web activity tracking

    Default: True.
    """
    beta: Optional[bool] = None
    """whether allowed to utilize beta Heroku features

    Default: False.
    """
    created_at: Optional[datetime] = None
    """when account was created

    Read-only: set by the server.
    """
    email: Optional[str] = None
    """unique email address of account"""
    federated: Optional[bool] = None
    """whether the user is federated and belongs to an Identity Provider

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """
    identity_provider: Optional[AccountIdentityProvider] = None
    """Identity Provider details for federated users."""
    last_login: Optional[datetime] = None
    """when account last authorized with Heroku

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """full name of the account owner"""
    sms_number: Optional[str] = None
    """SMS number of account

    Read-only: set by the server.
    """
    suspended_at: Optional[datetime] = None
    """when account was suspended

    Read-only: set by the server.
    """
    delinquent_at: Optional[datetime] = None
    """when account became delinquent

    Read-only: set by the server.
    """
    two_factor_authentication: Optional[bool] = None
    """whether two-factor auth is enabled on the account

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when account was updated

    Read-only: set by the server.
    """
    verified: Optional[bool] = None
    """whether account has been verified with billing information

    Read-only: set by the server.

    Default: False.
    """
    country_of_residence: Optional[str] = None
    """country where account owner resides"""
    default_organization: Optional[AccountDefaultOrganization] = None
    """team selected by default"""
    default_team: Optional[AccountDefaultTeam] = None
    """team selected by default"""

    @classmethod
    def from_dict(cls, data: Any) -> Account:
        data = _rt.expect_object(data)
        return cls(
            allow_tracking=_rt.optional_bool(data, "allow_tracking"),
            beta=_rt.optional_bool(data, "beta"),
            created_at=_rt.optional_datetime(data, "created_at"),
            email=_rt.optional_str(data, "email"),
            federated=_rt.optional_bool(data, "federated"),
            id=_rt.optional_str(data, "id"),
            identity_provider=_rt.optional(
                data,
                "identity_provider",
                AccountIdentityProvider.from_dict,
            ),
            last_login=_rt.optional_datetime(data, "last_login"),
            name=_rt.optional_str(data, "name"),
            sms_number=_rt.optional_str(data, "sms_number"),
            suspended_at=_rt.optional_datetime(data, "suspended_at"),
            delinquent_at=_rt.optional_datetime(data, "delinquent_at"),
            two_factor_authentication=_rt.optional_bool(data, "two_factor_authentication"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            verified=_rt.optional_bool(data, "verified"),
            country_of_residence=_rt.optional_str(data, "country_of_residence"),
            default_organization=_rt.optional(
                data,
                "default_organization",
                AccountDefaultOrganization.from_dict,
            ),
            default_team=_rt.optional(data, "default_team", AccountDefaultTeam.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.allow_tracking is not None:
            data["allow_tracking"] = self.allow_tracking
        if self.beta is not None:
            data["beta"] = self.beta
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.email is not None:
            data["email"] = self.email
        if self.federated is not None:
            data["federated"] = self.federated
        if self.id is not None:
            data["id"] = self.id
        if self.identity_provider is not None:
            data["identity_provider"] = self.identity_provider.to_dict()
        if self.last_login is not None:
            data["last_login"] = self.last_login.isoformat()
        if self.name is not None:
            data["name"] = self.name
        if self.sms_number is not None:
            data["sms_number"] = self.sms_number
        if self.suspended_at is not None:
            data["suspended_at"] = self.suspended_at.isoformat()
        if self.delinquent_at is not None:
            data["delinquent_at"] = self.delinquent_at.isoformat()
        if self.two_factor_authentication is not None:
            data["two_factor_authentication"] = self.two_factor_authentication
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.verified is not None:
            data["verified"] = self.verified
        if self.country_of_residence is not None:
            data["country_of_residence"] = self.country_of_residence
        if self.default_organization is not None:
            data["default_organization"] = self.default_organization.to_dict()
        if self.default_team is not None:
            data["default_team"] = self.default_team.to_dict()
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
class AddOnServiceSupportedGenerationsItem:
    """The AddOnServiceSupportedGenerationsItem object."""

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
class RegionProvider:
    """provider of underlying substrate"""

    name: Optional[str] = None
    """name of provider

    Read-only: set by the server.
    """
    region: Optional[RegionProviderRegion] = None
    """region name used by provider

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> RegionProvider:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
            region=_rt.optional(data, "region", RegionProviderRegion.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.region is not None:
            data["region"] = self.region.value
        return data


@dataclass(kw_only=True, slots=True)
class Region:
    """A region represents a geographic location in which your application may run."""

    country: Optional[str] = None
    """country where the region exists

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when region was created

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """description of region

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of region

    Read-only: set by the server.
    """
    locale: Optional[str] = None
    """area in the country where the region exists

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of region

    Read-only: set by the server.
    """
    private_capable: Optional[bool] = None
    """whether or not region is available for creating a Private Space

    Read-only: set by the server.
    """
    provider: Optional[RegionProvider] = None
    """provider of underlying substrate

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when region was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Region:
        data = _rt.expect_object(data)
        return cls(
            country=_rt.optional_str(data, "country"),
            created_at=_rt.optional_datetime(data, "created_at"),
            description=_rt.optional_str(data, "description"),
            id=_rt.optional_str(data, "id"),
            locale=_rt.optional_str(data, "locale"),
            name=_rt.optional_str(data, "name"),
            private_capable=_rt.optional_bool(data, "private_capable"),
            provider=_rt.optional(data, "provider", RegionProvider.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.country is not None:
            data["country"] = self.country
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.description is not None:
            data["description"] = self.description
        if self.id is not None:
            data["id"] = self.id
        if self.locale is not None:
            data["locale"] = self.locale
        if self.name is not None:
            data["name"] = self.name
        if self.private_capable is not None:
            data["private_capable"] = self.private_capable
        if self.provider is not None:
            data["provider"] = self.provider.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
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
            region=_rt.optional(data, "region", Region.from_dict),
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
            level=_rt.required(data, "level", AppWebhookLevel.decode),
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
            level=_rt.optional(data, "level", AppWebhookLevel.decode),
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
class AddOnApp:
    """billing application associated with this add-on"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of app"""

    @classmethod
    def from_dict(cls, data: Any) -> AddOnApp:
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
    app: AddOnApp
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
            app=_rt.required(data, "app", AddOnApp.from_dict),
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
class AllowedAddOnServiceAddedBy:
    """the user which allowed the add-on service"""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AllowedAddOnServiceAddedBy:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class AllowedAddOnServiceAddonService:
    """the add-on service allowed for use"""

    id: Optional[str] = None
    """unique identifier of this add-on-service

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of this add-on-service

    Read-only: set by the server.
    """
    human_name: Optional[str] = None
    """human-readable name of the add-on service provider

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AllowedAddOnServiceAddonService:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            human_name=_rt.optional_str(data, "human_name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.human_name is not None:
            data["human_name"] = self.human_name
        return data


@dataclass(kw_only=True, slots=True)
class AllowedAddOnService:
    """Entities that have been allowed to be used by a Team"""

    added_at: Optional[datetime] = None
    """when the add-on service was allowed

    Read-only: set by the server.
    """
    added_by: Optional[AllowedAddOnServiceAddedBy] = None
    """the user which allowed the add-on service

    Read-only: set by the server.
    """
    addon_service: Optional[AllowedAddOnServiceAddonService] = None
    """the add-on service allowed for use

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier for this allowed add-on service record

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AllowedAddOnService:
        data = _rt.expect_object(data)
        return cls(
            added_at=_rt.optional_datetime(data, "added_at"),
            added_by=_rt.optional(data, "added_by", AllowedAddOnServiceAddedBy.from_dict),
            addon_service=_rt.optional(
                data,
                "addon_service",
                AllowedAddOnServiceAddonService.from_dict,
            ),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.added_at is not None:
            data["added_at"] = self.added_at.isoformat()
        if self.added_by is not None:
            data["added_by"] = self.added_by.to_dict()
        if self.addon_service is not None:
            data["addon_service"] = self.addon_service.to_dict()
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class AppFeature:
    """An app feature represents a Heroku labs capability that can be enabled or disabled for an app on Heroku."""

    created_at: Optional[datetime] = None
    """when app feature was created

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """description of app feature

    Read-only: set by the server.
    """
    doc_url: Optional[str] = None
    """documentation URL of app feature

    Read-only: set by the server.
    """
    enabled: Optional[bool] = None
    """whether or not app feature has been enabled"""
    id: Optional[str] = None
    """unique identifier of app feature

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of app feature

    Read-only: set by the server.
    """
    state: Optional[str] = None
    """state of app feature

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when app feature was updated

    Read-only: set by the server.
    """
    display_name: Optional[str] = None
    """user readable feature name

    Read-only: set by the server.
    """
    feedback_email: Optional[str] = None
    """e-mail to send feedback about the feature

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppFeature:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            description=_rt.optional_str(data, "description"),
            doc_url=_rt.optional_str(data, "doc_url"),
            enabled=_rt.optional_bool(data, "enabled"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            state=_rt.optional_str(data, "state"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            display_name=_rt.optional_str(data, "display_name"),
            feedback_email=_rt.optional_str(data, "feedback_email"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.description is not None:
            data["description"] = self.description
        if self.doc_url is not None:
            data["doc_url"] = self.doc_url
        if self.enabled is not None:
            data["enabled"] = self.enabled
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.state is not None:
            data["state"] = self.state
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.display_name is not None:
            data["display_name"] = self.display_name
        if self.feedback_email is not None:
            data["feedback_email"] = self.feedback_email
        return data


@dataclass(kw_only=True, slots=True)
class AppSetupApp:
    """identity of app"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of app"""

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupApp:
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
            status=_rt.optional(data, "status", BuildStatus.decode),
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


@dataclass(kw_only=True, slots=True)
class AppSetupPostdeploy:
    """result of postdeploy script"""

    output: Optional[str] = None
    """output of the postdeploy script

    Read-only: set by the server.
    """
    exit_code: Optional[int] = None
    """The exit code of the postdeploy script

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupPostdeploy:
        data = _rt.expect_object(data)
        return cls(
            output=_rt.optional_str(data, "output"),
            exit_code=_rt.optional_int(data, "exit_code"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.output is not None:
            data["output"] = self.output
        if self.exit_code is not None:
            data["exit_code"] = self.exit_code
        return data


@dataclass(kw_only=True, slots=True)
class AppSetup:
    """An app setup represents an app on Heroku that is setup using an environment, addons, and scripts described in an app.json manifest file."""

    id: Optional[str] = None
    """unique identifier of app setup

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when app setup was created

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when app setup was updated

    Read-only: set by the server.
    """
    status: Optional[AppSetupStatus] = None
    """the overall status of app setup

    Read-only: set by the server.
    """
    failure_message: Optional[str] = None
    """reason that app setup has failed

    Read-only: set by the server.
    """
    app: Optional[AppSetupApp] = None
    """identity of app"""
    build: Optional[AppSetupBuild] = None
    """identity and status of build"""
    manifest_errors: Optional[list[str]] = None
    """errors associated with invalid app.json manifest file

    Read-only: set by the server.
    """
    postdeploy: Optional[AppSetupPostdeploy] = None
    """result of postdeploy script

    Read-only: set by the server.
    """
    resolved_success_url: Optional[str] = None
    """fully qualified success url

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppSetup:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            status=_rt.optional(data, "status", AppSetupStatus.decode),
            failure_message=_rt.optional_str(data, "failure_message"),
            app=_rt.optional(data, "app", AppSetupApp.from_dict),
            build=_rt.optional(data, "build", AppSetupBuild.from_dict),
            manifest_errors=_rt.optional(data, "manifest_errors", _rt.list_of(_rt.as_str)),
            postdeploy=_rt.optional(data, "postdeploy", AppSetupPostdeploy.from_dict),
            resolved_success_url=_rt.optional_str(data, "resolved_success_url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.status is not None:
            data["status"] = self.status.value
        if self.failure_message is not None:
            data["failure_message"] = self.failure_message
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.build is not None:
            data["build"] = self.build.to_dict()
        if self.manifest_errors is not None:
            data["manifest_errors"] = list(self.manifest_errors)
        if self.postdeploy is not None:
            data["postdeploy"] = self.postdeploy.to_dict()
        if self.resolved_success_url is not None:
            data["resolved_success_url"] = self.resolved_success_url
        return data


@dataclass(kw_only=True, slots=True)
class AppSetupBuildpackOverride:
    """a buildpack override"""

    url: Optional[str] = None
    """location of the buildpack"""

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupBuildpackOverride:
        data = _rt.expect_object(data)
        return cls(
            url=_rt.optional_str(data, "url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.url is not None:
            data["url"] = self.url
        return data


@dataclass(kw_only=True, slots=True)
class AppSetupOverrides:
    """overrides of keys in the app.json manifest file"""

    buildpacks: Optional[list[AppSetupBuildpackOverride]] = None
    """overrides the buildpacks specified in the app.json manifest file"""
    env: Optional[dict[str, str]] = None
    """overrides of the env specified in the app.json manifest file

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupOverrides:
        data = _rt.expect_object(data)
        return cls(
            buildpacks=_rt.optional(
                data,
                "buildpacks",
                _rt.list_of(AppSetupBuildpackOverride.from_dict),
            ),
            env=_rt.optional(data, "env", _rt.dict_of(_rt.as_str)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.buildpacks is not None:
            data["buildpacks"] = _rt.encode(self.buildpacks)
        if self.env is not None:
            data["env"] = _rt.encode(self.env)
        return data


@dataclass(kw_only=True, slots=True)
class AppTransferApp:
    """app involved in the transfer"""

    name: Optional[str] = None
    """unique name of app"""
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppTransferApp:
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
class AppTransferOwner:
    """identity of the owner of the transfer"""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppTransferOwner:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class AppTransferRecipient:
    """identity of the recipient of the transfer"""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppTransferRecipient:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class AppTransfer:
    """An app transfer represents a two party interaction for transferring ownership of an app."""

    app: Optional[AppTransferApp] = None
    """app involved in the transfer"""
    created_at: Optional[datetime] = None
    """when app transfer was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of app transfer

    Read-only: set by the server.
    """
    owner: Optional[AppTransferOwner] = None
    """identity of the owner of the transfer"""
    recipient: Optional[AppTransferRecipient] = None
    """identity of the recipient of the transfer"""
    state: Optional[AppTransferState] = None
    """the current state of an app transfer

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when app transfer was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppTransfer:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", AppTransferApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            owner=_rt.optional(data, "owner", AppTransferOwner.from_dict),
            recipient=_rt.optional(data, "recipient", AppTransferRecipient.from_dict),
            state=_rt.optional(data, "state", AppTransferState.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        if self.recipient is not None:
            data["recipient"] = self.recipient.to_dict()
        if self.state is not None:
            data["state"] = self.state.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class AppWebhookDeliveryEvent:
    """identity of event"""

    id: Optional[str] = None
    """the event's unique identifier

    Read-only: set by the server.
    """
    include: Optional[str] = None
    """the type of entity that the event is related to"""

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookDeliveryEvent:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            include=_rt.optional_str(data, "include"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.include is not None:
            data["include"] = self.include
        return data


@dataclass(kw_only=True, slots=True)
class AppWebhookDeliveryLastAttempt:
    """last attempt of a delivery"""

    id: Optional[str] = None
    """unique identifier of attempt

    Read-only: set by the server.
    """
    code: Optional[int] = None
    """http response code received during attempt

    Read-only: set by the server.
    """
    error_class: Optional[str] = None
    """error class encountered during attempt

    Read-only: set by the server.
    """
    status: Optional[AppWebhookDeliveryAttemptStatus] = None
    """status of an attempt"""
    created_at: Optional[datetime] = None
    """when attempt was created"""
    updated_at: Optional[datetime] = None
    """when attempt was updated"""

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookDeliveryLastAttempt:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            code=_rt.optional_int(data, "code"),
            error_class=_rt.optional_str(data, "error_class"),
            status=_rt.optional(data, "status", AppWebhookDeliveryAttemptStatus.decode),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.code is not None:
            data["code"] = self.code
        if self.error_class is not None:
            data["error_class"] = self.error_class
        if self.status is not None:
            data["status"] = self.status.value
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class AppWebhookDeliveryWebhook:
    """identity of webhook"""

    id: Optional[str] = None
    """the webhook's unique identifier

    Read-only: set by the server.
    """
    level: Optional[AppWebhookLevel] = None
    """if `notify`, Heroku makes a single, fire-and-forget delivery attempt. If `sync`, Heroku attempts multiple deliveries until the request is successful or a limit is reached"""

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookDeliveryWebhook:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            level=_rt.optional(data, "level", AppWebhookLevel.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.level is not None:
            data["level"] = self.level.value
        return data


@dataclass(kw_only=True, slots=True)
class AppWebhookDelivery:
    """Represents the delivery of a webhook notification, including its current status."""

    created_at: Optional[datetime] = None
    """when the delivery was created"""
    event: Optional[AppWebhookDeliveryEvent] = None
    """identity of event"""
    id: Optional[str] = None
    """the delivery's unique identifier

    Read-only: set by the server.
    """
    num_attempts: Optional[int] = None
    """number of times a delivery has been attempted

    Read-only: set by the server.
    """
    next_attempt_at: Optional[datetime] = None
    """when delivery will be attempted again"""
    last_attempt: Optional[AppWebhookDeliveryLastAttempt] = None
    """last attempt of a delivery"""
    status: Optional[AppWebhookDeliveryStatus] = None
    """the delivery's status"""
    updated_at: Optional[datetime] = None
    """when the delivery was last updated"""
    webhook: Optional[AppWebhookDeliveryWebhook] = None
    """identity of webhook"""

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookDelivery:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            event=_rt.optional(data, "event", AppWebhookDeliveryEvent.from_dict),
            id=_rt.optional_str(data, "id"),
            num_attempts=_rt.optional_int(data, "num_attempts"),
            next_attempt_at=_rt.optional_datetime(data, "next_attempt_at"),
            last_attempt=_rt.optional(
                data,
                "last_attempt",
                AppWebhookDeliveryLastAttempt.from_dict,
            ),
            status=_rt.optional(data, "status", AppWebhookDeliveryStatus.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            webhook=_rt.optional(data, "webhook", AppWebhookDeliveryWebhook.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.event is not None:
            data["event"] = self.event.to_dict()
        if self.id is not None:
            data["id"] = self.id
        if self.num_attempts is not None:
            data["num_attempts"] = self.num_attempts
        if self.next_attempt_at is not None:
            data["next_attempt_at"] = self.next_attempt_at.isoformat()
        if self.last_attempt is not None:
            data["last_attempt"] = self.last_attempt.to_dict()
        if self.status is not None:
            data["status"] = self.status.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.webhook is not None:
            data["webhook"] = self.webhook.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class AppWebhookEventActor:
    """user that caused event"""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookEventActor:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class AppWebhookEventPayload:
    """payload of event"""

    action: Optional[str] = None
    """the type of event that occurred"""
    actor: Optional[AppWebhookEventActor] = None
    """user that caused event"""
    data: Optional[dict[str, Any]] = None
    """the current details of the event"""
    previous_data: Optional[dict[str, Any]] = None
    """previous details of the event (if any)"""
    resource: Optional[str] = None
    """the type of resource associated with the event"""
    version: Optional[str] = None
    """the version of the details provided for the event"""

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookEventPayload:
        data = _rt.expect_object(data)
        return cls(
            action=_rt.optional_str(data, "action"),
            actor=_rt.optional(data, "actor", AppWebhookEventActor.from_dict),
            data=_rt.optional(data, "data", _rt.expect_object),
            previous_data=_rt.optional(data, "previous_data", _rt.expect_object),
            resource=_rt.optional_str(data, "resource"),
            version=_rt.optional_str(data, "version"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.action is not None:
            data["action"] = self.action
        if self.actor is not None:
            data["actor"] = self.actor.to_dict()
        if self.data is not None:
            data["data"] = _rt.encode(self.data)
        if self.previous_data is not None:
            data["previous_data"] = _rt.encode(self.previous_data)
        if self.resource is not None:
            data["resource"] = self.resource
        if self.version is not None:
            data["version"] = self.version
        return data


@dataclass(kw_only=True, slots=True)
class AppWebhookEvent:
    """Represents a webhook event that occurred."""

    created_at: Optional[datetime] = None
    """when event was created"""
    id: Optional[str] = None
    """the event's unique identifier

    Read-only: set by the server.
    """
    include: Optional[str] = None
    """the type of entity that the event is related to"""
    payload: Optional[AppWebhookEventPayload] = None
    """payload of event"""
    updated_at: Optional[datetime] = None
    """when the event was last updated"""

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookEvent:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            include=_rt.optional_str(data, "include"),
            payload=_rt.optional(data, "payload", AppWebhookEventPayload.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.include is not None:
            data["include"] = self.include
        if self.payload is not None:
            data["payload"] = self.payload.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class AppWebhookAppWebhookApp:
    """identity of app. Only used for customer webhooks."""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of app"""

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookAppWebhookApp:
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
class AppWebhookAppWebhook:
    """app webhook"""

    app: Optional[AppWebhookAppWebhookApp] = None
    """identity of app. Only used for customer webhooks."""
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
    def from_dict(cls, data: Any) -> AppWebhookAppWebhook:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", AppWebhookAppWebhookApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            include=_rt.optional(data, "include", _rt.list_of(_rt.as_str)),
            level=_rt.optional(data, "level", AppWebhookLevel.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            url=_rt.optional_str(data, "url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
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
class AppBuildStack:
    """identity of the stack that will be used for new builds"""

    id: Optional[str] = None
    """unique identifier of stack

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of stack

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppBuildStack:
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
class AppGeneration:
    """Generation of the Heroku platform for this app"""

    id: Optional[str] = None
    """unique identifier of the generation of the Heroku platform for this app

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of the generation of the Heroku platform for this app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppGeneration:
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
class AppOwner:
    """identity of app owner"""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppOwner:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class AppOrganization:
    """identity of team"""

    id: Optional[str] = None
    """unique identifier of team

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppOrganization:
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
class AppTeam:
    """identity of team"""

    id: Optional[str] = None
    """unique identifier of team

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppTeam:
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
class AppRegion:
    """identity of app region"""

    id: Optional[str] = None
    """unique identifier of region

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of region

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppRegion:
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
class AppSpace:
    """identity of space"""

    id: Optional[str] = None
    """unique identifier of space

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of space"""
    shield: Optional[bool] = None
    """true if this space has shield enabled

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppSpace:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            shield=_rt.optional_bool(data, "shield"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.shield is not None:
            data["shield"] = self.shield
        return data


@dataclass(kw_only=True, slots=True)
class AppStack:
    """identity of app stack"""

    id: Optional[str] = None
    """unique identifier of stack

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of stack

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppStack:
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
class App:
    """An app represents the program that you would like to deploy and run on Heroku."""

    acm: Optional[bool] = None
    """ACM status of this app

    Read-only: set by the server.

    Default: False.
    """
    archived_at: Optional[datetime] = None
    """when app was archived

    Read-only: set by the server.
    """
    buildpack_provided_description: Optional[str] = None
    """description from buildpack of app

    Read-only: set by the server.
    """
    build_stack: Optional[AppBuildStack] = None
    """identity of the stack that will be used for new builds"""
    created_at: Optional[datetime] = None
    """when app was created

    Read-only: set by the server.
    """
    generation: Optional[AppGeneration] = None
    """Generation of the Heroku platform for this app

    Read-only: set by the server.
    """
    git_url: Optional[str] = None
    """git repo URL of app

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """
    internal_routing: Optional[bool] = None
    """describes whether a Private Spaces app is externally routable or not

    Default: False.
    """
    maintenance: Optional[bool] = None
    """maintenance status of app

    Default: False.
    """
    name: Optional[str] = None
    """unique name of app"""
    owner: Optional[AppOwner] = None
    """identity of app owner"""
    organization: Optional[AppOrganization] = None
    """identity of team"""
    team: Optional[AppTeam] = None
    """identity of team"""
    region: Optional[AppRegion] = None
    """identity of app region"""
    released_at: Optional[datetime] = None
    """when app was released

    Read-only: set by the server.
    """
    repo_size: Optional[int] = None
    """git repo size in bytes of app

    Read-only: set by the server.
    """
    slug_size: Optional[int] = None
    """slug size in bytes of app

    Read-only: set by the server.
    """
    space: Optional[AppSpace] = None
    """identity of space"""
    stack: Optional[AppStack] = None
    """identity of app stack"""
    updated_at: Optional[datetime] = None
    """when app was updated

    Read-only: set by the server.
    """
    web_url: Optional[str] = None
    """web URL of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> App:
        data = _rt.expect_object(data)
        return cls(
            acm=_rt.optional_bool(data, "acm"),
            archived_at=_rt.optional_datetime(data, "archived_at"),
            buildpack_provided_description=_rt.optional_str(data, "buildpack_provided_description"),
            build_stack=_rt.optional(data, "build_stack", AppBuildStack.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            generation=_rt.optional(data, "generation", AppGeneration.from_dict),
            git_url=_rt.optional_str(data, "git_url"),
            id=_rt.optional_str(data, "id"),
            internal_routing=_rt.optional_bool(data, "internal_routing"),
            maintenance=_rt.optional_bool(data, "maintenance"),
            name=_rt.optional_str(data, "name"),
            owner=_rt.optional(data, "owner", AppOwner.from_dict),
            organization=_rt.optional(data, "organization", AppOrganization.from_dict),
            team=_rt.optional(data, "team", AppTeam.from_dict),
            region=_rt.optional(data, "region", AppRegion.from_dict),
            released_at=_rt.optional_datetime(data, "released_at"),
            repo_size=_rt.optional_int(data, "repo_size"),
            slug_size=_rt.optional_int(data, "slug_size"),
            space=_rt.optional(data, "space", AppSpace.from_dict),
            stack=_rt.optional(data, "stack", AppStack.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            web_url=_rt.optional_str(data, "web_url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.acm is not None:
            data["acm"] = self.acm
        if self.archived_at is not None:
            data["archived_at"] = self.archived_at.isoformat()
        if self.buildpack_provided_description is not None:
            data["buildpack_provided_description"] = self.buildpack_provided_description
        if self.build_stack is not None:
            data["build_stack"] = self.build_stack.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.generation is not None:
            data["generation"] = self.generation.to_dict()
        if self.git_url is not None:
            data["git_url"] = self.git_url
        if self.id is not None:
            data["id"] = self.id
        if self.internal_routing is not None:
            data["internal_routing"] = self.internal_routing
        if self.maintenance is not None:
            data["maintenance"] = self.maintenance
        if self.name is not None:
            data["name"] = self.name
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        if self.organization is not None:
            data["organization"] = self.organization.to_dict()
        if self.team is not None:
            data["team"] = self.team.to_dict()
        if self.region is not None:
            data["region"] = self.region.to_dict()
        if self.released_at is not None:
            data["released_at"] = self.released_at.isoformat()
        if self.repo_size is not None:
            data["repo_size"] = self.repo_size
        if self.slug_size is not None:
            data["slug_size"] = self.slug_size
        if self.space is not None:
            data["space"] = self.space.to_dict()
        if self.stack is not None:
            data["stack"] = self.stack.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.web_url is not None:
            data["web_url"] = self.web_url
        return data


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


@dataclass(kw_only=True, slots=True)
class AuditTrailEventActor:
    """user who caused event"""

    id: Optional[str] = None
    email: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AuditTrailEventActor:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            email=_rt.optional_str(data, "email"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.email is not None:
            data["email"] = self.email
        return data


@dataclass(kw_only=True, slots=True)
class AuditTrailEventApp:
    """app upon which event took place"""

    id: Optional[str] = None
    name: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AuditTrailEventApp:
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
class AuditTrailEventOwner:
    """owner of the app targeted by the event"""

    id: Optional[str] = None
    email: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AuditTrailEventOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            email=_rt.optional_str(data, "email"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.email is not None:
            data["email"] = self.email
        return data


@dataclass(kw_only=True, slots=True)
class AuditTrailEventEnterpriseAccount:
    """enterprise account on which the event happened"""

    id: Optional[str] = None
    name: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AuditTrailEventEnterpriseAccount:
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
class AuditTrailEventTeam:
    """team on which the event happened"""

    id: Optional[str] = None
    name: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AuditTrailEventTeam:
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
class AuditTrailEventRequest:
    """information about where the action was triggered"""

    ip_address: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AuditTrailEventRequest:
        data = _rt.expect_object(data)
        return cls(
            ip_address=_rt.optional_str(data, "ip_address"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.ip_address is not None:
            data["ip_address"] = self.ip_address
        return data


@dataclass(kw_only=True, slots=True)
class AuditTrailEvent:
    """An audit trail event represents some action on the platform"""

    created_at: Optional[datetime] = None
    """when event was created"""
    id: Optional[str] = None
    """unique identifier of event

    Read-only: set by the server.
    """
    type: Optional[str] = None
    """type of event

    Read-only: set by the server.
    """
    action: Optional[str] = None
    """action for the event

    Read-only: set by the server.
    """
    actor: Optional[AuditTrailEventActor] = None
    """user who caused event

    Read-only: set by the server.
    """
    app: Optional[AuditTrailEventApp] = None
    """app upon which event took place

    Read-only: set by the server.
    """
    owner: Optional[AuditTrailEventOwner] = None
    """owner of the app targeted by the event

    Read-only: set by the server.
    """
    enterprise_account: Optional[AuditTrailEventEnterpriseAccount] = None
    """enterprise account on which the event happened

    Read-only: set by the server.
    """
    team: Optional[AuditTrailEventTeam] = None
    """team on which the event happened

    Read-only: set by the server.
    """
    request: Optional[AuditTrailEventRequest] = None
    """information about where the action was triggered

    Read-only: set by the server.
    """
    data: Optional[dict[str, Any]] = None
    """data specific to the event

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AuditTrailEvent:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            type=_rt.optional_str(data, "type"),
            action=_rt.optional_str(data, "action"),
            actor=_rt.optional(data, "actor", AuditTrailEventActor.from_dict),
            app=_rt.optional(data, "app", AuditTrailEventApp.from_dict),
            owner=_rt.optional(data, "owner", AuditTrailEventOwner.from_dict),
            enterprise_account=_rt.optional(
                data,
                "enterprise_account",
                AuditTrailEventEnterpriseAccount.from_dict,
            ),
            team=_rt.optional(data, "team", AuditTrailEventTeam.from_dict),
            request=_rt.optional(data, "request", AuditTrailEventRequest.from_dict),
            data=_rt.optional(data, "data", _rt.expect_object),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.type is not None:
            data["type"] = self.type
        if self.action is not None:
            data["action"] = self.action
        if self.actor is not None:
            data["actor"] = self.actor.to_dict()
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        if self.enterprise_account is not None:
            data["enterprise_account"] = self.enterprise_account.to_dict()
        if self.team is not None:
            data["team"] = self.team.to_dict()
        if self.request is not None:
            data["request"] = self.request.to_dict()
        if self.data is not None:
            data["data"] = _rt.encode(self.data)
        return data


@dataclass(kw_only=True, slots=True)
class BuildApp:
    """app that the build belongs to"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> BuildApp:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class BuildBuildpacksItem:
    """Buildpack to execute in a build"""

    url: Optional[str] = None
    """the URL of the buildpack for the app"""
    name: Optional[str] = None
    """Buildpack Registry name of the buildpack for the app"""

    @classmethod
    def from_dict(cls, data: Any) -> BuildBuildpacksItem:
        data = _rt.expect_object(data)
        return cls(
            url=_rt.optional_str(data, "url"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.url is not None:
            data["url"] = self.url
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class BuildSourceBlob:
    """location of gzipped tarball of source code used to create build"""

    checksum: Optional[str] = None
    """an optional checksum of the gzipped tarball for verifying its integrity

    Read-only: set by the server.
    """
    url: Optional[str] = None
    """URL where gzipped tar archive of source code for build was downloaded.

    Read-only: set by the server.
    """
    version: Optional[str] = None
    """Version of the gzipped tarball.

    Read-only: set by the server.
    """
    version_description: Optional[str] = None
    """Version description of the gzipped tarball.

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> BuildSourceBlob:
        data = _rt.expect_object(data)
        return cls(
            checksum=_rt.optional_str(data, "checksum"),
            url=_rt.optional_str(data, "url"),
            version=_rt.optional_str(data, "version"),
            version_description=_rt.optional_str(data, "version_description"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.checksum is not None:
            data["checksum"] = self.checksum
        if self.url is not None:
            data["url"] = self.url
        if self.version is not None:
            data["version"] = self.version
        if self.version_description is not None:
            data["version_description"] = self.version_description
        return data


@dataclass(kw_only=True, slots=True)
class BuildRelease:
    """release resulting from the build"""

    id: Optional[str] = None
    """unique identifier of release

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> BuildRelease:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class BuildSlug:
    """slug created by this build (only applicable for Cedar-generation apps)"""

    id: Optional[str] = None
    """unique identifier of slug

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> BuildSlug:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class BuildUser:
    """user that started the build"""

    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """
    email: Optional[str] = None
    """unique email address of account"""

    @classmethod
    def from_dict(cls, data: Any) -> BuildUser:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            email=_rt.optional_str(data, "email"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.email is not None:
            data["email"] = self.email
        return data


@dataclass(kw_only=True, slots=True)
class Build:
    """A build represents the process of transforming a code tarball into build artifacts"""

    app: Optional[BuildApp] = None
    """app that the build belongs to"""
    buildpacks: Optional[list[BuildBuildpacksItem]] = None
    """buildpacks executed for this build, in order (only applicable to Cedar-generation apps)"""
    created_at: datetime
    """when build was created

    Read-only: set by the server.
    """
    id: str
    """unique identifier of build

    Read-only: set by the server.
    """
    output_stream_url: Optional[str] = None
    """Build process output will be available from this URL as a stream. The stream is available as either `text/plain` or `text/event-stream`. Clients should be prepared to handle disconnects and can resume the stream by sending a `Range` header (for `text/plain`) or a `Last-Event-Id` header (for `text/event-stream`).

    Read-only: set by the server.
    """
    source_blob: BuildSourceBlob
    """location of gzipped tarball of source code used to create build"""
    release: Optional[BuildRelease] = None
    """release resulting from the build

    Read-only: set by the server.
    """
    slug: Optional[BuildSlug] = None
    """slug created by this build (only applicable for Cedar-generation apps)"""
    stack: Optional[str] = None
    """stack of build

    Read-only: set by the server.
    """
    status: BuildStatus
    """status of build

    Read-only: set by the server.
    """
    updated_at: datetime
    """when build was updated

    Read-only: set by the server.
    """
    user: BuildUser
    """user that started the build"""

    @classmethod
    def from_dict(cls, data: Any) -> Build:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", BuildApp.from_dict),
            buildpacks=_rt.optional(data, "buildpacks", _rt.list_of(BuildBuildpacksItem.from_dict)),
            created_at=_rt.required(data, "created_at", _rt.as_datetime),
            id=_rt.required(data, "id", _rt.as_str),
            output_stream_url=_rt.optional_str(data, "output_stream_url"),
            source_blob=_rt.required(data, "source_blob", BuildSourceBlob.from_dict),
            release=_rt.optional(data, "release", BuildRelease.from_dict),
            slug=_rt.optional(data, "slug", BuildSlug.from_dict),
            stack=_rt.optional_str(data, "stack"),
            status=_rt.required(data, "status", BuildStatus.decode),
            updated_at=_rt.required(data, "updated_at", _rt.as_datetime),
            user=_rt.required(data, "user", BuildUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.buildpacks is not None:
            data["buildpacks"] = _rt.encode(self.buildpacks)
        data["created_at"] = self.created_at.isoformat()
        data["id"] = self.id
        if self.output_stream_url is not None:
            data["output_stream_url"] = self.output_stream_url
        data["source_blob"] = self.source_blob.to_dict()
        if self.release is not None:
            data["release"] = self.release.to_dict()
        if self.slug is not None:
            data["slug"] = self.slug.to_dict()
        if self.stack is not None:
            data["stack"] = self.stack
        data["status"] = self.status.value
        data["updated_at"] = self.updated_at.isoformat()
        data["user"] = self.user.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class BuildpackInstallationBuildpack:
    """buildpack"""

    url: Optional[str] = None
    """location of the buildpack for the app. Either a url (unofficial buildpacks) or an internal urn (heroku official buildpacks)."""
    name: Optional[str] = None
    """either the Buildpack Registry name or a URL of the buildpack for the app"""

    @classmethod
    def from_dict(cls, data: Any) -> BuildpackInstallationBuildpack:
        data = _rt.expect_object(data)
        return cls(
            url=_rt.optional_str(data, "url"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.url is not None:
            data["url"] = self.url
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class BuildpackInstallation:
    """A buildpack installation represents a buildpack that will be run against an app."""

    ordinal: Optional[int] = None
    """determines the order in which the buildpacks will execute

    Read-only: set by the server.
    """
    buildpack: Optional[BuildpackInstallationBuildpack] = None
    """buildpack"""

    @classmethod
    def from_dict(cls, data: Any) -> BuildpackInstallation:
        data = _rt.expect_object(data)
        return cls(
            ordinal=_rt.optional_int(data, "ordinal"),
            buildpack=_rt.optional(data, "buildpack", BuildpackInstallationBuildpack.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.ordinal is not None:
            data["ordinal"] = self.ordinal
        if self.buildpack is not None:
            data["buildpack"] = self.buildpack.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class BuildpackInstallationUpdate:
    """Properties to update a buildpack installation"""

    buildpack: str
    """location of the buildpack for the app. Either a url (unofficial buildpacks) or an internal urn (heroku official buildpacks)."""

    @classmethod
    def from_dict(cls, data: Any) -> BuildpackInstallationUpdate:
        data = _rt.expect_object(data)
        return cls(
            buildpack=_rt.required(data, "buildpack", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["buildpack"] = self.buildpack
        return data


@dataclass(kw_only=True, slots=True)
class CollaboratorApp:
    """app collaborator belongs to"""

    name: Optional[str] = None
    """unique name of app"""
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> CollaboratorApp:
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
class TeamAppPermission:
    """A team app permission is a behavior that is assigned to a user in a team app."""

    name: Optional[str] = None
    """The name of the app permission.

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """A description of what the app permission allows.

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamAppPermission:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
            description=_rt.optional_str(data, "description"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.description is not None:
            data["description"] = self.description
        return data


@dataclass(kw_only=True, slots=True)
class CollaboratorUser:
    """identity of collaborated account"""

    email: Optional[str] = None
    """unique email address of account"""
    federated: Optional[bool] = None
    """whether the user is federated and belongs to an Identity Provider

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> CollaboratorUser:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            federated=_rt.optional_bool(data, "federated"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.federated is not None:
            data["federated"] = self.federated
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class Collaborator:
    """A collaborator represents an account that has been given access to an app on Heroku."""

    app: CollaboratorApp
    """app collaborator belongs to"""
    created_at: datetime
    """when collaborator was created

    Read-only: set by the server.
    """
    id: str
    """unique identifier of collaborator

    Read-only: set by the server.
    """
    permissions: Optional[list[TeamAppPermission]] = None
    role: Optional[TeamRole] = None
    """role in the team

    Read-only: set by the server.
    """
    updated_at: datetime
    """when collaborator was updated

    Read-only: set by the server.
    """
    user: CollaboratorUser
    """identity of collaborated account"""

    @classmethod
    def from_dict(cls, data: Any) -> Collaborator:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.required(data, "app", CollaboratorApp.from_dict),
            created_at=_rt.required(data, "created_at", _rt.as_datetime),
            id=_rt.required(data, "id", _rt.as_str),
            permissions=_rt.optional(data, "permissions", _rt.list_of(TeamAppPermission.from_dict)),
            role=_rt.optional(data, "role", TeamRole.decode),
            updated_at=_rt.required(data, "updated_at", _rt.as_datetime),
            user=_rt.required(data, "user", CollaboratorUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["app"] = self.app.to_dict()
        data["created_at"] = self.created_at.isoformat()
        data["id"] = self.id
        if self.permissions is not None:
            data["permissions"] = _rt.encode(self.permissions)
        if self.role is not None:
            data["role"] = self.role.value
        data["updated_at"] = self.updated_at.isoformat()
        data["user"] = self.user.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class Credit:
    """A credit represents value that will be used up before further charges are assigned to an account."""

    amount: Optional[float] = None
    """total value of credit in cents"""
    balance: Optional[float] = None
    """remaining value of credit in cents"""
    created_at: Optional[datetime] = None
    """when credit was created"""
    expires_at: Optional[datetime] = None
    """when credit will expire"""
    id: Optional[str] = None
    """unique identifier of credit"""
    title: Optional[str] = None
    """a name for credit"""
    updated_at: Optional[datetime] = None
    """when credit was updated"""

    @classmethod
    def from_dict(cls, data: Any) -> Credit:
        data = _rt.expect_object(data)
        return cls(
            amount=_rt.optional_float(data, "amount"),
            balance=_rt.optional_float(data, "balance"),
            created_at=_rt.optional_datetime(data, "created_at"),
            expires_at=_rt.optional_datetime(data, "expires_at"),
            id=_rt.optional_str(data, "id"),
            title=_rt.optional_str(data, "title"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.amount is not None:
            data["amount"] = self.amount
        if self.balance is not None:
            data["balance"] = self.balance
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.expires_at is not None:
            data["expires_at"] = self.expires_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.title is not None:
            data["title"] = self.title
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class DomainApp:
    """app that owns the domain"""

    name: Optional[str] = None
    """unique name of app"""
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> DomainApp:
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
class DomainSniEndpoint2:
    """sni endpoint the domain is associated with"""

    name: Optional[str] = None
    """unique name for SNI endpoint

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this SNI endpoint

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> DomainSniEndpoint2:
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
class Domain:
    """Domains define what web routes should be routed to an app on Heroku."""

    acm_status: Optional[str] = None
    """status of this record's ACM

    Read-only: set by the server.
    """
    acm_status_reason: Optional[str] = None
    """reason for the status of this record's ACM

    Read-only: set by the server.
    """
    app: Optional[DomainApp] = None
    """app that owns the domain"""
    cname: Optional[str] = None
    """canonical name record, the address to point a domain at

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when domain was created

    Read-only: set by the server.
    """
    hostname: Optional[str] = None
    """full hostname

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this domain

    Read-only: set by the server.
    """
    kind: Optional[DomainKind] = None
    """type of domain name

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when domain was updated

    Read-only: set by the server.
    """
    status: Optional[str] = None
    """status of this record's cname

    Read-only: set by the server.
    """
    sni_endpoint: Optional[DomainSniEndpoint2] = None
    """sni endpoint the domain is associated with"""

    @classmethod
    def from_dict(cls, data: Any) -> Domain:
        data = _rt.expect_object(data)
        return cls(
            acm_status=_rt.optional_str(data, "acm_status"),
            acm_status_reason=_rt.optional_str(data, "acm_status_reason"),
            app=_rt.optional(data, "app", DomainApp.from_dict),
            cname=_rt.optional_str(data, "cname"),
            created_at=_rt.optional_datetime(data, "created_at"),
            hostname=_rt.optional_str(data, "hostname"),
            id=_rt.optional_str(data, "id"),
            kind=_rt.optional(data, "kind", DomainKind.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            status=_rt.optional_str(data, "status"),
            sni_endpoint=_rt.optional(data, "sni_endpoint", DomainSniEndpoint2.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.acm_status is not None:
            data["acm_status"] = self.acm_status
        if self.acm_status_reason is not None:
            data["acm_status_reason"] = self.acm_status_reason
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.cname is not None:
            data["cname"] = self.cname
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.hostname is not None:
            data["hostname"] = self.hostname
        if self.id is not None:
            data["id"] = self.id
        if self.kind is not None:
            data["kind"] = self.kind.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.status is not None:
            data["status"] = self.status
        if self.sni_endpoint is not None:
            data["sni_endpoint"] = self.sni_endpoint.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class DynoSizeGeneration:
    """Generation of the Heroku platform for this dyno size"""

    id: Optional[str] = None
    """unique identifier of the generation of the Heroku platform for this dyno size

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of the generation of the Heroku platform for this dyno size

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> DynoSizeGeneration:
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
class DynoSize:
    """Dyno sizes are the values and details of sizes that can be assigned to dynos. This information can also be found at : [https://devcenter.heroku.com/articles/dyno-types](https://devcenter.heroku.com/articles/dyno-types)."""

    architecture: Optional[str] = None
    """CPU architecture of this dyno size

    Read-only: set by the server.
    """
    compute: Optional[int] = None
    """minimum vCPUs, non-dedicated may get more depending on load

    Read-only: set by the server.
    """
    cost: Optional[dict[str, Any]] = None
    """price information for this dyno size

    Read-only: set by the server.
    """
    dedicated: Optional[bool] = None
    """whether this dyno will be dedicated to one user

    Read-only: set by the server.
    """
    precise_dyno_units: Optional[float] = None
    """unit of consumption for Heroku Enterprise customers to 2 decimal places

    Read-only: set by the server.
    """
    generation: Optional[DynoSizeGeneration] = None
    """Generation of the Heroku platform for this dyno size

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of the dyno size

    Read-only: set by the server.
    """
    memory: Optional[float] = None
    """amount of RAM in GB

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the dyno size

    Read-only: set by the server.
    """
    private_space_only: Optional[bool] = None
    """whether this dyno can only be provisioned in a private space

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> DynoSize:
        data = _rt.expect_object(data)
        return cls(
            architecture=_rt.optional_str(data, "architecture"),
            compute=_rt.optional_int(data, "compute"),
            cost=_rt.optional(data, "cost", _rt.expect_object),
            dedicated=_rt.optional_bool(data, "dedicated"),
            precise_dyno_units=_rt.optional_float(data, "precise_dyno_units"),
            generation=_rt.optional(data, "generation", DynoSizeGeneration.from_dict),
            id=_rt.optional_str(data, "id"),
            memory=_rt.optional_float(data, "memory"),
            name=_rt.optional_str(data, "name"),
            private_space_only=_rt.optional_bool(data, "private_space_only"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.architecture is not None:
            data["architecture"] = self.architecture
        if self.compute is not None:
            data["compute"] = self.compute
        if self.cost is not None:
            data["cost"] = _rt.encode(self.cost)
        if self.dedicated is not None:
            data["dedicated"] = self.dedicated
        if self.precise_dyno_units is not None:
            data["precise_dyno_units"] = self.precise_dyno_units
        if self.generation is not None:
            data["generation"] = self.generation.to_dict()
        if self.id is not None:
            data["id"] = self.id
        if self.memory is not None:
            data["memory"] = self.memory
        if self.name is not None:
            data["name"] = self.name
        if self.private_space_only is not None:
            data["private_space_only"] = self.private_space_only
        return data


@dataclass(kw_only=True, slots=True)
class DynoRelease:
    """app release of the dyno"""

    id: Optional[str] = None
    """unique identifier of release

    Read-only: set by the server.
    """
    version: Optional[int] = None
    """unique version assigned to the release

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> DynoRelease:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            version=_rt.optional_int(data, "version"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.version is not None:
            data["version"] = self.version
        return data


@dataclass(kw_only=True, slots=True)
class DynoApp:
    """app formation belongs to"""

    name: Optional[str] = None
    """unique name of app"""
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> DynoApp:
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
class Dyno:
    """Dynos encapsulate running processes of an app on Heroku. Detailed information about dyno sizes can be found at: [https://devcenter.heroku.com/articles/dyno-types](https://devcenter.heroku.com/articles/dyno-types)."""

    attach_url: Optional[str] = None
    """a URL to stream output from for attached processes or null for non-attached processes

    Read-only: set by the server.
    """
    command: Optional[str] = None
    """command used to start this process"""
    created_at: Optional[datetime] = None
    """when dyno was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this dyno

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """the name of this process on this dyno

    Read-only: set by the server.
    """
    release: Optional[DynoRelease] = None
    """app release of the dyno"""
    app: Optional[DynoApp] = None
    """app formation belongs to"""
    size: Optional[str] = None
    """dyno size"""
    state: Optional[str] = None
    """current status of process (either: crashed, down, idle, starting, or up)

    Read-only: set by the server.
    """
    type: Optional[str] = None
    """type of process"""
    updated_at: Optional[datetime] = None
    """when process last changed state

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Dyno:
        data = _rt.expect_object(data)
        return cls(
            attach_url=_rt.optional_str(data, "attach_url"),
            command=_rt.optional_str(data, "command"),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            release=_rt.optional(data, "release", DynoRelease.from_dict),
            app=_rt.optional(data, "app", DynoApp.from_dict),
            size=_rt.optional_str(data, "size"),
            state=_rt.optional_str(data, "state"),
            type=_rt.optional_str(data, "type"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.attach_url is not None:
            data["attach_url"] = self.attach_url
        if self.command is not None:
            data["command"] = self.command
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.release is not None:
            data["release"] = self.release.to_dict()
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.size is not None:
            data["size"] = self.size
        if self.state is not None:
            data["state"] = self.state
        if self.type is not None:
            data["type"] = self.type
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class TeamDailyUsageAppUsageDaily:
    """Usage for an app at a daily resolution."""

    addons: Optional[float] = None
    """total add-on credits used

    Read-only: set by the server.
    """
    app_name: Optional[str] = None
    """unique name of app"""
    data: Optional[float] = None
    """total add-on credits used for first party add-ons

    Read-only: set by the server.
    """
    dynos: Optional[float] = None
    """dynos used

    Read-only: set by the server.
    """
    partner: Optional[float] = None
    """total add-on credits used for third party add-ons

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamDailyUsageAppUsageDaily:
        data = _rt.expect_object(data)
        return cls(
            addons=_rt.optional_float(data, "addons"),
            app_name=_rt.optional_str(data, "app_name"),
            data=_rt.optional_float(data, "data"),
            dynos=_rt.optional_float(data, "dynos"),
            partner=_rt.optional_float(data, "partner"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addons is not None:
            data["addons"] = self.addons
        if self.app_name is not None:
            data["app_name"] = self.app_name
        if self.data is not None:
            data["data"] = self.data
        if self.dynos is not None:
            data["dynos"] = self.dynos
        if self.partner is not None:
            data["partner"] = self.partner
        return data


@dataclass(kw_only=True, slots=True)
class EnterpriseAccountDailyUsageTeamsItem:
    """The EnterpriseAccountDailyUsageTeamsItem object."""

    addons: Optional[float] = None
    """total add-on credits used

    Read-only: set by the server.
    """
    apps: Optional[list[TeamDailyUsageAppUsageDaily]] = None
    """app usage in the team"""
    data: Optional[float] = None
    """total add-on credits used for first party add-ons

    Read-only: set by the server.
    """
    dynos: Optional[float] = None
    """dynos used

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """team identifier

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the team

    Read-only: set by the server.
    """
    partner: Optional[float] = None
    """total add-on credits used for third party add-ons

    Read-only: set by the server.
    """
    space: Optional[float] = None
    """space credits used

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountDailyUsageTeamsItem:
        data = _rt.expect_object(data)
        return cls(
            addons=_rt.optional_float(data, "addons"),
            apps=_rt.optional(data, "apps", _rt.list_of(TeamDailyUsageAppUsageDaily.from_dict)),
            data=_rt.optional_float(data, "data"),
            dynos=_rt.optional_float(data, "dynos"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            partner=_rt.optional_float(data, "partner"),
            space=_rt.optional_float(data, "space"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addons is not None:
            data["addons"] = self.addons
        if self.apps is not None:
            data["apps"] = _rt.encode(self.apps)
        if self.data is not None:
            data["data"] = self.data
        if self.dynos is not None:
            data["dynos"] = self.dynos
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.partner is not None:
            data["partner"] = self.partner
        if self.space is not None:
            data["space"] = self.space
        return data


@dataclass(kw_only=True, slots=True)
class EnterpriseAccountDailyUsage:
    """Usage for an enterprise account at a daily resolution."""

    addons: Optional[float] = None
    """total add-on credits used

    Read-only: set by the server.
    """
    teams: Optional[list[EnterpriseAccountDailyUsageTeamsItem]] = None
    """usage by team"""
    data: Optional[float] = None
    """total add-on credits used for first party add-ons

    Read-only: set by the server.
    """
    date_: Optional[date] = None
    """date of the usage

    Read-only: set by the server.
    """
    dynos: Optional[float] = None
    """dynos used

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """enterprise account identifier

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the enterprise account

    Read-only: set by the server.
    """
    partner: Optional[float] = None
    """total add-on credits used for third party add-ons

    Read-only: set by the server.
    """
    space: Optional[float] = None
    """space credits used

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountDailyUsage:
        data = _rt.expect_object(data)
        return cls(
            addons=_rt.optional_float(data, "addons"),
            teams=_rt.optional(
                data,
                "teams",
                _rt.list_of(EnterpriseAccountDailyUsageTeamsItem.from_dict),
            ),
            data=_rt.optional_float(data, "data"),
            date_=_rt.optional(data, "date", _rt.as_date),
            dynos=_rt.optional_float(data, "dynos"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            partner=_rt.optional_float(data, "partner"),
            space=_rt.optional_float(data, "space"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addons is not None:
            data["addons"] = self.addons
        if self.teams is not None:
            data["teams"] = _rt.encode(self.teams)
        if self.data is not None:
            data["data"] = self.data
        if self.date_ is not None:
            data["date"] = self.date_.isoformat()
        if self.dynos is not None:
            data["dynos"] = self.dynos
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.partner is not None:
            data["partner"] = self.partner
        if self.space is not None:
            data["space"] = self.space
        return data


@dataclass(kw_only=True, slots=True)
class EnterpriseAccountMemberEnterpriseAccount:
    """The EnterpriseAccountMemberEnterpriseAccount object."""

    id: Optional[str] = None
    """unique identifier of the enterprise account

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of the enterprise account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountMemberEnterpriseAccount:
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
class EnterpriseAccountMemberExpandedPermissionsItem:
    """The EnterpriseAccountMemberExpandedPermissionsItem object."""

    description: Optional[str] = None
    name: Optional[EnterpriseAccountMemberPermission] = None
    """permission in the enterprise account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountMemberExpandedPermissionsItem:
        data = _rt.expect_object(data)
        return cls(
            description=_rt.optional_str(data, "description"),
            name=_rt.optional(data, "name", EnterpriseAccountMemberPermission.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.description is not None:
            data["description"] = self.description
        if self.name is not None:
            data["name"] = self.name.value
        return data


@dataclass(kw_only=True, slots=True)
class EnterpriseAccountMemberUser:
    """user information for the membership"""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountMemberUser:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class EnterpriseAccountMemberIdentityProvider:
    """Identity Provider information the member is federated with"""

    id: Optional[str] = None
    """unique identifier of this identity provider

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the identity provider

    Read-only: set by the server.
    """
    redacted: Optional[bool] = None
    """whether the identity_provider information is redacted or not

    Read-only: set by the server.
    """
    owner: Optional[IdentityProviderOwner] = None
    """entity that owns this identity provider"""

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountMemberIdentityProvider:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            redacted=_rt.optional_bool(data, "redacted"),
            owner=_rt.optional(data, "owner", IdentityProviderOwner.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.redacted is not None:
            data["redacted"] = self.redacted
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class EnterpriseAccountMember:
    """Enterprise account members are users with access to an enterprise account."""

    enterprise_account: Optional[EnterpriseAccountMemberEnterpriseAccount] = None
    id: Optional[str] = None
    """unique identifier of the member

    Read-only: set by the server.
    """
    permissions: Optional[list[EnterpriseAccountMemberExpandedPermissionsItem]] = None
    """enterprise account permissions"""
    user: Optional[EnterpriseAccountMemberUser] = None
    """user information for the membership"""
    two_factor_authentication: Optional[bool] = None
    """whether the Enterprise Account member has two factor authentication enabled

    Read-only: set by the server.
    """
    identity_provider: Optional[EnterpriseAccountMemberIdentityProvider] = None
    """Identity Provider information the member is federated with"""

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountMember:
        data = _rt.expect_object(data)
        return cls(
            enterprise_account=_rt.optional(
                data,
                "enterprise_account",
                EnterpriseAccountMemberEnterpriseAccount.from_dict,
            ),
            id=_rt.optional_str(data, "id"),
            permissions=_rt.optional(
                data,
                "permissions",
                _rt.list_of(EnterpriseAccountMemberExpandedPermissionsItem.from_dict),
            ),
            user=_rt.optional(data, "user", EnterpriseAccountMemberUser.from_dict),
            two_factor_authentication=_rt.optional_bool(data, "two_factor_authentication"),
            identity_provider=_rt.optional(
                data,
                "identity_provider",
                EnterpriseAccountMemberIdentityProvider.from_dict,
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.enterprise_account is not None:
            data["enterprise_account"] = self.enterprise_account.to_dict()
        if self.id is not None:
            data["id"] = self.id
        if self.permissions is not None:
            data["permissions"] = _rt.encode(self.permissions)
        if self.user is not None:
            data["user"] = self.user.to_dict()
        if self.two_factor_authentication is not None:
            data["two_factor_authentication"] = self.two_factor_authentication
        if self.identity_provider is not None:
            data["identity_provider"] = self.identity_provider.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class TeamMonthlyUsageAppUsageMonthly:
    """Usage for an app at a monthly resolution."""

    addons: Optional[float] = None
    """total add-on credits used

    Read-only: set by the server.
    """
    app_name: Optional[str] = None
    """unique name of app"""
    data: Optional[float] = None
    """total add-on credits used for first party add-ons

    Read-only: set by the server.
    """
    dynos: Optional[float] = None
    """dynos used

    Read-only: set by the server.
    """
    partner: Optional[float] = None
    """total add-on credits used for third party add-ons

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamMonthlyUsageAppUsageMonthly:
        data = _rt.expect_object(data)
        return cls(
            addons=_rt.optional_float(data, "addons"),
            app_name=_rt.optional_str(data, "app_name"),
            data=_rt.optional_float(data, "data"),
            dynos=_rt.optional_float(data, "dynos"),
            partner=_rt.optional_float(data, "partner"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addons is not None:
            data["addons"] = self.addons
        if self.app_name is not None:
            data["app_name"] = self.app_name
        if self.data is not None:
            data["data"] = self.data
        if self.dynos is not None:
            data["dynos"] = self.dynos
        if self.partner is not None:
            data["partner"] = self.partner
        return data


@dataclass(kw_only=True, slots=True)
class EnterpriseAccountMonthlyUsageTeamsItem:
    """The EnterpriseAccountMonthlyUsageTeamsItem object."""

    addons: Optional[float] = None
    """total add-on credits used

    Read-only: set by the server.
    """
    apps: Optional[list[TeamMonthlyUsageAppUsageMonthly]] = None
    """app usage in the team"""
    connect: Optional[float] = None
    """max connect rows synced

    Read-only: set by the server.
    """
    data: Optional[float] = None
    """total add-on credits used for first party add-ons

    Read-only: set by the server.
    """
    dynos: Optional[float] = None
    """dynos used

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """team identifier

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the team

    Read-only: set by the server.
    """
    partner: Optional[float] = None
    """total add-on credits used for third party add-ons

    Read-only: set by the server.
    """
    space: Optional[float] = None
    """space credits used

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountMonthlyUsageTeamsItem:
        data = _rt.expect_object(data)
        return cls(
            addons=_rt.optional_float(data, "addons"),
            apps=_rt.optional(data, "apps", _rt.list_of(TeamMonthlyUsageAppUsageMonthly.from_dict)),
            connect=_rt.optional_float(data, "connect"),
            data=_rt.optional_float(data, "data"),
            dynos=_rt.optional_float(data, "dynos"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            partner=_rt.optional_float(data, "partner"),
            space=_rt.optional_float(data, "space"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addons is not None:
            data["addons"] = self.addons
        if self.apps is not None:
            data["apps"] = _rt.encode(self.apps)
        if self.connect is not None:
            data["connect"] = self.connect
        if self.data is not None:
            data["data"] = self.data
        if self.dynos is not None:
            data["dynos"] = self.dynos
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.partner is not None:
            data["partner"] = self.partner
        if self.space is not None:
            data["space"] = self.space
        return data


@dataclass(kw_only=True, slots=True)
class EnterpriseAccountMonthlyUsage:
    """Usage for an enterprise account at a monthly resolution."""

    addons: Optional[float] = None
    """total add-on credits used

    Read-only: set by the server.
    """
    teams: Optional[list[EnterpriseAccountMonthlyUsageTeamsItem]] = None
    """usage by team"""
    connect: Optional[float] = None
    """max connect rows synced

    Read-only: set by the server.
    """
    data: Optional[float] = None
    """total add-on credits used for first party add-ons

    Read-only: set by the server.
    """
    dynos: Optional[float] = None
    """dynos used

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """enterprise account identifier

    Read-only: set by the server.
    """
    month: Optional[str] = None
    """year and month of the usage

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the enterprise account

    Read-only: set by the server.
    """
    partner: Optional[float] = None
    """total add-on credits used for third party add-ons

    Read-only: set by the server.
    """
    space: Optional[float] = None
    """space credits used

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountMonthlyUsage:
        data = _rt.expect_object(data)
        return cls(
            addons=_rt.optional_float(data, "addons"),
            teams=_rt.optional(
                data,
                "teams",
                _rt.list_of(EnterpriseAccountMonthlyUsageTeamsItem.from_dict),
            ),
            connect=_rt.optional_float(data, "connect"),
            data=_rt.optional_float(data, "data"),
            dynos=_rt.optional_float(data, "dynos"),
            id=_rt.optional_str(data, "id"),
            month=_rt.optional_str(data, "month"),
            name=_rt.optional_str(data, "name"),
            partner=_rt.optional_float(data, "partner"),
            space=_rt.optional_float(data, "space"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addons is not None:
            data["addons"] = self.addons
        if self.teams is not None:
            data["teams"] = _rt.encode(self.teams)
        if self.connect is not None:
            data["connect"] = self.connect
        if self.data is not None:
            data["data"] = self.data
        if self.dynos is not None:
            data["dynos"] = self.dynos
        if self.id is not None:
            data["id"] = self.id
        if self.month is not None:
            data["month"] = self.month
        if self.name is not None:
            data["name"] = self.name
        if self.partner is not None:
            data["partner"] = self.partner
        if self.space is not None:
            data["space"] = self.space
        return data


@dataclass(kw_only=True, slots=True)
class EnterpriseAccountIdentityProvider:
    """Identity Provider associated with the Enterprise Account"""

    id: Optional[str] = None
    """unique identifier of this identity provider

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """user-friendly unique identifier for this identity provider"""
    owner: Optional[IdentityProviderOwner] = None
    """entity that owns this identity provider"""

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountIdentityProvider:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            owner=_rt.optional(data, "owner", IdentityProviderOwner.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class EnterpriseAccount:
    """Enterprise accounts allow companies to manage their development teams and billing."""

    id: Optional[str] = None
    """unique identifier of the enterprise account

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when the enterprise account was created

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of the enterprise account

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when the enterprise account was updated

    Read-only: set by the server.
    """
    permissions: Optional[list[str]] = None
    """the current user's permissions for this enterprise account

    Read-only: set by the server.
    """
    trial: Optional[bool] = None
    """whether the enterprise account is a trial or not

    Read-only: set by the server.
    """
    partner_benefits: Optional[bool] = None
    """whether the enterprise account is part of the Salesforce Partner Program

    Read-only: set by the server.
    """
    identity_provider: Optional[EnterpriseAccountIdentityProvider] = None
    """Identity Provider associated with the Enterprise Account"""

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccount:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            created_at=_rt.optional_datetime(data, "created_at"),
            name=_rt.optional_str(data, "name"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            permissions=_rt.optional(data, "permissions", _rt.list_of(_rt.as_str)),
            trial=_rt.optional_bool(data, "trial"),
            partner_benefits=_rt.optional_bool(data, "partner_benefits"),
            identity_provider=_rt.optional(
                data,
                "identity_provider",
                EnterpriseAccountIdentityProvider.from_dict,
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.name is not None:
            data["name"] = self.name
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.permissions is not None:
            data["permissions"] = list(self.permissions)
        if self.trial is not None:
            data["trial"] = self.trial
        if self.partner_benefits is not None:
            data["partner_benefits"] = self.partner_benefits
        if self.identity_provider is not None:
            data["identity_provider"] = self.identity_provider.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class FilterAppsIn:
    """The FilterAppsIn object."""

    id: Optional[list[str]] = None

    @classmethod
    def from_dict(cls, data: Any) -> FilterAppsIn:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional(data, "id", _rt.list_of(_rt.as_str)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = list(self.id)
        return data


@dataclass(kw_only=True, slots=True)
class FilterAppsFilter:
    """The FilterAppsFilter object."""

    in_: Optional[FilterAppsIn] = None

    @classmethod
    def from_dict(cls, data: Any) -> FilterAppsFilter:
        data = _rt.expect_object(data)
        return cls(
            in_=_rt.optional(data, "in", FilterAppsIn.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.in_ is not None:
            data["in"] = self.in_.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class FormationApp:
    """app formation belongs to"""

    name: Optional[str] = None
    """unique name of app"""
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> FormationApp:
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
class FormationDynoSize2:
    """dyno size"""

    id: Optional[str] = None
    """unique identifier of the dyno size

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the dyno size

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> FormationDynoSize2:
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
class Formation:
    """The formation of processes that should be maintained for an app. Update the formation to scale processes or change dyno sizes. Available process type names and commands are defined by the `process_types` attribute for the [slug](#slug) currently released on an app."""

    app: Optional[FormationApp] = None
    """app formation belongs to"""
    command: Optional[str] = None
    """command to use to launch this process"""
    created_at: Optional[datetime] = None
    """when process type was created

    Read-only: set by the server.
    """
    dyno_size: Optional[FormationDynoSize2] = None
    """dyno size"""
    id: Optional[str] = None
    """unique identifier of this process type

    Read-only: set by the server.
    """
    quantity: Optional[int] = None
    """number of processes to maintain"""
    size: Optional[str] = None
    """Deprecated.

    deprecated, refer to 'dyno_size' instead
    """
    type: Optional[str] = None
    """type of process to maintain

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when dyno type was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Formation:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", FormationApp.from_dict),
            command=_rt.optional_str(data, "command"),
            created_at=_rt.optional_datetime(data, "created_at"),
            dyno_size=_rt.optional(data, "dyno_size", FormationDynoSize2.from_dict),
            id=_rt.optional_str(data, "id"),
            quantity=_rt.optional_int(data, "quantity"),
            size=_rt.optional_str(data, "size"),
            type=_rt.optional_str(data, "type"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.command is not None:
            data["command"] = self.command
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.dyno_size is not None:
            data["dyno_size"] = self.dyno_size.to_dict()
        if self.id is not None:
            data["id"] = self.id
        if self.quantity is not None:
            data["quantity"] = self.quantity
        if self.size is not None:
            data["size"] = self.size
        if self.type is not None:
            data["type"] = self.type
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class FormationDynoSize:
    """dyno size"""

    id: Optional[str] = None
    """unique identifier of the dyno size"""
    name: Optional[str] = None
    """name of the dyno size"""

    @classmethod
    def from_dict(cls, data: Any) -> FormationDynoSize:
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
class FormationUpdate:
    """Properties to update a process type"""

    dyno_size: Optional[FormationDynoSize] = None
    """dyno size"""
    quantity: Optional[int] = None
    """number of processes to maintain"""
    type: str
    """type of process to maintain"""

    @classmethod
    def from_dict(cls, data: Any) -> FormationUpdate:
        data = _rt.expect_object(data)
        return cls(
            dyno_size=_rt.optional(data, "dyno_size", FormationDynoSize.from_dict),
            quantity=_rt.optional_int(data, "quantity"),
            type=_rt.required(data, "type", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.dyno_size is not None:
            data["dyno_size"] = self.dyno_size.to_dict()
        if self.quantity is not None:
            data["quantity"] = self.quantity
        data["type"] = self.type
        return data


@dataclass(kw_only=True, slots=True)
class Generation:
    """A generation represents a version of the Heroku platform that includes the app execution environment, routing, telemetry, and build systems."""

    created_at: Optional[datetime] = None
    """when generation was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of generation

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of generation

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when generation was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Generation:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class IdentityProviderOrganization:
    """team associated with this identity provider"""

    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> IdentityProviderOrganization:
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
class IdentityProvider:
    """Identity Providers represent the SAML configuration of teams or an Enterprise account"""

    certificate: Optional[str] = None
    """raw contents of the public certificate (eg: .crt or .pem file)"""
    created_at: Optional[datetime] = None
    """when provider record was created

    Read-only: set by the server.
    """
    entity_id: Optional[str] = None
    """URL identifier provided by the identity provider"""
    id: Optional[str] = None
    """unique identifier of this identity provider

    Read-only: set by the server.
    """
    slo_target_url: Optional[str] = None
    """single log out URL for this identity provider"""
    sso_target_url: Optional[str] = None
    """single sign on URL for this identity provider"""
    organization: Optional[IdentityProviderOrganization] = None
    """team associated with this identity provider"""
    updated_at: Optional[datetime] = None
    """when the identity provider record was updated

    Read-only: set by the server.
    """
    owner: Optional[IdentityProviderOwner] = None
    """entity that owns this identity provider"""

    @classmethod
    def from_dict(cls, data: Any) -> IdentityProvider:
        data = _rt.expect_object(data)
        return cls(
            certificate=_rt.optional_str(data, "certificate"),
            created_at=_rt.optional_datetime(data, "created_at"),
            entity_id=_rt.optional_str(data, "entity_id"),
            id=_rt.optional_str(data, "id"),
            slo_target_url=_rt.optional_str(data, "slo_target_url"),
            sso_target_url=_rt.optional_str(data, "sso_target_url"),
            organization=_rt.optional(data, "organization", IdentityProviderOrganization.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            owner=_rt.optional(data, "owner", IdentityProviderOwner.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.certificate is not None:
            data["certificate"] = self.certificate
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.entity_id is not None:
            data["entity_id"] = self.entity_id
        if self.id is not None:
            data["id"] = self.id
        if self.slo_target_url is not None:
            data["slo_target_url"] = self.slo_target_url
        if self.sso_target_url is not None:
            data["sso_target_url"] = self.sso_target_url
        if self.organization is not None:
            data["organization"] = self.organization.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class InboundRulesetSpace:
    """identity of space"""

    id: Optional[str] = None
    """unique identifier of space

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of space"""

    @classmethod
    def from_dict(cls, data: Any) -> InboundRulesetSpace:
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
class InboundRulesetRule:
    """the combination of an IP address in CIDR notation and whether to allow or deny it's traffic."""

    action: InboundRulesetAction
    """states whether the connection is allowed or denied"""
    source: str
    """is the request’s source in CIDR notation"""

    @classmethod
    def from_dict(cls, data: Any) -> InboundRulesetRule:
        data = _rt.expect_object(data)
        return cls(
            action=_rt.required(data, "action", InboundRulesetAction.decode),
            source=_rt.required(data, "source", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["action"] = self.action.value
        data["source"] = self.source
        return data


@dataclass(kw_only=True, slots=True)
class InboundRuleset:
    """An inbound-ruleset is a collection of rules that specify what hosts can or cannot connect to an application."""

    id: Optional[str] = None
    """unique identifier of an inbound-ruleset

    Read-only: set by the server.
    """
    space: Optional[InboundRulesetSpace] = None
    """identity of space"""
    created_at: Optional[datetime] = None
    """when inbound-ruleset was created

    Read-only: set by the server.
    """
    rules: Optional[list[InboundRulesetRule]] = None
    created_by: Optional[str] = None
    """unique email address of account"""

    @classmethod
    def from_dict(cls, data: Any) -> InboundRuleset:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            space=_rt.optional(data, "space", InboundRulesetSpace.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            rules=_rt.optional(data, "rules", _rt.list_of(InboundRulesetRule.from_dict)),
            created_by=_rt.optional_str(data, "created_by"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.space is not None:
            data["space"] = self.space.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.rules is not None:
            data["rules"] = _rt.encode(self.rules)
        if self.created_by is not None:
            data["created_by"] = self.created_by
        return data


@dataclass(kw_only=True, slots=True)
class InvoiceAddress:
    """An invoice address represents the address that should be listed on an invoice."""

    address_1: Optional[str] = None
    """invoice street address line 1"""
    address_2: Optional[str] = None
    """invoice street address line 2"""
    city: Optional[str] = None
    """invoice city"""
    country: Optional[str] = None
    """country"""
    heroku_id: Optional[str] = None
    other: Optional[str] = None
    """metadata / additional information to go on invoice"""
    postal_code: Optional[str] = None
    """invoice zip code"""
    state: Optional[str] = None
    """invoice state"""
    use_invoice_address: Optional[bool] = None
    """flag to use the invoice address for an account or not

    Default: False.
    """

    @classmethod
    def from_dict(cls, data: Any) -> InvoiceAddress:
        data = _rt.expect_object(data)
        return cls(
            address_1=_rt.optional_str(data, "address_1"),
            address_2=_rt.optional_str(data, "address_2"),
            city=_rt.optional_str(data, "city"),
            country=_rt.optional_str(data, "country"),
            heroku_id=_rt.optional_str(data, "heroku_id"),
            other=_rt.optional_str(data, "other"),
            postal_code=_rt.optional_str(data, "postal_code"),
            state=_rt.optional_str(data, "state"),
            use_invoice_address=_rt.optional_bool(data, "use_invoice_address"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.address_1 is not None:
            data["address_1"] = self.address_1
        if self.address_2 is not None:
            data["address_2"] = self.address_2
        if self.city is not None:
            data["city"] = self.city
        if self.country is not None:
            data["country"] = self.country
        if self.heroku_id is not None:
            data["heroku_id"] = self.heroku_id
        if self.other is not None:
            data["other"] = self.other
        if self.postal_code is not None:
            data["postal_code"] = self.postal_code
        if self.state is not None:
            data["state"] = self.state
        if self.use_invoice_address is not None:
            data["use_invoice_address"] = self.use_invoice_address
        return data


@dataclass(kw_only=True, slots=True)
class Invoice:
    """An invoice is an itemized bill of goods for an account which includes pricing and charges."""

    charges_total: Optional[float] = None
    """total charges on this invoice

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when invoice was created

    Read-only: set by the server.
    """
    credits_total: Optional[float] = None
    """total credits on this invoice

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this invoice

    Read-only: set by the server.
    """
    number: Optional[int] = None
    """human readable invoice number

    Read-only: set by the server.
    """
    period_end: Optional[str] = None
    """the ending date that the invoice covers

    Read-only: set by the server.
    """
    period_start: Optional[str] = None
    """the starting date that this invoice covers

    Read-only: set by the server.
    """
    state: Optional[int] = None
    """payment status for this invoice (pending, successful, failed)

    Read-only: set by the server.
    """
    total: Optional[float] = None
    """combined total of charges and credits on this invoice

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when invoice was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Invoice:
        data = _rt.expect_object(data)
        return cls(
            charges_total=_rt.optional_float(data, "charges_total"),
            created_at=_rt.optional_datetime(data, "created_at"),
            credits_total=_rt.optional_float(data, "credits_total"),
            id=_rt.optional_str(data, "id"),
            number=_rt.optional_int(data, "number"),
            period_end=_rt.optional_str(data, "period_end"),
            period_start=_rt.optional_str(data, "period_start"),
            state=_rt.optional_int(data, "state"),
            total=_rt.optional_float(data, "total"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.charges_total is not None:
            data["charges_total"] = self.charges_total
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.credits_total is not None:
            data["credits_total"] = self.credits_total
        if self.id is not None:
            data["id"] = self.id
        if self.number is not None:
            data["number"] = self.number
        if self.period_end is not None:
            data["period_end"] = self.period_end
        if self.period_start is not None:
            data["period_start"] = self.period_start
        if self.state is not None:
            data["state"] = self.state
        if self.total is not None:
            data["total"] = self.total
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class Key:
    """Keys represent public SSH keys associated with an account and are used to authorize accounts as they are performing git operations."""

    comment: Optional[str] = None
    """comment on the key

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when key was created

    Read-only: set by the server.
    """
    email: Optional[str] = None
    """Deprecated.

    deprecated. Please refer to 'comment' instead

    Read-only: set by the server.
    """
    fingerprint: Optional[str] = None
    """a unique identifying string based on contents

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this key

    Read-only: set by the server.
    """
    public_key: Optional[str] = None
    """full public_key as uploaded

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when key was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Key:
        data = _rt.expect_object(data)
        return cls(
            comment=_rt.optional_str(data, "comment"),
            created_at=_rt.optional_datetime(data, "created_at"),
            email=_rt.optional_str(data, "email"),
            fingerprint=_rt.optional_str(data, "fingerprint"),
            id=_rt.optional_str(data, "id"),
            public_key=_rt.optional_str(data, "public_key"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.comment is not None:
            data["comment"] = self.comment
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.email is not None:
            data["email"] = self.email
        if self.fingerprint is not None:
            data["fingerprint"] = self.fingerprint
        if self.id is not None:
            data["id"] = self.id
        if self.public_key is not None:
            data["public_key"] = self.public_key
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class LogDrainAddonApp:
    """billing application associated with this add-on"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of app"""

    @classmethod
    def from_dict(cls, data: Any) -> LogDrainAddonApp:
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
class LogDrainAddon:
    """add-on that created the drain"""

    id: Optional[str] = None
    """unique identifier of add-on

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """globally unique name of the add-on"""
    app: Optional[LogDrainAddonApp] = None
    """billing application associated with this add-on"""

    @classmethod
    def from_dict(cls, data: Any) -> LogDrainAddon:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            app=_rt.optional(data, "app", LogDrainAddonApp.from_dict),
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


@dataclass(kw_only=True, slots=True)
class OauthAuthorizationAccessToken:
    """access token for this authorization"""

    expires_in: Optional[int] = None
    """seconds until OAuth token expires; may be `null` for tokens with indefinite lifetime

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of OAuth token

    Read-only: set by the server.
    """
    token: Optional[str] = None
    """contents of the token to be used for authorization

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorizationAccessToken:
        data = _rt.expect_object(data)
        return cls(
            expires_in=_rt.optional_int(data, "expires_in"),
            id=_rt.optional_str(data, "id"),
            token=_rt.optional_str(data, "token"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.expires_in is not None:
            data["expires_in"] = self.expires_in
        if self.id is not None:
            data["id"] = self.id
        if self.token is not None:
            data["token"] = self.token
        return data


@dataclass(kw_only=True, slots=True)
class OauthAuthorizationClient:
    """identifier of the client that obtained this authorization, if any"""

    id: Optional[str] = None
    """unique identifier of this OAuth client

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """OAuth client name

    Read-only: set by the server.
    """
    redirect_uri: Optional[str] = None
    """endpoint for redirection after authorization with OAuth client

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorizationClient:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            redirect_uri=_rt.optional_str(data, "redirect_uri"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.redirect_uri is not None:
            data["redirect_uri"] = self.redirect_uri
        return data


@dataclass(kw_only=True, slots=True)
class OauthAuthorizationGrant:
    """this authorization's grant"""

    code: Optional[str] = None
    """grant code received from OAuth web application authorization

    Read-only: set by the server.
    """
    expires_in: Optional[int] = None
    """seconds until OAuth grant expires

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of OAuth grant

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorizationGrant:
        data = _rt.expect_object(data)
        return cls(
            code=_rt.optional_str(data, "code"),
            expires_in=_rt.optional_int(data, "expires_in"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.code is not None:
            data["code"] = self.code
        if self.expires_in is not None:
            data["expires_in"] = self.expires_in
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class OauthAuthorizationRefreshToken:
    """refresh token for this authorization"""

    expires_in: Optional[int] = None
    """seconds until OAuth token expires; may be `null` for tokens with indefinite lifetime

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of OAuth token

    Read-only: set by the server.
    """
    token: Optional[str] = None
    """contents of the token to be used for authorization

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorizationRefreshToken:
        data = _rt.expect_object(data)
        return cls(
            expires_in=_rt.optional_int(data, "expires_in"),
            id=_rt.optional_str(data, "id"),
            token=_rt.optional_str(data, "token"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.expires_in is not None:
            data["expires_in"] = self.expires_in
        if self.id is not None:
            data["id"] = self.id
        if self.token is not None:
            data["token"] = self.token
        return data


@dataclass(kw_only=True, slots=True)
class OauthAuthorizationSession:
    """this authorization's session"""

    id: Optional[str] = None
    """unique identifier of OAuth token

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorizationSession:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class OauthAuthorizationUser:
    """authenticated user associated with this authorization"""

    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """
    email: Optional[str] = None
    """unique email address of account"""
    full_name: Optional[str] = None
    """full name of the account owner"""

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorizationUser:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            email=_rt.optional_str(data, "email"),
            full_name=_rt.optional_str(data, "full_name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.email is not None:
            data["email"] = self.email
        if self.full_name is not None:
            data["full_name"] = self.full_name
        return data


@dataclass(kw_only=True, slots=True)
class OauthAuthorization:
    """OAuth authorizations represent clients that a Heroku user has authorized to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)"""

    access_token: Optional[OauthAuthorizationAccessToken] = None
    """access token for this authorization"""
    client: Optional[OauthAuthorizationClient] = None
    """identifier of the client that obtained this authorization, if any"""
    created_at: Optional[datetime] = None
    """when OAuth authorization was created

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """human-friendly description of this OAuth authorization

    Read-only: set by the server.
    """
    grant: Optional[OauthAuthorizationGrant] = None
    """this authorization's grant"""
    id: Optional[str] = None
    """unique identifier of OAuth authorization

    Read-only: set by the server.
    """
    refresh_token: Optional[OauthAuthorizationRefreshToken] = None
    """refresh token for this authorization"""
    scope: Optional[list[str]] = None
    """The scope of access OAuth authorization allows

    Read-only: set by the server.
    """
    session: Optional[OauthAuthorizationSession] = None
    """this authorization's session"""
    updated_at: Optional[datetime] = None
    """when OAuth authorization was updated

    Read-only: set by the server.
    """
    user: Optional[OauthAuthorizationUser] = None
    """authenticated user associated with this authorization"""

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorization:
        data = _rt.expect_object(data)
        return cls(
            access_token=_rt.optional(
                data,
                "access_token",
                OauthAuthorizationAccessToken.from_dict,
            ),
            client=_rt.optional(data, "client", OauthAuthorizationClient.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            description=_rt.optional_str(data, "description"),
            grant=_rt.optional(data, "grant", OauthAuthorizationGrant.from_dict),
            id=_rt.optional_str(data, "id"),
            refresh_token=_rt.optional(
                data,
                "refresh_token",
                OauthAuthorizationRefreshToken.from_dict,
            ),
            scope=_rt.optional(data, "scope", _rt.list_of(_rt.as_str)),
            session=_rt.optional(data, "session", OauthAuthorizationSession.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            user=_rt.optional(data, "user", OauthAuthorizationUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.access_token is not None:
            data["access_token"] = self.access_token.to_dict()
        if self.client is not None:
            data["client"] = self.client.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.description is not None:
            data["description"] = self.description
        if self.grant is not None:
            data["grant"] = self.grant.to_dict()
        if self.id is not None:
            data["id"] = self.id
        if self.refresh_token is not None:
            data["refresh_token"] = self.refresh_token.to_dict()
        if self.scope is not None:
            data["scope"] = list(self.scope)
        if self.session is not None:
            data["session"] = self.session.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class OauthClient:
    """OAuth clients are applications that Heroku users can authorize to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)."""

    created_at: Optional[datetime] = None
    """when OAuth client was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this OAuth client

    Read-only: set by the server.
    """
    ignores_delinquent: Optional[bool] = None
    """whether the client is still operable given a delinquent account

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """OAuth client name

    Read-only: set by the server.
    """
    redirect_uri: Optional[str] = None
    """endpoint for redirection after authorization with OAuth client

    Read-only: set by the server.
    """
    secret: Optional[str] = None
    """secret used to obtain OAuth authorizations under this client

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when OAuth client was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthClient:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            ignores_delinquent=_rt.optional_bool(data, "ignores_delinquent"),
            name=_rt.optional_str(data, "name"),
            redirect_uri=_rt.optional_str(data, "redirect_uri"),
            secret=_rt.optional_str(data, "secret"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.ignores_delinquent is not None:
            data["ignores_delinquent"] = self.ignores_delinquent
        if self.name is not None:
            data["name"] = self.name
        if self.redirect_uri is not None:
            data["redirect_uri"] = self.redirect_uri
        if self.secret is not None:
            data["secret"] = self.secret
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class OauthTokenAccessToken:
    """current access token"""

    expires_in: Optional[int] = None
    """seconds until OAuth token expires; may be `null` for tokens with indefinite lifetime

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of OAuth token

    Read-only: set by the server.
    """
    token: Optional[str] = None
    """contents of the token to be used for authorization

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenAccessToken:
        data = _rt.expect_object(data)
        return cls(
            expires_in=_rt.optional_int(data, "expires_in"),
            id=_rt.optional_str(data, "id"),
            token=_rt.optional_str(data, "token"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.expires_in is not None:
            data["expires_in"] = self.expires_in
        if self.id is not None:
            data["id"] = self.id
        if self.token is not None:
            data["token"] = self.token
        return data


@dataclass(kw_only=True, slots=True)
class OauthTokenAuthorization:
    """authorization for this set of tokens"""

    id: Optional[str] = None
    """unique identifier of OAuth authorization

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenAuthorization:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class OauthTokenClient:
    """OAuth client secret used to obtain token"""

    secret: Optional[str] = None
    """secret used to obtain OAuth authorizations under this client

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenClient:
        data = _rt.expect_object(data)
        return cls(
            secret=_rt.optional_str(data, "secret"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.secret is not None:
            data["secret"] = self.secret
        return data


@dataclass(kw_only=True, slots=True)
class OauthTokenGrant:
    """grant used on the underlying authorization"""

    code: Optional[str] = None
    """grant code received from OAuth web application authorization

    Read-only: set by the server.
    """
    type: Optional[str] = None
    """type of grant requested, one of `authorization_code` or `refresh_token`"""

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenGrant:
        data = _rt.expect_object(data)
        return cls(
            code=_rt.optional_str(data, "code"),
            type=_rt.optional_str(data, "type"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.code is not None:
            data["code"] = self.code
        if self.type is not None:
            data["type"] = self.type
        return data


@dataclass(kw_only=True, slots=True)
class OauthTokenRefreshToken:
    """refresh token for this authorization"""

    expires_in: Optional[int] = None
    """seconds until OAuth token expires; may be `null` for tokens with indefinite lifetime

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of OAuth token

    Read-only: set by the server.
    """
    token: Optional[str] = None
    """contents of the token to be used for authorization

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenRefreshToken:
        data = _rt.expect_object(data)
        return cls(
            expires_in=_rt.optional_int(data, "expires_in"),
            id=_rt.optional_str(data, "id"),
            token=_rt.optional_str(data, "token"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.expires_in is not None:
            data["expires_in"] = self.expires_in
        if self.id is not None:
            data["id"] = self.id
        if self.token is not None:
            data["token"] = self.token
        return data


@dataclass(kw_only=True, slots=True)
class OauthTokenSession:
    """OAuth session using this token"""

    id: Optional[str] = None
    """unique identifier of OAuth token

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenSession:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class OauthTokenUser:
    """Reference to the user associated with this token"""

    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenUser:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class OauthToken:
    """OAuth tokens provide access for authorized clients to act on behalf of a Heroku user to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)"""

    access_token: Optional[OauthTokenAccessToken] = None
    """current access token"""
    authorization: Optional[OauthTokenAuthorization] = None
    """authorization for this set of tokens"""
    client: Optional[OauthTokenClient] = None
    """OAuth client secret used to obtain token"""
    created_at: Optional[datetime] = None
    """when OAuth token was created

    Read-only: set by the server.
    """
    grant: Optional[OauthTokenGrant] = None
    """grant used on the underlying authorization"""
    id: Optional[str] = None
    """unique identifier of OAuth token

    Read-only: set by the server.
    """
    refresh_token: Optional[OauthTokenRefreshToken] = None
    """refresh token for this authorization"""
    session: Optional[OauthTokenSession] = None
    """OAuth session using this token"""
    updated_at: Optional[datetime] = None
    """when OAuth token was updated

    Read-only: set by the server.
    """
    user: Optional[OauthTokenUser] = None
    """Reference to the user associated with this token"""

    @classmethod
    def from_dict(cls, data: Any) -> OauthToken:
        data = _rt.expect_object(data)
        return cls(
            access_token=_rt.optional(data, "access_token", OauthTokenAccessToken.from_dict),
            authorization=_rt.optional(data, "authorization", OauthTokenAuthorization.from_dict),
            client=_rt.optional(data, "client", OauthTokenClient.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            grant=_rt.optional(data, "grant", OauthTokenGrant.from_dict),
            id=_rt.optional_str(data, "id"),
            refresh_token=_rt.optional(data, "refresh_token", OauthTokenRefreshToken.from_dict),
            session=_rt.optional(data, "session", OauthTokenSession.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            user=_rt.optional(data, "user", OauthTokenUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.access_token is not None:
            data["access_token"] = self.access_token.to_dict()
        if self.authorization is not None:
            data["authorization"] = self.authorization.to_dict()
        if self.client is not None:
            data["client"] = self.client.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.grant is not None:
            data["grant"] = self.grant.to_dict()
        if self.id is not None:
            data["id"] = self.id
        if self.refresh_token is not None:
            data["refresh_token"] = self.refresh_token.to_dict()
        if self.session is not None:
            data["session"] = self.session.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class OciImageStack:
    """stack associated to the OCI image"""

    id: Optional[str] = None
    """unique identifier of stack"""
    name: Optional[str] = None
    """unique name of stack"""

    @classmethod
    def from_dict(cls, data: Any) -> OciImageStack:
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
class OciImageBuildpack:
    """set of executables that inspects app source code and creates a plan to build and run your image"""

    id: Optional[str] = None
    """identifier of the buildpack"""
    version: Optional[str] = None
    """version of the buildpack"""
    homepage: Optional[str] = None
    """homepage of the buildpack"""

    @classmethod
    def from_dict(cls, data: Any) -> OciImageBuildpack:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            version=_rt.optional_str(data, "version"),
            homepage=_rt.optional_str(data, "homepage"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.version is not None:
            data["version"] = self.version
        if self.homepage is not None:
            data["homepage"] = self.homepage
        return data


@dataclass(kw_only=True, slots=True)
class OciImage:
    """An OCI (Open Container Initiative) image is a standardized format for packaging and distributing containerized applications, ready to run on the platform."""

    id: Optional[str] = None
    """unique identifier of the OCI image

    Read-only: set by the server.
    """
    base_image_name: Optional[str] = None
    """name of the image used for the base layers of the OCI image"""
    base_top_layer: Optional[str] = None
    """the digest of the top most layer of the base image."""
    commit: Optional[str] = None
    """identification of the code in your version control system (eg: SHA of the git HEAD)"""
    commit_description: Optional[str] = None
    """an optional description of the provided commit"""
    image_repo: Optional[str] = None
    """name of the image registry repository used for storage"""
    digest: Optional[str] = None
    """unique identifier representing the content of the OCI image"""
    stack: Optional[OciImageStack] = None
    """stack associated to the OCI image"""
    process_types: Optional[dict[str, Any]] = None
    """process types of the OCI image"""
    buildpacks: Optional[list[OciImageBuildpack]] = None
    """buildpacks of the OCI image"""
    created_at: Optional[datetime] = None
    """when the OCI image was created

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when the OCI image was updated

    Read-only: set by the server.
    """
    architecture: Optional[str] = None
    """build architecture for OCI image"""

    @classmethod
    def from_dict(cls, data: Any) -> OciImage:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            base_image_name=_rt.optional_str(data, "base_image_name"),
            base_top_layer=_rt.optional_str(data, "base_top_layer"),
            commit=_rt.optional_str(data, "commit"),
            commit_description=_rt.optional_str(data, "commit_description"),
            image_repo=_rt.optional_str(data, "image_repo"),
            digest=_rt.optional_str(data, "digest"),
            stack=_rt.optional(data, "stack", OciImageStack.from_dict),
            process_types=_rt.optional(data, "process_types", _rt.expect_object),
            buildpacks=_rt.optional(data, "buildpacks", _rt.list_of(OciImageBuildpack.from_dict)),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            architecture=_rt.optional_str(data, "architecture"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.base_image_name is not None:
            data["base_image_name"] = self.base_image_name
        if self.base_top_layer is not None:
            data["base_top_layer"] = self.base_top_layer
        if self.commit is not None:
            data["commit"] = self.commit
        if self.commit_description is not None:
            data["commit_description"] = self.commit_description
        if self.image_repo is not None:
            data["image_repo"] = self.image_repo
        if self.digest is not None:
            data["digest"] = self.digest
        if self.stack is not None:
            data["stack"] = self.stack.to_dict()
        if self.process_types is not None:
            data["process_types"] = _rt.encode(self.process_types)
        if self.buildpacks is not None:
            data["buildpacks"] = _rt.encode(self.buildpacks)
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.architecture is not None:
            data["architecture"] = self.architecture
        return data


@dataclass(kw_only=True, slots=True)
class OciImageProcessType:
    """process type information such as names and commands"""

    name: Optional[str] = None
    """name of the process type"""
    display_cmd: Optional[str] = None
    """the detailed command used for display purposes"""
    command: Optional[str] = None
    """the command that will be executed"""
    working_dir: Optional[str] = None
    """working directory"""
    default: Optional[bool] = None
    """true if it is the default process type"""

    @classmethod
    def from_dict(cls, data: Any) -> OciImageProcessType:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
            display_cmd=_rt.optional_str(data, "display_cmd"),
            command=_rt.optional_str(data, "command"),
            working_dir=_rt.optional_str(data, "working_dir"),
            default=_rt.optional_bool(data, "default"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.display_cmd is not None:
            data["display_cmd"] = self.display_cmd
        if self.command is not None:
            data["command"] = self.command
        if self.working_dir is not None:
            data["working_dir"] = self.working_dir
        if self.default is not None:
            data["default"] = self.default
        return data


@dataclass(kw_only=True, slots=True)
class PasswordResetUser:
    """The PasswordResetUser object."""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PasswordResetUser:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PasswordReset:
    """A password reset represents a in-process password reset attempt."""

    created_at: Optional[datetime] = None
    """when password reset was created

    Read-only: set by the server.
    """
    user: Optional[PasswordResetUser] = None

    @classmethod
    def from_dict(cls, data: Any) -> PasswordReset:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            user=_rt.optional(data, "user", PasswordResetUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class PeeringInfo:
    """[Peering Info](https://devcenter.heroku.com/articles/private-space-peering) gives you the information necessary to peer an AWS VPC to a Private Space."""

    aws_account_id: Optional[str] = None
    """The AWS account ID of your Private Space.

    Read-only: set by the server.
    """
    aws_region: Optional[Region2] = None
    """region name used by provider

    Read-only: set by the server.
    """
    vpc_id: Optional[str] = None
    """The AWS VPC ID of the peer.

    Read-only: set by the server.
    """
    vpc_cidr: Optional[str] = None
    """The CIDR range of the Private Space VPC"""
    dyno_cidr_blocks: Optional[list[str]] = None
    """The CIDR ranges that should be routed to the Private Space VPC."""
    unavailable_cidr_blocks: Optional[list[str]] = None
    """The CIDR ranges that you must not conflict with."""
    space_cidr_blocks: Optional[list[str]] = None
    """The CIDR ranges that should be routed to the Private Space VPC."""

    @classmethod
    def from_dict(cls, data: Any) -> PeeringInfo:
        data = _rt.expect_object(data)
        return cls(
            aws_account_id=_rt.optional_str(data, "aws_account_id"),
            aws_region=_rt.optional(data, "aws_region", Region2.decode),
            vpc_id=_rt.optional_str(data, "vpc_id"),
            vpc_cidr=_rt.optional_str(data, "vpc_cidr"),
            dyno_cidr_blocks=_rt.optional(data, "dyno_cidr_blocks", _rt.list_of(_rt.as_str)),
            unavailable_cidr_blocks=_rt.optional(
                data,
                "unavailable_cidr_blocks",
                _rt.list_of(_rt.as_str),
            ),
            space_cidr_blocks=_rt.optional(data, "space_cidr_blocks", _rt.list_of(_rt.as_str)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.aws_account_id is not None:
            data["aws_account_id"] = self.aws_account_id
        if self.aws_region is not None:
            data["aws_region"] = self.aws_region.value
        if self.vpc_id is not None:
            data["vpc_id"] = self.vpc_id
        if self.vpc_cidr is not None:
            data["vpc_cidr"] = self.vpc_cidr
        if self.dyno_cidr_blocks is not None:
            data["dyno_cidr_blocks"] = list(self.dyno_cidr_blocks)
        if self.unavailable_cidr_blocks is not None:
            data["unavailable_cidr_blocks"] = list(self.unavailable_cidr_blocks)
        if self.space_cidr_blocks is not None:
            data["space_cidr_blocks"] = list(self.space_cidr_blocks)
        return data


@dataclass(kw_only=True, slots=True)
class Peering:
    """[Peering](https://devcenter.heroku.com/articles/private-space-peering) provides a way to peer your Private Space VPC to another AWS VPC."""

    type: Optional[PeeringType] = None
    """The type of peering connection."""
    pcx_id: Optional[str] = None
    """The AWS VPC Peering Connection ID of the peering.

    Read-only: set by the server.
    """
    cidr_blocks: Optional[list[str]] = None
    """The CIDR blocks of the peer."""
    status: Optional[PeeringStatus] = None
    """The status of the peering connection.

    Read-only: set by the server.
    """
    aws_vpc_id: Optional[str] = None
    """The AWS VPC ID of the peer.

    Read-only: set by the server.
    """
    aws_region: Optional[str] = None
    """The AWS region of the peer connection.

    Read-only: set by the server.
    """
    aws_account_id: Optional[str] = None
    """The AWS account ID of your Private Space.

    Read-only: set by the server.
    """
    expires: Optional[datetime] = None
    """When a peering connection will expire.

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Peering:
        data = _rt.expect_object(data)
        return cls(
            type=_rt.optional(data, "type", PeeringType.decode),
            pcx_id=_rt.optional_str(data, "pcx_id"),
            cidr_blocks=_rt.optional(data, "cidr_blocks", _rt.list_of(_rt.as_str)),
            status=_rt.optional(data, "status", PeeringStatus.decode),
            aws_vpc_id=_rt.optional_str(data, "aws_vpc_id"),
            aws_region=_rt.optional_str(data, "aws_region"),
            aws_account_id=_rt.optional_str(data, "aws_account_id"),
            expires=_rt.optional_datetime(data, "expires"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.type is not None:
            data["type"] = self.type.value
        if self.pcx_id is not None:
            data["pcx_id"] = self.pcx_id
        if self.cidr_blocks is not None:
            data["cidr_blocks"] = list(self.cidr_blocks)
        if self.status is not None:
            data["status"] = self.status.value
        if self.aws_vpc_id is not None:
            data["aws_vpc_id"] = self.aws_vpc_id
        if self.aws_region is not None:
            data["aws_region"] = self.aws_region
        if self.aws_account_id is not None:
            data["aws_account_id"] = self.aws_account_id
        if self.expires is not None:
            data["expires"] = self.expires.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class PermissionEntityUsersItem:
    """The PermissionEntityUsersItem object."""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """
    permissions: Optional[list[str]] = None
    """enterprise account permissions"""

    @classmethod
    def from_dict(cls, data: Any) -> PermissionEntityUsersItem:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            id=_rt.optional_str(data, "id"),
            permissions=_rt.optional(data, "permissions", _rt.list_of(_rt.as_str)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.id is not None:
            data["id"] = self.id
        if self.permissions is not None:
            data["permissions"] = list(self.permissions)
        return data


@dataclass(kw_only=True, slots=True)
class PermissionEntity:
    """An owned entity including users' permissions."""

    id: Optional[str] = None
    """ID of the entity.

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """Name of the entity.

    Read-only: set by the server.
    """
    team_id: Optional[str] = None
    """unique identifier of team

    Read-only: set by the server.
    """
    type: Optional[PermissionEntityType] = None
    """The type of object the entity is referring to.

    Read-only: set by the server.
    """
    users: Optional[list[PermissionEntityUsersItem]] = None
    """Users that have access to the entity."""

    @classmethod
    def from_dict(cls, data: Any) -> PermissionEntity:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            team_id=_rt.optional_str(data, "team_id"),
            type=_rt.optional(data, "type", PermissionEntityType.decode),
            users=_rt.optional(data, "users", _rt.list_of(PermissionEntityUsersItem.from_dict)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.team_id is not None:
            data["team_id"] = self.team_id
        if self.type is not None:
            data["type"] = self.type.value
        if self.users is not None:
            data["users"] = _rt.encode(self.users)
        return data


@dataclass(kw_only=True, slots=True)
class PipelineBuildApp:
    """app that the build belongs to"""

    id: Optional[str] = None
    """unique identifier of the app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineBuildApp:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelineBuildSourceBlob:
    """location of gzipped tarball of source code used to create build"""

    checksum: Optional[str] = None
    """an optional checksum of the gzipped tarball for verifying its integrity

    Read-only: set by the server.
    """
    url: Optional[str] = None
    """URL where gzipped tar archive of source code for build was downloaded.

    Read-only: set by the server.
    """
    version: Optional[str] = None
    """version of the gzipped tarball

    Read-only: set by the server.
    """
    version_description: Optional[str] = None
    """version description of the gzipped tarball

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineBuildSourceBlob:
        data = _rt.expect_object(data)
        return cls(
            checksum=_rt.optional_str(data, "checksum"),
            url=_rt.optional_str(data, "url"),
            version=_rt.optional_str(data, "version"),
            version_description=_rt.optional_str(data, "version_description"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.checksum is not None:
            data["checksum"] = self.checksum
        if self.url is not None:
            data["url"] = self.url
        if self.version is not None:
            data["version"] = self.version
        if self.version_description is not None:
            data["version_description"] = self.version_description
        return data


@dataclass(kw_only=True, slots=True)
class PipelineBuildSlug:
    """slug created by this build"""

    id: Optional[str] = None
    """unique identifier of the slug

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineBuildSlug:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelineBuildUser:
    """user that started the build"""

    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """
    email: Optional[str] = None
    """unique email address of account"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineBuildUser:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            email=_rt.optional_str(data, "email"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.email is not None:
            data["email"] = self.email
        return data


@dataclass(kw_only=True, slots=True)
class PipelineBuild:
    """Information about the latest builds of apps in a pipeline. A build represents the process of transforming code into build artifacts."""

    app: Optional[PipelineBuildApp] = None
    """app that the build belongs to"""
    buildpacks: Optional[list[BuildBuildpacksItem]] = None
    """buildpacks executed for this build, in order (only applicable to Cedar-generation apps)"""
    created_at: Optional[datetime] = None
    """when the build was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of the build

    Read-only: set by the server.
    """
    output_stream_url: Optional[str] = None
    """streaming URL of the build process output

    Read-only: set by the server.
    """
    source_blob: Optional[PipelineBuildSourceBlob] = None
    """location of gzipped tarball of source code used to create build"""
    release: Optional[BuildRelease] = None
    """release resulting from the build

    Read-only: set by the server.
    """
    slug: Optional[PipelineBuildSlug] = None
    """slug created by this build"""
    stack: Optional[str] = None
    """stack of the build

    Read-only: set by the server.
    """
    status: Optional[BuildStatus] = None
    """status of the build

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when the build was updated

    Read-only: set by the server.
    """
    user: Optional[PipelineBuildUser] = None
    """user that started the build"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineBuild:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", PipelineBuildApp.from_dict),
            buildpacks=_rt.optional(data, "buildpacks", _rt.list_of(BuildBuildpacksItem.from_dict)),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            output_stream_url=_rt.optional_str(data, "output_stream_url"),
            source_blob=_rt.optional(data, "source_blob", PipelineBuildSourceBlob.from_dict),
            release=_rt.optional(data, "release", BuildRelease.from_dict),
            slug=_rt.optional(data, "slug", PipelineBuildSlug.from_dict),
            stack=_rt.optional_str(data, "stack"),
            status=_rt.optional(data, "status", BuildStatus.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            user=_rt.optional(data, "user", PipelineBuildUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.buildpacks is not None:
            data["buildpacks"] = _rt.encode(self.buildpacks)
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.output_stream_url is not None:
            data["output_stream_url"] = self.output_stream_url
        if self.source_blob is not None:
            data["source_blob"] = self.source_blob.to_dict()
        if self.release is not None:
            data["release"] = self.release.to_dict()
        if self.slug is not None:
            data["slug"] = self.slug.to_dict()
        if self.stack is not None:
            data["stack"] = self.stack
        if self.status is not None:
            data["status"] = self.status.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class PipelineConfigVar:
    """Pipeline config vars in Heroku CI and review apps used to manage the configuration information for a pipeline."""

    name_value: Optional[dict[str, Any]] = None
    """user-defined config var name and value"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineConfigVar:
        data = _rt.expect_object(data)
        return cls(
            name_value=_rt.optional(data, '["NAME"]: ["value"]', _rt.expect_object),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name_value is not None:
            data['["NAME"]: ["value"]'] = _rt.encode(self.name_value)
        return data


@dataclass(kw_only=True, slots=True)
class PipelineCouplingApp:
    """app involved in the pipeline coupling"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineCouplingApp:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelineCouplingPipeline:
    """pipeline involved in the coupling"""

    id: Optional[str] = None
    """unique identifier of pipeline

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineCouplingPipeline:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelineCoupling:
    """Information about an app's coupling to a pipeline"""

    app: Optional[PipelineCouplingApp] = None
    """app involved in the pipeline coupling"""
    created_at: Optional[datetime] = None
    """when pipeline coupling was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of pipeline coupling

    Read-only: set by the server.
    """
    pipeline: Optional[PipelineCouplingPipeline] = None
    """pipeline involved in the coupling"""
    stage: Optional[PipelineCouplingStage] = None
    """target pipeline stage"""
    updated_at: Optional[datetime] = None
    """when pipeline coupling was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineCoupling:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", PipelineCouplingApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            pipeline=_rt.optional(data, "pipeline", PipelineCouplingPipeline.from_dict),
            stage=_rt.optional(data, "stage", PipelineCouplingStage.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline.to_dict()
        if self.stage is not None:
            data["stage"] = self.stage.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class ReleaseArtifact:
    """a build artifact for the release"""

    type: Optional[str] = None
    """type of artifact"""
    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> ReleaseArtifact:
        data = _rt.expect_object(data)
        return cls(
            type=_rt.optional_str(data, "type"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.type is not None:
            data["type"] = self.type
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelineDeploymentApp:
    """app involved in the release"""

    name: Optional[str] = None
    """unique name of app"""
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineDeploymentApp:
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
class PipelineDeploymentSlug:
    """slug running in this release"""

    id: Optional[str] = None
    """unique identifier of slug

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineDeploymentSlug:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelineDeploymentUser:
    """user that created the release"""

    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """
    email: Optional[str] = None
    """unique email address of account"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineDeploymentUser:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            email=_rt.optional_str(data, "email"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.email is not None:
            data["email"] = self.email
        return data


@dataclass(kw_only=True, slots=True)
class PipelineDeployment:
    """A release represents a combination of code, config vars and add-ons for an app on Heroku."""

    addon_plan_names: Optional[list[str]] = None
    """add-on plans installed on the app for this release"""
    artifacts: Optional[list[ReleaseArtifact]] = None
    """build artifacts for the release"""
    app: Optional[PipelineDeploymentApp] = None
    """app involved in the release"""
    created_at: Optional[datetime] = None
    """when release was created

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """description of changes in this release

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of release

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when release was updated

    Read-only: set by the server.
    """
    slug: Optional[PipelineDeploymentSlug] = None
    """slug running in this release"""
    status: Optional[ReleaseStatus] = None
    """current status of the release

    Read-only: set by the server.
    """
    user: Optional[PipelineDeploymentUser] = None
    """user that created the release"""
    version: Optional[int] = None
    """unique version assigned to the release

    Read-only: set by the server.
    """
    current: Optional[bool] = None
    """indicates this release as being the current one for the app

    Read-only: set by the server.
    """
    output_stream_url: Optional[str] = None
    """Release command output will be available from this URL as a stream. The stream is available as either `text/plain` or `text/event-stream`. Clients should be prepared to handle disconnects and can resume the stream by sending a `Range` header (for `text/plain`) or a `Last-Event-Id` header (for `text/event-stream`).

    Read-only: set by the server.
    """
    eligible_for_rollback: Optional[bool] = None
    """indicates if this release is eligible for rollback

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineDeployment:
        data = _rt.expect_object(data)
        return cls(
            addon_plan_names=_rt.optional(data, "addon_plan_names", _rt.list_of(_rt.as_str)),
            artifacts=_rt.optional(data, "artifacts", _rt.list_of(ReleaseArtifact.from_dict)),
            app=_rt.optional(data, "app", PipelineDeploymentApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            description=_rt.optional_str(data, "description"),
            id=_rt.optional_str(data, "id"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            slug=_rt.optional(data, "slug", PipelineDeploymentSlug.from_dict),
            status=_rt.optional(data, "status", ReleaseStatus.decode),
            user=_rt.optional(data, "user", PipelineDeploymentUser.from_dict),
            version=_rt.optional_int(data, "version"),
            current=_rt.optional_bool(data, "current"),
            output_stream_url=_rt.optional_str(data, "output_stream_url"),
            eligible_for_rollback=_rt.optional_bool(data, "eligible_for_rollback"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addon_plan_names is not None:
            data["addon_plan_names"] = list(self.addon_plan_names)
        if self.artifacts is not None:
            data["artifacts"] = _rt.encode(self.artifacts)
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.description is not None:
            data["description"] = self.description
        if self.id is not None:
            data["id"] = self.id
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.slug is not None:
            data["slug"] = self.slug.to_dict()
        if self.status is not None:
            data["status"] = self.status.value
        if self.user is not None:
            data["user"] = self.user.to_dict()
        if self.version is not None:
            data["version"] = self.version
        if self.current is not None:
            data["current"] = self.current
        if self.output_stream_url is not None:
            data["output_stream_url"] = self.output_stream_url
        if self.eligible_for_rollback is not None:
            data["eligible_for_rollback"] = self.eligible_for_rollback
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionTargetApp:
    """the app which was promoted to"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionTargetApp:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionTargetPipelinePromotion:
    """the promotion which the target belongs to"""

    id: Optional[str] = None
    """unique identifier of promotion

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionTargetPipelinePromotion:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionTargetRelease:
    """the release which was created on the target app"""

    id: Optional[str] = None
    """unique identifier of release

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionTargetRelease:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionTarget:
    """Promotion targets represent an individual app being promoted to"""

    app: Optional[PipelinePromotionTargetApp] = None
    """the app which was promoted to"""
    error_message: Optional[str] = None
    """an error message for why the promotion failed"""
    id: Optional[str] = None
    """unique identifier of promotion target

    Read-only: set by the server.
    """
    pipeline_promotion: Optional[PipelinePromotionTargetPipelinePromotion] = None
    """the promotion which the target belongs to"""
    release: Optional[PipelinePromotionTargetRelease] = None
    """the release which was created on the target app"""
    status: Optional[PipelinePromotionTargetStatus] = None
    """status of promotion

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionTarget:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", PipelinePromotionTargetApp.from_dict),
            error_message=_rt.optional_str(data, "error_message"),
            id=_rt.optional_str(data, "id"),
            pipeline_promotion=_rt.optional(
                data,
                "pipeline_promotion",
                PipelinePromotionTargetPipelinePromotion.from_dict,
            ),
            release=_rt.optional(data, "release", PipelinePromotionTargetRelease.from_dict),
            status=_rt.optional(data, "status", PipelinePromotionTargetStatus.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.error_message is not None:
            data["error_message"] = self.error_message
        if self.id is not None:
            data["id"] = self.id
        if self.pipeline_promotion is not None:
            data["pipeline_promotion"] = self.pipeline_promotion.to_dict()
        if self.release is not None:
            data["release"] = self.release.to_dict()
        if self.status is not None:
            data["status"] = self.status.value
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionPipeline:
    """the pipeline which the promotion belongs to"""

    id: Optional[str] = None
    """unique identifier of pipeline

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionPipeline:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionSourceApp:
    """the app which was promoted from"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionSourceApp:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionSourceRelease:
    """the release used to promoted from"""

    id: Optional[str] = None
    """unique identifier of release

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionSourceRelease:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionSource:
    """the app being promoted from"""

    app: Optional[PipelinePromotionSourceApp] = None
    """the app which was promoted from"""
    release: Optional[PipelinePromotionSourceRelease] = None
    """the release used to promoted from"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionSource:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", PipelinePromotionSourceApp.from_dict),
            release=_rt.optional(data, "release", PipelinePromotionSourceRelease.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.release is not None:
            data["release"] = self.release.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotion:
    """Promotions allow you to move code from an app in a pipeline to all targets"""

    created_at: Optional[datetime] = None
    """when promotion was created"""
    id: Optional[str] = None
    """unique identifier of promotion

    Read-only: set by the server.
    """
    pipeline: Optional[PipelinePromotionPipeline] = None
    """the pipeline which the promotion belongs to"""
    source: Optional[PipelinePromotionSource] = None
    """the app being promoted from"""
    status: Optional[PipelinePromotionStatus] = None
    """status of promotion

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when promotion was updated"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotion:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            pipeline=_rt.optional(data, "pipeline", PipelinePromotionPipeline.from_dict),
            source=_rt.optional(data, "source", PipelinePromotionSource.from_dict),
            status=_rt.optional(data, "status", PipelinePromotionStatus.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline.to_dict()
        if self.source is not None:
            data["source"] = self.source.to_dict()
        if self.status is not None:
            data["status"] = self.status.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class PipelineReleaseApp:
    """app involved in the release"""

    name: Optional[str] = None
    """unique name of the app"""
    id: Optional[str] = None
    """unique identifier of the app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineReleaseApp:
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
class PipelineReleaseSlug:
    """slug running in the release"""

    id: Optional[str] = None
    """unique identifier of the slug

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineReleaseSlug:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelineReleaseUser:
    """user that created the release"""

    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """
    email: Optional[str] = None
    """unique email address of account"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineReleaseUser:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            email=_rt.optional_str(data, "email"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.email is not None:
            data["email"] = self.email
        return data


@dataclass(kw_only=True, slots=True)
class PipelineRelease:
    """Information about the latest release of each app in a pipeline. A release makes a deployment available to end-users."""

    addon_plan_names: Optional[list[str]] = None
    """add-on plans installed on the app for this release"""
    artifacts: Optional[ReleaseArtifact] = None
    """a build artifact for the release

    Read-only: set by the server.
    """
    app: Optional[PipelineReleaseApp] = None
    """app involved in the release"""
    created_at: Optional[datetime] = None
    """when the release was created

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """description of changes in this release

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of the release

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when the release was updated

    Read-only: set by the server.
    """
    slug: Optional[PipelineReleaseSlug] = None
    """slug running in the release"""
    status: Optional[ReleaseStatus] = None
    """current status of the release

    Read-only: set by the server.
    """
    user: Optional[PipelineReleaseUser] = None
    """user that created the release"""
    version: Optional[int] = None
    """unique version assigned to the release

    Read-only: set by the server.
    """
    current: Optional[bool] = None
    """indicates if this release is the current one for the app

    Read-only: set by the server.
    """
    output_stream_url: Optional[str] = None
    """streaming URL of the build process output

    Read-only: set by the server.
    """
    eligible_for_rollback: Optional[bool] = None
    """indicates if this release is eligible for rollback

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineRelease:
        data = _rt.expect_object(data)
        return cls(
            addon_plan_names=_rt.optional(data, "addon_plan_names", _rt.list_of(_rt.as_str)),
            artifacts=_rt.optional(data, "artifacts", ReleaseArtifact.from_dict),
            app=_rt.optional(data, "app", PipelineReleaseApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            description=_rt.optional_str(data, "description"),
            id=_rt.optional_str(data, "id"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            slug=_rt.optional(data, "slug", PipelineReleaseSlug.from_dict),
            status=_rt.optional(data, "status", ReleaseStatus.decode),
            user=_rt.optional(data, "user", PipelineReleaseUser.from_dict),
            version=_rt.optional_int(data, "version"),
            current=_rt.optional_bool(data, "current"),
            output_stream_url=_rt.optional_str(data, "output_stream_url"),
            eligible_for_rollback=_rt.optional_bool(data, "eligible_for_rollback"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addon_plan_names is not None:
            data["addon_plan_names"] = list(self.addon_plan_names)
        if self.artifacts is not None:
            data["artifacts"] = self.artifacts.to_dict()
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.description is not None:
            data["description"] = self.description
        if self.id is not None:
            data["id"] = self.id
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.slug is not None:
            data["slug"] = self.slug.to_dict()
        if self.status is not None:
            data["status"] = self.status.value
        if self.user is not None:
            data["user"] = self.user.to_dict()
        if self.version is not None:
            data["version"] = self.version
        if self.current is not None:
            data["current"] = self.current
        if self.output_stream_url is not None:
            data["output_stream_url"] = self.output_stream_url
        if self.eligible_for_rollback is not None:
            data["eligible_for_rollback"] = self.eligible_for_rollback
        return data


@dataclass(kw_only=True, slots=True)
class PipelineStackStack:
    """identity of the stack that will be used for new builds without a stack defined in CI and Review Apps"""

    id: Optional[str] = None
    """unique identifier of stack

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of stack

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineStackStack:
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
class PipelineStack:
    """A pipeline's stack is determined by the apps in the pipeline. This is used during creation of CI and Review Apps that have no stack defined in app.json"""

    stack: Optional[PipelineStackStack] = None
    """identity of the stack that will be used for new builds without a stack defined in CI and Review Apps"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineStack:
        data = _rt.expect_object(data)
        return cls(
            stack=_rt.optional(data, "stack", PipelineStackStack.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.stack is not None:
            data["stack"] = self.stack.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class PipelineTransferPipeline:
    """pipeline being transferred"""

    id: Optional[str] = None
    """unique identifier of pipeline

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineTransferPipeline:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelineTransferPreviousOwner:
    """Owner of a pipeline."""

    id: str
    """unique identifier of a pipeline owner"""
    type: str
    """type of pipeline owner"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineTransferPreviousOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            type=_rt.required(data, "type", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        data["type"] = self.type
        return data


@dataclass(kw_only=True, slots=True)
class PipelineTransferNewOwner:
    """Owner of a pipeline."""

    id: str
    """unique identifier of a pipeline owner"""
    type: str
    """type of pipeline owner"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineTransferNewOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            type=_rt.required(data, "type", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        data["type"] = self.type
        return data


@dataclass(kw_only=True, slots=True)
class PipelineTransfer:
    """A pipeline transfer is the process of changing pipeline ownership along with the contained apps."""

    pipeline: Optional[PipelineTransferPipeline] = None
    """pipeline being transferred"""
    previous_owner: Optional[PipelineTransferPreviousOwner] = None
    """Owner of a pipeline."""
    new_owner: Optional[PipelineTransferNewOwner] = None
    """Owner of a pipeline."""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineTransfer:
        data = _rt.expect_object(data)
        return cls(
            pipeline=_rt.optional(data, "pipeline", PipelineTransferPipeline.from_dict),
            previous_owner=_rt.optional(
                data,
                "previous_owner",
                PipelineTransferPreviousOwner.from_dict,
            ),
            new_owner=_rt.optional(data, "new_owner", PipelineTransferNewOwner.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline.to_dict()
        if self.previous_owner is not None:
            data["previous_owner"] = self.previous_owner.to_dict()
        if self.new_owner is not None:
            data["new_owner"] = self.new_owner.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class PipelineOwner:
    """Owner of a pipeline."""

    id: str
    """unique identifier of a pipeline owner"""
    type: str
    """type of pipeline owner"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            type=_rt.required(data, "type", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        data["type"] = self.type
        return data


@dataclass(kw_only=True, slots=True)
class PipelineGeneration:
    """the generation of the Heroku platform for this pipeline"""

    id: Optional[str] = None
    """unique identifier of the generation of the Heroku platform for this pipeline

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of the generation of the Heroku platform for this pipeline

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineGeneration:
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
class Pipeline:
    """A pipeline allows grouping of apps into different stages."""

    created_at: Optional[datetime] = None
    """when pipeline was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of pipeline

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of pipeline"""
    owner: Optional[PipelineOwner] = None
    """Owner of a pipeline."""
    updated_at: Optional[datetime] = None
    """when pipeline was updated

    Read-only: set by the server.
    """
    generation: Optional[PipelineGeneration] = None
    """the generation of the Heroku platform for this pipeline"""

    @classmethod
    def from_dict(cls, data: Any) -> Pipeline:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            owner=_rt.optional(data, "owner", PipelineOwner.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            generation=_rt.optional(data, "generation", PipelineGeneration.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.generation is not None:
            data["generation"] = self.generation.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class PlanAddonService:
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
    def from_dict(cls, data: Any) -> PlanAddonService:
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
class PlanPrice:
    """price"""

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
    def from_dict(cls, data: Any) -> PlanPrice:
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
class Plan:
    """Plans represent different configurations of add-ons that may be added to apps. Endpoints under add-on services can be accessed without authentication."""

    addon_service: Optional[PlanAddonService] = None
    """identity of add-on service"""
    created_at: Optional[datetime] = None
    """when plan was created

    Read-only: set by the server.
    """
    compliance: Optional[list[PlanRegime]] = None
    """the compliance regimes applied to an add-on plan"""
    default: Optional[bool] = None
    """whether this plan is the default for its add-on service

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """description of plan

    Read-only: set by the server.
    """
    human_name: Optional[str] = None
    """human readable name of the add-on plan

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this plan

    Read-only: set by the server.
    """
    installable_inside_private_network: Optional[bool] = None
    """whether this plan is installable to a Private Spaces app

    Read-only: set by the server.
    """
    installable_outside_private_network: Optional[bool] = None
    """whether this plan is installable to a Common Runtime app

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of this plan

    Read-only: set by the server.
    """
    price: Optional[PlanPrice] = None
    """price"""
    space_default: Optional[bool] = None
    """whether this plan is the default for apps in Private Spaces

    Read-only: set by the server.
    """
    state: Optional[str] = None
    """release status for plan

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when plan was updated

    Read-only: set by the server.
    """
    visible: Optional[bool] = None
    """whether this plan is publicly visible

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Plan:
        data = _rt.expect_object(data)
        return cls(
            addon_service=_rt.optional(data, "addon_service", PlanAddonService.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            compliance=_rt.optional(data, "compliance", _rt.list_of(PlanRegime.decode)),
            default=_rt.optional_bool(data, "default"),
            description=_rt.optional_str(data, "description"),
            human_name=_rt.optional_str(data, "human_name"),
            id=_rt.optional_str(data, "id"),
            installable_inside_private_network=_rt.optional_bool(
                data,
                "installable_inside_private_network",
            ),
            installable_outside_private_network=_rt.optional_bool(
                data,
                "installable_outside_private_network",
            ),
            name=_rt.optional_str(data, "name"),
            price=_rt.optional(data, "price", PlanPrice.from_dict),
            space_default=_rt.optional_bool(data, "space_default"),
            state=_rt.optional_str(data, "state"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            visible=_rt.optional_bool(data, "visible"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addon_service is not None:
            data["addon_service"] = self.addon_service.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.compliance is not None:
            data["compliance"] = _rt.encode(self.compliance)
        if self.default is not None:
            data["default"] = self.default
        if self.description is not None:
            data["description"] = self.description
        if self.human_name is not None:
            data["human_name"] = self.human_name
        if self.id is not None:
            data["id"] = self.id
        if self.installable_inside_private_network is not None:
            data["installable_inside_private_network"] = self.installable_inside_private_network
        if self.installable_outside_private_network is not None:
            data["installable_outside_private_network"] = self.installable_outside_private_network
        if self.name is not None:
            data["name"] = self.name
        if self.price is not None:
            data["price"] = self.price.to_dict()
        if self.space_default is not None:
            data["space_default"] = self.space_default
        if self.state is not None:
            data["state"] = self.state
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.visible is not None:
            data["visible"] = self.visible
        return data


@dataclass(kw_only=True, slots=True)
class RateLimit:
    """Rate Limit represents the number of request tokens each account holds. Requests to this endpoint do not count towards the rate limit."""

    remaining: Optional[int] = None
    """allowed requests remaining in current interval

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> RateLimit:
        data = _rt.expect_object(data)
        return cls(
            remaining=_rt.optional_int(data, "remaining"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.remaining is not None:
            data["remaining"] = self.remaining
        return data


@dataclass(kw_only=True, slots=True)
class ReleaseApp:
    """app involved in the release"""

    name: Optional[str] = None
    """unique name of app"""
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReleaseApp:
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
class ReleaseSlug:
    """slug running in this release"""

    id: Optional[str] = None
    """unique identifier of slug

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReleaseSlug:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class ReleaseUser:
    """user that created the release"""

    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """
    email: Optional[str] = None
    """unique email address of account"""

    @classmethod
    def from_dict(cls, data: Any) -> ReleaseUser:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            email=_rt.optional_str(data, "email"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.email is not None:
            data["email"] = self.email
        return data


@dataclass(kw_only=True, slots=True)
class Release:
    """A release represents a combination of code, config vars and add-ons for an app on Heroku."""

    addon_plan_names: Optional[list[str]] = None
    """add-on plans installed on the app for this release"""
    artifacts: Optional[list[ReleaseArtifact]] = None
    """build artifacts for the release"""
    app: Optional[ReleaseApp] = None
    """app involved in the release"""
    created_at: Optional[datetime] = None
    """when release was created

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """description of changes in this release

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of release

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when release was updated

    Read-only: set by the server.
    """
    slug: Optional[ReleaseSlug] = None
    """slug running in this release"""
    status: Optional[ReleaseStatus] = None
    """current status of the release

    Read-only: set by the server.
    """
    user: Optional[ReleaseUser] = None
    """user that created the release"""
    version: Optional[int] = None
    """unique version assigned to the release

    Read-only: set by the server.
    """
    current: Optional[bool] = None
    """indicates this release as being the current one for the app

    Read-only: set by the server.
    """
    output_stream_url: Optional[str] = None
    """Release command output will be available from this URL as a stream. The stream is available as either `text/plain` or `text/event-stream`. Clients should be prepared to handle disconnects and can resume the stream by sending a `Range` header (for `text/plain`) or a `Last-Event-Id` header (for `text/event-stream`).

    Read-only: set by the server.
    """
    eligible_for_rollback: Optional[bool] = None
    """indicates if this release is eligible for rollback

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Release:
        data = _rt.expect_object(data)
        return cls(
            addon_plan_names=_rt.optional(data, "addon_plan_names", _rt.list_of(_rt.as_str)),
            artifacts=_rt.optional(data, "artifacts", _rt.list_of(ReleaseArtifact.from_dict)),
            app=_rt.optional(data, "app", ReleaseApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            description=_rt.optional_str(data, "description"),
            id=_rt.optional_str(data, "id"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            slug=_rt.optional(data, "slug", ReleaseSlug.from_dict),
            status=_rt.optional(data, "status", ReleaseStatus.decode),
            user=_rt.optional(data, "user", ReleaseUser.from_dict),
            version=_rt.optional_int(data, "version"),
            current=_rt.optional_bool(data, "current"),
            output_stream_url=_rt.optional_str(data, "output_stream_url"),
            eligible_for_rollback=_rt.optional_bool(data, "eligible_for_rollback"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addon_plan_names is not None:
            data["addon_plan_names"] = list(self.addon_plan_names)
        if self.artifacts is not None:
            data["artifacts"] = _rt.encode(self.artifacts)
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.description is not None:
            data["description"] = self.description
        if self.id is not None:
            data["id"] = self.id
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.slug is not None:
            data["slug"] = self.slug.to_dict()
        if self.status is not None:
            data["status"] = self.status.value
        if self.user is not None:
            data["user"] = self.user.to_dict()
        if self.version is not None:
            data["version"] = self.version
        if self.current is not None:
            data["current"] = self.current
        if self.output_stream_url is not None:
            data["output_stream_url"] = self.output_stream_url
        if self.eligible_for_rollback is not None:
            data["eligible_for_rollback"] = self.eligible_for_rollback
        return data


@dataclass(kw_only=True, slots=True)
class ReviewAppApp:
    """the Heroku app associated to this review app"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppApp:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class ReviewAppAppSetup2:
    """the app setup for this review app"""

    id: Optional[str] = None
    """unique identifier of app setup

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppAppSetup2:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class ReviewAppPipeline:
    """the pipeline which this review app belongs to"""

    id: Optional[str] = None
    """unique identifier of pipeline

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppPipeline:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class ReviewAppForkRepo:
    """The ReviewAppForkRepo object."""

    id: Optional[int] = None
    """repository id of the fork the branch resides in

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppForkRepo:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_int(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class ReviewApp:
    """An ephemeral app to review a set of changes"""

    app: Optional[ReviewAppApp] = None
    """the Heroku app associated to this review app"""
    app_setup: Optional[ReviewAppAppSetup2] = None
    """the app setup for this review app"""
    branch: Optional[str] = None
    """the branch of the repository which the review app is based on

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when test run was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of the review app

    Read-only: set by the server.
    """
    pipeline: Optional[ReviewAppPipeline] = None
    """the pipeline which this review app belongs to"""
    status: Optional[ReviewAppStatus] = None
    """current state of the review app

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when review app was updated

    Read-only: set by the server.
    """
    creator: Optional[dict[str, Any]] = None
    """The user who created the review app

    Read-only: set by the server.
    """
    wait_for_ci: Optional[bool] = None
    """wait for ci before building the app

    Read-only: set by the server.
    """
    error_status: Optional[str] = None
    """error message from creating the review app if any

    Read-only: set by the server.
    """
    message: Optional[str] = None
    """message from creating the review app if any

    Read-only: set by the server.
    """
    fork_repo: Optional[ReviewAppForkRepo] = None
    pr_number: Optional[int] = None
    """pull request number the review app is built for

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewApp:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", ReviewAppApp.from_dict),
            app_setup=_rt.optional(data, "app_setup", ReviewAppAppSetup2.from_dict),
            branch=_rt.optional_str(data, "branch"),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            pipeline=_rt.optional(data, "pipeline", ReviewAppPipeline.from_dict),
            status=_rt.optional(data, "status", ReviewAppStatus.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            creator=_rt.optional(data, "creator", _rt.expect_object),
            wait_for_ci=_rt.optional_bool(data, "wait_for_ci"),
            error_status=_rt.optional_str(data, "error_status"),
            message=_rt.optional_str(data, "message"),
            fork_repo=_rt.optional(data, "fork_repo", ReviewAppForkRepo.from_dict),
            pr_number=_rt.optional_int(data, "pr_number"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.app_setup is not None:
            data["app_setup"] = self.app_setup.to_dict()
        if self.branch is not None:
            data["branch"] = self.branch
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline.to_dict()
        if self.status is not None:
            data["status"] = self.status.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.creator is not None:
            data["creator"] = _rt.encode(self.creator)
        if self.wait_for_ci is not None:
            data["wait_for_ci"] = self.wait_for_ci
        if self.error_status is not None:
            data["error_status"] = self.error_status
        if self.message is not None:
            data["message"] = self.message
        if self.fork_repo is not None:
            data["fork_repo"] = self.fork_repo.to_dict()
        if self.pr_number is not None:
            data["pr_number"] = self.pr_number
        return data


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


@dataclass(kw_only=True, slots=True)
class ReviewAppConfigRepo2:
    """The ReviewAppConfigRepo2 object."""

    id: Optional[int] = None
    """repository id

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppConfigRepo2:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_int(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class ReviewAppConfigDeployTarget:
    """the deploy target for the review apps of a pipeline"""

    id: str
    """unique identifier of deploy target

    Read-only: set by the server.
    """
    type: str
    """type of deploy target

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppConfigDeployTarget:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            type=_rt.required(data, "type", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        data["type"] = self.type
        return data


@dataclass(kw_only=True, slots=True)
class ReviewAppConfig:
    """Review apps can be configured for pipelines."""

    repo: Optional[ReviewAppConfigRepo2] = None
    automatic_review_apps: Optional[bool] = None
    """enable automatic review apps for pull requests

    Read-only: set by the server.
    """
    deploy_target: Optional[ReviewAppConfigDeployTarget] = None
    """the deploy target for the review apps of a pipeline"""
    destroy_stale_apps: Optional[bool] = None
    """automatically destroy review apps when they haven't been deployed for a number of days

    Read-only: set by the server.
    """
    stale_days: Optional[int] = None
    """number of days without a deployment after which to consider a review app stale

    Read-only: set by the server.
    """
    pipeline_id: Optional[str] = None
    """unique identifier of pipeline

    Read-only: set by the server.
    """
    wait_for_ci: Optional[bool] = None
    """If true, review apps are created only when CI passes

    Read-only: set by the server.
    """
    base_name: Optional[str] = None
    """A unique prefix that will be used to create review app names

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppConfig:
        data = _rt.expect_object(data)
        return cls(
            repo=_rt.optional(data, "repo", ReviewAppConfigRepo2.from_dict),
            automatic_review_apps=_rt.optional_bool(data, "automatic_review_apps"),
            deploy_target=_rt.optional(
                data,
                "deploy_target",
                ReviewAppConfigDeployTarget.from_dict,
            ),
            destroy_stale_apps=_rt.optional_bool(data, "destroy_stale_apps"),
            stale_days=_rt.optional_int(data, "stale_days"),
            pipeline_id=_rt.optional_str(data, "pipeline_id"),
            wait_for_ci=_rt.optional_bool(data, "wait_for_ci"),
            base_name=_rt.optional_str(data, "base_name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.repo is not None:
            data["repo"] = self.repo.to_dict()
        if self.automatic_review_apps is not None:
            data["automatic_review_apps"] = self.automatic_review_apps
        if self.deploy_target is not None:
            data["deploy_target"] = self.deploy_target.to_dict()
        if self.destroy_stale_apps is not None:
            data["destroy_stale_apps"] = self.destroy_stale_apps
        if self.stale_days is not None:
            data["stale_days"] = self.stale_days
        if self.pipeline_id is not None:
            data["pipeline_id"] = self.pipeline_id
        if self.wait_for_ci is not None:
            data["wait_for_ci"] = self.wait_for_ci
        if self.base_name is not None:
            data["base_name"] = self.base_name
        return data


@dataclass(kw_only=True, slots=True)
class SlugBlob:
    """pointer to the url where clients can fetch or store the actual release binary"""

    method: Optional[str] = None
    """method to be used to interact with the slug blob

    Read-only: set by the server.
    """
    url: Optional[str] = None
    """URL to interact with the slug blob

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SlugBlob:
        data = _rt.expect_object(data)
        return cls(
            method=_rt.optional_str(data, "method"),
            url=_rt.optional_str(data, "url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.method is not None:
            data["method"] = self.method
        if self.url is not None:
            data["url"] = self.url
        return data


@dataclass(kw_only=True, slots=True)
class SlugStack:
    """identity of slug stack"""

    id: Optional[str] = None
    """unique identifier of stack

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of stack

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SlugStack:
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
class Slug:
    """A slug is a snapshot of your application code that is ready to run on the platform."""

    blob: Optional[SlugBlob] = None
    """pointer to the url where clients can fetch or store the actual release binary"""
    buildpack_provided_description: Optional[str] = None
    """description from buildpack of slug"""
    checksum: Optional[str] = None
    """an optional checksum of the slug for verifying its integrity

    Read-only: set by the server.
    """
    commit: Optional[str] = None
    """identification of the code with your version control system (eg: SHA of the git HEAD)"""
    commit_description: Optional[str] = None
    """an optional description of the provided commit"""
    created_at: Optional[datetime] = None
    """when slug was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of slug

    Read-only: set by the server.
    """
    process_types: Optional[dict[str, str]] = None
    """hash mapping process type names to their respective command"""
    size: Optional[int] = None
    """size of slug, in bytes

    Read-only: set by the server.
    """
    stack: Optional[SlugStack] = None
    """identity of slug stack"""
    updated_at: Optional[datetime] = None
    """when slug was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Slug:
        data = _rt.expect_object(data)
        return cls(
            blob=_rt.optional(data, "blob", SlugBlob.from_dict),
            buildpack_provided_description=_rt.optional_str(data, "buildpack_provided_description"),
            checksum=_rt.optional_str(data, "checksum"),
            commit=_rt.optional_str(data, "commit"),
            commit_description=_rt.optional_str(data, "commit_description"),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            process_types=_rt.optional(data, "process_types", _rt.dict_of(_rt.as_str)),
            size=_rt.optional_int(data, "size"),
            stack=_rt.optional(data, "stack", SlugStack.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.blob is not None:
            data["blob"] = self.blob.to_dict()
        if self.buildpack_provided_description is not None:
            data["buildpack_provided_description"] = self.buildpack_provided_description
        if self.checksum is not None:
            data["checksum"] = self.checksum
        if self.commit is not None:
            data["commit"] = self.commit
        if self.commit_description is not None:
            data["commit_description"] = self.commit_description
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.process_types is not None:
            data["process_types"] = _rt.encode(self.process_types)
        if self.size is not None:
            data["size"] = self.size
        if self.stack is not None:
            data["stack"] = self.stack.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class SmsNumber:
    """SMS numbers are used for recovery on accounts with two-factor authentication enabled."""

    sms_number: Optional[str] = None
    """SMS number of account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SmsNumber:
        data = _rt.expect_object(data)
        return cls(
            sms_number=_rt.optional_str(data, "sms_number"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.sms_number is not None:
            data["sms_number"] = self.sms_number
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
class SourceSourceBlob:
    """pointer to the URL where clients can fetch or store the source"""

    get_url: Optional[str] = None
    """URL to download the source

    Read-only: set by the server.
    """
    put_url: Optional[str] = None
    """URL to upload the source

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SourceSourceBlob:
        data = _rt.expect_object(data)
        return cls(
            get_url=_rt.optional_str(data, "get_url"),
            put_url=_rt.optional_str(data, "put_url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.get_url is not None:
            data["get_url"] = self.get_url
        if self.put_url is not None:
            data["put_url"] = self.put_url
        return data


@dataclass(kw_only=True, slots=True)
class Source:
    """A source is a location for uploading and downloading an application's source code."""

    source_blob: Optional[SourceSourceBlob] = None
    """pointer to the URL where clients can fetch or store the source"""

    @classmethod
    def from_dict(cls, data: Any) -> Source:
        data = _rt.expect_object(data)
        return cls(
            source_blob=_rt.optional(data, "source_blob", SourceSourceBlob.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.source_blob is not None:
            data["source_blob"] = self.source_blob.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class SpaceAppAccessSpace:
    """space user belongs to"""

    name: Optional[str] = None
    """unique name of app"""
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceAppAccessSpace:
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
class SpaceAppAccessPermissionsItem:
    """The SpaceAppAccessPermissionsItem object."""

    description: Optional[str] = None
    name: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> SpaceAppAccessPermissionsItem:
        data = _rt.expect_object(data)
        return cls(
            description=_rt.optional_str(data, "description"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.description is not None:
            data["description"] = self.description
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class SpaceAppAccessUser:
    """identity of user account"""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceAppAccessUser:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class SpaceAppAccess:
    """Space access represents the permissions a particular user has on a particular space."""

    space: Optional[SpaceAppAccessSpace] = None
    """space user belongs to"""
    created_at: Optional[datetime] = None
    """when space was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of space

    Read-only: set by the server.
    """
    permissions: Optional[list[SpaceAppAccessPermissionsItem]] = None
    """user space permissions"""
    updated_at: Optional[datetime] = None
    """when space was updated

    Read-only: set by the server.
    """
    user: Optional[SpaceAppAccessUser] = None
    """identity of user account"""

    @classmethod
    def from_dict(cls, data: Any) -> SpaceAppAccess:
        data = _rt.expect_object(data)
        return cls(
            space=_rt.optional(data, "space", SpaceAppAccessSpace.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            permissions=_rt.optional(
                data,
                "permissions",
                _rt.list_of(SpaceAppAccessPermissionsItem.from_dict),
            ),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            user=_rt.optional(data, "user", SpaceAppAccessUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.space is not None:
            data["space"] = self.space.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.permissions is not None:
            data["permissions"] = _rt.encode(self.permissions)
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class SpaceNat:
    """Network address translation (NAT) for stable outbound IP addresses from a space"""

    created_at: Optional[datetime] = None
    """when network address translation for a space was created

    Read-only: set by the server.
    """
    sources: Optional[list[str]] = None
    """potential IPs from which outbound network traffic will originate

    Read-only: set by the server.
    """
    state: Optional[SpaceNatState] = None
    """availability of network address translation for a space

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when network address translation for a space was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceNat:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            sources=_rt.optional(data, "sources", _rt.list_of(_rt.as_str)),
            state=_rt.optional(data, "state", SpaceNatState.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.sources is not None:
            data["sources"] = list(self.sources)
        if self.state is not None:
            data["state"] = self.state.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class SpaceTopologyDyno:
    """A dyno"""

    id: Optional[str] = None
    """unique identifier of this dyno

    Read-only: set by the server.
    """
    number: Optional[int] = None
    """process number, e.g. 1 in web.1"""
    private_ip: Optional[str] = None
    """RFC1918 Address of Dyno"""
    hostname: Optional[str] = None
    """localspace hostname of resource"""

    @classmethod
    def from_dict(cls, data: Any) -> SpaceTopologyDyno:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            number=_rt.optional_int(data, "number"),
            private_ip=_rt.optional_str(data, "private_ip"),
            hostname=_rt.optional_str(data, "hostname"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.number is not None:
            data["number"] = self.number
        if self.private_ip is not None:
            data["private_ip"] = self.private_ip
        if self.hostname is not None:
            data["hostname"] = self.hostname
        return data


@dataclass(kw_only=True, slots=True)
class SpaceTopologyFormation:
    """formations for application"""

    id: Optional[str] = None
    """unique identifier of this process type

    Read-only: set by the server.
    """
    process_type: Optional[str] = None
    """Name of process type"""
    dynos: Optional[list[SpaceTopologyDyno]] = None
    """Current dynos for application"""

    @classmethod
    def from_dict(cls, data: Any) -> SpaceTopologyFormation:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            process_type=_rt.optional_str(data, "process_type"),
            dynos=_rt.optional(data, "dynos", _rt.list_of(SpaceTopologyDyno.from_dict)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.process_type is not None:
            data["process_type"] = self.process_type
        if self.dynos is not None:
            data["dynos"] = _rt.encode(self.dynos)
        return data


@dataclass(kw_only=True, slots=True)
class SpaceTopologyAppsItem:
    """The SpaceTopologyAppsItem object."""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """
    domains: Optional[list[Any]] = None
    """Read-only: set by the server."""
    formation: Optional[list[SpaceTopologyFormation]] = None
    """formations for application

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceTopologyAppsItem:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            domains=_rt.optional(data, "domains", _rt.list_of(_rt.as_any)),
            formation=_rt.optional(
                data,
                "formation",
                _rt.list_of(SpaceTopologyFormation.from_dict),
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.domains is not None:
            data["domains"] = _rt.encode(self.domains)
        if self.formation is not None:
            data["formation"] = _rt.encode(self.formation)
        return data


@dataclass(kw_only=True, slots=True)
class SpaceTopology:
    """Space Topology provides you with a mechanism for viewing all the running dynos, formations and applications for a space. This is the same data thats used to power our DNS Service Discovery."""

    version: Optional[int] = None
    """version of the space topology payload

    Read-only: set by the server.
    """
    apps: Optional[list[SpaceTopologyAppsItem]] = None
    """The apps within this space

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceTopology:
        data = _rt.expect_object(data)
        return cls(
            version=_rt.optional_int(data, "version"),
            apps=_rt.optional(data, "apps", _rt.list_of(SpaceTopologyAppsItem.from_dict)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.version is not None:
            data["version"] = self.version
        if self.apps is not None:
            data["apps"] = _rt.encode(self.apps)
        return data


@dataclass(kw_only=True, slots=True)
class SpaceOrganization:
    """organization that owns this space"""

    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceOrganization:
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
class SpaceTeam:
    """team that owns this space"""

    id: Optional[str] = None
    """unique identifier of team

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceTeam:
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
class SpaceRegion:
    """identity of space region"""

    id: Optional[str] = None
    """unique identifier of region

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of region

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceRegion:
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
class SpaceGeneration:
    """Generation of the Heroku platform for this space"""

    id: Optional[str] = None
    """unique identifier of the generation of the Heroku platform for this space

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of the generation of the Heroku platform for this space

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceGeneration:
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
class Space:
    """A space is an isolated, highly available, secure app execution environment."""

    created_at: Optional[datetime] = None
    """when space was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of space

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of space"""
    organization: Optional[SpaceOrganization] = None
    """organization that owns this space"""
    team: Optional[SpaceTeam] = None
    """team that owns this space"""
    region: Optional[SpaceRegion] = None
    """identity of space region"""
    shield: Optional[bool] = None
    """true if this space has shield enabled

    Read-only: set by the server.
    """
    state: Optional[SpaceState] = None
    """availability of this space

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when space was updated

    Read-only: set by the server.
    """
    cidr: Optional[str] = None
    """The RFC-1918 CIDR the Private Space will use. It must be a /16 in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16

    Default: '10.0.0.0/16'.
    """
    data_cidr: Optional[str] = None
    """The RFC-1918 CIDR that the Private Space will use for the Heroku-managed peering connection that's automatically created when using Heroku Data add-ons. It must be between a /16 and a /20"""
    generation: Optional[SpaceGeneration] = None
    """Generation of the Heroku platform for this space

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Space:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            organization=_rt.optional(data, "organization", SpaceOrganization.from_dict),
            team=_rt.optional(data, "team", SpaceTeam.from_dict),
            region=_rt.optional(data, "region", SpaceRegion.from_dict),
            shield=_rt.optional_bool(data, "shield"),
            state=_rt.optional(data, "state", SpaceState.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            cidr=_rt.optional_str(data, "cidr"),
            data_cidr=_rt.optional_str(data, "data_cidr"),
            generation=_rt.optional(data, "generation", SpaceGeneration.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.organization is not None:
            data["organization"] = self.organization.to_dict()
        if self.team is not None:
            data["team"] = self.team.to_dict()
        if self.region is not None:
            data["region"] = self.region.to_dict()
        if self.shield is not None:
            data["shield"] = self.shield
        if self.state is not None:
            data["state"] = self.state.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.cidr is not None:
            data["cidr"] = self.cidr
        if self.data_cidr is not None:
            data["data_cidr"] = self.data_cidr
        if self.generation is not None:
            data["generation"] = self.generation.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class Stack:
    """Stacks are the different application execution environments available in the Heroku platform."""

    default: Optional[bool] = None
    """indicates this stack is the default for new apps

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when stack was introduced

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of stack

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of stack

    Read-only: set by the server.
    """
    state: Optional[str] = None
    """availability of this stack: beta, deprecated or public

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when stack was last modified

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Stack:
        data = _rt.expect_object(data)
        return cls(
            default=_rt.optional_bool(data, "default"),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            state=_rt.optional_str(data, "state"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.default is not None:
            data["default"] = self.default
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.state is not None:
            data["state"] = self.state
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class TeamAppCollaboratorApp:
    """app collaborator belongs to"""

    name: Optional[str] = None
    """unique name of app"""
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamAppCollaboratorApp:
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
class TeamAppCollaboratorUser:
    """identity of collaborated account"""

    email: Optional[str] = None
    """unique email address of account"""
    federated: Optional[bool] = None
    """whether the user is federated and belongs to an Identity Provider

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamAppCollaboratorUser:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            federated=_rt.optional_bool(data, "federated"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.federated is not None:
            data["federated"] = self.federated
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class TeamAppCollaborator:
    """A team collaborator represents an account that has been given access to a team app on Heroku."""

    app: Optional[TeamAppCollaboratorApp] = None
    """app collaborator belongs to"""
    created_at: Optional[datetime] = None
    """when collaborator was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of collaborator

    Read-only: set by the server.
    """
    permissions: Optional[list[TeamAppPermission]] = None
    """array of permissions for the collaborator (only applicable if the app is on a team)"""
    role: Optional[TeamRole] = None
    """role in the team

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when collaborator was updated

    Read-only: set by the server.
    """
    user: Optional[TeamAppCollaboratorUser] = None
    """identity of collaborated account"""

    @classmethod
    def from_dict(cls, data: Any) -> TeamAppCollaborator:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", TeamAppCollaboratorApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            permissions=_rt.optional(data, "permissions", _rt.list_of(TeamAppPermission.from_dict)),
            role=_rt.optional(data, "role", TeamRole.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            user=_rt.optional(data, "user", TeamAppCollaboratorUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.permissions is not None:
            data["permissions"] = _rt.encode(self.permissions)
        if self.role is not None:
            data["role"] = self.role.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class TeamAppBuildStack:
    """identity of the stack that will be used for new builds"""

    id: Optional[str] = None
    """unique identifier of stack

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of stack

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamAppBuildStack:
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
class TeamAppTeam:
    """team that owns this app"""

    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamAppTeam:
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
class TeamAppOwner:
    """identity of app owner"""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamAppOwner:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class TeamAppRegion:
    """identity of app region"""

    id: Optional[str] = None
    """unique identifier of region

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of region

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamAppRegion:
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
class TeamAppSpace:
    """identity of space"""

    id: Optional[str] = None
    """unique identifier of space

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of space"""

    @classmethod
    def from_dict(cls, data: Any) -> TeamAppSpace:
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
class TeamAppStack:
    """identity of app stack"""

    id: Optional[str] = None
    """unique identifier of stack

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of stack

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamAppStack:
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
class TeamApp:
    """A team app encapsulates the team specific functionality of Heroku apps."""

    archived_at: Optional[datetime] = None
    """when app was archived

    Read-only: set by the server.
    """
    buildpack_provided_description: Optional[str] = None
    """description from buildpack of app

    Read-only: set by the server.
    """
    build_stack: Optional[TeamAppBuildStack] = None
    """identity of the stack that will be used for new builds"""
    created_at: Optional[datetime] = None
    """when app was created

    Read-only: set by the server.
    """
    git_url: Optional[str] = None
    """git repo URL of app

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """
    internal_routing: Optional[bool] = None
    """describes whether a Private Spaces app is externally routable or not

    Default: False.
    """
    joined: Optional[bool] = None
    """is the current member a collaborator on this app.

    Default: False.
    """
    locked: Optional[bool] = None
    """are other team members forbidden from joining this app.

    Default: False.
    """
    maintenance: Optional[bool] = None
    """maintenance status of app

    Default: False.
    """
    name: Optional[str] = None
    """unique name of app"""
    team: Optional[TeamAppTeam] = None
    """team that owns this app"""
    owner: Optional[TeamAppOwner] = None
    """identity of app owner"""
    region: Optional[TeamAppRegion] = None
    """identity of app region"""
    released_at: Optional[datetime] = None
    """when app was released

    Read-only: set by the server.
    """
    repo_size: Optional[int] = None
    """git repo size in bytes of app

    Read-only: set by the server.
    """
    slug_size: Optional[int] = None
    """slug size in bytes of app

    Read-only: set by the server.
    """
    space: Optional[TeamAppSpace] = None
    """identity of space"""
    stack: Optional[TeamAppStack] = None
    """identity of app stack"""
    updated_at: Optional[datetime] = None
    """when app was updated

    Read-only: set by the server.
    """
    web_url: Optional[str] = None
    """web URL of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamApp:
        data = _rt.expect_object(data)
        return cls(
            archived_at=_rt.optional_datetime(data, "archived_at"),
            buildpack_provided_description=_rt.optional_str(data, "buildpack_provided_description"),
            build_stack=_rt.optional(data, "build_stack", TeamAppBuildStack.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            git_url=_rt.optional_str(data, "git_url"),
            id=_rt.optional_str(data, "id"),
            internal_routing=_rt.optional_bool(data, "internal_routing"),
            joined=_rt.optional_bool(data, "joined"),
            locked=_rt.optional_bool(data, "locked"),
            maintenance=_rt.optional_bool(data, "maintenance"),
            name=_rt.optional_str(data, "name"),
            team=_rt.optional(data, "team", TeamAppTeam.from_dict),
            owner=_rt.optional(data, "owner", TeamAppOwner.from_dict),
            region=_rt.optional(data, "region", TeamAppRegion.from_dict),
            released_at=_rt.optional_datetime(data, "released_at"),
            repo_size=_rt.optional_int(data, "repo_size"),
            slug_size=_rt.optional_int(data, "slug_size"),
            space=_rt.optional(data, "space", TeamAppSpace.from_dict),
            stack=_rt.optional(data, "stack", TeamAppStack.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            web_url=_rt.optional_str(data, "web_url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.archived_at is not None:
            data["archived_at"] = self.archived_at.isoformat()
        if self.buildpack_provided_description is not None:
            data["buildpack_provided_description"] = self.buildpack_provided_description
        if self.build_stack is not None:
            data["build_stack"] = self.build_stack.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.git_url is not None:
            data["git_url"] = self.git_url
        if self.id is not None:
            data["id"] = self.id
        if self.internal_routing is not None:
            data["internal_routing"] = self.internal_routing
        if self.joined is not None:
            data["joined"] = self.joined
        if self.locked is not None:
            data["locked"] = self.locked
        if self.maintenance is not None:
            data["maintenance"] = self.maintenance
        if self.name is not None:
            data["name"] = self.name
        if self.team is not None:
            data["team"] = self.team.to_dict()
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        if self.region is not None:
            data["region"] = self.region.to_dict()
        if self.released_at is not None:
            data["released_at"] = self.released_at.isoformat()
        if self.repo_size is not None:
            data["repo_size"] = self.repo_size
        if self.slug_size is not None:
            data["slug_size"] = self.slug_size
        if self.space is not None:
            data["space"] = self.space.to_dict()
        if self.stack is not None:
            data["stack"] = self.stack.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.web_url is not None:
            data["web_url"] = self.web_url
        return data


@dataclass(kw_only=True, slots=True)
class TeamDailyUsage:
    """Usage for an enterprise team at a daily resolution."""

    addons: Optional[float] = None
    """total add-on credits used

    Read-only: set by the server.
    """
    apps: Optional[list[TeamDailyUsageAppUsageDaily]] = None
    """app usage in the team"""
    data: Optional[float] = None
    """total add-on credits used for first party add-ons

    Read-only: set by the server.
    """
    date_: Optional[date] = None
    """date of the usage

    Read-only: set by the server.
    """
    dynos: Optional[float] = None
    """dynos used

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """team identifier

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the team

    Read-only: set by the server.
    """
    partner: Optional[float] = None
    """total add-on credits used for third party add-ons

    Read-only: set by the server.
    """
    space: Optional[float] = None
    """space credits used

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamDailyUsage:
        data = _rt.expect_object(data)
        return cls(
            addons=_rt.optional_float(data, "addons"),
            apps=_rt.optional(data, "apps", _rt.list_of(TeamDailyUsageAppUsageDaily.from_dict)),
            data=_rt.optional_float(data, "data"),
            date_=_rt.optional(data, "date", _rt.as_date),
            dynos=_rt.optional_float(data, "dynos"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            partner=_rt.optional_float(data, "partner"),
            space=_rt.optional_float(data, "space"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addons is not None:
            data["addons"] = self.addons
        if self.apps is not None:
            data["apps"] = _rt.encode(self.apps)
        if self.data is not None:
            data["data"] = self.data
        if self.date_ is not None:
            data["date"] = self.date_.isoformat()
        if self.dynos is not None:
            data["dynos"] = self.dynos
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.partner is not None:
            data["partner"] = self.partner
        if self.space is not None:
            data["space"] = self.space
        return data


@dataclass(kw_only=True, slots=True)
class TeamDelinquency:
    """A Heroku team becomes delinquent due to non-payment. We [suspend and delete](https://help.heroku.com/EREVRILX/what-happens-if-i-have-unpaid-heroku-invoices) delinquent teams if their invoices remain unpaid."""

    scheduled_suspension_time: Optional[datetime] = None
    """scheduled time of when we will suspend your team due to delinquency

    Read-only: set by the server.
    """
    scheduled_deletion_time: Optional[datetime] = None
    """scheduled time of when we will delete your team due to delinquency

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamDelinquency:
        data = _rt.expect_object(data)
        return cls(
            scheduled_suspension_time=_rt.optional_datetime(data, "scheduled_suspension_time"),
            scheduled_deletion_time=_rt.optional_datetime(data, "scheduled_deletion_time"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.scheduled_suspension_time is not None:
            data["scheduled_suspension_time"] = self.scheduled_suspension_time.isoformat()
        if self.scheduled_deletion_time is not None:
            data["scheduled_deletion_time"] = self.scheduled_deletion_time.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class TeamFeature:
    """A team feature represents a feature enabled on a team account."""

    created_at: Optional[datetime] = None
    """when team feature was created

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """description of team feature

    Read-only: set by the server.
    """
    doc_url: Optional[str] = None
    """documentation URL of team feature

    Read-only: set by the server.
    """
    enabled: Optional[bool] = None
    """whether or not team feature has been enabled"""
    id: Optional[str] = None
    """unique identifier of team feature

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of team feature

    Read-only: set by the server.
    """
    state: Optional[str] = None
    """state of team feature

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when team feature was updated

    Read-only: set by the server.
    """
    display_name: Optional[str] = None
    """user readable feature name

    Read-only: set by the server.
    """
    feedback_email: Optional[str] = None
    """e-mail to send feedback about the feature

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamFeature:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            description=_rt.optional_str(data, "description"),
            doc_url=_rt.optional_str(data, "doc_url"),
            enabled=_rt.optional_bool(data, "enabled"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            state=_rt.optional_str(data, "state"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            display_name=_rt.optional_str(data, "display_name"),
            feedback_email=_rt.optional_str(data, "feedback_email"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.description is not None:
            data["description"] = self.description
        if self.doc_url is not None:
            data["doc_url"] = self.doc_url
        if self.enabled is not None:
            data["enabled"] = self.enabled
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.state is not None:
            data["state"] = self.state
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.display_name is not None:
            data["display_name"] = self.display_name
        if self.feedback_email is not None:
            data["feedback_email"] = self.feedback_email
        return data


@dataclass(kw_only=True, slots=True)
class TeamInvitationInvitedBy:
    """The TeamInvitationInvitedBy object."""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """full name of the account owner"""

    @classmethod
    def from_dict(cls, data: Any) -> TeamInvitationInvitedBy:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class TeamInvitationTeam:
    """The TeamInvitationTeam object."""

    id: Optional[str] = None
    """unique identifier of team

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamInvitationTeam:
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
class TeamInvitationUser:
    """The TeamInvitationUser object."""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """full name of the account owner"""

    @classmethod
    def from_dict(cls, data: Any) -> TeamInvitationUser:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class TeamInvitation:
    """A team invitation represents an invite to a team."""

    created_at: Optional[datetime] = None
    """when invitation was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of an invitation

    Read-only: set by the server.
    """
    invited_by: Optional[TeamInvitationInvitedBy] = None
    team: Optional[TeamInvitationTeam] = None
    role: Optional[TeamRole] = None
    """role in the team

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when invitation was updated

    Read-only: set by the server.
    """
    user: Optional[TeamInvitationUser] = None

    @classmethod
    def from_dict(cls, data: Any) -> TeamInvitation:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            invited_by=_rt.optional(data, "invited_by", TeamInvitationInvitedBy.from_dict),
            team=_rt.optional(data, "team", TeamInvitationTeam.from_dict),
            role=_rt.optional(data, "role", TeamRole.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            user=_rt.optional(data, "user", TeamInvitationUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.invited_by is not None:
            data["invited_by"] = self.invited_by.to_dict()
        if self.team is not None:
            data["team"] = self.team.to_dict()
        if self.role is not None:
            data["role"] = self.role.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class TeamInvoice:
    """A Team Invoice is an itemized bill of goods for a team which includes pricing and charges."""

    addons_total: Optional[int] = None
    """total add-ons charges in on this invoice

    Read-only: set by the server.
    """
    database_total: Optional[int] = None
    """total database charges on this invoice

    Read-only: set by the server.
    """
    charges_total: Optional[int] = None
    """total charges on this invoice

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when invoice was created

    Read-only: set by the server.
    """
    credits_total: Optional[int] = None
    """total credits on this invoice

    Read-only: set by the server.
    """
    dyno_units: Optional[float] = None
    """total amount of dyno units consumed across dyno types.

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this invoice

    Read-only: set by the server.
    """
    number: Optional[int] = None
    """human readable invoice number

    Read-only: set by the server.
    """
    payment_status: Optional[str] = None
    """status of the invoice payment

    Read-only: set by the server.
    """
    period_end: Optional[str] = None
    """the ending date that the invoice covers

    Read-only: set by the server.
    """
    period_start: Optional[str] = None
    """the starting date that this invoice covers

    Read-only: set by the server.
    """
    platform_total: Optional[int] = None
    """total platform charges on this invoice

    Read-only: set by the server.
    """
    state: Optional[int] = None
    """payment status for this invoice (pending, successful, failed)

    Read-only: set by the server.
    """
    total: Optional[int] = None
    """combined total of charges and credits on this invoice

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when invoice was updated

    Read-only: set by the server.
    """
    weighted_dyno_hours: Optional[float] = None
    """The total amount of hours consumed across dyno types.

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamInvoice:
        data = _rt.expect_object(data)
        return cls(
            addons_total=_rt.optional_int(data, "addons_total"),
            database_total=_rt.optional_int(data, "database_total"),
            charges_total=_rt.optional_int(data, "charges_total"),
            created_at=_rt.optional_datetime(data, "created_at"),
            credits_total=_rt.optional_int(data, "credits_total"),
            dyno_units=_rt.optional_float(data, "dyno_units"),
            id=_rt.optional_str(data, "id"),
            number=_rt.optional_int(data, "number"),
            payment_status=_rt.optional_str(data, "payment_status"),
            period_end=_rt.optional_str(data, "period_end"),
            period_start=_rt.optional_str(data, "period_start"),
            platform_total=_rt.optional_int(data, "platform_total"),
            state=_rt.optional_int(data, "state"),
            total=_rt.optional_int(data, "total"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            weighted_dyno_hours=_rt.optional_float(data, "weighted_dyno_hours"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addons_total is not None:
            data["addons_total"] = self.addons_total
        if self.database_total is not None:
            data["database_total"] = self.database_total
        if self.charges_total is not None:
            data["charges_total"] = self.charges_total
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.credits_total is not None:
            data["credits_total"] = self.credits_total
        if self.dyno_units is not None:
            data["dyno_units"] = self.dyno_units
        if self.id is not None:
            data["id"] = self.id
        if self.number is not None:
            data["number"] = self.number
        if self.payment_status is not None:
            data["payment_status"] = self.payment_status
        if self.period_end is not None:
            data["period_end"] = self.period_end
        if self.period_start is not None:
            data["period_start"] = self.period_start
        if self.platform_total is not None:
            data["platform_total"] = self.platform_total
        if self.state is not None:
            data["state"] = self.state
        if self.total is not None:
            data["total"] = self.total
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.weighted_dyno_hours is not None:
            data["weighted_dyno_hours"] = self.weighted_dyno_hours
        return data


@dataclass(kw_only=True, slots=True)
class TeamMemberIdentityProvider:
    """Identity Provider information the member is federated with"""

    id: Optional[str] = None
    """unique identifier of this identity provider

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the identity provider

    Read-only: set by the server.
    """
    redacted: Optional[bool] = None
    """whether the identity_provider information is redacted or not

    Read-only: set by the server.
    """
    owner: Optional[IdentityProviderOwner] = None
    """entity that owns this identity provider"""

    @classmethod
    def from_dict(cls, data: Any) -> TeamMemberIdentityProvider:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            redacted=_rt.optional_bool(data, "redacted"),
            owner=_rt.optional(data, "owner", IdentityProviderOwner.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.redacted is not None:
            data["redacted"] = self.redacted
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class TeamMemberUser:
    """user information for the membership"""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """full name of the account owner"""

    @classmethod
    def from_dict(cls, data: Any) -> TeamMemberUser:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class TeamMember:
    """A team member is an individual with access to a team."""

    created_at: datetime
    """when the membership record was created

    Read-only: set by the server.
    """
    email: str
    """email address of the team member

    Read-only: set by the server.
    """
    federated: bool
    """whether the user is federated and belongs to an Identity Provider

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of the team member

    Read-only: set by the server.
    """
    identity_provider: Optional[TeamMemberIdentityProvider] = None
    """Identity Provider information the member is federated with"""
    role: Optional[TeamRole] = None
    """role in the team

    Read-only: set by the server.
    """
    two_factor_authentication: Optional[bool] = None
    """whether the team member has two factor authentication enabled

    Read-only: set by the server.
    """
    updated_at: datetime
    """when the membership record was updated

    Read-only: set by the server.
    """
    user: Optional[TeamMemberUser] = None
    """user information for the membership"""

    @classmethod
    def from_dict(cls, data: Any) -> TeamMember:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.required(data, "created_at", _rt.as_datetime),
            email=_rt.required(data, "email", _rt.as_str),
            federated=_rt.required(data, "federated", _rt.as_bool),
            id=_rt.optional_str(data, "id"),
            identity_provider=_rt.optional(
                data,
                "identity_provider",
                TeamMemberIdentityProvider.from_dict,
            ),
            role=_rt.optional(data, "role", TeamRole.decode),
            two_factor_authentication=_rt.optional_bool(data, "two_factor_authentication"),
            updated_at=_rt.required(data, "updated_at", _rt.as_datetime),
            user=_rt.optional(data, "user", TeamMemberUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["created_at"] = self.created_at.isoformat()
        data["email"] = self.email
        data["federated"] = self.federated
        if self.id is not None:
            data["id"] = self.id
        if self.identity_provider is not None:
            data["identity_provider"] = self.identity_provider.to_dict()
        if self.role is not None:
            data["role"] = self.role.value
        if self.two_factor_authentication is not None:
            data["two_factor_authentication"] = self.two_factor_authentication
        data["updated_at"] = self.updated_at.isoformat()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class TeamMonthlyUsage:
    """Usage for an enterprise team at a monthly resolution."""

    addons: Optional[float] = None
    """total add-on credits used

    Read-only: set by the server.
    """
    apps: Optional[list[TeamMonthlyUsageAppUsageMonthly]] = None
    """app usage in the team"""
    connect: Optional[float] = None
    """max connect rows synced

    Read-only: set by the server.
    """
    data: Optional[float] = None
    """total add-on credits used for first party add-ons

    Read-only: set by the server.
    """
    dynos: Optional[float] = None
    """dynos used

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """team identifier

    Read-only: set by the server.
    """
    month: Optional[str] = None
    """year and month of the usage

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the team

    Read-only: set by the server.
    """
    partner: Optional[float] = None
    """total add-on credits used for third party add-ons

    Read-only: set by the server.
    """
    space: Optional[float] = None
    """space credits used

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamMonthlyUsage:
        data = _rt.expect_object(data)
        return cls(
            addons=_rt.optional_float(data, "addons"),
            apps=_rt.optional(data, "apps", _rt.list_of(TeamMonthlyUsageAppUsageMonthly.from_dict)),
            connect=_rt.optional_float(data, "connect"),
            data=_rt.optional_float(data, "data"),
            dynos=_rt.optional_float(data, "dynos"),
            id=_rt.optional_str(data, "id"),
            month=_rt.optional_str(data, "month"),
            name=_rt.optional_str(data, "name"),
            partner=_rt.optional_float(data, "partner"),
            space=_rt.optional_float(data, "space"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addons is not None:
            data["addons"] = self.addons
        if self.apps is not None:
            data["apps"] = _rt.encode(self.apps)
        if self.connect is not None:
            data["connect"] = self.connect
        if self.data is not None:
            data["data"] = self.data
        if self.dynos is not None:
            data["dynos"] = self.dynos
        if self.id is not None:
            data["id"] = self.id
        if self.month is not None:
            data["month"] = self.month
        if self.name is not None:
            data["name"] = self.name
        if self.partner is not None:
            data["partner"] = self.partner
        if self.space is not None:
            data["space"] = self.space
        return data


@dataclass(kw_only=True, slots=True)
class TeamPreferences:
    """Tracks a Team's Preferences"""

    default_permission: Optional[TeamPreferencesDefaultPermission] = None
    """The default permission used when adding new members to the team"""
    addons_controls: Optional[bool] = None
    """Whether add-on service rules should be applied to add-on installations"""

    @classmethod
    def from_dict(cls, data: Any) -> TeamPreferences:
        data = _rt.expect_object(data)
        return cls(
            default_permission=_rt.optional(
                data,
                "default-permission",
                TeamPreferencesDefaultPermission.decode,
            ),
            addons_controls=_rt.optional_bool(data, "addons-controls"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.default_permission is not None:
            data["default-permission"] = self.default_permission.value
        if self.addons_controls is not None:
            data["addons-controls"] = self.addons_controls
        return data


@dataclass(kw_only=True, slots=True)
class TeamEnterpriseAccount:
    """The TeamEnterpriseAccount object."""

    id: Optional[str] = None
    """unique identifier of the enterprise account

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of the enterprise account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamEnterpriseAccount:
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
class TeamIdentityProvider:
    """Identity Provider associated with the Team"""

    id: Optional[str] = None
    """unique identifier of this identity provider

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """user-friendly unique identifier for this identity provider"""
    owner: Optional[IdentityProviderOwner] = None
    """entity that owns this identity provider"""

    @classmethod
    def from_dict(cls, data: Any) -> TeamIdentityProvider:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            owner=_rt.optional(data, "owner", IdentityProviderOwner.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class Team:
    """Teams allow you to manage access to a shared group of applications and other resources."""

    id: Optional[str] = None
    """unique identifier of team

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when the team was created

    Read-only: set by the server.
    """
    credit_card_collections: Optional[bool] = None
    """whether charges incurred by the team are paid by credit card.

    Read-only: set by the server.
    """
    default: Optional[bool] = None
    """whether to use this team when none is specified"""
    enterprise_account: Optional[TeamEnterpriseAccount] = None
    identity_provider: Optional[TeamIdentityProvider] = None
    """Identity Provider associated with the Team"""
    membership_limit: Optional[float] = None
    """upper limit of members allowed in a team.

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """
    provisioned_licenses: Optional[bool] = None
    """whether the team is provisioned licenses by salesforce.

    Read-only: set by the server.
    """
    role: Optional[TeamRole] = None
    """role in the team

    Read-only: set by the server.
    """
    type: Optional[TeamType] = None
    """type of team.

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when the team was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Team:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            created_at=_rt.optional_datetime(data, "created_at"),
            credit_card_collections=_rt.optional_bool(data, "credit_card_collections"),
            default=_rt.optional_bool(data, "default"),
            enterprise_account=_rt.optional(
                data,
                "enterprise_account",
                TeamEnterpriseAccount.from_dict,
            ),
            identity_provider=_rt.optional(
                data,
                "identity_provider",
                TeamIdentityProvider.from_dict,
            ),
            membership_limit=_rt.optional_float(data, "membership_limit"),
            name=_rt.optional_str(data, "name"),
            provisioned_licenses=_rt.optional_bool(data, "provisioned_licenses"),
            role=_rt.optional(data, "role", TeamRole.decode),
            type=_rt.optional(data, "type", TeamType.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.credit_card_collections is not None:
            data["credit_card_collections"] = self.credit_card_collections
        if self.default is not None:
            data["default"] = self.default
        if self.enterprise_account is not None:
            data["enterprise_account"] = self.enterprise_account.to_dict()
        if self.identity_provider is not None:
            data["identity_provider"] = self.identity_provider.to_dict()
        if self.membership_limit is not None:
            data["membership_limit"] = self.membership_limit
        if self.name is not None:
            data["name"] = self.name
        if self.provisioned_licenses is not None:
            data["provisioned_licenses"] = self.provisioned_licenses
        if self.role is not None:
            data["role"] = self.role.value
        if self.type is not None:
            data["type"] = self.type.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class TelemetryDrainOwner:
    """entity that owns this telemetry drain"""

    id: str
    """unique identifier of owner"""
    type: TelemetryDrainOwnerType
    """type of owner"""

    @classmethod
    def from_dict(cls, data: Any) -> TelemetryDrainOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            type=_rt.required(data, "type", TelemetryDrainOwnerType.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        data["type"] = self.type.value
        return data


@dataclass(kw_only=True, slots=True)
class TelemetryDrainExporter:
    """OpenTelemetry exporter configuration"""

    type: TelemetryDrainExporterType2
    """the transport type to be used for your OpenTelemetry consumer"""
    endpoint: str
    """URI of your OpenTelemetry consumer"""
    headers: Optional[dict[str, str]] = None
    """JSON headers to send to your OpenTelemetry consumer"""

    @classmethod
    def from_dict(cls, data: Any) -> TelemetryDrainExporter:
        data = _rt.expect_object(data)
        return cls(
            type=_rt.required(data, "type", TelemetryDrainExporterType2.decode),
            endpoint=_rt.required(data, "endpoint", _rt.as_str),
            headers=_rt.optional(data, "headers", _rt.dict_of(_rt.as_str)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["type"] = self.type.value
        data["endpoint"] = self.endpoint
        if self.headers is not None:
            data["headers"] = _rt.encode(self.headers)
        return data


@dataclass(kw_only=True, slots=True)
class TelemetryDrain:
    """A telemetry drain forwards OpenTelemetry traces, metrics, and logs to your own consumer. For Fir-generation apps only."""

    created_at: Optional[datetime] = None
    """when the telemetry drain was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of telemetry drain

    Read-only: set by the server.
    """
    owner: Optional[TelemetryDrainOwner] = None
    """entity that owns this telemetry drain"""
    signals: Optional[list[TelemetryDrainSignal]] = None
    """OpenTelemetry signals to send to telemetry drain"""
    exporter: Optional[TelemetryDrainExporter] = None
    """OpenTelemetry exporter configuration"""
    updated_at: Optional[datetime] = None
    """when telemetry drain was last updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TelemetryDrain:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            owner=_rt.optional(data, "owner", TelemetryDrainOwner.from_dict),
            signals=_rt.optional(data, "signals", _rt.list_of(TelemetryDrainSignal.decode)),
            exporter=_rt.optional(data, "exporter", TelemetryDrainExporter.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        if self.signals is not None:
            data["signals"] = _rt.encode(self.signals)
        if self.exporter is not None:
            data["exporter"] = self.exporter.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class TestCaseTestNode:
    """the test node which executed this test case"""

    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> TestCaseTestNode:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class TestCaseTestRun:
    """the test run which owns this test case"""

    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> TestCaseTestRun:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class TestCase:
    """A single test case belonging to a test run"""

    id: Optional[str] = None
    """unique identifier of a test case

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when test case was created

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when test case was updated

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """description of the test case"""
    diagnostic: Optional[str] = None
    """meta information about the test case"""
    directive: Optional[str] = None
    """special note about the test case e.g. skipped, todo"""
    passed: Optional[bool] = None
    """whether the test case was successful"""
    number: Optional[int] = None
    """the test number"""
    test_node: Optional[TestCaseTestNode] = None
    """the test node which executed this test case"""
    test_run: Optional[TestCaseTestRun] = None
    """the test run which owns this test case"""

    @classmethod
    def from_dict(cls, data: Any) -> TestCase:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            description=_rt.optional_str(data, "description"),
            diagnostic=_rt.optional_str(data, "diagnostic"),
            directive=_rt.optional_str(data, "directive"),
            passed=_rt.optional_bool(data, "passed"),
            number=_rt.optional_int(data, "number"),
            test_node=_rt.optional(data, "test_node", TestCaseTestNode.from_dict),
            test_run=_rt.optional(data, "test_run", TestCaseTestRun.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.description is not None:
            data["description"] = self.description
        if self.diagnostic is not None:
            data["diagnostic"] = self.diagnostic
        if self.directive is not None:
            data["directive"] = self.directive
        if self.passed is not None:
            data["passed"] = self.passed
        if self.number is not None:
            data["number"] = self.number
        if self.test_node is not None:
            data["test_node"] = self.test_node.to_dict()
        if self.test_run is not None:
            data["test_run"] = self.test_run.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class TestNodeDyno:
    """the dyno which belongs to this test node"""

    id: Optional[str] = None
    attach_url: Optional[str] = None
    """a URL to stream output from for debug runs or null for non-debug runs

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TestNodeDyno:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional(data, "id", _rt.union_of(_rt.as_str, _rt.as_str)),
            attach_url=_rt.optional_str(data, "attach_url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = _rt.encode(self.id)
        if self.attach_url is not None:
            data["attach_url"] = self.attach_url
        return data


@dataclass(kw_only=True, slots=True)
class TestNodePipeline:
    """the pipeline which owns this test node"""

    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> TestNodePipeline:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional(data, "id", _rt.union_of(_rt.as_str, _rt.as_str)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = _rt.encode(self.id)
        return data


@dataclass(kw_only=True, slots=True)
class TestNodeTestRun:
    """the test run which owns this test node"""

    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> TestNodeTestRun:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class TestNode:
    """A single test node belonging to a test run"""

    created_at: Optional[datetime] = None
    """when test node was created

    Read-only: set by the server.
    """
    dyno: Optional[TestNodeDyno] = None
    """the dyno which belongs to this test node"""
    error_status: Optional[str] = None
    """the status of the test run when the error occured"""
    exit_code: Optional[int] = None
    """the exit code of the test script"""
    id: Optional[str] = None
    index: Optional[int] = None
    """The index of the test node"""
    message: Optional[str] = None
    """human friendly message indicating reason for an error"""
    output_stream_url: Optional[str] = None
    """the streaming output for the test node"""
    pipeline: Optional[TestNodePipeline] = None
    """the pipeline which owns this test node"""
    setup_stream_url: Optional[str] = None
    """the streaming test setup output for the test node"""
    status: Optional[TestNodeStatus] = None
    """current state of the test run

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when test node was updated

    Read-only: set by the server.
    """
    test_run: Optional[TestNodeTestRun] = None
    """the test run which owns this test node"""

    @classmethod
    def from_dict(cls, data: Any) -> TestNode:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            dyno=_rt.optional(data, "dyno", TestNodeDyno.from_dict),
            error_status=_rt.optional_str(data, "error_status"),
            exit_code=_rt.optional_int(data, "exit_code"),
            id=_rt.optional_str(data, "id"),
            index=_rt.optional_int(data, "index"),
            message=_rt.optional_str(data, "message"),
            output_stream_url=_rt.optional_str(data, "output_stream_url"),
            pipeline=_rt.optional(data, "pipeline", TestNodePipeline.from_dict),
            setup_stream_url=_rt.optional_str(data, "setup_stream_url"),
            status=_rt.optional(data, "status", TestNodeStatus.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            test_run=_rt.optional(data, "test_run", TestNodeTestRun.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.dyno is not None:
            data["dyno"] = self.dyno.to_dict()
        if self.error_status is not None:
            data["error_status"] = self.error_status
        if self.exit_code is not None:
            data["exit_code"] = self.exit_code
        if self.id is not None:
            data["id"] = self.id
        if self.index is not None:
            data["index"] = self.index
        if self.message is not None:
            data["message"] = self.message
        if self.output_stream_url is not None:
            data["output_stream_url"] = self.output_stream_url
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline.to_dict()
        if self.setup_stream_url is not None:
            data["setup_stream_url"] = self.setup_stream_url
        if self.status is not None:
            data["status"] = self.status.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.test_run is not None:
            data["test_run"] = self.test_run.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class TestRunDyno:
    """the type of dynos used for this test-run"""

    size: Optional[str] = None
    """dyno size"""

    @classmethod
    def from_dict(cls, data: Any) -> TestRunDyno:
        data = _rt.expect_object(data)
        return cls(
            size=_rt.optional_str(data, "size"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.size is not None:
            data["size"] = self.size
        return data


@dataclass(kw_only=True, slots=True)
class TestRunOrganization:
    """the team that owns this test-run"""

    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TestRunOrganization:
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
class TestRunPipeline:
    """the pipeline which owns this test-run"""

    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> TestRunPipeline:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional(data, "id", _rt.union_of(_rt.as_str, _rt.as_str)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = _rt.encode(self.id)
        return data


@dataclass(kw_only=True, slots=True)
class TestRun:
    """An execution or trial of one or more tests"""

    actor_email: Optional[str] = None
    """the email of the actor triggering the test run"""
    clear_cache: Optional[bool] = None
    """whether the test was run with an empty cache"""
    commit_branch: Optional[str] = None
    """the branch of the repository that the test run concerns"""
    commit_message: Optional[str] = None
    """the message for the commit under test"""
    commit_sha: Optional[str] = None
    """the SHA hash of the commit under test"""
    debug: Optional[bool] = None
    """whether the test run was started for interactive debugging"""
    app_setup: Optional[dict[str, Any]] = None
    """the app setup for the test run"""
    created_at: Optional[datetime] = None
    """when test run was created

    Read-only: set by the server.
    """
    dyno: Optional[TestRunDyno] = None
    """the type of dynos used for this test-run"""
    id: Optional[str] = None
    """unique identifier of a test run

    Read-only: set by the server.
    """
    message: Optional[str] = None
    """human friendly message indicating reason for an error"""
    number: Optional[int] = None
    """the auto incrementing test run number"""
    organization: Optional[TestRunOrganization] = None
    """the team that owns this test-run"""
    pipeline: Optional[TestRunPipeline] = None
    """the pipeline which owns this test-run"""
    status: Optional[TestRunStatus] = None
    """current state of the test run

    Read-only: set by the server.
    """
    source_blob_url: Optional[str] = None
    """The download location for the source code to be tested"""
    updated_at: Optional[datetime] = None
    """when test-run was updated

    Read-only: set by the server.
    """
    user: Optional[Account] = None
    """An account represents an individual signed up to use the Heroku platform."""
    warning_message: Optional[str] = None
    """human friently warning emitted during the test run"""

    @classmethod
    def from_dict(cls, data: Any) -> TestRun:
        data = _rt.expect_object(data)
        return cls(
            actor_email=_rt.optional_str(data, "actor_email"),
            clear_cache=_rt.optional_bool(data, "clear_cache"),
            commit_branch=_rt.optional_str(data, "commit_branch"),
            commit_message=_rt.optional_str(data, "commit_message"),
            commit_sha=_rt.optional_str(data, "commit_sha"),
            debug=_rt.optional_bool(data, "debug"),
            app_setup=_rt.optional(data, "app_setup", _rt.expect_object),
            created_at=_rt.optional_datetime(data, "created_at"),
            dyno=_rt.optional(data, "dyno", TestRunDyno.from_dict),
            id=_rt.optional_str(data, "id"),
            message=_rt.optional_str(data, "message"),
            number=_rt.optional_int(data, "number"),
            organization=_rt.optional(data, "organization", TestRunOrganization.from_dict),
            pipeline=_rt.optional(data, "pipeline", TestRunPipeline.from_dict),
            status=_rt.optional(data, "status", TestRunStatus.decode),
            source_blob_url=_rt.optional_str(data, "source_blob_url"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            user=_rt.optional(data, "user", Account.from_dict),
            warning_message=_rt.optional_str(data, "warning_message"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.actor_email is not None:
            data["actor_email"] = self.actor_email
        if self.clear_cache is not None:
            data["clear_cache"] = self.clear_cache
        if self.commit_branch is not None:
            data["commit_branch"] = self.commit_branch
        if self.commit_message is not None:
            data["commit_message"] = self.commit_message
        if self.commit_sha is not None:
            data["commit_sha"] = self.commit_sha
        if self.debug is not None:
            data["debug"] = self.debug
        if self.app_setup is not None:
            data["app_setup"] = _rt.encode(self.app_setup)
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.dyno is not None:
            data["dyno"] = self.dyno.to_dict()
        if self.id is not None:
            data["id"] = self.id
        if self.message is not None:
            data["message"] = self.message
        if self.number is not None:
            data["number"] = self.number
        if self.organization is not None:
            data["organization"] = self.organization.to_dict()
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline.to_dict()
        if self.status is not None:
            data["status"] = self.status.value
        if self.source_blob_url is not None:
            data["source_blob_url"] = self.source_blob_url
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        if self.warning_message is not None:
            data["warning_message"] = self.warning_message
        return data


@dataclass(kw_only=True, slots=True)
class UserPreferences:
    """Tracks a user's preferences and message dismissals"""

    timezone: Optional[str] = None
    """User's default timezone"""
    default_organization: Optional[str] = None
    """User's default team"""
    dismissed_github_banner: Optional[bool] = None
    """Whether the user has dismissed the GitHub link banner"""
    dismissed_getting_started: Optional[bool] = None
    """Whether the user has dismissed the getting started banner"""
    dismissed_org_access_controls: Optional[bool] = None
    """Whether the user has dismissed the Organization Access Controls banner"""
    dismissed_org_wizard_notification: Optional[bool] = None
    """Whether the user has dismissed the Organization Wizard"""
    dismissed_pipelines_banner: Optional[bool] = None
    """Whether the user has dismissed the Pipelines banner"""
    dismissed_pipelines_github_banner: Optional[bool] = None
    """Whether the user has dismissed the GitHub banner on a pipeline overview"""
    dismissed_pipelines_github_banners: Optional[list[str]] = None
    """Which pipeline uuids the user has dismissed the GitHub banner for"""
    dismissed_sms_banner: Optional[bool] = None
    """Whether the user has dismissed the 2FA SMS banner"""

    @classmethod
    def from_dict(cls, data: Any) -> UserPreferences:
        data = _rt.expect_object(data)
        return cls(
            timezone=_rt.optional_str(data, "timezone"),
            default_organization=_rt.optional_str(data, "default-organization"),
            dismissed_github_banner=_rt.optional_bool(data, "dismissed-github-banner"),
            dismissed_getting_started=_rt.optional_bool(data, "dismissed-getting-started"),
            dismissed_org_access_controls=_rt.optional_bool(data, "dismissed-org-access-controls"),
            dismissed_org_wizard_notification=_rt.optional_bool(
                data,
                "dismissed-org-wizard-notification",
            ),
            dismissed_pipelines_banner=_rt.optional_bool(data, "dismissed-pipelines-banner"),
            dismissed_pipelines_github_banner=_rt.optional_bool(
                data,
                "dismissed-pipelines-github-banner",
            ),
            dismissed_pipelines_github_banners=_rt.optional(
                data,
                "dismissed-pipelines-github-banners",
                _rt.list_of(_rt.as_str),
            ),
            dismissed_sms_banner=_rt.optional_bool(data, "dismissed-sms-banner"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.timezone is not None:
            data["timezone"] = self.timezone
        if self.default_organization is not None:
            data["default-organization"] = self.default_organization
        if self.dismissed_github_banner is not None:
            data["dismissed-github-banner"] = self.dismissed_github_banner
        if self.dismissed_getting_started is not None:
            data["dismissed-getting-started"] = self.dismissed_getting_started
        if self.dismissed_org_access_controls is not None:
            data["dismissed-org-access-controls"] = self.dismissed_org_access_controls
        if self.dismissed_org_wizard_notification is not None:
            data["dismissed-org-wizard-notification"] = self.dismissed_org_wizard_notification
        if self.dismissed_pipelines_banner is not None:
            data["dismissed-pipelines-banner"] = self.dismissed_pipelines_banner
        if self.dismissed_pipelines_github_banner is not None:
            data["dismissed-pipelines-github-banner"] = self.dismissed_pipelines_github_banner
        if self.dismissed_pipelines_github_banners is not None:
            data["dismissed-pipelines-github-banners"] = list(
                self.dismissed_pipelines_github_banners
            )
        if self.dismissed_sms_banner is not None:
            data["dismissed-sms-banner"] = self.dismissed_sms_banner
        return data


@dataclass(kw_only=True, slots=True)
class VpnConnectionTunnel:
    """Tunnel info"""

    last_status_change: Optional[str] = None
    """Timestamp of last status changed"""
    ip: Optional[str] = None
    """Public IP address for the tunnel"""
    customer_ip: Optional[str] = None
    """Public IP address for the customer side of the tunnel"""
    pre_shared_key: Optional[str] = None
    """Pre-shared key"""
    status: Optional[VpnConnectionTunnelStatus] = None
    """Status of the tunnel"""
    status_message: Optional[str] = None
    """Details of the status"""

    @classmethod
    def from_dict(cls, data: Any) -> VpnConnectionTunnel:
        data = _rt.expect_object(data)
        return cls(
            last_status_change=_rt.optional_str(data, "last_status_change"),
            ip=_rt.optional_str(data, "ip"),
            customer_ip=_rt.optional_str(data, "customer_ip"),
            pre_shared_key=_rt.optional_str(data, "pre_shared_key"),
            status=_rt.optional(data, "status", VpnConnectionTunnelStatus.decode),
            status_message=_rt.optional_str(data, "status_message"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.last_status_change is not None:
            data["last_status_change"] = self.last_status_change
        if self.ip is not None:
            data["ip"] = self.ip
        if self.customer_ip is not None:
            data["customer_ip"] = self.customer_ip
        if self.pre_shared_key is not None:
            data["pre_shared_key"] = self.pre_shared_key
        if self.status is not None:
            data["status"] = self.status.value
        if self.status_message is not None:
            data["status_message"] = self.status_message
        return data


@dataclass(kw_only=True, slots=True)
class VpnConnection:
    """[VPN](https://devcenter.heroku.com/articles/private-space-vpn-connection) provides a way to connect your Private Spaces to your network via VPN."""

    id: Optional[str] = None
    """VPN ID

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """VPN Name"""
    public_ip: Optional[str] = None
    """Public IP of VPN customer gateway"""
    routable_cidrs: Optional[list[str]] = None
    """Routable CIDRs of VPN"""
    space_cidr_block: Optional[str] = None
    """CIDR Block of the Private Space

    Read-only: set by the server.
    """
    tunnels: Optional[list[VpnConnectionTunnel]] = None
    ike_version: Optional[int] = None
    """IKE Version

    Read-only: set by the server.
    """
    status: Optional[VpnConnectionStatus] = None
    """Status of the VPN

    Read-only: set by the server.
    """
    status_message: Optional[str] = None
    """Details of the status

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> VpnConnection:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            public_ip=_rt.optional_str(data, "public_ip"),
            routable_cidrs=_rt.optional(data, "routable_cidrs", _rt.list_of(_rt.as_str)),
            space_cidr_block=_rt.optional_str(data, "space_cidr_block"),
            tunnels=_rt.optional(data, "tunnels", _rt.list_of(VpnConnectionTunnel.from_dict)),
            ike_version=_rt.optional_int(data, "ike_version"),
            status=_rt.optional(data, "status", VpnConnectionStatus.decode),
            status_message=_rt.optional_str(data, "status_message"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.public_ip is not None:
            data["public_ip"] = self.public_ip
        if self.routable_cidrs is not None:
            data["routable_cidrs"] = list(self.routable_cidrs)
        if self.space_cidr_block is not None:
            data["space_cidr_block"] = self.space_cidr_block
        if self.tunnels is not None:
            data["tunnels"] = _rt.encode(self.tunnels)
        if self.ike_version is not None:
            data["ike_version"] = self.ike_version
        if self.status is not None:
            data["status"] = self.status.value
        if self.status_message is not None:
            data["status_message"] = self.status_message
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
class AppSetupCreateBodyApp:
    """optional parameters for created app"""

    locked: Optional[bool] = None
    """are other team members forbidden from joining this app.

    Default: False.
    """
    name: Optional[str] = None
    """unique name of app"""
    organization: Optional[str] = None
    """unique name of team"""
    personal: Optional[bool] = None
    """force creation of the app in the user account even if a default team is set.

    Default: False.
    """
    region: Optional[str] = None
    """unique name of region"""
    space: Optional[str] = None
    """unique name of space"""
    stack: Optional[str] = None
    """unique name of stack"""

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupCreateBodyApp:
        data = _rt.expect_object(data)
        return cls(
            locked=_rt.optional_bool(data, "locked"),
            name=_rt.optional_str(data, "name"),
            organization=_rt.optional_str(data, "organization"),
            personal=_rt.optional_bool(data, "personal"),
            region=_rt.optional_str(data, "region"),
            space=_rt.optional_str(data, "space"),
            stack=_rt.optional_str(data, "stack"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.locked is not None:
            data["locked"] = self.locked
        if self.name is not None:
            data["name"] = self.name
        if self.organization is not None:
            data["organization"] = self.organization
        if self.personal is not None:
            data["personal"] = self.personal
        if self.region is not None:
            data["region"] = self.region
        if self.space is not None:
            data["space"] = self.space
        if self.stack is not None:
            data["stack"] = self.stack
        return data


@dataclass(kw_only=True, slots=True)
class AppSetupCreateBodySourceBlob:
    """gzipped tarball of source code containing app.json manifest file"""

    checksum: Optional[str] = None
    """an optional checksum of the gzipped tarball for verifying its integrity"""
    url: Optional[str] = None
    """URL of gzipped tarball of source code containing app.json manifest file"""
    version: Optional[str] = None
    """Version of the gzipped tarball."""

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupCreateBodySourceBlob:
        data = _rt.expect_object(data)
        return cls(
            checksum=_rt.optional_str(data, "checksum"),
            url=_rt.optional_str(data, "url"),
            version=_rt.optional_str(data, "version"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.checksum is not None:
            data["checksum"] = self.checksum
        if self.url is not None:
            data["url"] = self.url
        if self.version is not None:
            data["version"] = self.version
        return data


@dataclass(kw_only=True, slots=True)
class OauthAuthorizationUpdateBodyClient:
    """identifier of the client that obtained this authorization"""

    id: Optional[str] = None
    """unique identifier of this OAuth client"""
    secret: Optional[str] = None
    """secret used to obtain OAuth authorizations under this client"""

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorizationUpdateBodyClient:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            secret=_rt.optional_str(data, "secret"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.secret is not None:
            data["secret"] = self.secret
        return data


@dataclass(kw_only=True, slots=True)
class OauthTokenCreateBodyClient:
    """The OauthTokenCreateBodyClient object."""

    secret: Optional[str] = None
    """secret used to obtain OAuth authorizations under this client"""

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenCreateBodyClient:
        data = _rt.expect_object(data)
        return cls(
            secret=_rt.optional_str(data, "secret"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.secret is not None:
            data["secret"] = self.secret
        return data


@dataclass(kw_only=True, slots=True)
class OauthTokenCreateBodyGrant:
    """The OauthTokenCreateBodyGrant object."""

    code: Optional[str] = None
    """grant code received from OAuth web application authorization"""
    type: Optional[str] = None
    """type of grant requested, one of `authorization_code` or `refresh_token`"""

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenCreateBodyGrant:
        data = _rt.expect_object(data)
        return cls(
            code=_rt.optional_str(data, "code"),
            type=_rt.optional_str(data, "type"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.code is not None:
            data["code"] = self.code
        if self.type is not None:
            data["type"] = self.type
        return data


@dataclass(kw_only=True, slots=True)
class OauthTokenCreateBodyRefreshToken:
    """The OauthTokenCreateBodyRefreshToken object."""

    token: Optional[str] = None
    """contents of the token to be used for authorization"""

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenCreateBodyRefreshToken:
        data = _rt.expect_object(data)
        return cls(
            token=_rt.optional_str(data, "token"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.token is not None:
            data["token"] = self.token
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionCreateBodyPipeline:
    """pipeline involved in the promotion"""

    id: str
    """unique identifier of pipeline"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionCreateBodyPipeline:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionCreateBodySourceApp:
    """the app which was promoted from"""

    id: Optional[str] = None
    """unique identifier of app"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionCreateBodySourceApp:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionCreateBodySourceRelease:
    """the specific release to promote from (optional, defaults to current release)"""

    id: Optional[str] = None
    """unique identifier of release"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionCreateBodySourceRelease:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionCreateBodySource:
    """the app being promoted from"""

    app: Optional[PipelinePromotionCreateBodySourceApp] = None
    """the app which was promoted from"""
    release: Optional[PipelinePromotionCreateBodySourceRelease] = None
    """the specific release to promote from (optional, defaults to current release)"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionCreateBodySource:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", PipelinePromotionCreateBodySourceApp.from_dict),
            release=_rt.optional(
                data,
                "release",
                PipelinePromotionCreateBodySourceRelease.from_dict,
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.release is not None:
            data["release"] = self.release.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionCreateBodyTargetsItemApp:
    """the app is being promoted to"""

    id: Optional[str] = None
    """unique identifier of app"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionCreateBodyTargetsItemApp:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionCreateBodyTargetsItem:
    """The PipelinePromotionCreateBodyTargetsItem object."""

    app: Optional[PipelinePromotionCreateBodyTargetsItemApp] = None
    """the app is being promoted to"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionCreateBodyTargetsItem:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", PipelinePromotionCreateBodyTargetsItemApp.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class PipelineTransferCreateBodyPipeline:
    """The pipeline to transfer"""

    id: Optional[str] = None
    """unique identifier of pipeline"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineTransferCreateBodyPipeline:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelineTransferCreateBodyNewOwner:
    """New pipeline owner"""

    id: Optional[str] = None
    """unique identifier of a pipeline owner"""
    type: Optional[str] = None
    """type of pipeline owner"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineTransferCreateBodyNewOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            type=_rt.optional_str(data, "type"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.type is not None:
            data["type"] = self.type
        return data


@dataclass(kw_only=True, slots=True)
class SpaceAppAccessUpdateBodyPermissionsItem:
    """The SpaceAppAccessUpdateBodyPermissionsItem object."""

    name: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> SpaceAppAccessUpdateBodyPermissionsItem:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        return data
