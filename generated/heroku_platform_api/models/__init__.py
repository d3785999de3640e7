"""Data models of the Heroku Platform API.

``from_dict`` checks types as it decodes and names the field that does not
match; fields the document does not list are ignored, and fields it lists
but the server left out are ``None``.

Each class has a module of its own, imported on first use (``from
heroku_platform_api.models import Name`` works as usual), so importing the
package costs the same however large the API is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _runtime as _rt

if TYPE_CHECKING:
    from .account import Account
    from .account_default_organization import AccountDefaultOrganization
    from .addon import Addon
    from .addon_addon_service import AddonAddonService
    from .addon_app import AddonApp
    from .addon_billed_price import AddonBilledPrice
    from .addon_plan import AddonPlan
    from .addon_state import AddonState
    from .app import App
    from .app_build_stack import AppBuildStack
    from .app_owner import AppOwner
    from .app_region import AppRegion
    from .app_space import AppSpace
    from .app_stack import AppStack
    from .app_team import AppTeam
    from .batch_update_formation_body_updates_item import BatchUpdateFormationBodyUpdatesItem
    from .build import Build
    from .build_app import BuildApp
    from .build_buildpacks_item import BuildBuildpacksItem
    from .build_release import BuildRelease
    from .build_slug import BuildSlug
    from .build_source_blob import BuildSourceBlob
    from .build_status import BuildStatus
    from .build_user import BuildUser
    from .collaborator import Collaborator
    from .collaborator_app import CollaboratorApp
    from .collaborator_role import CollaboratorRole
    from .collaborator_user import CollaboratorUser
    from .create_addon_body_attachment import CreateAddonBodyAttachment
    from .create_build_body_buildpacks_item import CreateBuildBodyBuildpacksItem
    from .create_build_body_source_blob import CreateBuildBodySourceBlob
    from .create_dyno_body_type import CreateDynoBodyType
    from .create_log_session_body_source import CreateLogSessionBodySource
    from .create_log_session_response import CreateLogSessionResponse
    from .create_pipeline_body_owner import CreatePipelineBodyOwner
    from .create_pipeline_body_owner_type import CreatePipelineBodyOwnerType
    from .create_pipeline_coupling_body_stage import CreatePipelineCouplingBodyStage
    from .domain import Domain
    from .domain_app import DomainApp
    from .domain_kind import DomainKind
    from .domain_sni_endpoint import DomainSniEndpoint
    from .dyno import Dyno
    from .dyno_app import DynoApp
    from .dyno_release import DynoRelease
    from .dyno_state import DynoState
    from .formation import Formation
    from .formation_app import FormationApp
    from .list_regions_response_item import ListRegionsResponseItem
    from .list_regions_response_item_provider import ListRegionsResponseItemProvider
    from .list_stacks_response_item import ListStacksResponseItem
    from .pipeline import Pipeline
    from .pipeline_coupling import PipelineCoupling
    from .pipeline_coupling_app import PipelineCouplingApp
    from .pipeline_coupling_pipeline import PipelineCouplingPipeline
    from .pipeline_coupling_stage import PipelineCouplingStage
    from .pipeline_owner import PipelineOwner
    from .pipeline_owner_type import PipelineOwnerType
    from .release import Release
    from .release_app import ReleaseApp
    from .release_slug import ReleaseSlug
    from .release_status import ReleaseStatus
    from .release_user import ReleaseUser
    from .source import Source
    from .source_source_blob import SourceSourceBlob


# The module of each class, for __getattr__.
_MODULES = {
    "AppBuildStack": "app_build_stack",
    "AppOwner": "app_owner",
    "AppRegion": "app_region",
    "AppSpace": "app_space",
    "AppStack": "app_stack",
    "AppTeam": "app_team",
    "App": "app",
    "DynoApp": "dyno_app",
    "DynoRelease": "dyno_release",
    "Dyno": "dyno",
    "AddonApp": "addon_app",
    "AddonAddonService": "addon_addon_service",
    "AddonPlan": "addon_plan",
    "AddonBilledPrice": "addon_billed_price",
    "Addon": "addon",
    "DomainSniEndpoint": "domain_sni_endpoint",
    "DomainApp": "domain_app",
    "Domain": "domain",
    "FormationApp": "formation_app",
    "Formation": "formation",
    "ReleaseSlug": "release_slug",
    "ReleaseUser": "release_user",
    "ReleaseApp": "release_app",
    "Release": "release",
    "BuildApp": "build_app",
    "BuildBuildpacksItem": "build_buildpacks_item",
    "BuildRelease": "build_release",
    "BuildSlug": "build_slug",
    "BuildSourceBlob": "build_source_blob",
    "BuildUser": "build_user",
    "Build": "build",
    "PipelineOwner": "pipeline_owner",
    "Pipeline": "pipeline",
    "PipelineCouplingApp": "pipeline_coupling_app",
    "PipelineCouplingPipeline": "pipeline_coupling_pipeline",
    "PipelineCoupling": "pipeline_coupling",
    "CollaboratorUser": "collaborator_user",
    "CollaboratorApp": "collaborator_app",
    "Collaborator": "collaborator",
    "AccountDefaultOrganization": "account_default_organization",
    "Account": "account",
    "SourceSourceBlob": "source_source_blob",
    "Source": "source",
    "CreateAddonBodyAttachment": "create_addon_body_attachment",
    "BatchUpdateFormationBodyUpdatesItem": "batch_update_formation_body_updates_item",
    "CreateBuildBodyBuildpacksItem": "create_build_body_buildpacks_item",
    "CreateBuildBodySourceBlob": "create_build_body_source_blob",
    "CreateLogSessionResponse": "create_log_session_response",
    "CreatePipelineBodyOwner": "create_pipeline_body_owner",
    "ListRegionsResponseItemProvider": "list_regions_response_item_provider",
    "ListRegionsResponseItem": "list_regions_response_item",
    "ListStacksResponseItem": "list_stacks_response_item",
    "DynoState": "dyno_state",
    "AddonState": "addon_state",
    "DomainKind": "domain_kind",
    "ReleaseStatus": "release_status",
    "BuildStatus": "build_status",
    "PipelineOwnerType": "pipeline_owner_type",
    "PipelineCouplingStage": "pipeline_coupling_stage",
    "CollaboratorRole": "collaborator_role",
    "CreateDynoBodyType": "create_dyno_body_type",
    "CreateLogSessionBodySource": "create_log_session_body_source",
    "CreatePipelineBodyOwnerType": "create_pipeline_body_owner_type",
    "CreatePipelineCouplingBodyStage": "create_pipeline_coupling_body_stage",
}


__all__ = [
    "Account",
    "AccountDefaultOrganization",
    "Addon",
    "AddonAddonService",
    "AddonApp",
    "AddonBilledPrice",
    "AddonPlan",
    "AddonState",
    "App",
    "AppBuildStack",
    "AppOwner",
    "AppRegion",
    "AppSpace",
    "AppStack",
    "AppTeam",
    "BatchUpdateFormationBodyUpdatesItem",
    "Build",
    "BuildApp",
    "BuildBuildpacksItem",
    "BuildRelease",
    "BuildSlug",
    "BuildSourceBlob",
    "BuildStatus",
    "BuildUser",
    "Collaborator",
    "CollaboratorApp",
    "CollaboratorRole",
    "CollaboratorUser",
    "CreateAddonBodyAttachment",
    "CreateBuildBodyBuildpacksItem",
    "CreateBuildBodySourceBlob",
    "CreateDynoBodyType",
    "CreateLogSessionBodySource",
    "CreateLogSessionResponse",
    "CreatePipelineBodyOwner",
    "CreatePipelineBodyOwnerType",
    "CreatePipelineCouplingBodyStage",
    "Domain",
    "DomainApp",
    "DomainKind",
    "DomainSniEndpoint",
    "Dyno",
    "DynoApp",
    "DynoRelease",
    "DynoState",
    "Formation",
    "FormationApp",
    "ListRegionsResponseItem",
    "ListRegionsResponseItemProvider",
    "ListStacksResponseItem",
    "Pipeline",
    "PipelineCoupling",
    "PipelineCouplingApp",
    "PipelineCouplingPipeline",
    "PipelineCouplingStage",
    "PipelineOwner",
    "PipelineOwnerType",
    "Release",
    "ReleaseApp",
    "ReleaseSlug",
    "ReleaseStatus",
    "ReleaseUser",
    "Source",
    "SourceSourceBlob",
]


if not TYPE_CHECKING:  # type checkers see the imports above instead
    __getattr__, __dir__ = _rt.lazy_names(__name__, _MODULES)
