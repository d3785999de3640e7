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
    from .addon import Addon
    from .addon_billed_price import AddonBilledPrice
    from .addon_state import AddonState
    from .app import App
    from .app_build_stack import AppBuildStack
    from .app_owner import AppOwner
    from .batch_update_formation_body_updates_item import BatchUpdateFormationBodyUpdatesItem
    from .build import Build
    from .build_buildpacks_item import BuildBuildpacksItem
    from .build_source_blob import BuildSourceBlob
    from .collaborator import Collaborator
    from .collaborator_role import CollaboratorRole
    from .create_addon_body_attachment import CreateAddonBodyAttachment
    from .create_build_body_source_blob import CreateBuildBodySourceBlob
    from .create_log_session_response import CreateLogSessionResponse
    from .domain import Domain
    from .domain_kind import DomainKind
    from .dyno import Dyno
    from .dyno_release import DynoRelease
    from .dyno_state import DynoState
    from .formation import Formation
    from .list_regions_response_item import ListRegionsResponseItem
    from .list_regions_response_item_provider import ListRegionsResponseItemProvider
    from .list_stacks_response_item import ListStacksResponseItem
    from .pipeline import Pipeline
    from .pipeline_coupling import PipelineCoupling
    from .pipeline_coupling_stage import PipelineCouplingStage
    from .pipeline_owner import PipelineOwner
    from .pipeline_owner_type import PipelineOwnerType
    from .release import Release
    from .release_slug import ReleaseSlug
    from .release_status import ReleaseStatus
    from .source import Source
    from .source_source_blob import SourceSourceBlob


# The module of each class, for __getattr__.
_MODULES = {
    "AppBuildStack": "app_build_stack",
    "AppOwner": "app_owner",
    "App": "app",
    "DynoRelease": "dyno_release",
    "Dyno": "dyno",
    "AddonBilledPrice": "addon_billed_price",
    "Addon": "addon",
    "Domain": "domain",
    "Formation": "formation",
    "ReleaseSlug": "release_slug",
    "Release": "release",
    "BuildBuildpacksItem": "build_buildpacks_item",
    "BuildSourceBlob": "build_source_blob",
    "Build": "build",
    "PipelineOwner": "pipeline_owner",
    "Pipeline": "pipeline",
    "PipelineCoupling": "pipeline_coupling",
    "Collaborator": "collaborator",
    "Account": "account",
    "SourceSourceBlob": "source_source_blob",
    "Source": "source",
    "CreateAddonBodyAttachment": "create_addon_body_attachment",
    "BatchUpdateFormationBodyUpdatesItem": "batch_update_formation_body_updates_item",
    "CreateBuildBodySourceBlob": "create_build_body_source_blob",
    "CreateLogSessionResponse": "create_log_session_response",
    "ListRegionsResponseItemProvider": "list_regions_response_item_provider",
    "ListRegionsResponseItem": "list_regions_response_item",
    "ListStacksResponseItem": "list_stacks_response_item",
    "DynoState": "dyno_state",
    "AddonState": "addon_state",
    "DomainKind": "domain_kind",
    "ReleaseStatus": "release_status",
    "PipelineOwnerType": "pipeline_owner_type",
    "PipelineCouplingStage": "pipeline_coupling_stage",
    "CollaboratorRole": "collaborator_role",
}


__all__ = [
    "Account",
    "Addon",
    "AddonBilledPrice",
    "AddonState",
    "App",
    "AppBuildStack",
    "AppOwner",
    "BatchUpdateFormationBodyUpdatesItem",
    "Build",
    "BuildBuildpacksItem",
    "BuildSourceBlob",
    "Collaborator",
    "CollaboratorRole",
    "CreateAddonBodyAttachment",
    "CreateBuildBodySourceBlob",
    "CreateLogSessionResponse",
    "Domain",
    "DomainKind",
    "Dyno",
    "DynoRelease",
    "DynoState",
    "Formation",
    "ListRegionsResponseItem",
    "ListRegionsResponseItemProvider",
    "ListStacksResponseItem",
    "Pipeline",
    "PipelineCoupling",
    "PipelineCouplingStage",
    "PipelineOwner",
    "PipelineOwnerType",
    "Release",
    "ReleaseSlug",
    "ReleaseStatus",
    "Source",
    "SourceSourceBlob",
]


if not TYPE_CHECKING:  # type checkers see the imports above instead
    __getattr__, __dir__ = _rt.lazy_names(__name__, _MODULES)
