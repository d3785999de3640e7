from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app import AppBuildStack, AppOwner, AppRegion, AppStack
    from .collaborator import CollaboratorApp, CollaboratorUser
    from .identity import IdentityProviderOwner
    from .inbound import InboundRulesetSpace


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
    build_stack: Optional[AppBuildStack] = None
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
    owner: Optional[AppOwner] = None
    """identity of app owner"""
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
    space: Optional[InboundRulesetSpace] = None
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
    def from_dict(cls, data: Any) -> TeamApp:
        data = _rt.expect_object(data)
        return cls(
            archived_at=_rt.optional_datetime(data, "archived_at"),
            buildpack_provided_description=_rt.optional_str(data, "buildpack_provided_description"),
            build_stack=_rt.optional(data, "build_stack", _models.AppBuildStack.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            git_url=_rt.optional_str(data, "git_url"),
            id=_rt.optional_str(data, "id"),
            internal_routing=_rt.optional_bool(data, "internal_routing"),
            joined=_rt.optional_bool(data, "joined"),
            locked=_rt.optional_bool(data, "locked"),
            maintenance=_rt.optional_bool(data, "maintenance"),
            name=_rt.optional_str(data, "name"),
            team=_rt.optional(data, "team", TeamAppTeam.from_dict),
            owner=_rt.optional(data, "owner", _models.AppOwner.from_dict),
            region=_rt.optional(data, "region", _models.AppRegion.from_dict),
            released_at=_rt.optional_datetime(data, "released_at"),
            repo_size=_rt.optional_int(data, "repo_size"),
            slug_size=_rt.optional_int(data, "slug_size"),
            space=_rt.optional(data, "space", _models.InboundRulesetSpace.from_dict),
            stack=_rt.optional(data, "stack", _models.AppStack.from_dict),
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
class TeamAppCollaborator:
    """A team collaborator represents an account that has been given access to a team app on Heroku."""

    app: Optional[CollaboratorApp] = None
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
    user: Optional[CollaboratorUser] = None
    """identity of collaborated account"""

    @classmethod
    def from_dict(cls, data: Any) -> TeamAppCollaborator:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", _models.CollaboratorApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            permissions=_rt.optional(data, "permissions", _rt.list_of(TeamAppPermission.from_dict)),
            role=_rt.optional(data, "role", TeamRole.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            user=_rt.optional(data, "user", _models.CollaboratorUser.from_dict),
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
class TeamEnterpriseAccount:
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
            owner=_rt.optional(data, "owner", _models.IdentityProviderOwner.from_dict),
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
    user: Optional[TeamInvitationInvitedBy] = None

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
            user=_rt.optional(data, "user", TeamInvitationInvitedBy.from_dict),
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
class TeamInvitationInvitedBy:
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
            owner=_rt.optional(data, "owner", _models.IdentityProviderOwner.from_dict),
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


class TeamRole(str, _rt.OpenEnum):
    """role in the team"""

    ADMIN = "admin"
    COLLABORATOR = "collaborator"
    MEMBER = "member"
    OWNER = "owner"


class TeamType(str, _rt.OpenEnum):
    """type of team."""

    ENTERPRISE = "enterprise"
    TEAM = "team"
