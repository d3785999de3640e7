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
    from .account_delinquency import AccountDelinquency
    from .account_feature import AccountFeature
    from .account_identity_provider import AccountIdentityProvider
    from .account_identity_provider_team import AccountIdentityProviderTeam
    from .add_on import AddOn
    from .add_on_addon_service import AddOnAddonService
    from .add_on_attachment import AddOnAttachment
    from .add_on_attachment_addon import AddOnAttachmentAddon
    from .add_on_attachment_addon_app import AddOnAttachmentAddonApp
    from .add_on_attachment_app import AddOnAttachmentApp
    from .add_on_billed_price import AddOnBilledPrice
    from .add_on_billing_entity import AddOnBillingEntity
    from .add_on_billing_entity_type import AddOnBillingEntityType
    from .add_on_config import AddOnConfig
    from .add_on_config import AddOnConfigInput
    from .add_on_create_body_attachment import AddOnCreateBodyAttachment
    from .add_on_plan import AddOnPlan
    from .add_on_plan_action import AddOnPlanAction
    from .add_on_region_capability import AddOnRegionCapability
    from .add_on_service import AddOnService
    from .add_on_service_state import AddOnServiceState
    from .add_on_service_supported_generations_item import AddOnServiceSupportedGenerationsItem
    from .add_on_state import AddOnState
    from .add_on_webhook import AddOnWebhook
    from .add_on_webhook_addon_webhook import AddOnWebhookAddonWebhook
    from .add_on_webhook_addon_webhook_addon import AddOnWebhookAddonWebhookAddon
    from .allowed_add_on_service import AllowedAddOnService
    from .allowed_add_on_service_added_by import AllowedAddOnServiceAddedBy
    from .allowed_add_on_service_addon_service import AllowedAddOnServiceAddonService
    from .app import App
    from .app_build_stack import AppBuildStack
    from .app_feature import AppFeature
    from .app_generation import AppGeneration
    from .app_organization import AppOrganization
    from .app_owner import AppOwner
    from .app_region import AppRegion
    from .app_setup import AppSetup
    from .app_setup_app import AppSetupApp
    from .app_setup_build import AppSetupBuild
    from .app_setup_buildpack_override import AppSetupBuildpackOverride
    from .app_setup_create_body_app import AppSetupCreateBodyApp
    from .app_setup_create_body_overrides import AppSetupCreateBodyOverrides
    from .app_setup_create_body_source_blob import AppSetupCreateBodySourceBlob
    from .app_setup_create_body_source_blob import AppSetupCreateBodySourceBlobInput
    from .app_setup_overrides import AppSetupOverrides
    from .app_setup_postdeploy import AppSetupPostdeploy
    from .app_setup_status import AppSetupStatus
    from .app_space import AppSpace
    from .app_stack import AppStack
    from .app_transfer import AppTransfer
    from .app_transfer_app import AppTransferApp
    from .app_transfer_owner import AppTransferOwner
    from .app_transfer_recipient import AppTransferRecipient
    from .app_transfer_state import AppTransferState
    from .app_webhook_app_webhook import AppWebhookAppWebhook
    from .app_webhook_app_webhook_app import AppWebhookAppWebhookApp
    from .app_webhook_delivery import AppWebhookDelivery
    from .app_webhook_delivery_attempt_status import AppWebhookDeliveryAttemptStatus
    from .app_webhook_delivery_event import AppWebhookDeliveryEvent
    from .app_webhook_delivery_last_attempt import AppWebhookDeliveryLastAttempt
    from .app_webhook_delivery_status import AppWebhookDeliveryStatus
    from .app_webhook_delivery_webhook import AppWebhookDeliveryWebhook
    from .app_webhook_event import AppWebhookEvent
    from .app_webhook_event_actor import AppWebhookEventActor
    from .app_webhook_event_payload import AppWebhookEventPayload
    from .app_webhook_level import AppWebhookLevel
    from .archive import Archive
    from .archive_month import ArchiveMonth
    from .audit_trail_event import AuditTrailEvent
    from .audit_trail_event_actor import AuditTrailEventActor
    from .audit_trail_event_app import AuditTrailEventApp
    from .audit_trail_event_enterprise_account import AuditTrailEventEnterpriseAccount
    from .audit_trail_event_owner import AuditTrailEventOwner
    from .audit_trail_event_request import AuditTrailEventRequest
    from .audit_trail_event_team import AuditTrailEventTeam
    from .build import Build
    from .build_app import BuildApp
    from .build_buildpacks_item import BuildBuildpacksItem
    from .build_create_body_source_blob import BuildCreateBodySourceBlob
    from .build_create_body_source_blob import BuildCreateBodySourceBlobInput
    from .build_release import BuildRelease
    from .build_slug import BuildSlug
    from .build_source_blob import BuildSourceBlob
    from .build_status import BuildStatus
    from .build_user import BuildUser
    from .buildpack_installation import BuildpackInstallation
    from .buildpack_installation_buildpack import BuildpackInstallationBuildpack
    from .buildpack_installation_update import BuildpackInstallationUpdate
    from .collaborator import Collaborator
    from .collaborator_app import CollaboratorApp
    from .collaborator_user import CollaboratorUser
    from .credit import Credit
    from .domain import Domain
    from .domain_app import DomainApp
    from .domain_kind import DomainKind
    from .domain_sni_endpoint_2 import DomainSniEndpoint2
    from .dyno import Dyno
    from .dyno_app import DynoApp
    from .dyno_release import DynoRelease
    from .dyno_size import DynoSize
    from .dyno_size_generation import DynoSizeGeneration
    from .enterprise_account import EnterpriseAccount
    from .enterprise_account_daily_usage import EnterpriseAccountDailyUsage
    from .enterprise_account_daily_usage_teams_item import EnterpriseAccountDailyUsageTeamsItem
    from .enterprise_account_identity_provider import EnterpriseAccountIdentityProvider
    from .enterprise_account_member import EnterpriseAccountMember
    from .enterprise_account_member_enterprise_account import (
        EnterpriseAccountMemberEnterpriseAccount,
    )
    from .enterprise_account_member_expanded_permissions_item import (
        EnterpriseAccountMemberExpandedPermissionsItem,
    )
    from .enterprise_account_member_identity_provider import EnterpriseAccountMemberIdentityProvider
    from .enterprise_account_member_permission import EnterpriseAccountMemberPermission
    from .enterprise_account_member_user import EnterpriseAccountMemberUser
    from .enterprise_account_monthly_usage import EnterpriseAccountMonthlyUsage
    from .enterprise_account_monthly_usage_teams_item import EnterpriseAccountMonthlyUsageTeamsItem
    from .error import Error
    from .filter_apps_filter import FilterAppsFilter
    from .filter_apps_in import FilterAppsIn
    from .formation import Formation
    from .formation_dyno_size import FormationDynoSize
    from .formation_dyno_size_2 import FormationDynoSize2
    from .formation_update import FormationUpdate
    from .formation_update_dyno_size import FormationUpdateDynoSize
    from .generation import Generation
    from .identity_provider import IdentityProvider
    from .identity_provider_organization import IdentityProviderOrganization
    from .identity_provider_owner import IdentityProviderOwner
    from .identity_provider_owner_type import IdentityProviderOwnerType
    from .inbound_ruleset import InboundRuleset
    from .inbound_ruleset_action import InboundRulesetAction
    from .inbound_ruleset_rule import InboundRulesetRule
    from .inbound_ruleset_space import InboundRulesetSpace
    from .invoice import Invoice
    from .invoice_address import InvoiceAddress
    from .key import Key
    from .log_drain import LogDrain
    from .log_drain_addon import LogDrainAddon
    from .log_drain_app import LogDrainApp
    from .log_session import LogSession
    from .oauth_authorization import OauthAuthorization
    from .oauth_authorization_access_token import OauthAuthorizationAccessToken
    from .oauth_authorization_client import OauthAuthorizationClient
    from .oauth_authorization_grant import OauthAuthorizationGrant
    from .oauth_authorization_refresh_token import OauthAuthorizationRefreshToken
    from .oauth_authorization_session import OauthAuthorizationSession
    from .oauth_authorization_update_body_client import OauthAuthorizationUpdateBodyClient
    from .oauth_authorization_user import OauthAuthorizationUser
    from .oauth_client import OauthClient
    from .oauth_token import OauthToken
    from .oauth_token_access_token import OauthTokenAccessToken
    from .oauth_token_authorization import OauthTokenAuthorization
    from .oauth_token_client import OauthTokenClient
    from .oauth_token_create_body_client import OauthTokenCreateBodyClient
    from .oauth_token_create_body_grant import OauthTokenCreateBodyGrant
    from .oauth_token_create_body_refresh_token import OauthTokenCreateBodyRefreshToken
    from .oauth_token_grant import OauthTokenGrant
    from .oauth_token_session import OauthTokenSession
    from .oauth_token_user import OauthTokenUser
    from .oci_image import OciImage
    from .oci_image_buildpack import OciImageBuildpack
    from .oci_image_process_type import OciImageProcessType
    from .oci_image_stack import OciImageStack
    from .password_reset import PasswordReset
    from .password_reset_user import PasswordResetUser
    from .peering import Peering
    from .peering_info import PeeringInfo
    from .peering_status import PeeringStatus
    from .peering_type import PeeringType
    from .permission_entity import PermissionEntity
    from .permission_entity_type import PermissionEntityType
    from .permission_entity_users_item import PermissionEntityUsersItem
    from .pipeline import Pipeline
    from .pipeline_build import PipelineBuild
    from .pipeline_build_app import PipelineBuildApp
    from .pipeline_build_slug import PipelineBuildSlug
    from .pipeline_build_source_blob import PipelineBuildSourceBlob
    from .pipeline_config_var import PipelineConfigVar
    from .pipeline_coupling import PipelineCoupling
    from .pipeline_coupling_app import PipelineCouplingApp
    from .pipeline_coupling_pipeline import PipelineCouplingPipeline
    from .pipeline_coupling_stage import PipelineCouplingStage
    from .pipeline_deployment import PipelineDeployment
    from .pipeline_deployment_app import PipelineDeploymentApp
    from .pipeline_deployment_slug import PipelineDeploymentSlug
    from .pipeline_deployment_user import PipelineDeploymentUser
    from .pipeline_generation import PipelineGeneration
    from .pipeline_owner import PipelineOwner
    from .pipeline_promotion import PipelinePromotion
    from .pipeline_promotion_create_body_pipeline import PipelinePromotionCreateBodyPipeline
    from .pipeline_promotion_create_body_source import PipelinePromotionCreateBodySource
    from .pipeline_promotion_create_body_source_app import PipelinePromotionCreateBodySourceApp
    from .pipeline_promotion_create_body_source_release import (
        PipelinePromotionCreateBodySourceRelease,
    )
    from .pipeline_promotion_create_body_targets_item import PipelinePromotionCreateBodyTargetsItem
    from .pipeline_promotion_create_body_targets_item_app import (
        PipelinePromotionCreateBodyTargetsItemApp,
    )
    from .pipeline_promotion_pipeline import PipelinePromotionPipeline
    from .pipeline_promotion_source import PipelinePromotionSource
    from .pipeline_promotion_source_app import PipelinePromotionSourceApp
    from .pipeline_promotion_source_release import PipelinePromotionSourceRelease
    from .pipeline_promotion_status import PipelinePromotionStatus
    from .pipeline_promotion_target import PipelinePromotionTarget
    from .pipeline_promotion_target_app import PipelinePromotionTargetApp
    from .pipeline_promotion_target_pipeline_promotion import (
        PipelinePromotionTargetPipelinePromotion,
    )
    from .pipeline_promotion_target_release import PipelinePromotionTargetRelease
    from .pipeline_promotion_target_status import PipelinePromotionTargetStatus
    from .pipeline_release import PipelineRelease
    from .pipeline_release_app import PipelineReleaseApp
    from .pipeline_release_slug import PipelineReleaseSlug
    from .pipeline_stack import PipelineStack
    from .pipeline_stack_stack import PipelineStackStack
    from .pipeline_transfer import PipelineTransfer
    from .pipeline_transfer_create_body_new_owner import PipelineTransferCreateBodyNewOwner
    from .pipeline_transfer_create_body_pipeline import PipelineTransferCreateBodyPipeline
    from .pipeline_transfer_new_owner import PipelineTransferNewOwner
    from .pipeline_transfer_pipeline import PipelineTransferPipeline
    from .pipeline_transfer_previous_owner import PipelineTransferPreviousOwner
    from .plan import Plan
    from .plan_addon_service import PlanAddonService
    from .plan_price import PlanPrice
    from .plan_regime import PlanRegime
    from .rate_limit import RateLimit
    from .region import Region
    from .region_2 import Region2
    from .region_provider import RegionProvider
    from .region_provider_region import RegionProviderRegion
    from .release import Release
    from .release_artifact import ReleaseArtifact
    from .release_status import ReleaseStatus
    from .review_app import ReviewApp
    from .review_app_app import ReviewAppApp
    from .review_app_app_setup_2 import ReviewAppAppSetup2
    from .review_app_config import ReviewAppConfig
    from .review_app_config_deploy_target import ReviewAppConfigDeployTarget
    from .review_app_config_deploy_target import ReviewAppConfigDeployTargetInput
    from .review_app_config_repo_2 import ReviewAppConfigRepo2
    from .review_app_create_body_source_blob import ReviewAppCreateBodySourceBlob
    from .review_app_create_body_source_blob import ReviewAppCreateBodySourceBlobInput
    from .review_app_fork_repo import ReviewAppForkRepo
    from .review_app_pipeline import ReviewAppPipeline
    from .review_app_source_blob import ReviewAppSourceBlob
    from .review_app_status import ReviewAppStatus
    from .slug import Slug
    from .slug_blob import SlugBlob
    from .slug_stack import SlugStack
    from .sms_number import SmsNumber
    from .sni_endpoint import SniEndpoint
    from .sni_endpoint_app import SniEndpointApp
    from .sni_endpoint_ssl_cert import SniEndpointSslCert
    from .source import Source
    from .source_source_blob import SourceSourceBlob
    from .space import Space
    from .space_app_access import SpaceAppAccess
    from .space_app_access_permissions_item import SpaceAppAccessPermissionsItem
    from .space_app_access_space import SpaceAppAccessSpace
    from .space_app_access_update_body_permissions_item import (
        SpaceAppAccessUpdateBodyPermissionsItem,
    )
    from .space_app_access_user import SpaceAppAccessUser
    from .space_generation import SpaceGeneration
    from .space_nat import SpaceNat
    from .space_nat_state import SpaceNatState
    from .space_organization import SpaceOrganization
    from .space_region import SpaceRegion
    from .space_state import SpaceState
    from .space_team import SpaceTeam
    from .space_topology import SpaceTopology
    from .space_topology_apps_item import SpaceTopologyAppsItem
    from .space_topology_dyno import SpaceTopologyDyno
    from .space_topology_formation import SpaceTopologyFormation
    from .stack import Stack
    from .team import Team
    from .team_app import TeamApp
    from .team_app_collaborator import TeamAppCollaborator
    from .team_app_permission import TeamAppPermission
    from .team_app_team import TeamAppTeam
    from .team_daily_usage import TeamDailyUsage
    from .team_daily_usage_app_usage_daily import TeamDailyUsageAppUsageDaily
    from .team_delinquency import TeamDelinquency
    from .team_enterprise_account import TeamEnterpriseAccount
    from .team_feature import TeamFeature
    from .team_identity_provider import TeamIdentityProvider
    from .team_invitation import TeamInvitation
    from .team_invitation_invited_by import TeamInvitationInvitedBy
    from .team_invitation_team import TeamInvitationTeam
    from .team_invoice import TeamInvoice
    from .team_member import TeamMember
    from .team_member_identity_provider import TeamMemberIdentityProvider
    from .team_member_team_role import TeamMemberTeamRole
    from .team_member_user import TeamMemberUser
    from .team_monthly_usage import TeamMonthlyUsage
    from .team_monthly_usage_app_usage_monthly import TeamMonthlyUsageAppUsageMonthly
    from .team_preferences import TeamPreferences
    from .team_preferences_default_permission import TeamPreferencesDefaultPermission
    from .team_role import TeamRole
    from .team_type import TeamType
    from .telemetry_drain import TelemetryDrain
    from .telemetry_drain_create_body_owner import TelemetryDrainCreateBodyOwner
    from .telemetry_drain_exporter import TelemetryDrainExporter
    from .telemetry_drain_exporter_type import TelemetryDrainExporterType
    from .telemetry_drain_exporter_type_2 import TelemetryDrainExporterType2
    from .telemetry_drain_owner import TelemetryDrainOwner
    from .telemetry_drain_owner_type import TelemetryDrainOwnerType
    from .telemetry_drain_signal import TelemetryDrainSignal
    from .test_case import TestCase
    from .test_case_test_node import TestCaseTestNode
    from .test_case_test_run import TestCaseTestRun
    from .test_node import TestNode
    from .test_node_dyno import TestNodeDyno
    from .test_node_pipeline import TestNodePipeline
    from .test_node_status import TestNodeStatus
    from .test_node_test_run import TestNodeTestRun
    from .test_run import TestRun
    from .test_run_dyno import TestRunDyno
    from .test_run_organization import TestRunOrganization
    from .test_run_pipeline import TestRunPipeline
    from .test_run_status import TestRunStatus
    from .user_preferences import UserPreferences
    from .vpn_connection import VpnConnection
    from .vpn_connection_status import VpnConnectionStatus
    from .vpn_connection_tunnel import VpnConnectionTunnel
    from .vpn_connection_tunnel_status import VpnConnectionTunnelStatus


# The module of each class, for __getattr__.
_MODULES = {
    "AccountDelinquency": "account_delinquency",
    "AccountFeature": "account_feature",
    "AccountIdentityProviderTeam": "account_identity_provider_team",
    "IdentityProviderOwner": "identity_provider_owner",
    "AccountIdentityProvider": "account_identity_provider",
    "AccountDefaultOrganization": "account_default_organization",
    "Account": "account",
    "AddOnAttachmentAddonApp": "add_on_attachment_addon_app",
    "AddOnAttachmentAddon": "add_on_attachment_addon",
    "AddOnAttachmentApp": "add_on_attachment_app",
    "AddOnAttachment": "add_on_attachment",
    "AddOnConfig": "add_on_config",
    "AddOnConfigInput": "add_on_config",
    "AddOnPlanAction": "add_on_plan_action",
    "AddOnServiceSupportedGenerationsItem": "add_on_service_supported_generations_item",
    "AddOnService": "add_on_service",
    "RegionProvider": "region_provider",
    "Region": "region",
    "AddOnRegionCapability": "add_on_region_capability",
    "AddOnWebhook": "add_on_webhook",
    "AddOnWebhookAddonWebhookAddon": "add_on_webhook_addon_webhook_addon",
    "AddOnWebhookAddonWebhook": "add_on_webhook_addon_webhook",
    "AddOnAddonService": "add_on_addon_service",
    "AddOnBillingEntity": "add_on_billing_entity",
    "AddOnBilledPrice": "add_on_billed_price",
    "AddOnPlan": "add_on_plan",
    "AddOn": "add_on",
    "AllowedAddOnServiceAddedBy": "allowed_add_on_service_added_by",
    "AllowedAddOnServiceAddonService": "allowed_add_on_service_addon_service",
    "AllowedAddOnService": "allowed_add_on_service",
    "AppFeature": "app_feature",
    "AppSetupApp": "app_setup_app",
    "AppSetupBuild": "app_setup_build",
    "AppSetupPostdeploy": "app_setup_postdeploy",
    "AppSetup": "app_setup",
    "AppSetupBuildpackOverride": "app_setup_buildpack_override",
    "AppSetupOverrides": "app_setup_overrides",
    "AppTransferApp": "app_transfer_app",
    "AppTransferOwner": "app_transfer_owner",
    "AppTransferRecipient": "app_transfer_recipient",
    "AppTransfer": "app_transfer",
    "AppWebhookDeliveryEvent": "app_webhook_delivery_event",
    "AppWebhookDeliveryLastAttempt": "app_webhook_delivery_last_attempt",
    "AppWebhookDeliveryWebhook": "app_webhook_delivery_webhook",
    "AppWebhookDelivery": "app_webhook_delivery",
    "AppWebhookEventActor": "app_webhook_event_actor",
    "AppWebhookEventPayload": "app_webhook_event_payload",
    "AppWebhookEvent": "app_webhook_event",
    "AppWebhookAppWebhookApp": "app_webhook_app_webhook_app",
    "AppWebhookAppWebhook": "app_webhook_app_webhook",
    "AppBuildStack": "app_build_stack",
    "AppGeneration": "app_generation",
    "AppOwner": "app_owner",
    "AppOrganization": "app_organization",
    "AppRegion": "app_region",
    "AppSpace": "app_space",
    "AppStack": "app_stack",
    "App": "app",
    "Archive": "archive",
    "AuditTrailEventActor": "audit_trail_event_actor",
    "AuditTrailEventApp": "audit_trail_event_app",
    "AuditTrailEventOwner": "audit_trail_event_owner",
    "AuditTrailEventEnterpriseAccount": "audit_trail_event_enterprise_account",
    "AuditTrailEventTeam": "audit_trail_event_team",
    "AuditTrailEventRequest": "audit_trail_event_request",
    "AuditTrailEvent": "audit_trail_event",
    "BuildApp": "build_app",
    "BuildBuildpacksItem": "build_buildpacks_item",
    "BuildSourceBlob": "build_source_blob",
    "BuildRelease": "build_release",
    "BuildSlug": "build_slug",
    "BuildUser": "build_user",
    "Build": "build",
    "BuildpackInstallationBuildpack": "buildpack_installation_buildpack",
    "BuildpackInstallation": "buildpack_installation",
    "BuildpackInstallationUpdate": "buildpack_installation_update",
    "CollaboratorApp": "collaborator_app",
    "TeamAppPermission": "team_app_permission",
    "CollaboratorUser": "collaborator_user",
    "Collaborator": "collaborator",
    "Credit": "credit",
    "DomainApp": "domain_app",
    "DomainSniEndpoint2": "domain_sni_endpoint_2",
    "Domain": "domain",
    "DynoSizeGeneration": "dyno_size_generation",
    "DynoSize": "dyno_size",
    "DynoRelease": "dyno_release",
    "DynoApp": "dyno_app",
    "Dyno": "dyno",
    "TeamDailyUsageAppUsageDaily": "team_daily_usage_app_usage_daily",
    "EnterpriseAccountDailyUsageTeamsItem": "enterprise_account_daily_usage_teams_item",
    "EnterpriseAccountDailyUsage": "enterprise_account_daily_usage",
    "EnterpriseAccountMemberEnterpriseAccount": "enterprise_account_member_enterprise_account",
    "EnterpriseAccountMemberExpandedPermissionsItem": "enterprise_account_member_expanded_permissions_item",
    "EnterpriseAccountMemberUser": "enterprise_account_member_user",
    "EnterpriseAccountMemberIdentityProvider": "enterprise_account_member_identity_provider",
    "EnterpriseAccountMember": "enterprise_account_member",
    "TeamMonthlyUsageAppUsageMonthly": "team_monthly_usage_app_usage_monthly",
    "EnterpriseAccountMonthlyUsageTeamsItem": "enterprise_account_monthly_usage_teams_item",
    "EnterpriseAccountMonthlyUsage": "enterprise_account_monthly_usage",
    "EnterpriseAccountIdentityProvider": "enterprise_account_identity_provider",
    "EnterpriseAccount": "enterprise_account",
    "FilterAppsIn": "filter_apps_in",
    "FilterAppsFilter": "filter_apps_filter",
    "FormationDynoSize2": "formation_dyno_size_2",
    "Formation": "formation",
    "FormationDynoSize": "formation_dyno_size",
    "FormationUpdateDynoSize": "formation_update_dyno_size",
    "FormationUpdate": "formation_update",
    "Generation": "generation",
    "IdentityProviderOrganization": "identity_provider_organization",
    "IdentityProvider": "identity_provider",
    "InboundRulesetSpace": "inbound_ruleset_space",
    "InboundRulesetRule": "inbound_ruleset_rule",
    "InboundRuleset": "inbound_ruleset",
    "InvoiceAddress": "invoice_address",
    "Invoice": "invoice",
    "Key": "key",
    "LogDrainAddon": "log_drain_addon",
    "LogDrainApp": "log_drain_app",
    "LogDrain": "log_drain",
    "LogSession": "log_session",
    "OauthAuthorizationAccessToken": "oauth_authorization_access_token",
    "OauthAuthorizationClient": "oauth_authorization_client",
    "OauthAuthorizationGrant": "oauth_authorization_grant",
    "OauthAuthorizationRefreshToken": "oauth_authorization_refresh_token",
    "OauthAuthorizationSession": "oauth_authorization_session",
    "OauthAuthorizationUser": "oauth_authorization_user",
    "OauthAuthorization": "oauth_authorization",
    "OauthClient": "oauth_client",
    "OauthTokenAccessToken": "oauth_token_access_token",
    "OauthTokenAuthorization": "oauth_token_authorization",
    "OauthTokenClient": "oauth_token_client",
    "OauthTokenGrant": "oauth_token_grant",
    "OauthTokenSession": "oauth_token_session",
    "OauthTokenUser": "oauth_token_user",
    "OauthToken": "oauth_token",
    "OciImageStack": "oci_image_stack",
    "OciImageBuildpack": "oci_image_buildpack",
    "OciImage": "oci_image",
    "OciImageProcessType": "oci_image_process_type",
    "PasswordResetUser": "password_reset_user",
    "PasswordReset": "password_reset",
    "PeeringInfo": "peering_info",
    "Peering": "peering",
    "PermissionEntityUsersItem": "permission_entity_users_item",
    "PermissionEntity": "permission_entity",
    "PipelineBuildApp": "pipeline_build_app",
    "PipelineBuildSourceBlob": "pipeline_build_source_blob",
    "PipelineBuildSlug": "pipeline_build_slug",
    "PipelineBuild": "pipeline_build",
    "PipelineConfigVar": "pipeline_config_var",
    "PipelineCouplingApp": "pipeline_coupling_app",
    "PipelineCouplingPipeline": "pipeline_coupling_pipeline",
    "PipelineCoupling": "pipeline_coupling",
    "ReleaseArtifact": "release_artifact",
    "PipelineDeploymentApp": "pipeline_deployment_app",
    "PipelineDeploymentSlug": "pipeline_deployment_slug",
    "PipelineDeploymentUser": "pipeline_deployment_user",
    "PipelineDeployment": "pipeline_deployment",
    "PipelinePromotionTargetApp": "pipeline_promotion_target_app",
    "PipelinePromotionTargetPipelinePromotion": "pipeline_promotion_target_pipeline_promotion",
    "PipelinePromotionTargetRelease": "pipeline_promotion_target_release",
    "PipelinePromotionTarget": "pipeline_promotion_target",
    "PipelinePromotionPipeline": "pipeline_promotion_pipeline",
    "PipelinePromotionSourceApp": "pipeline_promotion_source_app",
    "PipelinePromotionSourceRelease": "pipeline_promotion_source_release",
    "PipelinePromotionSource": "pipeline_promotion_source",
    "PipelinePromotion": "pipeline_promotion",
    "PipelineReleaseApp": "pipeline_release_app",
    "PipelineReleaseSlug": "pipeline_release_slug",
    "PipelineRelease": "pipeline_release",
    "PipelineStackStack": "pipeline_stack_stack",
    "PipelineStack": "pipeline_stack",
    "PipelineTransferPipeline": "pipeline_transfer_pipeline",
    "PipelineTransferPreviousOwner": "pipeline_transfer_previous_owner",
    "PipelineTransferNewOwner": "pipeline_transfer_new_owner",
    "PipelineTransfer": "pipeline_transfer",
    "PipelineOwner": "pipeline_owner",
    "PipelineGeneration": "pipeline_generation",
    "Pipeline": "pipeline",
    "PlanAddonService": "plan_addon_service",
    "PlanPrice": "plan_price",
    "Plan": "plan",
    "RateLimit": "rate_limit",
    "Release": "release",
    "ReviewAppApp": "review_app_app",
    "ReviewAppAppSetup2": "review_app_app_setup_2",
    "ReviewAppPipeline": "review_app_pipeline",
    "ReviewAppForkRepo": "review_app_fork_repo",
    "ReviewApp": "review_app",
    "ReviewAppSourceBlob": "review_app_source_blob",
    "ReviewAppConfigRepo2": "review_app_config_repo_2",
    "ReviewAppConfigDeployTarget": "review_app_config_deploy_target",
    "ReviewAppConfigDeployTargetInput": "review_app_config_deploy_target",
    "ReviewAppConfig": "review_app_config",
    "SlugBlob": "slug_blob",
    "SlugStack": "slug_stack",
    "Slug": "slug",
    "SmsNumber": "sms_number",
    "SniEndpointApp": "sni_endpoint_app",
    "SniEndpointSslCert": "sni_endpoint_ssl_cert",
    "SniEndpoint": "sni_endpoint",
    "SourceSourceBlob": "source_source_blob",
    "Source": "source",
    "SpaceAppAccessSpace": "space_app_access_space",
    "SpaceAppAccessPermissionsItem": "space_app_access_permissions_item",
    "SpaceAppAccessUser": "space_app_access_user",
    "SpaceAppAccess": "space_app_access",
    "SpaceNat": "space_nat",
    "SpaceTopologyDyno": "space_topology_dyno",
    "SpaceTopologyFormation": "space_topology_formation",
    "SpaceTopologyAppsItem": "space_topology_apps_item",
    "SpaceTopology": "space_topology",
    "SpaceOrganization": "space_organization",
    "SpaceTeam": "space_team",
    "SpaceRegion": "space_region",
    "SpaceGeneration": "space_generation",
    "Space": "space",
    "Stack": "stack",
    "TeamAppCollaborator": "team_app_collaborator",
    "TeamAppTeam": "team_app_team",
    "TeamApp": "team_app",
    "TeamDailyUsage": "team_daily_usage",
    "TeamDelinquency": "team_delinquency",
    "TeamFeature": "team_feature",
    "TeamInvitationInvitedBy": "team_invitation_invited_by",
    "TeamInvitationTeam": "team_invitation_team",
    "TeamInvitation": "team_invitation",
    "TeamInvoice": "team_invoice",
    "TeamMemberIdentityProvider": "team_member_identity_provider",
    "TeamMemberUser": "team_member_user",
    "TeamMember": "team_member",
    "TeamMonthlyUsage": "team_monthly_usage",
    "TeamPreferences": "team_preferences",
    "TeamEnterpriseAccount": "team_enterprise_account",
    "TeamIdentityProvider": "team_identity_provider",
    "Team": "team",
    "TelemetryDrainOwner": "telemetry_drain_owner",
    "TelemetryDrainExporter": "telemetry_drain_exporter",
    "TelemetryDrain": "telemetry_drain",
    "TestCaseTestNode": "test_case_test_node",
    "TestCaseTestRun": "test_case_test_run",
    "TestCase": "test_case",
    "TestNodeDyno": "test_node_dyno",
    "TestNodePipeline": "test_node_pipeline",
    "TestNodeTestRun": "test_node_test_run",
    "TestNode": "test_node",
    "TestRunDyno": "test_run_dyno",
    "TestRunOrganization": "test_run_organization",
    "TestRunPipeline": "test_run_pipeline",
    "TestRun": "test_run",
    "UserPreferences": "user_preferences",
    "VpnConnectionTunnel": "vpn_connection_tunnel",
    "VpnConnection": "vpn_connection",
    "Error": "error",
    "AddOnCreateBodyAttachment": "add_on_create_body_attachment",
    "AppSetupCreateBodyApp": "app_setup_create_body_app",
    "AppSetupCreateBodySourceBlob": "app_setup_create_body_source_blob",
    "AppSetupCreateBodySourceBlobInput": "app_setup_create_body_source_blob",
    "AppSetupCreateBodyOverrides": "app_setup_create_body_overrides",
    "BuildCreateBodySourceBlob": "build_create_body_source_blob",
    "BuildCreateBodySourceBlobInput": "build_create_body_source_blob",
    "OauthAuthorizationUpdateBodyClient": "oauth_authorization_update_body_client",
    "OauthTokenCreateBodyClient": "oauth_token_create_body_client",
    "OauthTokenCreateBodyGrant": "oauth_token_create_body_grant",
    "OauthTokenCreateBodyRefreshToken": "oauth_token_create_body_refresh_token",
    "PipelinePromotionCreateBodyPipeline": "pipeline_promotion_create_body_pipeline",
    "PipelinePromotionCreateBodySourceApp": "pipeline_promotion_create_body_source_app",
    "PipelinePromotionCreateBodySourceRelease": "pipeline_promotion_create_body_source_release",
    "PipelinePromotionCreateBodySource": "pipeline_promotion_create_body_source",
    "PipelinePromotionCreateBodyTargetsItemApp": "pipeline_promotion_create_body_targets_item_app",
    "PipelinePromotionCreateBodyTargetsItem": "pipeline_promotion_create_body_targets_item",
    "PipelineTransferCreateBodyPipeline": "pipeline_transfer_create_body_pipeline",
    "PipelineTransferCreateBodyNewOwner": "pipeline_transfer_create_body_new_owner",
    "ReviewAppCreateBodySourceBlob": "review_app_create_body_source_blob",
    "ReviewAppCreateBodySourceBlobInput": "review_app_create_body_source_blob",
    "SpaceAppAccessUpdateBodyPermissionsItem": "space_app_access_update_body_permissions_item",
    "TelemetryDrainCreateBodyOwner": "telemetry_drain_create_body_owner",
    "IdentityProviderOwnerType": "identity_provider_owner_type",
    "AddOnServiceState": "add_on_service_state",
    "RegionProviderRegion": "region_provider_region",
    "AppWebhookLevel": "app_webhook_level",
    "AddOnBillingEntityType": "add_on_billing_entity_type",
    "AddOnState": "add_on_state",
    "AppSetupStatus": "app_setup_status",
    "BuildStatus": "build_status",
    "AppTransferState": "app_transfer_state",
    "AppWebhookDeliveryAttemptStatus": "app_webhook_delivery_attempt_status",
    "AppWebhookDeliveryStatus": "app_webhook_delivery_status",
    "ArchiveMonth": "archive_month",
    "TeamRole": "team_role",
    "DomainKind": "domain_kind",
    "EnterpriseAccountMemberPermission": "enterprise_account_member_permission",
    "InboundRulesetAction": "inbound_ruleset_action",
    "Region2": "region_2",
    "PeeringType": "peering_type",
    "PeeringStatus": "peering_status",
    "PermissionEntityType": "permission_entity_type",
    "PipelineCouplingStage": "pipeline_coupling_stage",
    "ReleaseStatus": "release_status",
    "PipelinePromotionTargetStatus": "pipeline_promotion_target_status",
    "PipelinePromotionStatus": "pipeline_promotion_status",
    "PlanRegime": "plan_regime",
    "ReviewAppStatus": "review_app_status",
    "SpaceNatState": "space_nat_state",
    "SpaceState": "space_state",
    "TeamMemberTeamRole": "team_member_team_role",
    "TeamPreferencesDefaultPermission": "team_preferences_default_permission",
    "TeamType": "team_type",
    "TelemetryDrainOwnerType": "telemetry_drain_owner_type",
    "TelemetryDrainSignal": "telemetry_drain_signal",
    "TelemetryDrainExporterType2": "telemetry_drain_exporter_type_2",
    "TelemetryDrainExporterType": "telemetry_drain_exporter_type",
    "TestNodeStatus": "test_node_status",
    "TestRunStatus": "test_run_status",
    "VpnConnectionTunnelStatus": "vpn_connection_tunnel_status",
    "VpnConnectionStatus": "vpn_connection_status",
}


__all__ = [
    "Account",
    "AccountDefaultOrganization",
    "AccountDelinquency",
    "AccountFeature",
    "AccountIdentityProvider",
    "AccountIdentityProviderTeam",
    "AddOn",
    "AddOnAddonService",
    "AddOnAttachment",
    "AddOnAttachmentAddon",
    "AddOnAttachmentAddonApp",
    "AddOnAttachmentApp",
    "AddOnBilledPrice",
    "AddOnBillingEntity",
    "AddOnBillingEntityType",
    "AddOnConfig",
    "AddOnConfigInput",
    "AddOnCreateBodyAttachment",
    "AddOnPlan",
    "AddOnPlanAction",
    "AddOnRegionCapability",
    "AddOnService",
    "AddOnServiceState",
    "AddOnServiceSupportedGenerationsItem",
    "AddOnState",
    "AddOnWebhook",
    "AddOnWebhookAddonWebhook",
    "AddOnWebhookAddonWebhookAddon",
    "AllowedAddOnService",
    "AllowedAddOnServiceAddedBy",
    "AllowedAddOnServiceAddonService",
    "App",
    "AppBuildStack",
    "AppFeature",
    "AppGeneration",
    "AppOrganization",
    "AppOwner",
    "AppRegion",
    "AppSetup",
    "AppSetupApp",
    "AppSetupBuild",
    "AppSetupBuildpackOverride",
    "AppSetupCreateBodyApp",
    "AppSetupCreateBodyOverrides",
    "AppSetupCreateBodySourceBlob",
    "AppSetupCreateBodySourceBlobInput",
    "AppSetupOverrides",
    "AppSetupPostdeploy",
    "AppSetupStatus",
    "AppSpace",
    "AppStack",
    "AppTransfer",
    "AppTransferApp",
    "AppTransferOwner",
    "AppTransferRecipient",
    "AppTransferState",
    "AppWebhookAppWebhook",
    "AppWebhookAppWebhookApp",
    "AppWebhookDelivery",
    "AppWebhookDeliveryAttemptStatus",
    "AppWebhookDeliveryEvent",
    "AppWebhookDeliveryLastAttempt",
    "AppWebhookDeliveryStatus",
    "AppWebhookDeliveryWebhook",
    "AppWebhookEvent",
    "AppWebhookEventActor",
    "AppWebhookEventPayload",
    "AppWebhookLevel",
    "Archive",
    "ArchiveMonth",
    "AuditTrailEvent",
    "AuditTrailEventActor",
    "AuditTrailEventApp",
    "AuditTrailEventEnterpriseAccount",
    "AuditTrailEventOwner",
    "AuditTrailEventRequest",
    "AuditTrailEventTeam",
    "Build",
    "BuildApp",
    "BuildBuildpacksItem",
    "BuildCreateBodySourceBlob",
    "BuildCreateBodySourceBlobInput",
    "BuildpackInstallation",
    "BuildpackInstallationBuildpack",
    "BuildpackInstallationUpdate",
    "BuildRelease",
    "BuildSlug",
    "BuildSourceBlob",
    "BuildStatus",
    "BuildUser",
    "Collaborator",
    "CollaboratorApp",
    "CollaboratorUser",
    "Credit",
    "Domain",
    "DomainApp",
    "DomainKind",
    "DomainSniEndpoint2",
    "Dyno",
    "DynoApp",
    "DynoRelease",
    "DynoSize",
    "DynoSizeGeneration",
    "EnterpriseAccount",
    "EnterpriseAccountDailyUsage",
    "EnterpriseAccountDailyUsageTeamsItem",
    "EnterpriseAccountIdentityProvider",
    "EnterpriseAccountMember",
    "EnterpriseAccountMemberEnterpriseAccount",
    "EnterpriseAccountMemberExpandedPermissionsItem",
    "EnterpriseAccountMemberIdentityProvider",
    "EnterpriseAccountMemberPermission",
    "EnterpriseAccountMemberUser",
    "EnterpriseAccountMonthlyUsage",
    "EnterpriseAccountMonthlyUsageTeamsItem",
    "Error",
    "FilterAppsFilter",
    "FilterAppsIn",
    "Formation",
    "FormationDynoSize",
    "FormationDynoSize2",
    "FormationUpdate",
    "FormationUpdateDynoSize",
    "Generation",
    "IdentityProvider",
    "IdentityProviderOrganization",
    "IdentityProviderOwner",
    "IdentityProviderOwnerType",
    "InboundRuleset",
    "InboundRulesetAction",
    "InboundRulesetRule",
    "InboundRulesetSpace",
    "Invoice",
    "InvoiceAddress",
    "Key",
    "LogDrain",
    "LogDrainAddon",
    "LogDrainApp",
    "LogSession",
    "OauthAuthorization",
    "OauthAuthorizationAccessToken",
    "OauthAuthorizationClient",
    "OauthAuthorizationGrant",
    "OauthAuthorizationRefreshToken",
    "OauthAuthorizationSession",
    "OauthAuthorizationUpdateBodyClient",
    "OauthAuthorizationUser",
    "OauthClient",
    "OauthToken",
    "OauthTokenAccessToken",
    "OauthTokenAuthorization",
    "OauthTokenClient",
    "OauthTokenCreateBodyClient",
    "OauthTokenCreateBodyGrant",
    "OauthTokenCreateBodyRefreshToken",
    "OauthTokenGrant",
    "OauthTokenSession",
    "OauthTokenUser",
    "OciImage",
    "OciImageBuildpack",
    "OciImageProcessType",
    "OciImageStack",
    "PasswordReset",
    "PasswordResetUser",
    "Peering",
    "PeeringInfo",
    "PeeringStatus",
    "PeeringType",
    "PermissionEntity",
    "PermissionEntityType",
    "PermissionEntityUsersItem",
    "Pipeline",
    "PipelineBuild",
    "PipelineBuildApp",
    "PipelineBuildSlug",
    "PipelineBuildSourceBlob",
    "PipelineConfigVar",
    "PipelineCoupling",
    "PipelineCouplingApp",
    "PipelineCouplingPipeline",
    "PipelineCouplingStage",
    "PipelineDeployment",
    "PipelineDeploymentApp",
    "PipelineDeploymentSlug",
    "PipelineDeploymentUser",
    "PipelineGeneration",
    "PipelineOwner",
    "PipelinePromotion",
    "PipelinePromotionCreateBodyPipeline",
    "PipelinePromotionCreateBodySource",
    "PipelinePromotionCreateBodySourceApp",
    "PipelinePromotionCreateBodySourceRelease",
    "PipelinePromotionCreateBodyTargetsItem",
    "PipelinePromotionCreateBodyTargetsItemApp",
    "PipelinePromotionPipeline",
    "PipelinePromotionSource",
    "PipelinePromotionSourceApp",
    "PipelinePromotionSourceRelease",
    "PipelinePromotionStatus",
    "PipelinePromotionTarget",
    "PipelinePromotionTargetApp",
    "PipelinePromotionTargetPipelinePromotion",
    "PipelinePromotionTargetRelease",
    "PipelinePromotionTargetStatus",
    "PipelineRelease",
    "PipelineReleaseApp",
    "PipelineReleaseSlug",
    "PipelineStack",
    "PipelineStackStack",
    "PipelineTransfer",
    "PipelineTransferCreateBodyNewOwner",
    "PipelineTransferCreateBodyPipeline",
    "PipelineTransferNewOwner",
    "PipelineTransferPipeline",
    "PipelineTransferPreviousOwner",
    "Plan",
    "PlanAddonService",
    "PlanPrice",
    "PlanRegime",
    "RateLimit",
    "Region",
    "Region2",
    "RegionProvider",
    "RegionProviderRegion",
    "Release",
    "ReleaseArtifact",
    "ReleaseStatus",
    "ReviewApp",
    "ReviewAppApp",
    "ReviewAppAppSetup2",
    "ReviewAppConfig",
    "ReviewAppConfigDeployTarget",
    "ReviewAppConfigDeployTargetInput",
    "ReviewAppConfigRepo2",
    "ReviewAppCreateBodySourceBlob",
    "ReviewAppCreateBodySourceBlobInput",
    "ReviewAppForkRepo",
    "ReviewAppPipeline",
    "ReviewAppSourceBlob",
    "ReviewAppStatus",
    "Slug",
    "SlugBlob",
    "SlugStack",
    "SmsNumber",
    "SniEndpoint",
    "SniEndpointApp",
    "SniEndpointSslCert",
    "Source",
    "SourceSourceBlob",
    "Space",
    "SpaceAppAccess",
    "SpaceAppAccessPermissionsItem",
    "SpaceAppAccessSpace",
    "SpaceAppAccessUpdateBodyPermissionsItem",
    "SpaceAppAccessUser",
    "SpaceGeneration",
    "SpaceNat",
    "SpaceNatState",
    "SpaceOrganization",
    "SpaceRegion",
    "SpaceState",
    "SpaceTeam",
    "SpaceTopology",
    "SpaceTopologyAppsItem",
    "SpaceTopologyDyno",
    "SpaceTopologyFormation",
    "Stack",
    "Team",
    "TeamApp",
    "TeamAppCollaborator",
    "TeamAppPermission",
    "TeamAppTeam",
    "TeamDailyUsage",
    "TeamDailyUsageAppUsageDaily",
    "TeamDelinquency",
    "TeamEnterpriseAccount",
    "TeamFeature",
    "TeamIdentityProvider",
    "TeamInvitation",
    "TeamInvitationInvitedBy",
    "TeamInvitationTeam",
    "TeamInvoice",
    "TeamMember",
    "TeamMemberIdentityProvider",
    "TeamMemberTeamRole",
    "TeamMemberUser",
    "TeamMonthlyUsage",
    "TeamMonthlyUsageAppUsageMonthly",
    "TeamPreferences",
    "TeamPreferencesDefaultPermission",
    "TeamRole",
    "TeamType",
    "TelemetryDrain",
    "TelemetryDrainCreateBodyOwner",
    "TelemetryDrainExporter",
    "TelemetryDrainExporterType",
    "TelemetryDrainExporterType2",
    "TelemetryDrainOwner",
    "TelemetryDrainOwnerType",
    "TelemetryDrainSignal",
    "TestCase",
    "TestCaseTestNode",
    "TestCaseTestRun",
    "TestNode",
    "TestNodeDyno",
    "TestNodePipeline",
    "TestNodeStatus",
    "TestNodeTestRun",
    "TestRun",
    "TestRunDyno",
    "TestRunOrganization",
    "TestRunPipeline",
    "TestRunStatus",
    "UserPreferences",
    "VpnConnection",
    "VpnConnectionStatus",
    "VpnConnectionTunnel",
    "VpnConnectionTunnelStatus",
]


if not TYPE_CHECKING:  # type checkers see the imports above instead
    __getattr__, __dir__ = _rt.lazy_names(__name__, _MODULES)
