"""The Heroku Platform API client."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Mapping, Optional, Union

from . import _runtime as _rt

if TYPE_CHECKING:
    import httpx
    import requests
    from urllib3.util.retry import Retry

    from .api.account import (
        AccountApi,
        AccountApiWithRawResponse,
        AccountApiWithStreamingResponse,
        AsyncAccountApi,
        AsyncAccountApiWithRawResponse,
        AsyncAccountApiWithStreamingResponse,
    )
    from .api.account_delinquency import (
        AccountDelinquencyApi,
        AccountDelinquencyApiWithRawResponse,
        AccountDelinquencyApiWithStreamingResponse,
        AsyncAccountDelinquencyApi,
        AsyncAccountDelinquencyApiWithRawResponse,
        AsyncAccountDelinquencyApiWithStreamingResponse,
    )
    from .api.account_features import (
        AccountFeaturesApi,
        AccountFeaturesApiWithRawResponse,
        AccountFeaturesApiWithStreamingResponse,
        AsyncAccountFeaturesApi,
        AsyncAccountFeaturesApiWithRawResponse,
        AsyncAccountFeaturesApiWithStreamingResponse,
    )
    from .api.add_on_action import (
        AddOnActionApi,
        AddOnActionApiWithRawResponse,
        AddOnActionApiWithStreamingResponse,
        AsyncAddOnActionApi,
        AsyncAddOnActionApiWithRawResponse,
        AsyncAddOnActionApiWithStreamingResponse,
    )
    from .api.add_on_attachments import (
        AddOnAttachmentsApi,
        AddOnAttachmentsApiWithRawResponse,
        AddOnAttachmentsApiWithStreamingResponse,
        AsyncAddOnAttachmentsApi,
        AsyncAddOnAttachmentsApiWithRawResponse,
        AsyncAddOnAttachmentsApiWithStreamingResponse,
    )
    from .api.add_on_configs import (
        AddOnConfigsApi,
        AddOnConfigsApiWithRawResponse,
        AddOnConfigsApiWithStreamingResponse,
        AsyncAddOnConfigsApi,
        AsyncAddOnConfigsApiWithRawResponse,
        AsyncAddOnConfigsApiWithStreamingResponse,
    )
    from .api.add_on_region_capabilities import (
        AddOnRegionCapabilitiesApi,
        AddOnRegionCapabilitiesApiWithRawResponse,
        AddOnRegionCapabilitiesApiWithStreamingResponse,
        AsyncAddOnRegionCapabilitiesApi,
        AsyncAddOnRegionCapabilitiesApiWithRawResponse,
        AsyncAddOnRegionCapabilitiesApiWithStreamingResponse,
    )
    from .api.add_on_services import (
        AddOnServicesApi,
        AddOnServicesApiWithRawResponse,
        AddOnServicesApiWithStreamingResponse,
        AsyncAddOnServicesApi,
        AsyncAddOnServicesApiWithRawResponse,
        AsyncAddOnServicesApiWithStreamingResponse,
    )
    from .api.add_on_webhook_deliveries import (
        AddOnWebhookDeliveriesApi,
        AddOnWebhookDeliveriesApiWithRawResponse,
        AddOnWebhookDeliveriesApiWithStreamingResponse,
        AsyncAddOnWebhookDeliveriesApi,
        AsyncAddOnWebhookDeliveriesApiWithRawResponse,
        AsyncAddOnWebhookDeliveriesApiWithStreamingResponse,
    )
    from .api.add_on_webhook_events import (
        AddOnWebhookEventsApi,
        AddOnWebhookEventsApiWithRawResponse,
        AddOnWebhookEventsApiWithStreamingResponse,
        AsyncAddOnWebhookEventsApi,
        AsyncAddOnWebhookEventsApiWithRawResponse,
        AsyncAddOnWebhookEventsApiWithStreamingResponse,
    )
    from .api.add_on_webhooks import (
        AddOnWebhooksApi,
        AddOnWebhooksApiWithRawResponse,
        AddOnWebhooksApiWithStreamingResponse,
        AsyncAddOnWebhooksApi,
        AsyncAddOnWebhooksApiWithRawResponse,
        AsyncAddOnWebhooksApiWithStreamingResponse,
    )
    from .api.add_ons import (
        AddOnsApi,
        AddOnsApiWithRawResponse,
        AddOnsApiWithStreamingResponse,
        AsyncAddOnsApi,
        AsyncAddOnsApiWithRawResponse,
        AsyncAddOnsApiWithStreamingResponse,
    )
    from .api.allowed_add_on_services import (
        AllowedAddOnServicesApi,
        AllowedAddOnServicesApiWithRawResponse,
        AllowedAddOnServicesApiWithStreamingResponse,
        AsyncAllowedAddOnServicesApi,
        AsyncAllowedAddOnServicesApiWithRawResponse,
        AsyncAllowedAddOnServicesApiWithStreamingResponse,
    )
    from .api.app_features import (
        AppFeaturesApi,
        AppFeaturesApiWithRawResponse,
        AppFeaturesApiWithStreamingResponse,
        AsyncAppFeaturesApi,
        AsyncAppFeaturesApiWithRawResponse,
        AsyncAppFeaturesApiWithStreamingResponse,
    )
    from .api.app_setups import (
        AppSetupsApi,
        AppSetupsApiWithRawResponse,
        AppSetupsApiWithStreamingResponse,
        AsyncAppSetupsApi,
        AsyncAppSetupsApiWithRawResponse,
        AsyncAppSetupsApiWithStreamingResponse,
    )
    from .api.app_transfers import (
        AppTransfersApi,
        AppTransfersApiWithRawResponse,
        AppTransfersApiWithStreamingResponse,
        AsyncAppTransfersApi,
        AsyncAppTransfersApiWithRawResponse,
        AsyncAppTransfersApiWithStreamingResponse,
    )
    from .api.app_webhook_deliveries import (
        AppWebhookDeliveriesApi,
        AppWebhookDeliveriesApiWithRawResponse,
        AppWebhookDeliveriesApiWithStreamingResponse,
        AsyncAppWebhookDeliveriesApi,
        AsyncAppWebhookDeliveriesApiWithRawResponse,
        AsyncAppWebhookDeliveriesApiWithStreamingResponse,
    )
    from .api.app_webhook_events import (
        AppWebhookEventsApi,
        AppWebhookEventsApiWithRawResponse,
        AppWebhookEventsApiWithStreamingResponse,
        AsyncAppWebhookEventsApi,
        AsyncAppWebhookEventsApiWithRawResponse,
        AsyncAppWebhookEventsApiWithStreamingResponse,
    )
    from .api.app_webhooks import (
        AppWebhooksApi,
        AppWebhooksApiWithRawResponse,
        AppWebhooksApiWithStreamingResponse,
        AsyncAppWebhooksApi,
        AsyncAppWebhooksApiWithRawResponse,
        AsyncAppWebhooksApiWithStreamingResponse,
    )
    from .api.apps import (
        AppsApi,
        AppsApiWithRawResponse,
        AppsApiWithStreamingResponse,
        AsyncAppsApi,
        AsyncAppsApiWithRawResponse,
        AsyncAppsApiWithStreamingResponse,
    )
    from .api.audit_trail_archives import (
        AsyncAuditTrailArchivesApi,
        AsyncAuditTrailArchivesApiWithRawResponse,
        AsyncAuditTrailArchivesApiWithStreamingResponse,
        AuditTrailArchivesApi,
        AuditTrailArchivesApiWithRawResponse,
        AuditTrailArchivesApiWithStreamingResponse,
    )
    from .api.audit_trail_events import (
        AsyncAuditTrailEventsApi,
        AsyncAuditTrailEventsApiWithRawResponse,
        AsyncAuditTrailEventsApiWithStreamingResponse,
        AuditTrailEventsApi,
        AuditTrailEventsApiWithRawResponse,
        AuditTrailEventsApiWithStreamingResponse,
    )
    from .api.buildpack_installations import (
        AsyncBuildpackInstallationsApi,
        AsyncBuildpackInstallationsApiWithRawResponse,
        AsyncBuildpackInstallationsApiWithStreamingResponse,
        BuildpackInstallationsApi,
        BuildpackInstallationsApiWithRawResponse,
        BuildpackInstallationsApiWithStreamingResponse,
    )
    from .api.builds import (
        AsyncBuildsApi,
        AsyncBuildsApiWithRawResponse,
        AsyncBuildsApiWithStreamingResponse,
        BuildsApi,
        BuildsApiWithRawResponse,
        BuildsApiWithStreamingResponse,
    )
    from .api.collaborators import (
        AsyncCollaboratorsApi,
        AsyncCollaboratorsApiWithRawResponse,
        AsyncCollaboratorsApiWithStreamingResponse,
        CollaboratorsApi,
        CollaboratorsApiWithRawResponse,
        CollaboratorsApiWithStreamingResponse,
    )
    from .api.config_vars import (
        AsyncConfigVarsApi,
        AsyncConfigVarsApiWithRawResponse,
        AsyncConfigVarsApiWithStreamingResponse,
        ConfigVarsApi,
        ConfigVarsApiWithRawResponse,
        ConfigVarsApiWithStreamingResponse,
    )
    from .api.credits import (
        AsyncCreditsApi,
        AsyncCreditsApiWithRawResponse,
        AsyncCreditsApiWithStreamingResponse,
        CreditsApi,
        CreditsApiWithRawResponse,
        CreditsApiWithStreamingResponse,
    )
    from .api.domains import (
        AsyncDomainsApi,
        AsyncDomainsApiWithRawResponse,
        AsyncDomainsApiWithStreamingResponse,
        DomainsApi,
        DomainsApiWithRawResponse,
        DomainsApiWithStreamingResponse,
    )
    from .api.dyno_sizes import (
        AsyncDynoSizesApi,
        AsyncDynoSizesApiWithRawResponse,
        AsyncDynoSizesApiWithStreamingResponse,
        DynoSizesApi,
        DynoSizesApiWithRawResponse,
        DynoSizesApiWithStreamingResponse,
    )
    from .api.dynos import (
        AsyncDynosApi,
        AsyncDynosApiWithRawResponse,
        AsyncDynosApiWithStreamingResponse,
        DynosApi,
        DynosApiWithRawResponse,
        DynosApiWithStreamingResponse,
    )
    from .api.enterprise_account_daily_usages import (
        AsyncEnterpriseAccountDailyUsagesApi,
        AsyncEnterpriseAccountDailyUsagesApiWithRawResponse,
        AsyncEnterpriseAccountDailyUsagesApiWithStreamingResponse,
        EnterpriseAccountDailyUsagesApi,
        EnterpriseAccountDailyUsagesApiWithRawResponse,
        EnterpriseAccountDailyUsagesApiWithStreamingResponse,
    )
    from .api.enterprise_account_members import (
        AsyncEnterpriseAccountMembersApi,
        AsyncEnterpriseAccountMembersApiWithRawResponse,
        AsyncEnterpriseAccountMembersApiWithStreamingResponse,
        EnterpriseAccountMembersApi,
        EnterpriseAccountMembersApiWithRawResponse,
        EnterpriseAccountMembersApiWithStreamingResponse,
    )
    from .api.enterprise_account_monthly_usages import (
        AsyncEnterpriseAccountMonthlyUsagesApi,
        AsyncEnterpriseAccountMonthlyUsagesApiWithRawResponse,
        AsyncEnterpriseAccountMonthlyUsagesApiWithStreamingResponse,
        EnterpriseAccountMonthlyUsagesApi,
        EnterpriseAccountMonthlyUsagesApiWithRawResponse,
        EnterpriseAccountMonthlyUsagesApiWithStreamingResponse,
    )
    from .api.enterprise_accounts import (
        AsyncEnterpriseAccountsApi,
        AsyncEnterpriseAccountsApiWithRawResponse,
        AsyncEnterpriseAccountsApiWithStreamingResponse,
        EnterpriseAccountsApi,
        EnterpriseAccountsApiWithRawResponse,
        EnterpriseAccountsApiWithStreamingResponse,
    )
    from .api.filters import (
        AsyncFiltersApi,
        AsyncFiltersApiWithRawResponse,
        AsyncFiltersApiWithStreamingResponse,
        FiltersApi,
        FiltersApiWithRawResponse,
        FiltersApiWithStreamingResponse,
    )
    from .api.formation import (
        AsyncFormationApi,
        AsyncFormationApiWithRawResponse,
        AsyncFormationApiWithStreamingResponse,
        FormationApi,
        FormationApiWithRawResponse,
        FormationApiWithStreamingResponse,
    )
    from .api.generations import (
        AsyncGenerationsApi,
        AsyncGenerationsApiWithRawResponse,
        AsyncGenerationsApiWithStreamingResponse,
        GenerationsApi,
        GenerationsApiWithRawResponse,
        GenerationsApiWithStreamingResponse,
    )
    from .api.identity_providers import (
        AsyncIdentityProvidersApi,
        AsyncIdentityProvidersApiWithRawResponse,
        AsyncIdentityProvidersApiWithStreamingResponse,
        IdentityProvidersApi,
        IdentityProvidersApiWithRawResponse,
        IdentityProvidersApiWithStreamingResponse,
    )
    from .api.inbound_rulesets import (
        AsyncInboundRulesetsApi,
        AsyncInboundRulesetsApiWithRawResponse,
        AsyncInboundRulesetsApiWithStreamingResponse,
        InboundRulesetsApi,
        InboundRulesetsApiWithRawResponse,
        InboundRulesetsApiWithStreamingResponse,
    )
    from .api.invoice_address import (
        AsyncInvoiceAddressApi,
        AsyncInvoiceAddressApiWithRawResponse,
        AsyncInvoiceAddressApiWithStreamingResponse,
        InvoiceAddressApi,
        InvoiceAddressApiWithRawResponse,
        InvoiceAddressApiWithStreamingResponse,
    )
    from .api.invoices import (
        AsyncInvoicesApi,
        AsyncInvoicesApiWithRawResponse,
        AsyncInvoicesApiWithStreamingResponse,
        InvoicesApi,
        InvoicesApiWithRawResponse,
        InvoicesApiWithStreamingResponse,
    )
    from .api.keys import (
        AsyncKeysApi,
        AsyncKeysApiWithRawResponse,
        AsyncKeysApiWithStreamingResponse,
        KeysApi,
        KeysApiWithRawResponse,
        KeysApiWithStreamingResponse,
    )
    from .api.log_drains import (
        AsyncLogDrainsApi,
        AsyncLogDrainsApiWithRawResponse,
        AsyncLogDrainsApiWithStreamingResponse,
        LogDrainsApi,
        LogDrainsApiWithRawResponse,
        LogDrainsApiWithStreamingResponse,
    )
    from .api.log_sessions import (
        AsyncLogSessionsApi,
        AsyncLogSessionsApiWithRawResponse,
        AsyncLogSessionsApiWithStreamingResponse,
        LogSessionsApi,
        LogSessionsApiWithRawResponse,
        LogSessionsApiWithStreamingResponse,
    )
    from .api.o_auth_authorizations import (
        AsyncOAuthAuthorizationsApi,
        AsyncOAuthAuthorizationsApiWithRawResponse,
        AsyncOAuthAuthorizationsApiWithStreamingResponse,
        OAuthAuthorizationsApi,
        OAuthAuthorizationsApiWithRawResponse,
        OAuthAuthorizationsApiWithStreamingResponse,
    )
    from .api.o_auth_clients import (
        AsyncOAuthClientsApi,
        AsyncOAuthClientsApiWithRawResponse,
        AsyncOAuthClientsApiWithStreamingResponse,
        OAuthClientsApi,
        OAuthClientsApiWithRawResponse,
        OAuthClientsApiWithStreamingResponse,
    )
    from .api.o_auth_tokens import (
        AsyncOAuthTokensApi,
        AsyncOAuthTokensApiWithRawResponse,
        AsyncOAuthTokensApiWithStreamingResponse,
        OAuthTokensApi,
        OAuthTokensApiWithRawResponse,
        OAuthTokensApiWithStreamingResponse,
    )
    from .api.oci_images import (
        AsyncOCIImagesApi,
        AsyncOCIImagesApiWithRawResponse,
        AsyncOCIImagesApiWithStreamingResponse,
        OCIImagesApi,
        OCIImagesApiWithRawResponse,
        OCIImagesApiWithStreamingResponse,
    )
    from .api.password_reset import (
        AsyncPasswordResetApi,
        AsyncPasswordResetApiWithRawResponse,
        AsyncPasswordResetApiWithStreamingResponse,
        PasswordResetApi,
        PasswordResetApiWithRawResponse,
        PasswordResetApiWithStreamingResponse,
    )
    from .api.peering_info import (
        AsyncPeeringInfoApi,
        AsyncPeeringInfoApiWithRawResponse,
        AsyncPeeringInfoApiWithStreamingResponse,
        PeeringInfoApi,
        PeeringInfoApiWithRawResponse,
        PeeringInfoApiWithStreamingResponse,
    )
    from .api.peerings import (
        AsyncPeeringsApi,
        AsyncPeeringsApiWithRawResponse,
        AsyncPeeringsApiWithStreamingResponse,
        PeeringsApi,
        PeeringsApiWithRawResponse,
        PeeringsApiWithStreamingResponse,
    )
    from .api.permission_entities import (
        AsyncPermissionEntitiesApi,
        AsyncPermissionEntitiesApiWithRawResponse,
        AsyncPermissionEntitiesApiWithStreamingResponse,
        PermissionEntitiesApi,
        PermissionEntitiesApiWithRawResponse,
        PermissionEntitiesApiWithStreamingResponse,
    )
    from .api.pipeline_builds import (
        AsyncPipelineBuildsApi,
        AsyncPipelineBuildsApiWithRawResponse,
        AsyncPipelineBuildsApiWithStreamingResponse,
        PipelineBuildsApi,
        PipelineBuildsApiWithRawResponse,
        PipelineBuildsApiWithStreamingResponse,
    )
    from .api.pipeline_config_vars import (
        AsyncPipelineConfigVarsApi,
        AsyncPipelineConfigVarsApiWithRawResponse,
        AsyncPipelineConfigVarsApiWithStreamingResponse,
        PipelineConfigVarsApi,
        PipelineConfigVarsApiWithRawResponse,
        PipelineConfigVarsApiWithStreamingResponse,
    )
    from .api.pipeline_couplings import (
        AsyncPipelineCouplingsApi,
        AsyncPipelineCouplingsApiWithRawResponse,
        AsyncPipelineCouplingsApiWithStreamingResponse,
        PipelineCouplingsApi,
        PipelineCouplingsApiWithRawResponse,
        PipelineCouplingsApiWithStreamingResponse,
    )
    from .api.pipeline_deployments import (
        AsyncPipelineDeploymentsApi,
        AsyncPipelineDeploymentsApiWithRawResponse,
        AsyncPipelineDeploymentsApiWithStreamingResponse,
        PipelineDeploymentsApi,
        PipelineDeploymentsApiWithRawResponse,
        PipelineDeploymentsApiWithStreamingResponse,
    )
    from .api.pipeline_promotion_targets import (
        AsyncPipelinePromotionTargetsApi,
        AsyncPipelinePromotionTargetsApiWithRawResponse,
        AsyncPipelinePromotionTargetsApiWithStreamingResponse,
        PipelinePromotionTargetsApi,
        PipelinePromotionTargetsApiWithRawResponse,
        PipelinePromotionTargetsApiWithStreamingResponse,
    )
    from .api.pipeline_promotions import (
        AsyncPipelinePromotionsApi,
        AsyncPipelinePromotionsApiWithRawResponse,
        AsyncPipelinePromotionsApiWithStreamingResponse,
        PipelinePromotionsApi,
        PipelinePromotionsApiWithRawResponse,
        PipelinePromotionsApiWithStreamingResponse,
    )
    from .api.pipeline_releases import (
        AsyncPipelineReleasesApi,
        AsyncPipelineReleasesApiWithRawResponse,
        AsyncPipelineReleasesApiWithStreamingResponse,
        PipelineReleasesApi,
        PipelineReleasesApiWithRawResponse,
        PipelineReleasesApiWithStreamingResponse,
    )
    from .api.pipeline_stack import (
        AsyncPipelineStackApi,
        AsyncPipelineStackApiWithRawResponse,
        AsyncPipelineStackApiWithStreamingResponse,
        PipelineStackApi,
        PipelineStackApiWithRawResponse,
        PipelineStackApiWithStreamingResponse,
    )
    from .api.pipeline_transfers import (
        AsyncPipelineTransfersApi,
        AsyncPipelineTransfersApiWithRawResponse,
        AsyncPipelineTransfersApiWithStreamingResponse,
        PipelineTransfersApi,
        PipelineTransfersApiWithRawResponse,
        PipelineTransfersApiWithStreamingResponse,
    )
    from .api.pipelines import (
        AsyncPipelinesApi,
        AsyncPipelinesApiWithRawResponse,
        AsyncPipelinesApiWithStreamingResponse,
        PipelinesApi,
        PipelinesApiWithRawResponse,
        PipelinesApiWithStreamingResponse,
    )
    from .api.plans import (
        AsyncPlansApi,
        AsyncPlansApiWithRawResponse,
        AsyncPlansApiWithStreamingResponse,
        PlansApi,
        PlansApiWithRawResponse,
        PlansApiWithStreamingResponse,
    )
    from .api.private_spaces_vp_ns import (
        AsyncPrivateSpacesVPNsApi,
        AsyncPrivateSpacesVPNsApiWithRawResponse,
        AsyncPrivateSpacesVPNsApiWithStreamingResponse,
        PrivateSpacesVPNsApi,
        PrivateSpacesVPNsApiWithRawResponse,
        PrivateSpacesVPNsApiWithStreamingResponse,
    )
    from .api.rate_limit import (
        AsyncRateLimitApi,
        AsyncRateLimitApiWithRawResponse,
        AsyncRateLimitApiWithStreamingResponse,
        RateLimitApi,
        RateLimitApiWithRawResponse,
        RateLimitApiWithStreamingResponse,
    )
    from .api.regions import (
        AsyncRegionsApi,
        AsyncRegionsApiWithRawResponse,
        AsyncRegionsApiWithStreamingResponse,
        RegionsApi,
        RegionsApiWithRawResponse,
        RegionsApiWithStreamingResponse,
    )
    from .api.releases import (
        AsyncReleasesApi,
        AsyncReleasesApiWithRawResponse,
        AsyncReleasesApiWithStreamingResponse,
        ReleasesApi,
        ReleasesApiWithRawResponse,
        ReleasesApiWithStreamingResponse,
    )
    from .api.review_app_configurations import (
        AsyncReviewAppConfigurationsApi,
        AsyncReviewAppConfigurationsApiWithRawResponse,
        AsyncReviewAppConfigurationsApiWithStreamingResponse,
        ReviewAppConfigurationsApi,
        ReviewAppConfigurationsApiWithRawResponse,
        ReviewAppConfigurationsApiWithStreamingResponse,
    )
    from .api.review_apps import (
        AsyncReviewAppsApi,
        AsyncReviewAppsApiWithRawResponse,
        AsyncReviewAppsApiWithStreamingResponse,
        ReviewAppsApi,
        ReviewAppsApiWithRawResponse,
        ReviewAppsApiWithStreamingResponse,
    )
    from .api.slugs import (
        AsyncSlugsApi,
        AsyncSlugsApiWithRawResponse,
        AsyncSlugsApiWithStreamingResponse,
        SlugsApi,
        SlugsApiWithRawResponse,
        SlugsApiWithStreamingResponse,
    )
    from .api.sms_number import (
        AsyncSMSNumberApi,
        AsyncSMSNumberApiWithRawResponse,
        AsyncSMSNumberApiWithStreamingResponse,
        SMSNumberApi,
        SMSNumberApiWithRawResponse,
        SMSNumberApiWithStreamingResponse,
    )
    from .api.sni_endpoints import (
        AsyncSNIEndpointsApi,
        AsyncSNIEndpointsApiWithRawResponse,
        AsyncSNIEndpointsApiWithStreamingResponse,
        SNIEndpointsApi,
        SNIEndpointsApiWithRawResponse,
        SNIEndpointsApiWithStreamingResponse,
    )
    from .api.sources import (
        AsyncSourcesApi,
        AsyncSourcesApiWithRawResponse,
        AsyncSourcesApiWithStreamingResponse,
        SourcesApi,
        SourcesApiWithRawResponse,
        SourcesApiWithStreamingResponse,
    )
    from .api.space_accesses import (
        AsyncSpaceAccessesApi,
        AsyncSpaceAccessesApiWithRawResponse,
        AsyncSpaceAccessesApiWithStreamingResponse,
        SpaceAccessesApi,
        SpaceAccessesApiWithRawResponse,
        SpaceAccessesApiWithStreamingResponse,
    )
    from .api.space_network_address_translation import (
        AsyncSpaceNetworkAddressTranslationApi,
        AsyncSpaceNetworkAddressTranslationApiWithRawResponse,
        AsyncSpaceNetworkAddressTranslationApiWithStreamingResponse,
        SpaceNetworkAddressTranslationApi,
        SpaceNetworkAddressTranslationApiWithRawResponse,
        SpaceNetworkAddressTranslationApiWithStreamingResponse,
    )
    from .api.space_topology import (
        AsyncSpaceTopologyApi,
        AsyncSpaceTopologyApiWithRawResponse,
        AsyncSpaceTopologyApiWithStreamingResponse,
        SpaceTopologyApi,
        SpaceTopologyApiWithRawResponse,
        SpaceTopologyApiWithStreamingResponse,
    )
    from .api.space_transfer import (
        AsyncSpaceTransferApi,
        AsyncSpaceTransferApiWithRawResponse,
        AsyncSpaceTransferApiWithStreamingResponse,
        SpaceTransferApi,
        SpaceTransferApiWithRawResponse,
        SpaceTransferApiWithStreamingResponse,
    )
    from .api.spaces import (
        AsyncSpacesApi,
        AsyncSpacesApiWithRawResponse,
        AsyncSpacesApiWithStreamingResponse,
        SpacesApi,
        SpacesApiWithRawResponse,
        SpacesApiWithStreamingResponse,
    )
    from .api.stacks import (
        AsyncStacksApi,
        AsyncStacksApiWithRawResponse,
        AsyncStacksApiWithStreamingResponse,
        StacksApi,
        StacksApiWithRawResponse,
        StacksApiWithStreamingResponse,
    )
    from .api.team_add_ons import (
        AsyncTeamAddOnsApi,
        AsyncTeamAddOnsApiWithRawResponse,
        AsyncTeamAddOnsApiWithStreamingResponse,
        TeamAddOnsApi,
        TeamAddOnsApiWithRawResponse,
        TeamAddOnsApiWithStreamingResponse,
    )
    from .api.team_app_collaborators import (
        AsyncTeamAppCollaboratorsApi,
        AsyncTeamAppCollaboratorsApiWithRawResponse,
        AsyncTeamAppCollaboratorsApiWithStreamingResponse,
        TeamAppCollaboratorsApi,
        TeamAppCollaboratorsApiWithRawResponse,
        TeamAppCollaboratorsApiWithStreamingResponse,
    )
    from .api.team_app_permissions import (
        AsyncTeamAppPermissionsApi,
        AsyncTeamAppPermissionsApiWithRawResponse,
        AsyncTeamAppPermissionsApiWithStreamingResponse,
        TeamAppPermissionsApi,
        TeamAppPermissionsApiWithRawResponse,
        TeamAppPermissionsApiWithStreamingResponse,
    )
    from .api.team_apps import (
        AsyncTeamAppsApi,
        AsyncTeamAppsApiWithRawResponse,
        AsyncTeamAppsApiWithStreamingResponse,
        TeamAppsApi,
        TeamAppsApiWithRawResponse,
        TeamAppsApiWithStreamingResponse,
    )
    from .api.team_daily_usages import (
        AsyncTeamDailyUsagesApi,
        AsyncTeamDailyUsagesApiWithRawResponse,
        AsyncTeamDailyUsagesApiWithStreamingResponse,
        TeamDailyUsagesApi,
        TeamDailyUsagesApiWithRawResponse,
        TeamDailyUsagesApiWithStreamingResponse,
    )
    from .api.team_delinquency import (
        AsyncTeamDelinquencyApi,
        AsyncTeamDelinquencyApiWithRawResponse,
        AsyncTeamDelinquencyApiWithStreamingResponse,
        TeamDelinquencyApi,
        TeamDelinquencyApiWithRawResponse,
        TeamDelinquencyApiWithStreamingResponse,
    )
    from .api.team_features import (
        AsyncTeamFeaturesApi,
        AsyncTeamFeaturesApiWithRawResponse,
        AsyncTeamFeaturesApiWithStreamingResponse,
        TeamFeaturesApi,
        TeamFeaturesApiWithRawResponse,
        TeamFeaturesApiWithStreamingResponse,
    )
    from .api.team_invitations import (
        AsyncTeamInvitationsApi,
        AsyncTeamInvitationsApiWithRawResponse,
        AsyncTeamInvitationsApiWithStreamingResponse,
        TeamInvitationsApi,
        TeamInvitationsApiWithRawResponse,
        TeamInvitationsApiWithStreamingResponse,
    )
    from .api.team_invoices import (
        AsyncTeamInvoicesApi,
        AsyncTeamInvoicesApiWithRawResponse,
        AsyncTeamInvoicesApiWithStreamingResponse,
        TeamInvoicesApi,
        TeamInvoicesApiWithRawResponse,
        TeamInvoicesApiWithStreamingResponse,
    )
    from .api.team_members import (
        AsyncTeamMembersApi,
        AsyncTeamMembersApiWithRawResponse,
        AsyncTeamMembersApiWithStreamingResponse,
        TeamMembersApi,
        TeamMembersApiWithRawResponse,
        TeamMembersApiWithStreamingResponse,
    )
    from .api.team_monthly_usages import (
        AsyncTeamMonthlyUsagesApi,
        AsyncTeamMonthlyUsagesApiWithRawResponse,
        AsyncTeamMonthlyUsagesApiWithStreamingResponse,
        TeamMonthlyUsagesApi,
        TeamMonthlyUsagesApiWithRawResponse,
        TeamMonthlyUsagesApiWithStreamingResponse,
    )
    from .api.team_preferences import (
        AsyncTeamPreferencesApi,
        AsyncTeamPreferencesApiWithRawResponse,
        AsyncTeamPreferencesApiWithStreamingResponse,
        TeamPreferencesApi,
        TeamPreferencesApiWithRawResponse,
        TeamPreferencesApiWithStreamingResponse,
    )
    from .api.team_spaces import (
        AsyncTeamSpacesApi,
        AsyncTeamSpacesApiWithRawResponse,
        AsyncTeamSpacesApiWithStreamingResponse,
        TeamSpacesApi,
        TeamSpacesApiWithRawResponse,
        TeamSpacesApiWithStreamingResponse,
    )
    from .api.teams import (
        AsyncTeamsApi,
        AsyncTeamsApiWithRawResponse,
        AsyncTeamsApiWithStreamingResponse,
        TeamsApi,
        TeamsApiWithRawResponse,
        TeamsApiWithStreamingResponse,
    )
    from .api.telemetry_drains import (
        AsyncTelemetryDrainsApi,
        AsyncTelemetryDrainsApiWithRawResponse,
        AsyncTelemetryDrainsApiWithStreamingResponse,
        TelemetryDrainsApi,
        TelemetryDrainsApiWithRawResponse,
        TelemetryDrainsApiWithStreamingResponse,
    )
    from .api.test_cases import (
        AsyncTestCasesApi,
        AsyncTestCasesApiWithRawResponse,
        AsyncTestCasesApiWithStreamingResponse,
        TestCasesApi,
        TestCasesApiWithRawResponse,
        TestCasesApiWithStreamingResponse,
    )
    from .api.test_nodes import (
        AsyncTestNodesApi,
        AsyncTestNodesApiWithRawResponse,
        AsyncTestNodesApiWithStreamingResponse,
        TestNodesApi,
        TestNodesApiWithRawResponse,
        TestNodesApiWithStreamingResponse,
    )
    from .api.test_runs import (
        AsyncTestRunsApi,
        AsyncTestRunsApiWithRawResponse,
        AsyncTestRunsApiWithStreamingResponse,
        TestRunsApi,
        TestRunsApiWithRawResponse,
        TestRunsApiWithStreamingResponse,
    )
    from .api.user_preferences import (
        AsyncUserPreferencesApi,
        AsyncUserPreferencesApiWithRawResponse,
        AsyncUserPreferencesApiWithStreamingResponse,
        UserPreferencesApi,
        UserPreferencesApiWithRawResponse,
        UserPreferencesApiWithStreamingResponse,
    )


class Client(_rt.BaseClient):
    """Client for the Heroku Platform API.

    One client is safe to share between threads; it keeps connections alive in a
    pool of ``pool_size``.  Credentials are looked up on the first call
    (``token=``, then ``$HEROKU_API_KEY``, then the netrc entry of the API
    host), so constructing a client never fails for want of one.

    The base URL is ``base_url=`` when given; else ``$HEROKU_PLATFORM_API_BASE_URL``
    when set; else ``https://api.heroku.com``.
    """

    DEFAULT_BASE_URL = "https://api.heroku.com"
    SERVERS = _rt.servers([{"url": "https://api.heroku.com"}])
    BASE_URL_ENV = "HEROKU_PLATFORM_API_BASE_URL"
    SECURITY_SCHEMES: Mapping[str, _rt.SecurityScheme] = {
        "BearerAuth": _rt.SecurityScheme(
            "BearerAuth",
            "bearer",
            argument="token",
            env="HEROKU_API_KEY",
            prefix="Bearer",
            netrc=True,
        ),
    }
    SECURITY: _rt.Security = (("BearerAuth",),)
    DEFAULT_HEADERS: Mapping[str, str] = {"Accept": "application/vnd.heroku+json; version=3"}
    USER_AGENT = "heroku_platform_api/0.1.0"
    ERROR_ID_FIELDS = ("id",)
    ERROR_MESSAGE_FIELDS = ("message",)
    REQUEST_ID_HEADERS = ("Request-Id",)
    RATE_LIMIT_HEADERS = ("RateLimit-Remaining",)

    def __init__(
        self,
        token: Optional[str] = None,
        *,
        base_url: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: _rt.Timeout = (10.0, 60.0),
        retries: Union[int, Retry, None] = 3,
        backoff_factor: float = 0.5,
        pool_size: int = 10,
        session: Optional[requests.Session] = None,
        deadline: float = 300.0,
        max_response_bytes: int = 64 * 1024 * 1024,
        max_retry_after: float = 60.0,
        strict: bool = False,
    ) -> None:
        super().__init__(
            token,
            base_url=base_url,
            headers=headers,
            timeout=timeout,
            retries=retries,
            backoff_factor=backoff_factor,
            pool_size=pool_size,
            session=session,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            max_retry_after=max_retry_after,
            strict=strict,
        )

    @property
    def account_delinquency(self) -> AccountDelinquencyApi:
        """A Heroku account becomes delinquent due to non-payment. We [suspend and delete](https://help.heroku.com/EREVRILX/what-happens-if-i-have-unpaid-heroku-invoices) delinquent accounts if their invoices remain unpaid."""
        from .api.account_delinquency import AccountDelinquencyApi

        return self._resource(AccountDelinquencyApi)

    @property
    def account_features(self) -> AccountFeaturesApi:
        """An account feature represents a Heroku labs capability that can be enabled or disabled for an account on Heroku."""
        from .api.account_features import AccountFeaturesApi

        return self._resource(AccountFeaturesApi)

    @property
    def account(self) -> AccountApi:
        """An account represents an individual signed up to use the Heroku platform."""
        from .api.account import AccountApi

        return self._resource(AccountApi)

    @property
    def add_on_action(self) -> AddOnActionApi:
        """Add-on Actions are lifecycle operations for add-on provisioning and deprovisioning. They allow add-on providers to (de)provision add-ons in the background and then report back when (de)provisioning is complete."""
        from .api.add_on_action import AddOnActionApi

        return self._resource(AddOnActionApi)

    @property
    def add_on_attachments(self) -> AddOnAttachmentsApi:
        """An add-on attachment represents a connection between an app and an add-on that it has been given access to."""
        from .api.add_on_attachments import AddOnAttachmentsApi

        return self._resource(AddOnAttachmentsApi)

    @property
    def add_on_configs(self) -> AddOnConfigsApi:
        """Configuration of an Add-on"""
        from .api.add_on_configs import AddOnConfigsApi

        return self._resource(AddOnConfigsApi)

    @property
    def add_on_region_capabilities(self) -> AddOnRegionCapabilitiesApi:
        """Add-on region capabilities represent the relationship between an Add-on Service and a specific Region. Only Beta and GA add-ons are returned by these endpoints."""
        from .api.add_on_region_capabilities import AddOnRegionCapabilitiesApi

        return self._resource(AddOnRegionCapabilitiesApi)

    @property
    def add_on_services(self) -> AddOnServicesApi:
        """Add-on services represent add-ons that may be provisioned for apps. Endpoints under add-on services can be accessed without authentication."""
        from .api.add_on_services import AddOnServicesApi

        return self._resource(AddOnServicesApi)

    @property
    def add_on_webhook_deliveries(self) -> AddOnWebhookDeliveriesApi:
        """Represents the delivery of a webhook notification, including its current status."""
        from .api.add_on_webhook_deliveries import AddOnWebhookDeliveriesApi

        return self._resource(AddOnWebhookDeliveriesApi)

    @property
    def add_on_webhook_events(self) -> AddOnWebhookEventsApi:
        """Represents a webhook event that occurred."""
        from .api.add_on_webhook_events import AddOnWebhookEventsApi

        return self._resource(AddOnWebhookEventsApi)

    @property
    def add_on_webhooks(self) -> AddOnWebhooksApi:
        """Represents the details of a webhook subscription"""
        from .api.add_on_webhooks import AddOnWebhooksApi

        return self._resource(AddOnWebhooksApi)

    @property
    def add_ons(self) -> AddOnsApi:
        """Add-ons represent add-ons that have been provisioned and attached to one or more apps."""
        from .api.add_ons import AddOnsApi

        return self._resource(AddOnsApi)

    @property
    def allowed_add_on_services(self) -> AllowedAddOnServicesApi:
        """Entities that have been allowed to be used by a Team"""
        from .api.allowed_add_on_services import AllowedAddOnServicesApi

        return self._resource(AllowedAddOnServicesApi)

    @property
    def app_features(self) -> AppFeaturesApi:
        """An app feature represents a Heroku labs capability that can be enabled or disabled for an app on Heroku."""
        from .api.app_features import AppFeaturesApi

        return self._resource(AppFeaturesApi)

    @property
    def app_setups(self) -> AppSetupsApi:
        """An app setup represents an app on Heroku that is setup using an environment, addons, and scripts described in an app.json manifest file."""
        from .api.app_setups import AppSetupsApi

        return self._resource(AppSetupsApi)

    @property
    def app_transfers(self) -> AppTransfersApi:
        """An app transfer represents a two party interaction for transferring ownership of an app."""
        from .api.app_transfers import AppTransfersApi

        return self._resource(AppTransfersApi)

    @property
    def app_webhook_deliveries(self) -> AppWebhookDeliveriesApi:
        """Represents the delivery of a webhook notification, including its current status."""
        from .api.app_webhook_deliveries import AppWebhookDeliveriesApi

        return self._resource(AppWebhookDeliveriesApi)

    @property
    def app_webhook_events(self) -> AppWebhookEventsApi:
        """Represents a webhook event that occurred."""
        from .api.app_webhook_events import AppWebhookEventsApi

        return self._resource(AppWebhookEventsApi)

    @property
    def app_webhooks(self) -> AppWebhooksApi:
        """Represents the details of a webhook subscription"""
        from .api.app_webhooks import AppWebhooksApi

        return self._resource(AppWebhooksApi)

    @property
    def apps(self) -> AppsApi:
        """An app represents the program that you would like to deploy and run on Heroku."""
        from .api.apps import AppsApi

        return self._resource(AppsApi)

    @property
    def audit_trail_archives(self) -> AuditTrailArchivesApi:
        """An audit trail archive represents a monthly json zipped file containing events"""
        from .api.audit_trail_archives import AuditTrailArchivesApi

        return self._resource(AuditTrailArchivesApi)

    @property
    def audit_trail_events(self) -> AuditTrailEventsApi:
        """An audit trail event represents some action on the platform"""
        from .api.audit_trail_events import AuditTrailEventsApi

        return self._resource(AuditTrailEventsApi)

    @property
    def builds(self) -> BuildsApi:
        """A build represents the process of transforming a code tarball into build artifacts"""
        from .api.builds import BuildsApi

        return self._resource(BuildsApi)

    @property
    def buildpack_installations(self) -> BuildpackInstallationsApi:
        """A buildpack installation represents a buildpack that will be run against an app."""
        from .api.buildpack_installations import BuildpackInstallationsApi

        return self._resource(BuildpackInstallationsApi)

    @property
    def collaborators(self) -> CollaboratorsApi:
        """A collaborator represents an account that has been given access to an app on Heroku."""
        from .api.collaborators import CollaboratorsApi

        return self._resource(CollaboratorsApi)

    @property
    def config_vars(self) -> ConfigVarsApi:
        """Config Vars allow you to manage the configuration information provided to an app on Heroku."""
        from .api.config_vars import ConfigVarsApi

        return self._resource(ConfigVarsApi)

    @property
    def credits(self) -> CreditsApi:
        """A credit represents value that will be used up before further charges are assigned to an account."""
        from .api.credits import CreditsApi

        return self._resource(CreditsApi)

    @property
    def domains(self) -> DomainsApi:
        """Domains define what web routes should be routed to an app on Heroku."""
        from .api.domains import DomainsApi

        return self._resource(DomainsApi)

    @property
    def dyno_sizes(self) -> DynoSizesApi:
        """Dyno sizes are the values and details of sizes that can be assigned to dynos. This information can also be found at : [https://devcenter.heroku.com/articles/dyno-types](https://devcenter.heroku.com/articles/dyno-types)."""
        from .api.dyno_sizes import DynoSizesApi

        return self._resource(DynoSizesApi)

    @property
    def dynos(self) -> DynosApi:
        """Dynos encapsulate running processes of an app on Heroku. Detailed information about dyno sizes can be found at: [https://devcenter.heroku.com/articles/dyno-types](https://devcenter.heroku.com/articles/dyno-types)."""
        from .api.dynos import DynosApi

        return self._resource(DynosApi)

    @property
    def enterprise_account_daily_usages(self) -> EnterpriseAccountDailyUsagesApi:
        """Usage for an enterprise account at a daily resolution."""
        from .api.enterprise_account_daily_usages import EnterpriseAccountDailyUsagesApi

        return self._resource(EnterpriseAccountDailyUsagesApi)

    @property
    def enterprise_account_members(self) -> EnterpriseAccountMembersApi:
        """Enterprise account members are users with access to an enterprise account."""
        from .api.enterprise_account_members import EnterpriseAccountMembersApi

        return self._resource(EnterpriseAccountMembersApi)

    @property
    def enterprise_account_monthly_usages(self) -> EnterpriseAccountMonthlyUsagesApi:
        """Usage for an enterprise account at a monthly resolution."""
        from .api.enterprise_account_monthly_usages import EnterpriseAccountMonthlyUsagesApi

        return self._resource(EnterpriseAccountMonthlyUsagesApi)

    @property
    def enterprise_accounts(self) -> EnterpriseAccountsApi:
        """Enterprise accounts allow companies to manage their development teams and billing."""
        from .api.enterprise_accounts import EnterpriseAccountsApi

        return self._resource(EnterpriseAccountsApi)

    @property
    def filters(self) -> FiltersApi:
        """Filters are special endpoints to allow for API consumers to specify a subset of resources to consume in order to reduce the number of requests that are performed.  Each filter endpoint endpoint is responsible for determining its supported request format.  The endpoints are over POST in order to handle large request bodies without hitting request uri query length limitations, but the requests themselves are idempotent and will not have side effects."""
        from .api.filters import FiltersApi

        return self._resource(FiltersApi)

    @property
    def formation(self) -> FormationApi:
        """The formation of processes that should be maintained for an app. Update the formation to scale processes or change dyno sizes. Available process type names and commands are defined by the `process_types` attribute for the [slug](#slug) currently released on an app."""
        from .api.formation import FormationApi

        return self._resource(FormationApi)

    @property
    def generations(self) -> GenerationsApi:
        """A generation represents a version of the Heroku platform that includes the app execution environment, routing, telemetry, and build systems."""
        from .api.generations import GenerationsApi

        return self._resource(GenerationsApi)

    @property
    def identity_providers(self) -> IdentityProvidersApi:
        """Identity Providers represent the SAML configuration of teams or an Enterprise account"""
        from .api.identity_providers import IdentityProvidersApi

        return self._resource(IdentityProvidersApi)

    @property
    def inbound_rulesets(self) -> InboundRulesetsApi:
        """An inbound-ruleset is a collection of rules that specify what hosts can or cannot connect to an application."""
        from .api.inbound_rulesets import InboundRulesetsApi

        return self._resource(InboundRulesetsApi)

    @property
    def invoice_address(self) -> InvoiceAddressApi:
        """An invoice address represents the address that should be listed on an invoice."""
        from .api.invoice_address import InvoiceAddressApi

        return self._resource(InvoiceAddressApi)

    @property
    def invoices(self) -> InvoicesApi:
        """An invoice is an itemized bill of goods for an account which includes pricing and charges."""
        from .api.invoices import InvoicesApi

        return self._resource(InvoicesApi)

    @property
    def keys(self) -> KeysApi:
        """Keys represent public SSH keys associated with an account and are used to authorize accounts as they are performing git operations."""
        from .api.keys import KeysApi

        return self._resource(KeysApi)

    @property
    def log_drains(self) -> LogDrainsApi:
        """[Log drains](https://devcenter.heroku.com/articles/log-drains) provide a way to forward your Heroku logs to an external syslog server for long-term archiving. This external service must be configured to receive syslog packets from Heroku, whereupon its URL can be added to an app using this API. Some add-ons will add a log drain when they are provisioned to an app. These drains can only be removed by removing the add-on."""
        from .api.log_drains import LogDrainsApi

        return self._resource(LogDrainsApi)

    @property
    def log_sessions(self) -> LogSessionsApi:
        """A log session is a reference to the http based log stream for an app."""
        from .api.log_sessions import LogSessionsApi

        return self._resource(LogSessionsApi)

    @property
    def o_auth_authorizations(self) -> OAuthAuthorizationsApi:
        """OAuth authorizations represent clients that a Heroku user has authorized to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)"""
        from .api.o_auth_authorizations import OAuthAuthorizationsApi

        return self._resource(OAuthAuthorizationsApi)

    @property
    def o_auth_clients(self) -> OAuthClientsApi:
        """OAuth clients are applications that Heroku users can authorize to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)."""
        from .api.o_auth_clients import OAuthClientsApi

        return self._resource(OAuthClientsApi)

    @property
    def o_auth_tokens(self) -> OAuthTokensApi:
        """OAuth tokens provide access for authorized clients to act on behalf of a Heroku user to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)"""
        from .api.o_auth_tokens import OAuthTokensApi

        return self._resource(OAuthTokensApi)

    @property
    def oci_images(self) -> OCIImagesApi:
        """An OCI (Open Container Initiative) image is a standardized format for packaging and distributing containerized applications, ready to run on the platform."""
        from .api.oci_images import OCIImagesApi

        return self._resource(OCIImagesApi)

    @property
    def password_reset(self) -> PasswordResetApi:
        """A password reset represents a in-process password reset attempt."""
        from .api.password_reset import PasswordResetApi

        return self._resource(PasswordResetApi)

    @property
    def peering_info(self) -> PeeringInfoApi:
        """[Peering Info](https://devcenter.heroku.com/articles/private-space-peering) gives you the information necessary to peer an AWS VPC to a Private Space."""
        from .api.peering_info import PeeringInfoApi

        return self._resource(PeeringInfoApi)

    @property
    def peerings(self) -> PeeringsApi:
        """[Peering](https://devcenter.heroku.com/articles/private-space-peering) provides a way to peer your Private Space VPC to another AWS VPC."""
        from .api.peerings import PeeringsApi

        return self._resource(PeeringsApi)

    @property
    def permission_entities(self) -> PermissionEntitiesApi:
        """An owned entity including users' permissions."""
        from .api.permission_entities import PermissionEntitiesApi

        return self._resource(PermissionEntitiesApi)

    @property
    def pipeline_builds(self) -> PipelineBuildsApi:
        """Information about the latest builds of apps in a pipeline. A build represents the process of transforming code into build artifacts."""
        from .api.pipeline_builds import PipelineBuildsApi

        return self._resource(PipelineBuildsApi)

    @property
    def pipeline_config_vars(self) -> PipelineConfigVarsApi:
        """Pipeline config vars in Heroku CI and review apps used to manage the configuration information for a pipeline."""
        from .api.pipeline_config_vars import PipelineConfigVarsApi

        return self._resource(PipelineConfigVarsApi)

    @property
    def pipeline_couplings(self) -> PipelineCouplingsApi:
        """Information about an app's coupling to a pipeline"""
        from .api.pipeline_couplings import PipelineCouplingsApi

        return self._resource(PipelineCouplingsApi)

    @property
    def pipeline_deployments(self) -> PipelineDeploymentsApi:
        """Information about the latest deployment of each app in a pipeline. A deployment is the process of moving the build artifacts to a target environment."""
        from .api.pipeline_deployments import PipelineDeploymentsApi

        return self._resource(PipelineDeploymentsApi)

    @property
    def pipeline_promotion_targets(self) -> PipelinePromotionTargetsApi:
        """Promotion targets represent an individual app being promoted to"""
        from .api.pipeline_promotion_targets import PipelinePromotionTargetsApi

        return self._resource(PipelinePromotionTargetsApi)

    @property
    def pipeline_promotions(self) -> PipelinePromotionsApi:
        """Promotions allow you to move code from an app in a pipeline to all targets"""
        from .api.pipeline_promotions import PipelinePromotionsApi

        return self._resource(PipelinePromotionsApi)

    @property
    def pipeline_releases(self) -> PipelineReleasesApi:
        """Information about the latest release of each app in a pipeline. A release makes a deployment available to end-users."""
        from .api.pipeline_releases import PipelineReleasesApi

        return self._resource(PipelineReleasesApi)

    @property
    def pipeline_stack(self) -> PipelineStackApi:
        """A pipeline's stack is determined by the apps in the pipeline. This is used during creation of CI and Review Apps that have no stack defined in app.json"""
        from .api.pipeline_stack import PipelineStackApi

        return self._resource(PipelineStackApi)

    @property
    def pipeline_transfers(self) -> PipelineTransfersApi:
        """A pipeline transfer is the process of changing pipeline ownership along with the contained apps."""
        from .api.pipeline_transfers import PipelineTransfersApi

        return self._resource(PipelineTransfersApi)

    @property
    def pipelines(self) -> PipelinesApi:
        """A pipeline allows grouping of apps into different stages."""
        from .api.pipelines import PipelinesApi

        return self._resource(PipelinesApi)

    @property
    def plans(self) -> PlansApi:
        """Plans represent different configurations of add-ons that may be added to apps. Endpoints under add-on services can be accessed without authentication."""
        from .api.plans import PlansApi

        return self._resource(PlansApi)

    @property
    def rate_limit(self) -> RateLimitApi:
        """Rate Limit represents the number of request tokens each account holds. Requests to this endpoint do not count towards the rate limit."""
        from .api.rate_limit import RateLimitApi

        return self._resource(RateLimitApi)

    @property
    def regions(self) -> RegionsApi:
        """A region represents a geographic location in which your application may run."""
        from .api.regions import RegionsApi

        return self._resource(RegionsApi)

    @property
    def releases(self) -> ReleasesApi:
        """A release represents a combination of code, config vars and add-ons for an app on Heroku."""
        from .api.releases import ReleasesApi

        return self._resource(ReleasesApi)

    @property
    def review_apps(self) -> ReviewAppsApi:
        """An ephemeral app to review a set of changes"""
        from .api.review_apps import ReviewAppsApi

        return self._resource(ReviewAppsApi)

    @property
    def review_app_configurations(self) -> ReviewAppConfigurationsApi:
        """Review apps can be configured for pipelines."""
        from .api.review_app_configurations import ReviewAppConfigurationsApi

        return self._resource(ReviewAppConfigurationsApi)

    @property
    def slugs(self) -> SlugsApi:
        """A slug is a snapshot of your application code that is ready to run on the platform."""
        from .api.slugs import SlugsApi

        return self._resource(SlugsApi)

    @property
    def sms_number(self) -> SMSNumberApi:
        """SMS numbers are used for recovery on accounts with two-factor authentication enabled."""
        from .api.sms_number import SMSNumberApi

        return self._resource(SMSNumberApi)

    @property
    def sni_endpoints(self) -> SNIEndpointsApi:
        """SNI Endpoint is a public address serving a custom SSL cert for HTTPS traffic, using the SNI TLS extension, to a Heroku app."""
        from .api.sni_endpoints import SNIEndpointsApi

        return self._resource(SNIEndpointsApi)

    @property
    def sources(self) -> SourcesApi:
        """A source is a location for uploading and downloading an application's source code."""
        from .api.sources import SourcesApi

        return self._resource(SourcesApi)

    @property
    def space_accesses(self) -> SpaceAccessesApi:
        """Space access represents the permissions a particular user has on a particular space."""
        from .api.space_accesses import SpaceAccessesApi

        return self._resource(SpaceAccessesApi)

    @property
    def space_network_address_translation(self) -> SpaceNetworkAddressTranslationApi:
        """Network address translation (NAT) for stable outbound IP addresses from a space"""
        from .api.space_network_address_translation import SpaceNetworkAddressTranslationApi

        return self._resource(SpaceNetworkAddressTranslationApi)

    @property
    def space_topology(self) -> SpaceTopologyApi:
        """Space Topology provides you with a mechanism for viewing all the running dynos, formations and applications for a space. This is the same data thats used to power our DNS Service Discovery."""
        from .api.space_topology import SpaceTopologyApi

        return self._resource(SpaceTopologyApi)

    @property
    def space_transfer(self) -> SpaceTransferApi:
        """Transfer spaces between enterprise teams with the same Enterprise Account."""
        from .api.space_transfer import SpaceTransferApi

        return self._resource(SpaceTransferApi)

    @property
    def spaces(self) -> SpacesApi:
        """A space is an isolated, highly available, secure app execution environment."""
        from .api.spaces import SpacesApi

        return self._resource(SpacesApi)

    @property
    def stacks(self) -> StacksApi:
        """Stacks are the different application execution environments available in the Heroku platform."""
        from .api.stacks import StacksApi

        return self._resource(StacksApi)

    @property
    def team_add_ons(self) -> TeamAddOnsApi:
        """Team Add-ons"""
        from .api.team_add_ons import TeamAddOnsApi

        return self._resource(TeamAddOnsApi)

    @property
    def team_app_collaborators(self) -> TeamAppCollaboratorsApi:
        """A team collaborator represents an account that has been given access to a team app on Heroku."""
        from .api.team_app_collaborators import TeamAppCollaboratorsApi

        return self._resource(TeamAppCollaboratorsApi)

    @property
    def team_app_permissions(self) -> TeamAppPermissionsApi:
        """A team app permission is a behavior that is assigned to a user in a team app."""
        from .api.team_app_permissions import TeamAppPermissionsApi

        return self._resource(TeamAppPermissionsApi)

    @property
    def team_apps(self) -> TeamAppsApi:
        """A team app encapsulates the team specific functionality of Heroku apps."""
        from .api.team_apps import TeamAppsApi

        return self._resource(TeamAppsApi)

    @property
    def team_daily_usages(self) -> TeamDailyUsagesApi:
        """Usage for an enterprise team at a daily resolution."""
        from .api.team_daily_usages import TeamDailyUsagesApi

        return self._resource(TeamDailyUsagesApi)

    @property
    def team_delinquency(self) -> TeamDelinquencyApi:
        """A Heroku team becomes delinquent due to non-payment. We [suspend and delete](https://help.heroku.com/EREVRILX/what-happens-if-i-have-unpaid-heroku-invoices) delinquent teams if their invoices remain unpaid."""
        from .api.team_delinquency import TeamDelinquencyApi

        return self._resource(TeamDelinquencyApi)

    @property
    def team_features(self) -> TeamFeaturesApi:
        """A team feature represents a feature enabled on a team account."""
        from .api.team_features import TeamFeaturesApi

        return self._resource(TeamFeaturesApi)

    @property
    def team_invitations(self) -> TeamInvitationsApi:
        """A team invitation represents an invite to a team."""
        from .api.team_invitations import TeamInvitationsApi

        return self._resource(TeamInvitationsApi)

    @property
    def team_invoices(self) -> TeamInvoicesApi:
        """A Team Invoice is an itemized bill of goods for a team which includes pricing and charges."""
        from .api.team_invoices import TeamInvoicesApi

        return self._resource(TeamInvoicesApi)

    @property
    def team_members(self) -> TeamMembersApi:
        """A team member is an individual with access to a team."""
        from .api.team_members import TeamMembersApi

        return self._resource(TeamMembersApi)

    @property
    def team_monthly_usages(self) -> TeamMonthlyUsagesApi:
        """Usage for an enterprise team at a monthly resolution."""
        from .api.team_monthly_usages import TeamMonthlyUsagesApi

        return self._resource(TeamMonthlyUsagesApi)

    @property
    def team_preferences(self) -> TeamPreferencesApi:
        """Tracks a Team's Preferences"""
        from .api.team_preferences import TeamPreferencesApi

        return self._resource(TeamPreferencesApi)

    @property
    def team_spaces(self) -> TeamSpacesApi:
        """A space is an isolated, highly available, secure app execution environment."""
        from .api.team_spaces import TeamSpacesApi

        return self._resource(TeamSpacesApi)

    @property
    def teams(self) -> TeamsApi:
        """Teams allow you to manage access to a shared group of applications and other resources."""
        from .api.teams import TeamsApi

        return self._resource(TeamsApi)

    @property
    def telemetry_drains(self) -> TelemetryDrainsApi:
        """A telemetry drain forwards OpenTelemetry traces, metrics, and logs to your own consumer. For Fir-generation apps only."""
        from .api.telemetry_drains import TelemetryDrainsApi

        return self._resource(TelemetryDrainsApi)

    @property
    def test_cases(self) -> TestCasesApi:
        """A single test case belonging to a test run"""
        from .api.test_cases import TestCasesApi

        return self._resource(TestCasesApi)

    @property
    def test_nodes(self) -> TestNodesApi:
        """A single test node belonging to a test run"""
        from .api.test_nodes import TestNodesApi

        return self._resource(TestNodesApi)

    @property
    def test_runs(self) -> TestRunsApi:
        """An execution or trial of one or more tests"""
        from .api.test_runs import TestRunsApi

        return self._resource(TestRunsApi)

    @property
    def user_preferences(self) -> UserPreferencesApi:
        """Tracks a user's preferences and message dismissals"""
        from .api.user_preferences import UserPreferencesApi

        return self._resource(UserPreferencesApi)

    @property
    def private_spaces_vp_ns(self) -> PrivateSpacesVPNsApi:
        """[VPN](https://devcenter.heroku.com/articles/private-space-vpn-connection) provides a way to connect your Private Spaces to your network via VPN."""
        from .api.private_spaces_vp_ns import PrivateSpacesVPNsApi

        return self._resource(PrivateSpacesVPNsApi)

    @functools.cached_property
    def with_raw_response(self) -> ClientWithRawResponse:
        """Every operation returning a ``RawResponse``: status code, headers and
        body, with ``parse()`` for the value the plain call returns."""
        return ClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ClientWithStreamingResponse:
        """Every operation returning a ``StreamedResponse`` with its body unread
        (``iter_bytes()``, ``save(path)``, ``iter_lines()``, ``iter_events()``); close it
        or use it in a ``with`` block."""
        return ClientWithStreamingResponse(self)


class ClientWithRawResponse:
    """The client's groups, their methods returning a ``RawResponse``; each group's
    module is imported on first use, as on the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @functools.cached_property
    def account_delinquency(self) -> AccountDelinquencyApiWithRawResponse:
        from .api.account_delinquency import AccountDelinquencyApiWithRawResponse

        return AccountDelinquencyApiWithRawResponse(self._client.account_delinquency)

    @functools.cached_property
    def account_features(self) -> AccountFeaturesApiWithRawResponse:
        from .api.account_features import AccountFeaturesApiWithRawResponse

        return AccountFeaturesApiWithRawResponse(self._client.account_features)

    @functools.cached_property
    def account(self) -> AccountApiWithRawResponse:
        from .api.account import AccountApiWithRawResponse

        return AccountApiWithRawResponse(self._client.account)

    @functools.cached_property
    def add_on_action(self) -> AddOnActionApiWithRawResponse:
        from .api.add_on_action import AddOnActionApiWithRawResponse

        return AddOnActionApiWithRawResponse(self._client.add_on_action)

    @functools.cached_property
    def add_on_attachments(self) -> AddOnAttachmentsApiWithRawResponse:
        from .api.add_on_attachments import AddOnAttachmentsApiWithRawResponse

        return AddOnAttachmentsApiWithRawResponse(self._client.add_on_attachments)

    @functools.cached_property
    def add_on_configs(self) -> AddOnConfigsApiWithRawResponse:
        from .api.add_on_configs import AddOnConfigsApiWithRawResponse

        return AddOnConfigsApiWithRawResponse(self._client.add_on_configs)

    @functools.cached_property
    def add_on_region_capabilities(self) -> AddOnRegionCapabilitiesApiWithRawResponse:
        from .api.add_on_region_capabilities import AddOnRegionCapabilitiesApiWithRawResponse

        return AddOnRegionCapabilitiesApiWithRawResponse(self._client.add_on_region_capabilities)

    @functools.cached_property
    def add_on_services(self) -> AddOnServicesApiWithRawResponse:
        from .api.add_on_services import AddOnServicesApiWithRawResponse

        return AddOnServicesApiWithRawResponse(self._client.add_on_services)

    @functools.cached_property
    def add_on_webhook_deliveries(self) -> AddOnWebhookDeliveriesApiWithRawResponse:
        from .api.add_on_webhook_deliveries import AddOnWebhookDeliveriesApiWithRawResponse

        return AddOnWebhookDeliveriesApiWithRawResponse(self._client.add_on_webhook_deliveries)

    @functools.cached_property
    def add_on_webhook_events(self) -> AddOnWebhookEventsApiWithRawResponse:
        from .api.add_on_webhook_events import AddOnWebhookEventsApiWithRawResponse

        return AddOnWebhookEventsApiWithRawResponse(self._client.add_on_webhook_events)

    @functools.cached_property
    def add_on_webhooks(self) -> AddOnWebhooksApiWithRawResponse:
        from .api.add_on_webhooks import AddOnWebhooksApiWithRawResponse

        return AddOnWebhooksApiWithRawResponse(self._client.add_on_webhooks)

    @functools.cached_property
    def add_ons(self) -> AddOnsApiWithRawResponse:
        from .api.add_ons import AddOnsApiWithRawResponse

        return AddOnsApiWithRawResponse(self._client.add_ons)

    @functools.cached_property
    def allowed_add_on_services(self) -> AllowedAddOnServicesApiWithRawResponse:
        from .api.allowed_add_on_services import AllowedAddOnServicesApiWithRawResponse

        return AllowedAddOnServicesApiWithRawResponse(self._client.allowed_add_on_services)

    @functools.cached_property
    def app_features(self) -> AppFeaturesApiWithRawResponse:
        from .api.app_features import AppFeaturesApiWithRawResponse

        return AppFeaturesApiWithRawResponse(self._client.app_features)

    @functools.cached_property
    def app_setups(self) -> AppSetupsApiWithRawResponse:
        from .api.app_setups import AppSetupsApiWithRawResponse

        return AppSetupsApiWithRawResponse(self._client.app_setups)

    @functools.cached_property
    def app_transfers(self) -> AppTransfersApiWithRawResponse:
        from .api.app_transfers import AppTransfersApiWithRawResponse

        return AppTransfersApiWithRawResponse(self._client.app_transfers)

    @functools.cached_property
    def app_webhook_deliveries(self) -> AppWebhookDeliveriesApiWithRawResponse:
        from .api.app_webhook_deliveries import AppWebhookDeliveriesApiWithRawResponse

        return AppWebhookDeliveriesApiWithRawResponse(self._client.app_webhook_deliveries)

    @functools.cached_property
    def app_webhook_events(self) -> AppWebhookEventsApiWithRawResponse:
        from .api.app_webhook_events import AppWebhookEventsApiWithRawResponse

        return AppWebhookEventsApiWithRawResponse(self._client.app_webhook_events)

    @functools.cached_property
    def app_webhooks(self) -> AppWebhooksApiWithRawResponse:
        from .api.app_webhooks import AppWebhooksApiWithRawResponse

        return AppWebhooksApiWithRawResponse(self._client.app_webhooks)

    @functools.cached_property
    def apps(self) -> AppsApiWithRawResponse:
        from .api.apps import AppsApiWithRawResponse

        return AppsApiWithRawResponse(self._client.apps)

    @functools.cached_property
    def audit_trail_archives(self) -> AuditTrailArchivesApiWithRawResponse:
        from .api.audit_trail_archives import AuditTrailArchivesApiWithRawResponse

        return AuditTrailArchivesApiWithRawResponse(self._client.audit_trail_archives)

    @functools.cached_property
    def audit_trail_events(self) -> AuditTrailEventsApiWithRawResponse:
        from .api.audit_trail_events import AuditTrailEventsApiWithRawResponse

        return AuditTrailEventsApiWithRawResponse(self._client.audit_trail_events)

    @functools.cached_property
    def builds(self) -> BuildsApiWithRawResponse:
        from .api.builds import BuildsApiWithRawResponse

        return BuildsApiWithRawResponse(self._client.builds)

    @functools.cached_property
    def buildpack_installations(self) -> BuildpackInstallationsApiWithRawResponse:
        from .api.buildpack_installations import BuildpackInstallationsApiWithRawResponse

        return BuildpackInstallationsApiWithRawResponse(self._client.buildpack_installations)

    @functools.cached_property
    def collaborators(self) -> CollaboratorsApiWithRawResponse:
        from .api.collaborators import CollaboratorsApiWithRawResponse

        return CollaboratorsApiWithRawResponse(self._client.collaborators)

    @functools.cached_property
    def config_vars(self) -> ConfigVarsApiWithRawResponse:
        from .api.config_vars import ConfigVarsApiWithRawResponse

        return ConfigVarsApiWithRawResponse(self._client.config_vars)

    @functools.cached_property
    def credits(self) -> CreditsApiWithRawResponse:
        from .api.credits import CreditsApiWithRawResponse

        return CreditsApiWithRawResponse(self._client.credits)

    @functools.cached_property
    def domains(self) -> DomainsApiWithRawResponse:
        from .api.domains import DomainsApiWithRawResponse

        return DomainsApiWithRawResponse(self._client.domains)

    @functools.cached_property
    def dyno_sizes(self) -> DynoSizesApiWithRawResponse:
        from .api.dyno_sizes import DynoSizesApiWithRawResponse

        return DynoSizesApiWithRawResponse(self._client.dyno_sizes)

    @functools.cached_property
    def dynos(self) -> DynosApiWithRawResponse:
        from .api.dynos import DynosApiWithRawResponse

        return DynosApiWithRawResponse(self._client.dynos)

    @functools.cached_property
    def enterprise_account_daily_usages(self) -> EnterpriseAccountDailyUsagesApiWithRawResponse:
        from .api.enterprise_account_daily_usages import (
            EnterpriseAccountDailyUsagesApiWithRawResponse,
        )

        return EnterpriseAccountDailyUsagesApiWithRawResponse(
            self._client.enterprise_account_daily_usages
        )

    @functools.cached_property
    def enterprise_account_members(self) -> EnterpriseAccountMembersApiWithRawResponse:
        from .api.enterprise_account_members import EnterpriseAccountMembersApiWithRawResponse

        return EnterpriseAccountMembersApiWithRawResponse(self._client.enterprise_account_members)

    @functools.cached_property
    def enterprise_account_monthly_usages(self) -> EnterpriseAccountMonthlyUsagesApiWithRawResponse:
        from .api.enterprise_account_monthly_usages import (
            EnterpriseAccountMonthlyUsagesApiWithRawResponse,
        )

        return EnterpriseAccountMonthlyUsagesApiWithRawResponse(
            self._client.enterprise_account_monthly_usages
        )

    @functools.cached_property
    def enterprise_accounts(self) -> EnterpriseAccountsApiWithRawResponse:
        from .api.enterprise_accounts import EnterpriseAccountsApiWithRawResponse

        return EnterpriseAccountsApiWithRawResponse(self._client.enterprise_accounts)

    @functools.cached_property
    def filters(self) -> FiltersApiWithRawResponse:
        from .api.filters import FiltersApiWithRawResponse

        return FiltersApiWithRawResponse(self._client.filters)

    @functools.cached_property
    def formation(self) -> FormationApiWithRawResponse:
        from .api.formation import FormationApiWithRawResponse

        return FormationApiWithRawResponse(self._client.formation)

    @functools.cached_property
    def generations(self) -> GenerationsApiWithRawResponse:
        from .api.generations import GenerationsApiWithRawResponse

        return GenerationsApiWithRawResponse(self._client.generations)

    @functools.cached_property
    def identity_providers(self) -> IdentityProvidersApiWithRawResponse:
        from .api.identity_providers import IdentityProvidersApiWithRawResponse

        return IdentityProvidersApiWithRawResponse(self._client.identity_providers)

    @functools.cached_property
    def inbound_rulesets(self) -> InboundRulesetsApiWithRawResponse:
        from .api.inbound_rulesets import InboundRulesetsApiWithRawResponse

        return InboundRulesetsApiWithRawResponse(self._client.inbound_rulesets)

    @functools.cached_property
    def invoice_address(self) -> InvoiceAddressApiWithRawResponse:
        from .api.invoice_address import InvoiceAddressApiWithRawResponse

        return InvoiceAddressApiWithRawResponse(self._client.invoice_address)

    @functools.cached_property
    def invoices(self) -> InvoicesApiWithRawResponse:
        from .api.invoices import InvoicesApiWithRawResponse

        return InvoicesApiWithRawResponse(self._client.invoices)

    @functools.cached_property
    def keys(self) -> KeysApiWithRawResponse:
        from .api.keys import KeysApiWithRawResponse

        return KeysApiWithRawResponse(self._client.keys)

    @functools.cached_property
    def log_drains(self) -> LogDrainsApiWithRawResponse:
        from .api.log_drains import LogDrainsApiWithRawResponse

        return LogDrainsApiWithRawResponse(self._client.log_drains)

    @functools.cached_property
    def log_sessions(self) -> LogSessionsApiWithRawResponse:
        from .api.log_sessions import LogSessionsApiWithRawResponse

        return LogSessionsApiWithRawResponse(self._client.log_sessions)

    @functools.cached_property
    def o_auth_authorizations(self) -> OAuthAuthorizationsApiWithRawResponse:
        from .api.o_auth_authorizations import OAuthAuthorizationsApiWithRawResponse

        return OAuthAuthorizationsApiWithRawResponse(self._client.o_auth_authorizations)

    @functools.cached_property
    def o_auth_clients(self) -> OAuthClientsApiWithRawResponse:
        from .api.o_auth_clients import OAuthClientsApiWithRawResponse

        return OAuthClientsApiWithRawResponse(self._client.o_auth_clients)

    @functools.cached_property
    def o_auth_tokens(self) -> OAuthTokensApiWithRawResponse:
        from .api.o_auth_tokens import OAuthTokensApiWithRawResponse

        return OAuthTokensApiWithRawResponse(self._client.o_auth_tokens)

    @functools.cached_property
    def oci_images(self) -> OCIImagesApiWithRawResponse:
        from .api.oci_images import OCIImagesApiWithRawResponse

        return OCIImagesApiWithRawResponse(self._client.oci_images)

    @functools.cached_property
    def password_reset(self) -> PasswordResetApiWithRawResponse:
        from .api.password_reset import PasswordResetApiWithRawResponse

        return PasswordResetApiWithRawResponse(self._client.password_reset)

    @functools.cached_property
    def peering_info(self) -> PeeringInfoApiWithRawResponse:
        from .api.peering_info import PeeringInfoApiWithRawResponse

        return PeeringInfoApiWithRawResponse(self._client.peering_info)

    @functools.cached_property
    def peerings(self) -> PeeringsApiWithRawResponse:
        from .api.peerings import PeeringsApiWithRawResponse

        return PeeringsApiWithRawResponse(self._client.peerings)

    @functools.cached_property
    def permission_entities(self) -> PermissionEntitiesApiWithRawResponse:
        from .api.permission_entities import PermissionEntitiesApiWithRawResponse

        return PermissionEntitiesApiWithRawResponse(self._client.permission_entities)

    @functools.cached_property
    def pipeline_builds(self) -> PipelineBuildsApiWithRawResponse:
        from .api.pipeline_builds import PipelineBuildsApiWithRawResponse

        return PipelineBuildsApiWithRawResponse(self._client.pipeline_builds)

    @functools.cached_property
    def pipeline_config_vars(self) -> PipelineConfigVarsApiWithRawResponse:
        from .api.pipeline_config_vars import PipelineConfigVarsApiWithRawResponse

        return PipelineConfigVarsApiWithRawResponse(self._client.pipeline_config_vars)

    @functools.cached_property
    def pipeline_couplings(self) -> PipelineCouplingsApiWithRawResponse:
        from .api.pipeline_couplings import PipelineCouplingsApiWithRawResponse

        return PipelineCouplingsApiWithRawResponse(self._client.pipeline_couplings)

    @functools.cached_property
    def pipeline_deployments(self) -> PipelineDeploymentsApiWithRawResponse:
        from .api.pipeline_deployments import PipelineDeploymentsApiWithRawResponse

        return PipelineDeploymentsApiWithRawResponse(self._client.pipeline_deployments)

    @functools.cached_property
    def pipeline_promotion_targets(self) -> PipelinePromotionTargetsApiWithRawResponse:
        from .api.pipeline_promotion_targets import PipelinePromotionTargetsApiWithRawResponse

        return PipelinePromotionTargetsApiWithRawResponse(self._client.pipeline_promotion_targets)

    @functools.cached_property
    def pipeline_promotions(self) -> PipelinePromotionsApiWithRawResponse:
        from .api.pipeline_promotions import PipelinePromotionsApiWithRawResponse

        return PipelinePromotionsApiWithRawResponse(self._client.pipeline_promotions)

    @functools.cached_property
    def pipeline_releases(self) -> PipelineReleasesApiWithRawResponse:
        from .api.pipeline_releases import PipelineReleasesApiWithRawResponse

        return PipelineReleasesApiWithRawResponse(self._client.pipeline_releases)

    @functools.cached_property
    def pipeline_stack(self) -> PipelineStackApiWithRawResponse:
        from .api.pipeline_stack import PipelineStackApiWithRawResponse

        return PipelineStackApiWithRawResponse(self._client.pipeline_stack)

    @functools.cached_property
    def pipeline_transfers(self) -> PipelineTransfersApiWithRawResponse:
        from .api.pipeline_transfers import PipelineTransfersApiWithRawResponse

        return PipelineTransfersApiWithRawResponse(self._client.pipeline_transfers)

    @functools.cached_property
    def pipelines(self) -> PipelinesApiWithRawResponse:
        from .api.pipelines import PipelinesApiWithRawResponse

        return PipelinesApiWithRawResponse(self._client.pipelines)

    @functools.cached_property
    def plans(self) -> PlansApiWithRawResponse:
        from .api.plans import PlansApiWithRawResponse

        return PlansApiWithRawResponse(self._client.plans)

    @functools.cached_property
    def rate_limit(self) -> RateLimitApiWithRawResponse:
        from .api.rate_limit import RateLimitApiWithRawResponse

        return RateLimitApiWithRawResponse(self._client.rate_limit)

    @functools.cached_property
    def regions(self) -> RegionsApiWithRawResponse:
        from .api.regions import RegionsApiWithRawResponse

        return RegionsApiWithRawResponse(self._client.regions)

    @functools.cached_property
    def releases(self) -> ReleasesApiWithRawResponse:
        from .api.releases import ReleasesApiWithRawResponse

        return ReleasesApiWithRawResponse(self._client.releases)

    @functools.cached_property
    def review_apps(self) -> ReviewAppsApiWithRawResponse:
        from .api.review_apps import ReviewAppsApiWithRawResponse

        return ReviewAppsApiWithRawResponse(self._client.review_apps)

    @functools.cached_property
    def review_app_configurations(self) -> ReviewAppConfigurationsApiWithRawResponse:
        from .api.review_app_configurations import ReviewAppConfigurationsApiWithRawResponse

        return ReviewAppConfigurationsApiWithRawResponse(self._client.review_app_configurations)

    @functools.cached_property
    def slugs(self) -> SlugsApiWithRawResponse:
        from .api.slugs import SlugsApiWithRawResponse

        return SlugsApiWithRawResponse(self._client.slugs)

    @functools.cached_property
    def sms_number(self) -> SMSNumberApiWithRawResponse:
        from .api.sms_number import SMSNumberApiWithRawResponse

        return SMSNumberApiWithRawResponse(self._client.sms_number)

    @functools.cached_property
    def sni_endpoints(self) -> SNIEndpointsApiWithRawResponse:
        from .api.sni_endpoints import SNIEndpointsApiWithRawResponse

        return SNIEndpointsApiWithRawResponse(self._client.sni_endpoints)

    @functools.cached_property
    def sources(self) -> SourcesApiWithRawResponse:
        from .api.sources import SourcesApiWithRawResponse

        return SourcesApiWithRawResponse(self._client.sources)

    @functools.cached_property
    def space_accesses(self) -> SpaceAccessesApiWithRawResponse:
        from .api.space_accesses import SpaceAccessesApiWithRawResponse

        return SpaceAccessesApiWithRawResponse(self._client.space_accesses)

    @functools.cached_property
    def space_network_address_translation(self) -> SpaceNetworkAddressTranslationApiWithRawResponse:
        from .api.space_network_address_translation import (
            SpaceNetworkAddressTranslationApiWithRawResponse,
        )

        return SpaceNetworkAddressTranslationApiWithRawResponse(
            self._client.space_network_address_translation
        )

    @functools.cached_property
    def space_topology(self) -> SpaceTopologyApiWithRawResponse:
        from .api.space_topology import SpaceTopologyApiWithRawResponse

        return SpaceTopologyApiWithRawResponse(self._client.space_topology)

    @functools.cached_property
    def space_transfer(self) -> SpaceTransferApiWithRawResponse:
        from .api.space_transfer import SpaceTransferApiWithRawResponse

        return SpaceTransferApiWithRawResponse(self._client.space_transfer)

    @functools.cached_property
    def spaces(self) -> SpacesApiWithRawResponse:
        from .api.spaces import SpacesApiWithRawResponse

        return SpacesApiWithRawResponse(self._client.spaces)

    @functools.cached_property
    def stacks(self) -> StacksApiWithRawResponse:
        from .api.stacks import StacksApiWithRawResponse

        return StacksApiWithRawResponse(self._client.stacks)

    @functools.cached_property
    def team_add_ons(self) -> TeamAddOnsApiWithRawResponse:
        from .api.team_add_ons import TeamAddOnsApiWithRawResponse

        return TeamAddOnsApiWithRawResponse(self._client.team_add_ons)

    @functools.cached_property
    def team_app_collaborators(self) -> TeamAppCollaboratorsApiWithRawResponse:
        from .api.team_app_collaborators import TeamAppCollaboratorsApiWithRawResponse

        return TeamAppCollaboratorsApiWithRawResponse(self._client.team_app_collaborators)

    @functools.cached_property
    def team_app_permissions(self) -> TeamAppPermissionsApiWithRawResponse:
        from .api.team_app_permissions import TeamAppPermissionsApiWithRawResponse

        return TeamAppPermissionsApiWithRawResponse(self._client.team_app_permissions)

    @functools.cached_property
    def team_apps(self) -> TeamAppsApiWithRawResponse:
        from .api.team_apps import TeamAppsApiWithRawResponse

        return TeamAppsApiWithRawResponse(self._client.team_apps)

    @functools.cached_property
    def team_daily_usages(self) -> TeamDailyUsagesApiWithRawResponse:
        from .api.team_daily_usages import TeamDailyUsagesApiWithRawResponse

        return TeamDailyUsagesApiWithRawResponse(self._client.team_daily_usages)

    @functools.cached_property
    def team_delinquency(self) -> TeamDelinquencyApiWithRawResponse:
        from .api.team_delinquency import TeamDelinquencyApiWithRawResponse

        return TeamDelinquencyApiWithRawResponse(self._client.team_delinquency)

    @functools.cached_property
    def team_features(self) -> TeamFeaturesApiWithRawResponse:
        from .api.team_features import TeamFeaturesApiWithRawResponse

        return TeamFeaturesApiWithRawResponse(self._client.team_features)

    @functools.cached_property
    def team_invitations(self) -> TeamInvitationsApiWithRawResponse:
        from .api.team_invitations import TeamInvitationsApiWithRawResponse

        return TeamInvitationsApiWithRawResponse(self._client.team_invitations)

    @functools.cached_property
    def team_invoices(self) -> TeamInvoicesApiWithRawResponse:
        from .api.team_invoices import TeamInvoicesApiWithRawResponse

        return TeamInvoicesApiWithRawResponse(self._client.team_invoices)

    @functools.cached_property
    def team_members(self) -> TeamMembersApiWithRawResponse:
        from .api.team_members import TeamMembersApiWithRawResponse

        return TeamMembersApiWithRawResponse(self._client.team_members)

    @functools.cached_property
    def team_monthly_usages(self) -> TeamMonthlyUsagesApiWithRawResponse:
        from .api.team_monthly_usages import TeamMonthlyUsagesApiWithRawResponse

        return TeamMonthlyUsagesApiWithRawResponse(self._client.team_monthly_usages)

    @functools.cached_property
    def team_preferences(self) -> TeamPreferencesApiWithRawResponse:
        from .api.team_preferences import TeamPreferencesApiWithRawResponse

        return TeamPreferencesApiWithRawResponse(self._client.team_preferences)

    @functools.cached_property
    def team_spaces(self) -> TeamSpacesApiWithRawResponse:
        from .api.team_spaces import TeamSpacesApiWithRawResponse

        return TeamSpacesApiWithRawResponse(self._client.team_spaces)

    @functools.cached_property
    def teams(self) -> TeamsApiWithRawResponse:
        from .api.teams import TeamsApiWithRawResponse

        return TeamsApiWithRawResponse(self._client.teams)

    @functools.cached_property
    def telemetry_drains(self) -> TelemetryDrainsApiWithRawResponse:
        from .api.telemetry_drains import TelemetryDrainsApiWithRawResponse

        return TelemetryDrainsApiWithRawResponse(self._client.telemetry_drains)

    @functools.cached_property
    def test_cases(self) -> TestCasesApiWithRawResponse:
        from .api.test_cases import TestCasesApiWithRawResponse

        return TestCasesApiWithRawResponse(self._client.test_cases)

    @functools.cached_property
    def test_nodes(self) -> TestNodesApiWithRawResponse:
        from .api.test_nodes import TestNodesApiWithRawResponse

        return TestNodesApiWithRawResponse(self._client.test_nodes)

    @functools.cached_property
    def test_runs(self) -> TestRunsApiWithRawResponse:
        from .api.test_runs import TestRunsApiWithRawResponse

        return TestRunsApiWithRawResponse(self._client.test_runs)

    @functools.cached_property
    def user_preferences(self) -> UserPreferencesApiWithRawResponse:
        from .api.user_preferences import UserPreferencesApiWithRawResponse

        return UserPreferencesApiWithRawResponse(self._client.user_preferences)

    @functools.cached_property
    def private_spaces_vp_ns(self) -> PrivateSpacesVPNsApiWithRawResponse:
        from .api.private_spaces_vp_ns import PrivateSpacesVPNsApiWithRawResponse

        return PrivateSpacesVPNsApiWithRawResponse(self._client.private_spaces_vp_ns)


class ClientWithStreamingResponse:
    """The client's groups, their methods returning a ``StreamedResponse``; each group's
    module is imported on first use, as on the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @functools.cached_property
    def account_delinquency(self) -> AccountDelinquencyApiWithStreamingResponse:
        from .api.account_delinquency import AccountDelinquencyApiWithStreamingResponse

        return AccountDelinquencyApiWithStreamingResponse(self._client.account_delinquency)

    @functools.cached_property
    def account_features(self) -> AccountFeaturesApiWithStreamingResponse:
        from .api.account_features import AccountFeaturesApiWithStreamingResponse

        return AccountFeaturesApiWithStreamingResponse(self._client.account_features)

    @functools.cached_property
    def account(self) -> AccountApiWithStreamingResponse:
        from .api.account import AccountApiWithStreamingResponse

        return AccountApiWithStreamingResponse(self._client.account)

    @functools.cached_property
    def add_on_action(self) -> AddOnActionApiWithStreamingResponse:
        from .api.add_on_action import AddOnActionApiWithStreamingResponse

        return AddOnActionApiWithStreamingResponse(self._client.add_on_action)

    @functools.cached_property
    def add_on_attachments(self) -> AddOnAttachmentsApiWithStreamingResponse:
        from .api.add_on_attachments import AddOnAttachmentsApiWithStreamingResponse

        return AddOnAttachmentsApiWithStreamingResponse(self._client.add_on_attachments)

    @functools.cached_property
    def add_on_configs(self) -> AddOnConfigsApiWithStreamingResponse:
        from .api.add_on_configs import AddOnConfigsApiWithStreamingResponse

        return AddOnConfigsApiWithStreamingResponse(self._client.add_on_configs)

    @functools.cached_property
    def add_on_region_capabilities(self) -> AddOnRegionCapabilitiesApiWithStreamingResponse:
        from .api.add_on_region_capabilities import AddOnRegionCapabilitiesApiWithStreamingResponse

        return AddOnRegionCapabilitiesApiWithStreamingResponse(
            self._client.add_on_region_capabilities
        )

    @functools.cached_property
    def add_on_services(self) -> AddOnServicesApiWithStreamingResponse:
        from .api.add_on_services import AddOnServicesApiWithStreamingResponse

        return AddOnServicesApiWithStreamingResponse(self._client.add_on_services)

    @functools.cached_property
    def add_on_webhook_deliveries(self) -> AddOnWebhookDeliveriesApiWithStreamingResponse:
        from .api.add_on_webhook_deliveries import AddOnWebhookDeliveriesApiWithStreamingResponse

        return AddOnWebhookDeliveriesApiWithStreamingResponse(
            self._client.add_on_webhook_deliveries
        )

    @functools.cached_property
    def add_on_webhook_events(self) -> AddOnWebhookEventsApiWithStreamingResponse:
        from .api.add_on_webhook_events import AddOnWebhookEventsApiWithStreamingResponse

        return AddOnWebhookEventsApiWithStreamingResponse(self._client.add_on_webhook_events)

    @functools.cached_property
    def add_on_webhooks(self) -> AddOnWebhooksApiWithStreamingResponse:
        from .api.add_on_webhooks import AddOnWebhooksApiWithStreamingResponse

        return AddOnWebhooksApiWithStreamingResponse(self._client.add_on_webhooks)

    @functools.cached_property
    def add_ons(self) -> AddOnsApiWithStreamingResponse:
        from .api.add_ons import AddOnsApiWithStreamingResponse

        return AddOnsApiWithStreamingResponse(self._client.add_ons)

    @functools.cached_property
    def allowed_add_on_services(self) -> AllowedAddOnServicesApiWithStreamingResponse:
        from .api.allowed_add_on_services import AllowedAddOnServicesApiWithStreamingResponse

        return AllowedAddOnServicesApiWithStreamingResponse(self._client.allowed_add_on_services)

    @functools.cached_property
    def app_features(self) -> AppFeaturesApiWithStreamingResponse:
        from .api.app_features import AppFeaturesApiWithStreamingResponse

        return AppFeaturesApiWithStreamingResponse(self._client.app_features)

    @functools.cached_property
    def app_setups(self) -> AppSetupsApiWithStreamingResponse:
        from .api.app_setups import AppSetupsApiWithStreamingResponse

        return AppSetupsApiWithStreamingResponse(self._client.app_setups)

    @functools.cached_property
    def app_transfers(self) -> AppTransfersApiWithStreamingResponse:
        from .api.app_transfers import AppTransfersApiWithStreamingResponse

        return AppTransfersApiWithStreamingResponse(self._client.app_transfers)

    @functools.cached_property
    def app_webhook_deliveries(self) -> AppWebhookDeliveriesApiWithStreamingResponse:
        from .api.app_webhook_deliveries import AppWebhookDeliveriesApiWithStreamingResponse

        return AppWebhookDeliveriesApiWithStreamingResponse(self._client.app_webhook_deliveries)

    @functools.cached_property
    def app_webhook_events(self) -> AppWebhookEventsApiWithStreamingResponse:
        from .api.app_webhook_events import AppWebhookEventsApiWithStreamingResponse

        return AppWebhookEventsApiWithStreamingResponse(self._client.app_webhook_events)

    @functools.cached_property
    def app_webhooks(self) -> AppWebhooksApiWithStreamingResponse:
        from .api.app_webhooks import AppWebhooksApiWithStreamingResponse

        return AppWebhooksApiWithStreamingResponse(self._client.app_webhooks)

    @functools.cached_property
    def apps(self) -> AppsApiWithStreamingResponse:
        from .api.apps import AppsApiWithStreamingResponse

        return AppsApiWithStreamingResponse(self._client.apps)

    @functools.cached_property
    def audit_trail_archives(self) -> AuditTrailArchivesApiWithStreamingResponse:
        from .api.audit_trail_archives import AuditTrailArchivesApiWithStreamingResponse

        return AuditTrailArchivesApiWithStreamingResponse(self._client.audit_trail_archives)

    @functools.cached_property
    def audit_trail_events(self) -> AuditTrailEventsApiWithStreamingResponse:
        from .api.audit_trail_events import AuditTrailEventsApiWithStreamingResponse

        return AuditTrailEventsApiWithStreamingResponse(self._client.audit_trail_events)

    @functools.cached_property
    def builds(self) -> BuildsApiWithStreamingResponse:
        from .api.builds import BuildsApiWithStreamingResponse

        return BuildsApiWithStreamingResponse(self._client.builds)

    @functools.cached_property
    def buildpack_installations(self) -> BuildpackInstallationsApiWithStreamingResponse:
        from .api.buildpack_installations import BuildpackInstallationsApiWithStreamingResponse

        return BuildpackInstallationsApiWithStreamingResponse(self._client.buildpack_installations)

    @functools.cached_property
    def collaborators(self) -> CollaboratorsApiWithStreamingResponse:
        from .api.collaborators import CollaboratorsApiWithStreamingResponse

        return CollaboratorsApiWithStreamingResponse(self._client.collaborators)

    @functools.cached_property
    def config_vars(self) -> ConfigVarsApiWithStreamingResponse:
        from .api.config_vars import ConfigVarsApiWithStreamingResponse

        return ConfigVarsApiWithStreamingResponse(self._client.config_vars)

    @functools.cached_property
    def credits(self) -> CreditsApiWithStreamingResponse:
        from .api.credits import CreditsApiWithStreamingResponse

        return CreditsApiWithStreamingResponse(self._client.credits)

    @functools.cached_property
    def domains(self) -> DomainsApiWithStreamingResponse:
        from .api.domains import DomainsApiWithStreamingResponse

        return DomainsApiWithStreamingResponse(self._client.domains)

    @functools.cached_property
    def dyno_sizes(self) -> DynoSizesApiWithStreamingResponse:
        from .api.dyno_sizes import DynoSizesApiWithStreamingResponse

        return DynoSizesApiWithStreamingResponse(self._client.dyno_sizes)

    @functools.cached_property
    def dynos(self) -> DynosApiWithStreamingResponse:
        from .api.dynos import DynosApiWithStreamingResponse

        return DynosApiWithStreamingResponse(self._client.dynos)

    @functools.cached_property
    def enterprise_account_daily_usages(
        self,
    ) -> EnterpriseAccountDailyUsagesApiWithStreamingResponse:
        from .api.enterprise_account_daily_usages import (
            EnterpriseAccountDailyUsagesApiWithStreamingResponse,
        )

        return EnterpriseAccountDailyUsagesApiWithStreamingResponse(
            self._client.enterprise_account_daily_usages
        )

    @functools.cached_property
    def enterprise_account_members(self) -> EnterpriseAccountMembersApiWithStreamingResponse:
        from .api.enterprise_account_members import EnterpriseAccountMembersApiWithStreamingResponse

        return EnterpriseAccountMembersApiWithStreamingResponse(
            self._client.enterprise_account_members
        )

    @functools.cached_property
    def enterprise_account_monthly_usages(
        self,
    ) -> EnterpriseAccountMonthlyUsagesApiWithStreamingResponse:
        from .api.enterprise_account_monthly_usages import (
            EnterpriseAccountMonthlyUsagesApiWithStreamingResponse,
        )

        return EnterpriseAccountMonthlyUsagesApiWithStreamingResponse(
            self._client.enterprise_account_monthly_usages
        )

    @functools.cached_property
    def enterprise_accounts(self) -> EnterpriseAccountsApiWithStreamingResponse:
        from .api.enterprise_accounts import EnterpriseAccountsApiWithStreamingResponse

        return EnterpriseAccountsApiWithStreamingResponse(self._client.enterprise_accounts)

    @functools.cached_property
    def filters(self) -> FiltersApiWithStreamingResponse:
        from .api.filters import FiltersApiWithStreamingResponse

        return FiltersApiWithStreamingResponse(self._client.filters)

    @functools.cached_property
    def formation(self) -> FormationApiWithStreamingResponse:
        from .api.formation import FormationApiWithStreamingResponse

        return FormationApiWithStreamingResponse(self._client.formation)

    @functools.cached_property
    def generations(self) -> GenerationsApiWithStreamingResponse:
        from .api.generations import GenerationsApiWithStreamingResponse

        return GenerationsApiWithStreamingResponse(self._client.generations)

    @functools.cached_property
    def identity_providers(self) -> IdentityProvidersApiWithStreamingResponse:
        from .api.identity_providers import IdentityProvidersApiWithStreamingResponse

        return IdentityProvidersApiWithStreamingResponse(self._client.identity_providers)

    @functools.cached_property
    def inbound_rulesets(self) -> InboundRulesetsApiWithStreamingResponse:
        from .api.inbound_rulesets import InboundRulesetsApiWithStreamingResponse

        return InboundRulesetsApiWithStreamingResponse(self._client.inbound_rulesets)

    @functools.cached_property
    def invoice_address(self) -> InvoiceAddressApiWithStreamingResponse:
        from .api.invoice_address import InvoiceAddressApiWithStreamingResponse

        return InvoiceAddressApiWithStreamingResponse(self._client.invoice_address)

    @functools.cached_property
    def invoices(self) -> InvoicesApiWithStreamingResponse:
        from .api.invoices import InvoicesApiWithStreamingResponse

        return InvoicesApiWithStreamingResponse(self._client.invoices)

    @functools.cached_property
    def keys(self) -> KeysApiWithStreamingResponse:
        from .api.keys import KeysApiWithStreamingResponse

        return KeysApiWithStreamingResponse(self._client.keys)

    @functools.cached_property
    def log_drains(self) -> LogDrainsApiWithStreamingResponse:
        from .api.log_drains import LogDrainsApiWithStreamingResponse

        return LogDrainsApiWithStreamingResponse(self._client.log_drains)

    @functools.cached_property
    def log_sessions(self) -> LogSessionsApiWithStreamingResponse:
        from .api.log_sessions import LogSessionsApiWithStreamingResponse

        return LogSessionsApiWithStreamingResponse(self._client.log_sessions)

    @functools.cached_property
    def o_auth_authorizations(self) -> OAuthAuthorizationsApiWithStreamingResponse:
        from .api.o_auth_authorizations import OAuthAuthorizationsApiWithStreamingResponse

        return OAuthAuthorizationsApiWithStreamingResponse(self._client.o_auth_authorizations)

    @functools.cached_property
    def o_auth_clients(self) -> OAuthClientsApiWithStreamingResponse:
        from .api.o_auth_clients import OAuthClientsApiWithStreamingResponse

        return OAuthClientsApiWithStreamingResponse(self._client.o_auth_clients)

    @functools.cached_property
    def o_auth_tokens(self) -> OAuthTokensApiWithStreamingResponse:
        from .api.o_auth_tokens import OAuthTokensApiWithStreamingResponse

        return OAuthTokensApiWithStreamingResponse(self._client.o_auth_tokens)

    @functools.cached_property
    def oci_images(self) -> OCIImagesApiWithStreamingResponse:
        from .api.oci_images import OCIImagesApiWithStreamingResponse

        return OCIImagesApiWithStreamingResponse(self._client.oci_images)

    @functools.cached_property
    def password_reset(self) -> PasswordResetApiWithStreamingResponse:
        from .api.password_reset import PasswordResetApiWithStreamingResponse

        return PasswordResetApiWithStreamingResponse(self._client.password_reset)

    @functools.cached_property
    def peering_info(self) -> PeeringInfoApiWithStreamingResponse:
        from .api.peering_info import PeeringInfoApiWithStreamingResponse

        return PeeringInfoApiWithStreamingResponse(self._client.peering_info)

    @functools.cached_property
    def peerings(self) -> PeeringsApiWithStreamingResponse:
        from .api.peerings import PeeringsApiWithStreamingResponse

        return PeeringsApiWithStreamingResponse(self._client.peerings)

    @functools.cached_property
    def permission_entities(self) -> PermissionEntitiesApiWithStreamingResponse:
        from .api.permission_entities import PermissionEntitiesApiWithStreamingResponse

        return PermissionEntitiesApiWithStreamingResponse(self._client.permission_entities)

    @functools.cached_property
    def pipeline_builds(self) -> PipelineBuildsApiWithStreamingResponse:
        from .api.pipeline_builds import PipelineBuildsApiWithStreamingResponse

        return PipelineBuildsApiWithStreamingResponse(self._client.pipeline_builds)

    @functools.cached_property
    def pipeline_config_vars(self) -> PipelineConfigVarsApiWithStreamingResponse:
        from .api.pipeline_config_vars import PipelineConfigVarsApiWithStreamingResponse

        return PipelineConfigVarsApiWithStreamingResponse(self._client.pipeline_config_vars)

    @functools.cached_property
    def pipeline_couplings(self) -> PipelineCouplingsApiWithStreamingResponse:
        from .api.pipeline_couplings import PipelineCouplingsApiWithStreamingResponse

        return PipelineCouplingsApiWithStreamingResponse(self._client.pipeline_couplings)

    @functools.cached_property
    def pipeline_deployments(self) -> PipelineDeploymentsApiWithStreamingResponse:
        from .api.pipeline_deployments import PipelineDeploymentsApiWithStreamingResponse

        return PipelineDeploymentsApiWithStreamingResponse(self._client.pipeline_deployments)

    @functools.cached_property
    def pipeline_promotion_targets(self) -> PipelinePromotionTargetsApiWithStreamingResponse:
        from .api.pipeline_promotion_targets import PipelinePromotionTargetsApiWithStreamingResponse

        return PipelinePromotionTargetsApiWithStreamingResponse(
            self._client.pipeline_promotion_targets
        )

    @functools.cached_property
    def pipeline_promotions(self) -> PipelinePromotionsApiWithStreamingResponse:
        from .api.pipeline_promotions import PipelinePromotionsApiWithStreamingResponse

        return PipelinePromotionsApiWithStreamingResponse(self._client.pipeline_promotions)

    @functools.cached_property
    def pipeline_releases(self) -> PipelineReleasesApiWithStreamingResponse:
        from .api.pipeline_releases import PipelineReleasesApiWithStreamingResponse

        return PipelineReleasesApiWithStreamingResponse(self._client.pipeline_releases)

    @functools.cached_property
    def pipeline_stack(self) -> PipelineStackApiWithStreamingResponse:
        from .api.pipeline_stack import PipelineStackApiWithStreamingResponse

        return PipelineStackApiWithStreamingResponse(self._client.pipeline_stack)

    @functools.cached_property
    def pipeline_transfers(self) -> PipelineTransfersApiWithStreamingResponse:
        from .api.pipeline_transfers import PipelineTransfersApiWithStreamingResponse

        return PipelineTransfersApiWithStreamingResponse(self._client.pipeline_transfers)

    @functools.cached_property
    def pipelines(self) -> PipelinesApiWithStreamingResponse:
        from .api.pipelines import PipelinesApiWithStreamingResponse

        return PipelinesApiWithStreamingResponse(self._client.pipelines)

    @functools.cached_property
    def plans(self) -> PlansApiWithStreamingResponse:
        from .api.plans import PlansApiWithStreamingResponse

        return PlansApiWithStreamingResponse(self._client.plans)

    @functools.cached_property
    def rate_limit(self) -> RateLimitApiWithStreamingResponse:
        from .api.rate_limit import RateLimitApiWithStreamingResponse

        return RateLimitApiWithStreamingResponse(self._client.rate_limit)

    @functools.cached_property
    def regions(self) -> RegionsApiWithStreamingResponse:
        from .api.regions import RegionsApiWithStreamingResponse

        return RegionsApiWithStreamingResponse(self._client.regions)

    @functools.cached_property
    def releases(self) -> ReleasesApiWithStreamingResponse:
        from .api.releases import ReleasesApiWithStreamingResponse

        return ReleasesApiWithStreamingResponse(self._client.releases)

    @functools.cached_property
    def review_apps(self) -> ReviewAppsApiWithStreamingResponse:
        from .api.review_apps import ReviewAppsApiWithStreamingResponse

        return ReviewAppsApiWithStreamingResponse(self._client.review_apps)

    @functools.cached_property
    def review_app_configurations(self) -> ReviewAppConfigurationsApiWithStreamingResponse:
        from .api.review_app_configurations import ReviewAppConfigurationsApiWithStreamingResponse

        return ReviewAppConfigurationsApiWithStreamingResponse(
            self._client.review_app_configurations
        )

    @functools.cached_property
    def slugs(self) -> SlugsApiWithStreamingResponse:
        from .api.slugs import SlugsApiWithStreamingResponse

        return SlugsApiWithStreamingResponse(self._client.slugs)

    @functools.cached_property
    def sms_number(self) -> SMSNumberApiWithStreamingResponse:
        from .api.sms_number import SMSNumberApiWithStreamingResponse

        return SMSNumberApiWithStreamingResponse(self._client.sms_number)

    @functools.cached_property
    def sni_endpoints(self) -> SNIEndpointsApiWithStreamingResponse:
        from .api.sni_endpoints import SNIEndpointsApiWithStreamingResponse

        return SNIEndpointsApiWithStreamingResponse(self._client.sni_endpoints)

    @functools.cached_property
    def sources(self) -> SourcesApiWithStreamingResponse:
        from .api.sources import SourcesApiWithStreamingResponse

        return SourcesApiWithStreamingResponse(self._client.sources)

    @functools.cached_property
    def space_accesses(self) -> SpaceAccessesApiWithStreamingResponse:
        from .api.space_accesses import SpaceAccessesApiWithStreamingResponse

        return SpaceAccessesApiWithStreamingResponse(self._client.space_accesses)

    @functools.cached_property
    def space_network_address_translation(
        self,
    ) -> SpaceNetworkAddressTranslationApiWithStreamingResponse:
        from .api.space_network_address_translation import (
            SpaceNetworkAddressTranslationApiWithStreamingResponse,
        )

        return SpaceNetworkAddressTranslationApiWithStreamingResponse(
            self._client.space_network_address_translation
        )

    @functools.cached_property
    def space_topology(self) -> SpaceTopologyApiWithStreamingResponse:
        from .api.space_topology import SpaceTopologyApiWithStreamingResponse

        return SpaceTopologyApiWithStreamingResponse(self._client.space_topology)

    @functools.cached_property
    def space_transfer(self) -> SpaceTransferApiWithStreamingResponse:
        from .api.space_transfer import SpaceTransferApiWithStreamingResponse

        return SpaceTransferApiWithStreamingResponse(self._client.space_transfer)

    @functools.cached_property
    def spaces(self) -> SpacesApiWithStreamingResponse:
        from .api.spaces import SpacesApiWithStreamingResponse

        return SpacesApiWithStreamingResponse(self._client.spaces)

    @functools.cached_property
    def stacks(self) -> StacksApiWithStreamingResponse:
        from .api.stacks import StacksApiWithStreamingResponse

        return StacksApiWithStreamingResponse(self._client.stacks)

    @functools.cached_property
    def team_add_ons(self) -> TeamAddOnsApiWithStreamingResponse:
        from .api.team_add_ons import TeamAddOnsApiWithStreamingResponse

        return TeamAddOnsApiWithStreamingResponse(self._client.team_add_ons)

    @functools.cached_property
    def team_app_collaborators(self) -> TeamAppCollaboratorsApiWithStreamingResponse:
        from .api.team_app_collaborators import TeamAppCollaboratorsApiWithStreamingResponse

        return TeamAppCollaboratorsApiWithStreamingResponse(self._client.team_app_collaborators)

    @functools.cached_property
    def team_app_permissions(self) -> TeamAppPermissionsApiWithStreamingResponse:
        from .api.team_app_permissions import TeamAppPermissionsApiWithStreamingResponse

        return TeamAppPermissionsApiWithStreamingResponse(self._client.team_app_permissions)

    @functools.cached_property
    def team_apps(self) -> TeamAppsApiWithStreamingResponse:
        from .api.team_apps import TeamAppsApiWithStreamingResponse

        return TeamAppsApiWithStreamingResponse(self._client.team_apps)

    @functools.cached_property
    def team_daily_usages(self) -> TeamDailyUsagesApiWithStreamingResponse:
        from .api.team_daily_usages import TeamDailyUsagesApiWithStreamingResponse

        return TeamDailyUsagesApiWithStreamingResponse(self._client.team_daily_usages)

    @functools.cached_property
    def team_delinquency(self) -> TeamDelinquencyApiWithStreamingResponse:
        from .api.team_delinquency import TeamDelinquencyApiWithStreamingResponse

        return TeamDelinquencyApiWithStreamingResponse(self._client.team_delinquency)

    @functools.cached_property
    def team_features(self) -> TeamFeaturesApiWithStreamingResponse:
        from .api.team_features import TeamFeaturesApiWithStreamingResponse

        return TeamFeaturesApiWithStreamingResponse(self._client.team_features)

    @functools.cached_property
    def team_invitations(self) -> TeamInvitationsApiWithStreamingResponse:
        from .api.team_invitations import TeamInvitationsApiWithStreamingResponse

        return TeamInvitationsApiWithStreamingResponse(self._client.team_invitations)

    @functools.cached_property
    def team_invoices(self) -> TeamInvoicesApiWithStreamingResponse:
        from .api.team_invoices import TeamInvoicesApiWithStreamingResponse

        return TeamInvoicesApiWithStreamingResponse(self._client.team_invoices)

    @functools.cached_property
    def team_members(self) -> TeamMembersApiWithStreamingResponse:
        from .api.team_members import TeamMembersApiWithStreamingResponse

        return TeamMembersApiWithStreamingResponse(self._client.team_members)

    @functools.cached_property
    def team_monthly_usages(self) -> TeamMonthlyUsagesApiWithStreamingResponse:
        from .api.team_monthly_usages import TeamMonthlyUsagesApiWithStreamingResponse

        return TeamMonthlyUsagesApiWithStreamingResponse(self._client.team_monthly_usages)

    @functools.cached_property
    def team_preferences(self) -> TeamPreferencesApiWithStreamingResponse:
        from .api.team_preferences import TeamPreferencesApiWithStreamingResponse

        return TeamPreferencesApiWithStreamingResponse(self._client.team_preferences)

    @functools.cached_property
    def team_spaces(self) -> TeamSpacesApiWithStreamingResponse:
        from .api.team_spaces import TeamSpacesApiWithStreamingResponse

        return TeamSpacesApiWithStreamingResponse(self._client.team_spaces)

    @functools.cached_property
    def teams(self) -> TeamsApiWithStreamingResponse:
        from .api.teams import TeamsApiWithStreamingResponse

        return TeamsApiWithStreamingResponse(self._client.teams)

    @functools.cached_property
    def telemetry_drains(self) -> TelemetryDrainsApiWithStreamingResponse:
        from .api.telemetry_drains import TelemetryDrainsApiWithStreamingResponse

        return TelemetryDrainsApiWithStreamingResponse(self._client.telemetry_drains)

    @functools.cached_property
    def test_cases(self) -> TestCasesApiWithStreamingResponse:
        from .api.test_cases import TestCasesApiWithStreamingResponse

        return TestCasesApiWithStreamingResponse(self._client.test_cases)

    @functools.cached_property
    def test_nodes(self) -> TestNodesApiWithStreamingResponse:
        from .api.test_nodes import TestNodesApiWithStreamingResponse

        return TestNodesApiWithStreamingResponse(self._client.test_nodes)

    @functools.cached_property
    def test_runs(self) -> TestRunsApiWithStreamingResponse:
        from .api.test_runs import TestRunsApiWithStreamingResponse

        return TestRunsApiWithStreamingResponse(self._client.test_runs)

    @functools.cached_property
    def user_preferences(self) -> UserPreferencesApiWithStreamingResponse:
        from .api.user_preferences import UserPreferencesApiWithStreamingResponse

        return UserPreferencesApiWithStreamingResponse(self._client.user_preferences)

    @functools.cached_property
    def private_spaces_vp_ns(self) -> PrivateSpacesVPNsApiWithStreamingResponse:
        from .api.private_spaces_vp_ns import PrivateSpacesVPNsApiWithStreamingResponse

        return PrivateSpacesVPNsApiWithStreamingResponse(self._client.private_spaces_vp_ns)


class AsyncClient(_rt.AsyncBaseClient, conventions=Client):
    """Asynchronous client for the Heroku Platform API.

    The same resources and methods as ``Client``, awaited (lists are
    iterated with ``async for``), on ``httpx`` (``pip install heroku-platform-api[async]``).
    It speaks the API as ``Client`` does (its conventions are ``Client``'s)
    and takes the same settings, but ``retries`` is a count, ``token`` may also
    be an async function returning the token (awaited once) and
    ``http_client`` replaces ``session``.  Share one client between the tasks
    of an event loop; ``async with AsyncClient() as client:`` closes its
    connections.
    """

    def __init__(
        self,
        token: _rt.AsyncToken = None,
        *,
        base_url: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: _rt.Timeout = (10.0, 60.0),
        retries: int = 3,
        backoff_factor: float = 0.5,
        pool_size: int = 10,
        http_client: Optional[httpx.AsyncClient] = None,
        deadline: float = 300.0,
        max_response_bytes: int = 64 * 1024 * 1024,
        max_retry_after: float = 60.0,
        strict: bool = False,
    ) -> None:
        super().__init__(
            token,
            base_url=base_url,
            headers=headers,
            timeout=timeout,
            retries=retries,
            backoff_factor=backoff_factor,
            pool_size=pool_size,
            http_client=http_client,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            max_retry_after=max_retry_after,
            strict=strict,
        )

    @functools.cached_property
    def account_delinquency(self) -> AsyncAccountDelinquencyApi:
        """A Heroku account becomes delinquent due to non-payment. We [suspend and delete](https://help.heroku.com/EREVRILX/what-happens-if-i-have-unpaid-heroku-invoices) delinquent accounts if their invoices remain unpaid."""
        from .api.account_delinquency import AsyncAccountDelinquencyApi

        return AsyncAccountDelinquencyApi(self)

    @functools.cached_property
    def account_features(self) -> AsyncAccountFeaturesApi:
        """An account feature represents a Heroku labs capability that can be enabled or disabled for an account on Heroku."""
        from .api.account_features import AsyncAccountFeaturesApi

        return AsyncAccountFeaturesApi(self)

    @functools.cached_property
    def account(self) -> AsyncAccountApi:
        """An account represents an individual signed up to use the Heroku platform."""
        from .api.account import AsyncAccountApi

        return AsyncAccountApi(self)

    @functools.cached_property
    def add_on_action(self) -> AsyncAddOnActionApi:
        """Add-on Actions are lifecycle operations for add-on provisioning and deprovisioning. They allow add-on providers to (de)provision add-ons in the background and then report back when (de)provisioning is complete."""
        from .api.add_on_action import AsyncAddOnActionApi

        return AsyncAddOnActionApi(self)

    @functools.cached_property
    def add_on_attachments(self) -> AsyncAddOnAttachmentsApi:
        """An add-on attachment represents a connection between an app and an add-on that it has been given access to."""
        from .api.add_on_attachments import AsyncAddOnAttachmentsApi

        return AsyncAddOnAttachmentsApi(self)

    @functools.cached_property
    def add_on_configs(self) -> AsyncAddOnConfigsApi:
        """Configuration of an Add-on"""
        from .api.add_on_configs import AsyncAddOnConfigsApi

        return AsyncAddOnConfigsApi(self)

    @functools.cached_property
    def add_on_region_capabilities(self) -> AsyncAddOnRegionCapabilitiesApi:
        """Add-on region capabilities represent the relationship between an Add-on Service and a specific Region. Only Beta and GA add-ons are returned by these endpoints."""
        from .api.add_on_region_capabilities import AsyncAddOnRegionCapabilitiesApi

        return AsyncAddOnRegionCapabilitiesApi(self)

    @functools.cached_property
    def add_on_services(self) -> AsyncAddOnServicesApi:
        """Add-on services represent add-ons that may be provisioned for apps. Endpoints under add-on services can be accessed without authentication."""
        from .api.add_on_services import AsyncAddOnServicesApi

        return AsyncAddOnServicesApi(self)

    @functools.cached_property
    def add_on_webhook_deliveries(self) -> AsyncAddOnWebhookDeliveriesApi:
        """Represents the delivery of a webhook notification, including its current status."""
        from .api.add_on_webhook_deliveries import AsyncAddOnWebhookDeliveriesApi

        return AsyncAddOnWebhookDeliveriesApi(self)

    @functools.cached_property
    def add_on_webhook_events(self) -> AsyncAddOnWebhookEventsApi:
        """Represents a webhook event that occurred."""
        from .api.add_on_webhook_events import AsyncAddOnWebhookEventsApi

        return AsyncAddOnWebhookEventsApi(self)

    @functools.cached_property
    def add_on_webhooks(self) -> AsyncAddOnWebhooksApi:
        """Represents the details of a webhook subscription"""
        from .api.add_on_webhooks import AsyncAddOnWebhooksApi

        return AsyncAddOnWebhooksApi(self)

    @functools.cached_property
    def add_ons(self) -> AsyncAddOnsApi:
        """Add-ons represent add-ons that have been provisioned and attached to one or more apps."""
        from .api.add_ons import AsyncAddOnsApi

        return AsyncAddOnsApi(self)

    @functools.cached_property
    def allowed_add_on_services(self) -> AsyncAllowedAddOnServicesApi:
        """Entities that have been allowed to be used by a Team"""
        from .api.allowed_add_on_services import AsyncAllowedAddOnServicesApi

        return AsyncAllowedAddOnServicesApi(self)

    @functools.cached_property
    def app_features(self) -> AsyncAppFeaturesApi:
        """An app feature represents a Heroku labs capability that can be enabled or disabled for an app on Heroku."""
        from .api.app_features import AsyncAppFeaturesApi

        return AsyncAppFeaturesApi(self)

    @functools.cached_property
    def app_setups(self) -> AsyncAppSetupsApi:
        """An app setup represents an app on Heroku that is setup using an environment, addons, and scripts described in an app.json manifest file."""
        from .api.app_setups import AsyncAppSetupsApi

        return AsyncAppSetupsApi(self)

    @functools.cached_property
    def app_transfers(self) -> AsyncAppTransfersApi:
        """An app transfer represents a two party interaction for transferring ownership of an app."""
        from .api.app_transfers import AsyncAppTransfersApi

        return AsyncAppTransfersApi(self)

    @functools.cached_property
    def app_webhook_deliveries(self) -> AsyncAppWebhookDeliveriesApi:
        """Represents the delivery of a webhook notification, including its current status."""
        from .api.app_webhook_deliveries import AsyncAppWebhookDeliveriesApi

        return AsyncAppWebhookDeliveriesApi(self)

    @functools.cached_property
    def app_webhook_events(self) -> AsyncAppWebhookEventsApi:
        """Represents a webhook event that occurred."""
        from .api.app_webhook_events import AsyncAppWebhookEventsApi

        return AsyncAppWebhookEventsApi(self)

    @functools.cached_property
    def app_webhooks(self) -> AsyncAppWebhooksApi:
        """Represents the details of a webhook subscription"""
        from .api.app_webhooks import AsyncAppWebhooksApi

        return AsyncAppWebhooksApi(self)

    @functools.cached_property
    def apps(self) -> AsyncAppsApi:
        """An app represents the program that you would like to deploy and run on Heroku."""
        from .api.apps import AsyncAppsApi

        return AsyncAppsApi(self)

    @functools.cached_property
    def audit_trail_archives(self) -> AsyncAuditTrailArchivesApi:
        """An audit trail archive represents a monthly json zipped file containing events"""
        from .api.audit_trail_archives import AsyncAuditTrailArchivesApi

        return AsyncAuditTrailArchivesApi(self)

    @functools.cached_property
    def audit_trail_events(self) -> AsyncAuditTrailEventsApi:
        """An audit trail event represents some action on the platform"""
        from .api.audit_trail_events import AsyncAuditTrailEventsApi

        return AsyncAuditTrailEventsApi(self)

    @functools.cached_property
    def builds(self) -> AsyncBuildsApi:
        """A build represents the process of transforming a code tarball into build artifacts"""
        from .api.builds import AsyncBuildsApi

        return AsyncBuildsApi(self)

    @functools.cached_property
    def buildpack_installations(self) -> AsyncBuildpackInstallationsApi:
        """A buildpack installation represents a buildpack that will be run against an app."""
        from .api.buildpack_installations import AsyncBuildpackInstallationsApi

        return AsyncBuildpackInstallationsApi(self)

    @functools.cached_property
    def collaborators(self) -> AsyncCollaboratorsApi:
        """A collaborator represents an account that has been given access to an app on Heroku."""
        from .api.collaborators import AsyncCollaboratorsApi

        return AsyncCollaboratorsApi(self)

    @functools.cached_property
    def config_vars(self) -> AsyncConfigVarsApi:
        """Config Vars allow you to manage the configuration information provided to an app on Heroku."""
        from .api.config_vars import AsyncConfigVarsApi

        return AsyncConfigVarsApi(self)

    @functools.cached_property
    def credits(self) -> AsyncCreditsApi:
        """A credit represents value that will be used up before further charges are assigned to an account."""
        from .api.credits import AsyncCreditsApi

        return AsyncCreditsApi(self)

    @functools.cached_property
    def domains(self) -> AsyncDomainsApi:
        """Domains define what web routes should be routed to an app on Heroku."""
        from .api.domains import AsyncDomainsApi

        return AsyncDomainsApi(self)

    @functools.cached_property
    def dyno_sizes(self) -> AsyncDynoSizesApi:
        """Dyno sizes are the values and details of sizes that can be assigned to dynos. This information can also be found at : [https://devcenter.heroku.com/articles/dyno-types](https://devcenter.heroku.com/articles/dyno-types)."""
        from .api.dyno_sizes import AsyncDynoSizesApi

        return AsyncDynoSizesApi(self)

    @functools.cached_property
    def dynos(self) -> AsyncDynosApi:
        """Dynos encapsulate running processes of an app on Heroku. Detailed information about dyno sizes can be found at: [https://devcenter.heroku.com/articles/dyno-types](https://devcenter.heroku.com/articles/dyno-types)."""
        from .api.dynos import AsyncDynosApi

        return AsyncDynosApi(self)

    @functools.cached_property
    def enterprise_account_daily_usages(self) -> AsyncEnterpriseAccountDailyUsagesApi:
        """Usage for an enterprise account at a daily resolution."""
        from .api.enterprise_account_daily_usages import AsyncEnterpriseAccountDailyUsagesApi

        return AsyncEnterpriseAccountDailyUsagesApi(self)

    @functools.cached_property
    def enterprise_account_members(self) -> AsyncEnterpriseAccountMembersApi:
        """Enterprise account members are users with access to an enterprise account."""
        from .api.enterprise_account_members import AsyncEnterpriseAccountMembersApi

        return AsyncEnterpriseAccountMembersApi(self)

    @functools.cached_property
    def enterprise_account_monthly_usages(self) -> AsyncEnterpriseAccountMonthlyUsagesApi:
        """Usage for an enterprise account at a monthly resolution."""
        from .api.enterprise_account_monthly_usages import AsyncEnterpriseAccountMonthlyUsagesApi

        return AsyncEnterpriseAccountMonthlyUsagesApi(self)

    @functools.cached_property
    def enterprise_accounts(self) -> AsyncEnterpriseAccountsApi:
        """Enterprise accounts allow companies to manage their development teams and billing."""
        from .api.enterprise_accounts import AsyncEnterpriseAccountsApi

        return AsyncEnterpriseAccountsApi(self)

    @functools.cached_property
    def filters(self) -> AsyncFiltersApi:
        """Filters are special endpoints to allow for API consumers to specify a subset of resources to consume in order to reduce the number of requests that are performed.  Each filter endpoint endpoint is responsible for determining its supported request format.  The endpoints are over POST in order to handle large request bodies without hitting request uri query length limitations, but the requests themselves are idempotent and will not have side effects."""
        from .api.filters import AsyncFiltersApi

        return AsyncFiltersApi(self)

    @functools.cached_property
    def formation(self) -> AsyncFormationApi:
        """The formation of processes that should be maintained for an app. Update the formation to scale processes or change dyno sizes. Available process type names and commands are defined by the `process_types` attribute for the [slug](#slug) currently released on an app."""
        from .api.formation import AsyncFormationApi

        return AsyncFormationApi(self)

    @functools.cached_property
    def generations(self) -> AsyncGenerationsApi:
        """A generation represents a version of the Heroku platform that includes the app execution environment, routing, telemetry, and build systems."""
        from .api.generations import AsyncGenerationsApi

        return AsyncGenerationsApi(self)

    @functools.cached_property
    def identity_providers(self) -> AsyncIdentityProvidersApi:
        """Identity Providers represent the SAML configuration of teams or an Enterprise account"""
        from .api.identity_providers import AsyncIdentityProvidersApi

        return AsyncIdentityProvidersApi(self)

    @functools.cached_property
    def inbound_rulesets(self) -> AsyncInboundRulesetsApi:
        """An inbound-ruleset is a collection of rules that specify what hosts can or cannot connect to an application."""
        from .api.inbound_rulesets import AsyncInboundRulesetsApi

        return AsyncInboundRulesetsApi(self)

    @functools.cached_property
    def invoice_address(self) -> AsyncInvoiceAddressApi:
        """An invoice address represents the address that should be listed on an invoice."""
        from .api.invoice_address import AsyncInvoiceAddressApi

        return AsyncInvoiceAddressApi(self)

    @functools.cached_property
    def invoices(self) -> AsyncInvoicesApi:
        """An invoice is an itemized bill of goods for an account which includes pricing and charges."""
        from .api.invoices import AsyncInvoicesApi

        return AsyncInvoicesApi(self)

    @functools.cached_property
    def keys(self) -> AsyncKeysApi:
        """Keys represent public SSH keys associated with an account and are used to authorize accounts as they are performing git operations."""
        from .api.keys import AsyncKeysApi

        return AsyncKeysApi(self)

    @functools.cached_property
    def log_drains(self) -> AsyncLogDrainsApi:
        """[Log drains](https://devcenter.heroku.com/articles/log-drains) provide a way to forward your Heroku logs to an external syslog server for long-term archiving. This external service must be configured to receive syslog packets from Heroku, whereupon its URL can be added to an app using this API. Some add-ons will add a log drain when they are provisioned to an app. These drains can only be removed by removing the add-on."""
        from .api.log_drains import AsyncLogDrainsApi

        return AsyncLogDrainsApi(self)

    @functools.cached_property
    def log_sessions(self) -> AsyncLogSessionsApi:
        """A log session is a reference to the http based log stream for an app."""
        from .api.log_sessions import AsyncLogSessionsApi

        return AsyncLogSessionsApi(self)

    @functools.cached_property
    def o_auth_authorizations(self) -> AsyncOAuthAuthorizationsApi:
        """OAuth authorizations represent clients that a Heroku user has authorized to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)"""
        from .api.o_auth_authorizations import AsyncOAuthAuthorizationsApi

        return AsyncOAuthAuthorizationsApi(self)

    @functools.cached_property
    def o_auth_clients(self) -> AsyncOAuthClientsApi:
        """OAuth clients are applications that Heroku users can authorize to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)."""
        from .api.o_auth_clients import AsyncOAuthClientsApi

        return AsyncOAuthClientsApi(self)

    @functools.cached_property
    def o_auth_tokens(self) -> AsyncOAuthTokensApi:
        """OAuth tokens provide access for authorized clients to act on behalf of a Heroku user to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)"""
        from .api.o_auth_tokens import AsyncOAuthTokensApi

        return AsyncOAuthTokensApi(self)

    @functools.cached_property
    def oci_images(self) -> AsyncOCIImagesApi:
        """An OCI (Open Container Initiative) image is a standardized format for packaging and distributing containerized applications, ready to run on the platform."""
        from .api.oci_images import AsyncOCIImagesApi

        return AsyncOCIImagesApi(self)

    @functools.cached_property
    def password_reset(self) -> AsyncPasswordResetApi:
        """A password reset represents a in-process password reset attempt."""
        from .api.password_reset import AsyncPasswordResetApi

        return AsyncPasswordResetApi(self)

    @functools.cached_property
    def peering_info(self) -> AsyncPeeringInfoApi:
        """[Peering Info](https://devcenter.heroku.com/articles/private-space-peering) gives you the information necessary to peer an AWS VPC to a Private Space."""
        from .api.peering_info import AsyncPeeringInfoApi

        return AsyncPeeringInfoApi(self)

    @functools.cached_property
    def peerings(self) -> AsyncPeeringsApi:
        """[Peering](https://devcenter.heroku.com/articles/private-space-peering) provides a way to peer your Private Space VPC to another AWS VPC."""
        from .api.peerings import AsyncPeeringsApi

        return AsyncPeeringsApi(self)

    @functools.cached_property
    def permission_entities(self) -> AsyncPermissionEntitiesApi:
        """An owned entity including users' permissions."""
        from .api.permission_entities import AsyncPermissionEntitiesApi

        return AsyncPermissionEntitiesApi(self)

    @functools.cached_property
    def pipeline_builds(self) -> AsyncPipelineBuildsApi:
        """Information about the latest builds of apps in a pipeline. A build represents the process of transforming code into build artifacts."""
        from .api.pipeline_builds import AsyncPipelineBuildsApi

        return AsyncPipelineBuildsApi(self)

    @functools.cached_property
    def pipeline_config_vars(self) -> AsyncPipelineConfigVarsApi:
        """Pipeline config vars in Heroku CI and review apps used to manage the configuration information for a pipeline."""
        from .api.pipeline_config_vars import AsyncPipelineConfigVarsApi

        return AsyncPipelineConfigVarsApi(self)

    @functools.cached_property
    def pipeline_couplings(self) -> AsyncPipelineCouplingsApi:
        """Information about an app's coupling to a pipeline"""
        from .api.pipeline_couplings import AsyncPipelineCouplingsApi

        return AsyncPipelineCouplingsApi(self)

    @functools.cached_property
    def pipeline_deployments(self) -> AsyncPipelineDeploymentsApi:
        """Information about the latest deployment of each app in a pipeline. A deployment is the process of moving the build artifacts to a target environment."""
        from .api.pipeline_deployments import AsyncPipelineDeploymentsApi

        return AsyncPipelineDeploymentsApi(self)

    @functools.cached_property
    def pipeline_promotion_targets(self) -> AsyncPipelinePromotionTargetsApi:
        """Promotion targets represent an individual app being promoted to"""
        from .api.pipeline_promotion_targets import AsyncPipelinePromotionTargetsApi

        return AsyncPipelinePromotionTargetsApi(self)

    @functools.cached_property
    def pipeline_promotions(self) -> AsyncPipelinePromotionsApi:
        """Promotions allow you to move code from an app in a pipeline to all targets"""
        from .api.pipeline_promotions import AsyncPipelinePromotionsApi

        return AsyncPipelinePromotionsApi(self)

    @functools.cached_property
    def pipeline_releases(self) -> AsyncPipelineReleasesApi:
        """Information about the latest release of each app in a pipeline. A release makes a deployment available to end-users."""
        from .api.pipeline_releases import AsyncPipelineReleasesApi

        return AsyncPipelineReleasesApi(self)

    @functools.cached_property
    def pipeline_stack(self) -> AsyncPipelineStackApi:
        """A pipeline's stack is determined by the apps in the pipeline. This is used during creation of CI and Review Apps that have no stack defined in app.json"""
        from .api.pipeline_stack import AsyncPipelineStackApi

        return AsyncPipelineStackApi(self)

    @functools.cached_property
    def pipeline_transfers(self) -> AsyncPipelineTransfersApi:
        """A pipeline transfer is the process of changing pipeline ownership along with the contained apps."""
        from .api.pipeline_transfers import AsyncPipelineTransfersApi

        return AsyncPipelineTransfersApi(self)

    @functools.cached_property
    def pipelines(self) -> AsyncPipelinesApi:
        """A pipeline allows grouping of apps into different stages."""
        from .api.pipelines import AsyncPipelinesApi

        return AsyncPipelinesApi(self)

    @functools.cached_property
    def plans(self) -> AsyncPlansApi:
        """Plans represent different configurations of add-ons that may be added to apps. Endpoints under add-on services can be accessed without authentication."""
        from .api.plans import AsyncPlansApi

        return AsyncPlansApi(self)

    @functools.cached_property
    def rate_limit(self) -> AsyncRateLimitApi:
        """Rate Limit represents the number of request tokens each account holds. Requests to this endpoint do not count towards the rate limit."""
        from .api.rate_limit import AsyncRateLimitApi

        return AsyncRateLimitApi(self)

    @functools.cached_property
    def regions(self) -> AsyncRegionsApi:
        """A region represents a geographic location in which your application may run."""
        from .api.regions import AsyncRegionsApi

        return AsyncRegionsApi(self)

    @functools.cached_property
    def releases(self) -> AsyncReleasesApi:
        """A release represents a combination of code, config vars and add-ons for an app on Heroku."""
        from .api.releases import AsyncReleasesApi

        return AsyncReleasesApi(self)

    @functools.cached_property
    def review_apps(self) -> AsyncReviewAppsApi:
        """An ephemeral app to review a set of changes"""
        from .api.review_apps import AsyncReviewAppsApi

        return AsyncReviewAppsApi(self)

    @functools.cached_property
    def review_app_configurations(self) -> AsyncReviewAppConfigurationsApi:
        """Review apps can be configured for pipelines."""
        from .api.review_app_configurations import AsyncReviewAppConfigurationsApi

        return AsyncReviewAppConfigurationsApi(self)

    @functools.cached_property
    def slugs(self) -> AsyncSlugsApi:
        """A slug is a snapshot of your application code that is ready to run on the platform."""
        from .api.slugs import AsyncSlugsApi

        return AsyncSlugsApi(self)

    @functools.cached_property
    def sms_number(self) -> AsyncSMSNumberApi:
        """SMS numbers are used for recovery on accounts with two-factor authentication enabled."""
        from .api.sms_number import AsyncSMSNumberApi

        return AsyncSMSNumberApi(self)

    @functools.cached_property
    def sni_endpoints(self) -> AsyncSNIEndpointsApi:
        """SNI Endpoint is a public address serving a custom SSL cert for HTTPS traffic, using the SNI TLS extension, to a Heroku app."""
        from .api.sni_endpoints import AsyncSNIEndpointsApi

        return AsyncSNIEndpointsApi(self)

    @functools.cached_property
    def sources(self) -> AsyncSourcesApi:
        """A source is a location for uploading and downloading an application's source code."""
        from .api.sources import AsyncSourcesApi

        return AsyncSourcesApi(self)

    @functools.cached_property
    def space_accesses(self) -> AsyncSpaceAccessesApi:
        """Space access represents the permissions a particular user has on a particular space."""
        from .api.space_accesses import AsyncSpaceAccessesApi

        return AsyncSpaceAccessesApi(self)

    @functools.cached_property
    def space_network_address_translation(self) -> AsyncSpaceNetworkAddressTranslationApi:
        """Network address translation (NAT) for stable outbound IP addresses from a space"""
        from .api.space_network_address_translation import AsyncSpaceNetworkAddressTranslationApi

        return AsyncSpaceNetworkAddressTranslationApi(self)

    @functools.cached_property
    def space_topology(self) -> AsyncSpaceTopologyApi:
        """Space Topology provides you with a mechanism for viewing all the running dynos, formations and applications for a space. This is the same data thats used to power our DNS Service Discovery."""
        from .api.space_topology import AsyncSpaceTopologyApi

        return AsyncSpaceTopologyApi(self)

    @functools.cached_property
    def space_transfer(self) -> AsyncSpaceTransferApi:
        """Transfer spaces between enterprise teams with the same Enterprise Account."""
        from .api.space_transfer import AsyncSpaceTransferApi

        return AsyncSpaceTransferApi(self)

    @functools.cached_property
    def spaces(self) -> AsyncSpacesApi:
        """A space is an isolated, highly available, secure app execution environment."""
        from .api.spaces import AsyncSpacesApi

        return AsyncSpacesApi(self)

    @functools.cached_property
    def stacks(self) -> AsyncStacksApi:
        """Stacks are the different application execution environments available in the Heroku platform."""
        from .api.stacks import AsyncStacksApi

        return AsyncStacksApi(self)

    @functools.cached_property
    def team_add_ons(self) -> AsyncTeamAddOnsApi:
        """Team Add-ons"""
        from .api.team_add_ons import AsyncTeamAddOnsApi

        return AsyncTeamAddOnsApi(self)

    @functools.cached_property
    def team_app_collaborators(self) -> AsyncTeamAppCollaboratorsApi:
        """A team collaborator represents an account that has been given access to a team app on Heroku."""
        from .api.team_app_collaborators import AsyncTeamAppCollaboratorsApi

        return AsyncTeamAppCollaboratorsApi(self)

    @functools.cached_property
    def team_app_permissions(self) -> AsyncTeamAppPermissionsApi:
        """A team app permission is a behavior that is assigned to a user in a team app."""
        from .api.team_app_permissions import AsyncTeamAppPermissionsApi

        return AsyncTeamAppPermissionsApi(self)

    @functools.cached_property
    def team_apps(self) -> AsyncTeamAppsApi:
        """A team app encapsulates the team specific functionality of Heroku apps."""
        from .api.team_apps import AsyncTeamAppsApi

        return AsyncTeamAppsApi(self)

    @functools.cached_property
    def team_daily_usages(self) -> AsyncTeamDailyUsagesApi:
        """Usage for an enterprise team at a daily resolution."""
        from .api.team_daily_usages import AsyncTeamDailyUsagesApi

        return AsyncTeamDailyUsagesApi(self)

    @functools.cached_property
    def team_delinquency(self) -> AsyncTeamDelinquencyApi:
        """A Heroku team becomes delinquent due to non-payment. We [suspend and delete](https://help.heroku.com/EREVRILX/what-happens-if-i-have-unpaid-heroku-invoices) delinquent teams if their invoices remain unpaid."""
        from .api.team_delinquency import AsyncTeamDelinquencyApi

        return AsyncTeamDelinquencyApi(self)

    @functools.cached_property
    def team_features(self) -> AsyncTeamFeaturesApi:
        """A team feature represents a feature enabled on a team account."""
        from .api.team_features import AsyncTeamFeaturesApi

        return AsyncTeamFeaturesApi(self)

    @functools.cached_property
    def team_invitations(self) -> AsyncTeamInvitationsApi:
        """A team invitation represents an invite to a team."""
        from .api.team_invitations import AsyncTeamInvitationsApi

        return AsyncTeamInvitationsApi(self)

    @functools.cached_property
    def team_invoices(self) -> AsyncTeamInvoicesApi:
        """A Team Invoice is an itemized bill of goods for a team which includes pricing and charges."""
        from .api.team_invoices import AsyncTeamInvoicesApi

        return AsyncTeamInvoicesApi(self)

    @functools.cached_property
    def team_members(self) -> AsyncTeamMembersApi:
        """A team member is an individual with access to a team."""
        from .api.team_members import AsyncTeamMembersApi

        return AsyncTeamMembersApi(self)

    @functools.cached_property
    def team_monthly_usages(self) -> AsyncTeamMonthlyUsagesApi:
        """Usage for an enterprise team at a monthly resolution."""
        from .api.team_monthly_usages import AsyncTeamMonthlyUsagesApi

        return AsyncTeamMonthlyUsagesApi(self)

    @functools.cached_property
    def team_preferences(self) -> AsyncTeamPreferencesApi:
        """Tracks a Team's Preferences"""
        from .api.team_preferences import AsyncTeamPreferencesApi

        return AsyncTeamPreferencesApi(self)

    @functools.cached_property
    def team_spaces(self) -> AsyncTeamSpacesApi:
        """A space is an isolated, highly available, secure app execution environment."""
        from .api.team_spaces import AsyncTeamSpacesApi

        return AsyncTeamSpacesApi(self)

    @functools.cached_property
    def teams(self) -> AsyncTeamsApi:
        """Teams allow you to manage access to a shared group of applications and other resources."""
        from .api.teams import AsyncTeamsApi

        return AsyncTeamsApi(self)

    @functools.cached_property
    def telemetry_drains(self) -> AsyncTelemetryDrainsApi:
        """A telemetry drain forwards OpenTelemetry traces, metrics, and logs to your own consumer. For Fir-generation apps only."""
        from .api.telemetry_drains import AsyncTelemetryDrainsApi

        return AsyncTelemetryDrainsApi(self)

    @functools.cached_property
    def test_cases(self) -> AsyncTestCasesApi:
        """A single test case belonging to a test run"""
        from .api.test_cases import AsyncTestCasesApi

        return AsyncTestCasesApi(self)

    @functools.cached_property
    def test_nodes(self) -> AsyncTestNodesApi:
        """A single test node belonging to a test run"""
        from .api.test_nodes import AsyncTestNodesApi

        return AsyncTestNodesApi(self)

    @functools.cached_property
    def test_runs(self) -> AsyncTestRunsApi:
        """An execution or trial of one or more tests"""
        from .api.test_runs import AsyncTestRunsApi

        return AsyncTestRunsApi(self)

    @functools.cached_property
    def user_preferences(self) -> AsyncUserPreferencesApi:
        """Tracks a user's preferences and message dismissals"""
        from .api.user_preferences import AsyncUserPreferencesApi

        return AsyncUserPreferencesApi(self)

    @functools.cached_property
    def private_spaces_vp_ns(self) -> AsyncPrivateSpacesVPNsApi:
        """[VPN](https://devcenter.heroku.com/articles/private-space-vpn-connection) provides a way to connect your Private Spaces to your network via VPN."""
        from .api.private_spaces_vp_ns import AsyncPrivateSpacesVPNsApi

        return AsyncPrivateSpacesVPNsApi(self)

    @functools.cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """Every operation returning an ``AsyncRawResponse``: status code, headers and
        body, with ``await parse()`` for the value the plain call returns."""
        return AsyncClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncClientWithStreamingResponse:
        """Every operation giving, on ``async with``, an ``AsyncStreamedResponse``
        with its body unread (``aiter_bytes()``, ``save(path)``, ``aiter_lines()``,
        ``aiter_events()``), closed when the block ends."""
        return AsyncClientWithStreamingResponse(self)


class AsyncClientWithRawResponse:
    """The client's groups, their methods returning an ``AsyncRawResponse``; each group's
    module is imported on first use, as on the client."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @functools.cached_property
    def account_delinquency(self) -> AsyncAccountDelinquencyApiWithRawResponse:
        from .api.account_delinquency import AsyncAccountDelinquencyApiWithRawResponse

        return AsyncAccountDelinquencyApiWithRawResponse(self._client.account_delinquency)

    @functools.cached_property
    def account_features(self) -> AsyncAccountFeaturesApiWithRawResponse:
        from .api.account_features import AsyncAccountFeaturesApiWithRawResponse

        return AsyncAccountFeaturesApiWithRawResponse(self._client.account_features)

    @functools.cached_property
    def account(self) -> AsyncAccountApiWithRawResponse:
        from .api.account import AsyncAccountApiWithRawResponse

        return AsyncAccountApiWithRawResponse(self._client.account)

    @functools.cached_property
    def add_on_action(self) -> AsyncAddOnActionApiWithRawResponse:
        from .api.add_on_action import AsyncAddOnActionApiWithRawResponse

        return AsyncAddOnActionApiWithRawResponse(self._client.add_on_action)

    @functools.cached_property
    def add_on_attachments(self) -> AsyncAddOnAttachmentsApiWithRawResponse:
        from .api.add_on_attachments import AsyncAddOnAttachmentsApiWithRawResponse

        return AsyncAddOnAttachmentsApiWithRawResponse(self._client.add_on_attachments)

    @functools.cached_property
    def add_on_configs(self) -> AsyncAddOnConfigsApiWithRawResponse:
        from .api.add_on_configs import AsyncAddOnConfigsApiWithRawResponse

        return AsyncAddOnConfigsApiWithRawResponse(self._client.add_on_configs)

    @functools.cached_property
    def add_on_region_capabilities(self) -> AsyncAddOnRegionCapabilitiesApiWithRawResponse:
        from .api.add_on_region_capabilities import AsyncAddOnRegionCapabilitiesApiWithRawResponse

        return AsyncAddOnRegionCapabilitiesApiWithRawResponse(
            self._client.add_on_region_capabilities
        )

    @functools.cached_property
    def add_on_services(self) -> AsyncAddOnServicesApiWithRawResponse:
        from .api.add_on_services import AsyncAddOnServicesApiWithRawResponse

        return AsyncAddOnServicesApiWithRawResponse(self._client.add_on_services)

    @functools.cached_property
    def add_on_webhook_deliveries(self) -> AsyncAddOnWebhookDeliveriesApiWithRawResponse:
        from .api.add_on_webhook_deliveries import AsyncAddOnWebhookDeliveriesApiWithRawResponse

        return AsyncAddOnWebhookDeliveriesApiWithRawResponse(self._client.add_on_webhook_deliveries)

    @functools.cached_property
    def add_on_webhook_events(self) -> AsyncAddOnWebhookEventsApiWithRawResponse:
        from .api.add_on_webhook_events import AsyncAddOnWebhookEventsApiWithRawResponse

        return AsyncAddOnWebhookEventsApiWithRawResponse(self._client.add_on_webhook_events)

    @functools.cached_property
    def add_on_webhooks(self) -> AsyncAddOnWebhooksApiWithRawResponse:
        from .api.add_on_webhooks import AsyncAddOnWebhooksApiWithRawResponse

        return AsyncAddOnWebhooksApiWithRawResponse(self._client.add_on_webhooks)

    @functools.cached_property
    def add_ons(self) -> AsyncAddOnsApiWithRawResponse:
        from .api.add_ons import AsyncAddOnsApiWithRawResponse

        return AsyncAddOnsApiWithRawResponse(self._client.add_ons)

    @functools.cached_property
    def allowed_add_on_services(self) -> AsyncAllowedAddOnServicesApiWithRawResponse:
        from .api.allowed_add_on_services import AsyncAllowedAddOnServicesApiWithRawResponse

        return AsyncAllowedAddOnServicesApiWithRawResponse(self._client.allowed_add_on_services)

    @functools.cached_property
    def app_features(self) -> AsyncAppFeaturesApiWithRawResponse:
        from .api.app_features import AsyncAppFeaturesApiWithRawResponse

        return AsyncAppFeaturesApiWithRawResponse(self._client.app_features)

    @functools.cached_property
    def app_setups(self) -> AsyncAppSetupsApiWithRawResponse:
        from .api.app_setups import AsyncAppSetupsApiWithRawResponse

        return AsyncAppSetupsApiWithRawResponse(self._client.app_setups)

    @functools.cached_property
    def app_transfers(self) -> AsyncAppTransfersApiWithRawResponse:
        from .api.app_transfers import AsyncAppTransfersApiWithRawResponse

        return AsyncAppTransfersApiWithRawResponse(self._client.app_transfers)

    @functools.cached_property
    def app_webhook_deliveries(self) -> AsyncAppWebhookDeliveriesApiWithRawResponse:
        from .api.app_webhook_deliveries import AsyncAppWebhookDeliveriesApiWithRawResponse

        return AsyncAppWebhookDeliveriesApiWithRawResponse(self._client.app_webhook_deliveries)

    @functools.cached_property
    def app_webhook_events(self) -> AsyncAppWebhookEventsApiWithRawResponse:
        from .api.app_webhook_events import AsyncAppWebhookEventsApiWithRawResponse

        return AsyncAppWebhookEventsApiWithRawResponse(self._client.app_webhook_events)

    @functools.cached_property
    def app_webhooks(self) -> AsyncAppWebhooksApiWithRawResponse:
        from .api.app_webhooks import AsyncAppWebhooksApiWithRawResponse

        return AsyncAppWebhooksApiWithRawResponse(self._client.app_webhooks)

    @functools.cached_property
    def apps(self) -> AsyncAppsApiWithRawResponse:
        from .api.apps import AsyncAppsApiWithRawResponse

        return AsyncAppsApiWithRawResponse(self._client.apps)

    @functools.cached_property
    def audit_trail_archives(self) -> AsyncAuditTrailArchivesApiWithRawResponse:
        from .api.audit_trail_archives import AsyncAuditTrailArchivesApiWithRawResponse

        return AsyncAuditTrailArchivesApiWithRawResponse(self._client.audit_trail_archives)

    @functools.cached_property
    def audit_trail_events(self) -> AsyncAuditTrailEventsApiWithRawResponse:
        from .api.audit_trail_events import AsyncAuditTrailEventsApiWithRawResponse

        return AsyncAuditTrailEventsApiWithRawResponse(self._client.audit_trail_events)

    @functools.cached_property
    def builds(self) -> AsyncBuildsApiWithRawResponse:
        from .api.builds import AsyncBuildsApiWithRawResponse

        return AsyncBuildsApiWithRawResponse(self._client.builds)

    @functools.cached_property
    def buildpack_installations(self) -> AsyncBuildpackInstallationsApiWithRawResponse:
        from .api.buildpack_installations import AsyncBuildpackInstallationsApiWithRawResponse

        return AsyncBuildpackInstallationsApiWithRawResponse(self._client.buildpack_installations)

    @functools.cached_property
    def collaborators(self) -> AsyncCollaboratorsApiWithRawResponse:
        from .api.collaborators import AsyncCollaboratorsApiWithRawResponse

        return AsyncCollaboratorsApiWithRawResponse(self._client.collaborators)

    @functools.cached_property
    def config_vars(self) -> AsyncConfigVarsApiWithRawResponse:
        from .api.config_vars import AsyncConfigVarsApiWithRawResponse

        return AsyncConfigVarsApiWithRawResponse(self._client.config_vars)

    @functools.cached_property
    def credits(self) -> AsyncCreditsApiWithRawResponse:
        from .api.credits import AsyncCreditsApiWithRawResponse

        return AsyncCreditsApiWithRawResponse(self._client.credits)

    @functools.cached_property
    def domains(self) -> AsyncDomainsApiWithRawResponse:
        from .api.domains import AsyncDomainsApiWithRawResponse

        return AsyncDomainsApiWithRawResponse(self._client.domains)

    @functools.cached_property
    def dyno_sizes(self) -> AsyncDynoSizesApiWithRawResponse:
        from .api.dyno_sizes import AsyncDynoSizesApiWithRawResponse

        return AsyncDynoSizesApiWithRawResponse(self._client.dyno_sizes)

    @functools.cached_property
    def dynos(self) -> AsyncDynosApiWithRawResponse:
        from .api.dynos import AsyncDynosApiWithRawResponse

        return AsyncDynosApiWithRawResponse(self._client.dynos)

    @functools.cached_property
    def enterprise_account_daily_usages(
        self,
    ) -> AsyncEnterpriseAccountDailyUsagesApiWithRawResponse:
        from .api.enterprise_account_daily_usages import (
            AsyncEnterpriseAccountDailyUsagesApiWithRawResponse,
        )

        return AsyncEnterpriseAccountDailyUsagesApiWithRawResponse(
            self._client.enterprise_account_daily_usages
        )

    @functools.cached_property
    def enterprise_account_members(self) -> AsyncEnterpriseAccountMembersApiWithRawResponse:
        from .api.enterprise_account_members import AsyncEnterpriseAccountMembersApiWithRawResponse

        return AsyncEnterpriseAccountMembersApiWithRawResponse(
            self._client.enterprise_account_members
        )

    @functools.cached_property
    def enterprise_account_monthly_usages(
        self,
    ) -> AsyncEnterpriseAccountMonthlyUsagesApiWithRawResponse:
        from .api.enterprise_account_monthly_usages import (
            AsyncEnterpriseAccountMonthlyUsagesApiWithRawResponse,
        )

        return AsyncEnterpriseAccountMonthlyUsagesApiWithRawResponse(
            self._client.enterprise_account_monthly_usages
        )

    @functools.cached_property
    def enterprise_accounts(self) -> AsyncEnterpriseAccountsApiWithRawResponse:
        from .api.enterprise_accounts import AsyncEnterpriseAccountsApiWithRawResponse

        return AsyncEnterpriseAccountsApiWithRawResponse(self._client.enterprise_accounts)

    @functools.cached_property
    def filters(self) -> AsyncFiltersApiWithRawResponse:
        from .api.filters import AsyncFiltersApiWithRawResponse

        return AsyncFiltersApiWithRawResponse(self._client.filters)

    @functools.cached_property
    def formation(self) -> AsyncFormationApiWithRawResponse:
        from .api.formation import AsyncFormationApiWithRawResponse

        return AsyncFormationApiWithRawResponse(self._client.formation)

    @functools.cached_property
    def generations(self) -> AsyncGenerationsApiWithRawResponse:
        from .api.generations import AsyncGenerationsApiWithRawResponse

        return AsyncGenerationsApiWithRawResponse(self._client.generations)

    @functools.cached_property
    def identity_providers(self) -> AsyncIdentityProvidersApiWithRawResponse:
        from .api.identity_providers import AsyncIdentityProvidersApiWithRawResponse

        return AsyncIdentityProvidersApiWithRawResponse(self._client.identity_providers)

    @functools.cached_property
    def inbound_rulesets(self) -> AsyncInboundRulesetsApiWithRawResponse:
        from .api.inbound_rulesets import AsyncInboundRulesetsApiWithRawResponse

        return AsyncInboundRulesetsApiWithRawResponse(self._client.inbound_rulesets)

    @functools.cached_property
    def invoice_address(self) -> AsyncInvoiceAddressApiWithRawResponse:
        from .api.invoice_address import AsyncInvoiceAddressApiWithRawResponse

        return AsyncInvoiceAddressApiWithRawResponse(self._client.invoice_address)

    @functools.cached_property
    def invoices(self) -> AsyncInvoicesApiWithRawResponse:
        from .api.invoices import AsyncInvoicesApiWithRawResponse

        return AsyncInvoicesApiWithRawResponse(self._client.invoices)

    @functools.cached_property
    def keys(self) -> AsyncKeysApiWithRawResponse:
        from .api.keys import AsyncKeysApiWithRawResponse

        return AsyncKeysApiWithRawResponse(self._client.keys)

    @functools.cached_property
    def log_drains(self) -> AsyncLogDrainsApiWithRawResponse:
        from .api.log_drains import AsyncLogDrainsApiWithRawResponse

        return AsyncLogDrainsApiWithRawResponse(self._client.log_drains)

    @functools.cached_property
    def log_sessions(self) -> AsyncLogSessionsApiWithRawResponse:
        from .api.log_sessions import AsyncLogSessionsApiWithRawResponse

        return AsyncLogSessionsApiWithRawResponse(self._client.log_sessions)

    @functools.cached_property
    def o_auth_authorizations(self) -> AsyncOAuthAuthorizationsApiWithRawResponse:
        from .api.o_auth_authorizations import AsyncOAuthAuthorizationsApiWithRawResponse

        return AsyncOAuthAuthorizationsApiWithRawResponse(self._client.o_auth_authorizations)

    @functools.cached_property
    def o_auth_clients(self) -> AsyncOAuthClientsApiWithRawResponse:
        from .api.o_auth_clients import AsyncOAuthClientsApiWithRawResponse

        return AsyncOAuthClientsApiWithRawResponse(self._client.o_auth_clients)

    @functools.cached_property
    def o_auth_tokens(self) -> AsyncOAuthTokensApiWithRawResponse:
        from .api.o_auth_tokens import AsyncOAuthTokensApiWithRawResponse

        return AsyncOAuthTokensApiWithRawResponse(self._client.o_auth_tokens)

    @functools.cached_property
    def oci_images(self) -> AsyncOCIImagesApiWithRawResponse:
        from .api.oci_images import AsyncOCIImagesApiWithRawResponse

        return AsyncOCIImagesApiWithRawResponse(self._client.oci_images)

    @functools.cached_property
    def password_reset(self) -> AsyncPasswordResetApiWithRawResponse:
        from .api.password_reset import AsyncPasswordResetApiWithRawResponse

        return AsyncPasswordResetApiWithRawResponse(self._client.password_reset)

    @functools.cached_property
    def peering_info(self) -> AsyncPeeringInfoApiWithRawResponse:
        from .api.peering_info import AsyncPeeringInfoApiWithRawResponse

        return AsyncPeeringInfoApiWithRawResponse(self._client.peering_info)

    @functools.cached_property
    def peerings(self) -> AsyncPeeringsApiWithRawResponse:
        from .api.peerings import AsyncPeeringsApiWithRawResponse

        return AsyncPeeringsApiWithRawResponse(self._client.peerings)

    @functools.cached_property
    def permission_entities(self) -> AsyncPermissionEntitiesApiWithRawResponse:
        from .api.permission_entities import AsyncPermissionEntitiesApiWithRawResponse

        return AsyncPermissionEntitiesApiWithRawResponse(self._client.permission_entities)

    @functools.cached_property
    def pipeline_builds(self) -> AsyncPipelineBuildsApiWithRawResponse:
        from .api.pipeline_builds import AsyncPipelineBuildsApiWithRawResponse

        return AsyncPipelineBuildsApiWithRawResponse(self._client.pipeline_builds)

    @functools.cached_property
    def pipeline_config_vars(self) -> AsyncPipelineConfigVarsApiWithRawResponse:
        from .api.pipeline_config_vars import AsyncPipelineConfigVarsApiWithRawResponse

        return AsyncPipelineConfigVarsApiWithRawResponse(self._client.pipeline_config_vars)

    @functools.cached_property
    def pipeline_couplings(self) -> AsyncPipelineCouplingsApiWithRawResponse:
        from .api.pipeline_couplings import AsyncPipelineCouplingsApiWithRawResponse

        return AsyncPipelineCouplingsApiWithRawResponse(self._client.pipeline_couplings)

    @functools.cached_property
    def pipeline_deployments(self) -> AsyncPipelineDeploymentsApiWithRawResponse:
        from .api.pipeline_deployments import AsyncPipelineDeploymentsApiWithRawResponse

        return AsyncPipelineDeploymentsApiWithRawResponse(self._client.pipeline_deployments)

    @functools.cached_property
    def pipeline_promotion_targets(self) -> AsyncPipelinePromotionTargetsApiWithRawResponse:
        from .api.pipeline_promotion_targets import AsyncPipelinePromotionTargetsApiWithRawResponse

        return AsyncPipelinePromotionTargetsApiWithRawResponse(
            self._client.pipeline_promotion_targets
        )

    @functools.cached_property
    def pipeline_promotions(self) -> AsyncPipelinePromotionsApiWithRawResponse:
        from .api.pipeline_promotions import AsyncPipelinePromotionsApiWithRawResponse

        return AsyncPipelinePromotionsApiWithRawResponse(self._client.pipeline_promotions)

    @functools.cached_property
    def pipeline_releases(self) -> AsyncPipelineReleasesApiWithRawResponse:
        from .api.pipeline_releases import AsyncPipelineReleasesApiWithRawResponse

        return AsyncPipelineReleasesApiWithRawResponse(self._client.pipeline_releases)

    @functools.cached_property
    def pipeline_stack(self) -> AsyncPipelineStackApiWithRawResponse:
        from .api.pipeline_stack import AsyncPipelineStackApiWithRawResponse

        return AsyncPipelineStackApiWithRawResponse(self._client.pipeline_stack)

    @functools.cached_property
    def pipeline_transfers(self) -> AsyncPipelineTransfersApiWithRawResponse:
        from .api.pipeline_transfers import AsyncPipelineTransfersApiWithRawResponse

        return AsyncPipelineTransfersApiWithRawResponse(self._client.pipeline_transfers)

    @functools.cached_property
    def pipelines(self) -> AsyncPipelinesApiWithRawResponse:
        from .api.pipelines import AsyncPipelinesApiWithRawResponse

        return AsyncPipelinesApiWithRawResponse(self._client.pipelines)

    @functools.cached_property
    def plans(self) -> AsyncPlansApiWithRawResponse:
        from .api.plans import AsyncPlansApiWithRawResponse

        return AsyncPlansApiWithRawResponse(self._client.plans)

    @functools.cached_property
    def rate_limit(self) -> AsyncRateLimitApiWithRawResponse:
        from .api.rate_limit import AsyncRateLimitApiWithRawResponse

        return AsyncRateLimitApiWithRawResponse(self._client.rate_limit)

    @functools.cached_property
    def regions(self) -> AsyncRegionsApiWithRawResponse:
        from .api.regions import AsyncRegionsApiWithRawResponse

        return AsyncRegionsApiWithRawResponse(self._client.regions)

    @functools.cached_property
    def releases(self) -> AsyncReleasesApiWithRawResponse:
        from .api.releases import AsyncReleasesApiWithRawResponse

        return AsyncReleasesApiWithRawResponse(self._client.releases)

    @functools.cached_property
    def review_apps(self) -> AsyncReviewAppsApiWithRawResponse:
        from .api.review_apps import AsyncReviewAppsApiWithRawResponse

        return AsyncReviewAppsApiWithRawResponse(self._client.review_apps)

    @functools.cached_property
    def review_app_configurations(self) -> AsyncReviewAppConfigurationsApiWithRawResponse:
        from .api.review_app_configurations import AsyncReviewAppConfigurationsApiWithRawResponse

        return AsyncReviewAppConfigurationsApiWithRawResponse(
            self._client.review_app_configurations
        )

    @functools.cached_property
    def slugs(self) -> AsyncSlugsApiWithRawResponse:
        from .api.slugs import AsyncSlugsApiWithRawResponse

        return AsyncSlugsApiWithRawResponse(self._client.slugs)

    @functools.cached_property
    def sms_number(self) -> AsyncSMSNumberApiWithRawResponse:
        from .api.sms_number import AsyncSMSNumberApiWithRawResponse

        return AsyncSMSNumberApiWithRawResponse(self._client.sms_number)

    @functools.cached_property
    def sni_endpoints(self) -> AsyncSNIEndpointsApiWithRawResponse:
        from .api.sni_endpoints import AsyncSNIEndpointsApiWithRawResponse

        return AsyncSNIEndpointsApiWithRawResponse(self._client.sni_endpoints)

    @functools.cached_property
    def sources(self) -> AsyncSourcesApiWithRawResponse:
        from .api.sources import AsyncSourcesApiWithRawResponse

        return AsyncSourcesApiWithRawResponse(self._client.sources)

    @functools.cached_property
    def space_accesses(self) -> AsyncSpaceAccessesApiWithRawResponse:
        from .api.space_accesses import AsyncSpaceAccessesApiWithRawResponse

        return AsyncSpaceAccessesApiWithRawResponse(self._client.space_accesses)

    @functools.cached_property
    def space_network_address_translation(
        self,
    ) -> AsyncSpaceNetworkAddressTranslationApiWithRawResponse:
        from .api.space_network_address_translation import (
            AsyncSpaceNetworkAddressTranslationApiWithRawResponse,
        )

        return AsyncSpaceNetworkAddressTranslationApiWithRawResponse(
            self._client.space_network_address_translation
        )

    @functools.cached_property
    def space_topology(self) -> AsyncSpaceTopologyApiWithRawResponse:
        from .api.space_topology import AsyncSpaceTopologyApiWithRawResponse

        return AsyncSpaceTopologyApiWithRawResponse(self._client.space_topology)

    @functools.cached_property
    def space_transfer(self) -> AsyncSpaceTransferApiWithRawResponse:
        from .api.space_transfer import AsyncSpaceTransferApiWithRawResponse

        return AsyncSpaceTransferApiWithRawResponse(self._client.space_transfer)

    @functools.cached_property
    def spaces(self) -> AsyncSpacesApiWithRawResponse:
        from .api.spaces import AsyncSpacesApiWithRawResponse

        return AsyncSpacesApiWithRawResponse(self._client.spaces)

    @functools.cached_property
    def stacks(self) -> AsyncStacksApiWithRawResponse:
        from .api.stacks import AsyncStacksApiWithRawResponse

        return AsyncStacksApiWithRawResponse(self._client.stacks)

    @functools.cached_property
    def team_add_ons(self) -> AsyncTeamAddOnsApiWithRawResponse:
        from .api.team_add_ons import AsyncTeamAddOnsApiWithRawResponse

        return AsyncTeamAddOnsApiWithRawResponse(self._client.team_add_ons)

    @functools.cached_property
    def team_app_collaborators(self) -> AsyncTeamAppCollaboratorsApiWithRawResponse:
        from .api.team_app_collaborators import AsyncTeamAppCollaboratorsApiWithRawResponse

        return AsyncTeamAppCollaboratorsApiWithRawResponse(self._client.team_app_collaborators)

    @functools.cached_property
    def team_app_permissions(self) -> AsyncTeamAppPermissionsApiWithRawResponse:
        from .api.team_app_permissions import AsyncTeamAppPermissionsApiWithRawResponse

        return AsyncTeamAppPermissionsApiWithRawResponse(self._client.team_app_permissions)

    @functools.cached_property
    def team_apps(self) -> AsyncTeamAppsApiWithRawResponse:
        from .api.team_apps import AsyncTeamAppsApiWithRawResponse

        return AsyncTeamAppsApiWithRawResponse(self._client.team_apps)

    @functools.cached_property
    def team_daily_usages(self) -> AsyncTeamDailyUsagesApiWithRawResponse:
        from .api.team_daily_usages import AsyncTeamDailyUsagesApiWithRawResponse

        return AsyncTeamDailyUsagesApiWithRawResponse(self._client.team_daily_usages)

    @functools.cached_property
    def team_delinquency(self) -> AsyncTeamDelinquencyApiWithRawResponse:
        from .api.team_delinquency import AsyncTeamDelinquencyApiWithRawResponse

        return AsyncTeamDelinquencyApiWithRawResponse(self._client.team_delinquency)

    @functools.cached_property
    def team_features(self) -> AsyncTeamFeaturesApiWithRawResponse:
        from .api.team_features import AsyncTeamFeaturesApiWithRawResponse

        return AsyncTeamFeaturesApiWithRawResponse(self._client.team_features)

    @functools.cached_property
    def team_invitations(self) -> AsyncTeamInvitationsApiWithRawResponse:
        from .api.team_invitations import AsyncTeamInvitationsApiWithRawResponse

        return AsyncTeamInvitationsApiWithRawResponse(self._client.team_invitations)

    @functools.cached_property
    def team_invoices(self) -> AsyncTeamInvoicesApiWithRawResponse:
        from .api.team_invoices import AsyncTeamInvoicesApiWithRawResponse

        return AsyncTeamInvoicesApiWithRawResponse(self._client.team_invoices)

    @functools.cached_property
    def team_members(self) -> AsyncTeamMembersApiWithRawResponse:
        from .api.team_members import AsyncTeamMembersApiWithRawResponse

        return AsyncTeamMembersApiWithRawResponse(self._client.team_members)

    @functools.cached_property
    def team_monthly_usages(self) -> AsyncTeamMonthlyUsagesApiWithRawResponse:
        from .api.team_monthly_usages import AsyncTeamMonthlyUsagesApiWithRawResponse

        return AsyncTeamMonthlyUsagesApiWithRawResponse(self._client.team_monthly_usages)

    @functools.cached_property
    def team_preferences(self) -> AsyncTeamPreferencesApiWithRawResponse:
        from .api.team_preferences import AsyncTeamPreferencesApiWithRawResponse

        return AsyncTeamPreferencesApiWithRawResponse(self._client.team_preferences)

    @functools.cached_property
    def team_spaces(self) -> AsyncTeamSpacesApiWithRawResponse:
        from .api.team_spaces import AsyncTeamSpacesApiWithRawResponse

        return AsyncTeamSpacesApiWithRawResponse(self._client.team_spaces)

    @functools.cached_property
    def teams(self) -> AsyncTeamsApiWithRawResponse:
        from .api.teams import AsyncTeamsApiWithRawResponse

        return AsyncTeamsApiWithRawResponse(self._client.teams)

    @functools.cached_property
    def telemetry_drains(self) -> AsyncTelemetryDrainsApiWithRawResponse:
        from .api.telemetry_drains import AsyncTelemetryDrainsApiWithRawResponse

        return AsyncTelemetryDrainsApiWithRawResponse(self._client.telemetry_drains)

    @functools.cached_property
    def test_cases(self) -> AsyncTestCasesApiWithRawResponse:
        from .api.test_cases import AsyncTestCasesApiWithRawResponse

        return AsyncTestCasesApiWithRawResponse(self._client.test_cases)

    @functools.cached_property
    def test_nodes(self) -> AsyncTestNodesApiWithRawResponse:
        from .api.test_nodes import AsyncTestNodesApiWithRawResponse

        return AsyncTestNodesApiWithRawResponse(self._client.test_nodes)

    @functools.cached_property
    def test_runs(self) -> AsyncTestRunsApiWithRawResponse:
        from .api.test_runs import AsyncTestRunsApiWithRawResponse

        return AsyncTestRunsApiWithRawResponse(self._client.test_runs)

    @functools.cached_property
    def user_preferences(self) -> AsyncUserPreferencesApiWithRawResponse:
        from .api.user_preferences import AsyncUserPreferencesApiWithRawResponse

        return AsyncUserPreferencesApiWithRawResponse(self._client.user_preferences)

    @functools.cached_property
    def private_spaces_vp_ns(self) -> AsyncPrivateSpacesVPNsApiWithRawResponse:
        from .api.private_spaces_vp_ns import AsyncPrivateSpacesVPNsApiWithRawResponse

        return AsyncPrivateSpacesVPNsApiWithRawResponse(self._client.private_spaces_vp_ns)


class AsyncClientWithStreamingResponse:
    """The client's groups, their methods returning an ``AsyncStreamedResponse``; each group's
    module is imported on first use, as on the client."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @functools.cached_property
    def account_delinquency(self) -> AsyncAccountDelinquencyApiWithStreamingResponse:
        from .api.account_delinquency import AsyncAccountDelinquencyApiWithStreamingResponse

        return AsyncAccountDelinquencyApiWithStreamingResponse(self._client.account_delinquency)

    @functools.cached_property
    def account_features(self) -> AsyncAccountFeaturesApiWithStreamingResponse:
        from .api.account_features import AsyncAccountFeaturesApiWithStreamingResponse

        return AsyncAccountFeaturesApiWithStreamingResponse(self._client.account_features)

    @functools.cached_property
    def account(self) -> AsyncAccountApiWithStreamingResponse:
        from .api.account import AsyncAccountApiWithStreamingResponse

        return AsyncAccountApiWithStreamingResponse(self._client.account)

    @functools.cached_property
    def add_on_action(self) -> AsyncAddOnActionApiWithStreamingResponse:
        from .api.add_on_action import AsyncAddOnActionApiWithStreamingResponse

        return AsyncAddOnActionApiWithStreamingResponse(self._client.add_on_action)

    @functools.cached_property
    def add_on_attachments(self) -> AsyncAddOnAttachmentsApiWithStreamingResponse:
        from .api.add_on_attachments import AsyncAddOnAttachmentsApiWithStreamingResponse

        return AsyncAddOnAttachmentsApiWithStreamingResponse(self._client.add_on_attachments)

    @functools.cached_property
    def add_on_configs(self) -> AsyncAddOnConfigsApiWithStreamingResponse:
        from .api.add_on_configs import AsyncAddOnConfigsApiWithStreamingResponse

        return AsyncAddOnConfigsApiWithStreamingResponse(self._client.add_on_configs)

    @functools.cached_property
    def add_on_region_capabilities(self) -> AsyncAddOnRegionCapabilitiesApiWithStreamingResponse:
        from .api.add_on_region_capabilities import (
            AsyncAddOnRegionCapabilitiesApiWithStreamingResponse,
        )

        return AsyncAddOnRegionCapabilitiesApiWithStreamingResponse(
            self._client.add_on_region_capabilities
        )

    @functools.cached_property
    def add_on_services(self) -> AsyncAddOnServicesApiWithStreamingResponse:
        from .api.add_on_services import AsyncAddOnServicesApiWithStreamingResponse

        return AsyncAddOnServicesApiWithStreamingResponse(self._client.add_on_services)

    @functools.cached_property
    def add_on_webhook_deliveries(self) -> AsyncAddOnWebhookDeliveriesApiWithStreamingResponse:
        from .api.add_on_webhook_deliveries import (
            AsyncAddOnWebhookDeliveriesApiWithStreamingResponse,
        )

        return AsyncAddOnWebhookDeliveriesApiWithStreamingResponse(
            self._client.add_on_webhook_deliveries
        )

    @functools.cached_property
    def add_on_webhook_events(self) -> AsyncAddOnWebhookEventsApiWithStreamingResponse:
        from .api.add_on_webhook_events import AsyncAddOnWebhookEventsApiWithStreamingResponse

        return AsyncAddOnWebhookEventsApiWithStreamingResponse(self._client.add_on_webhook_events)

    @functools.cached_property
    def add_on_webhooks(self) -> AsyncAddOnWebhooksApiWithStreamingResponse:
        from .api.add_on_webhooks import AsyncAddOnWebhooksApiWithStreamingResponse

        return AsyncAddOnWebhooksApiWithStreamingResponse(self._client.add_on_webhooks)

    @functools.cached_property
    def add_ons(self) -> AsyncAddOnsApiWithStreamingResponse:
        from .api.add_ons import AsyncAddOnsApiWithStreamingResponse

        return AsyncAddOnsApiWithStreamingResponse(self._client.add_ons)

    @functools.cached_property
    def allowed_add_on_services(self) -> AsyncAllowedAddOnServicesApiWithStreamingResponse:
        from .api.allowed_add_on_services import AsyncAllowedAddOnServicesApiWithStreamingResponse

        return AsyncAllowedAddOnServicesApiWithStreamingResponse(
            self._client.allowed_add_on_services
        )

    @functools.cached_property
    def app_features(self) -> AsyncAppFeaturesApiWithStreamingResponse:
        from .api.app_features import AsyncAppFeaturesApiWithStreamingResponse

        return AsyncAppFeaturesApiWithStreamingResponse(self._client.app_features)

    @functools.cached_property
    def app_setups(self) -> AsyncAppSetupsApiWithStreamingResponse:
        from .api.app_setups import AsyncAppSetupsApiWithStreamingResponse

        return AsyncAppSetupsApiWithStreamingResponse(self._client.app_setups)

    @functools.cached_property
    def app_transfers(self) -> AsyncAppTransfersApiWithStreamingResponse:
        from .api.app_transfers import AsyncAppTransfersApiWithStreamingResponse

        return AsyncAppTransfersApiWithStreamingResponse(self._client.app_transfers)

    @functools.cached_property
    def app_webhook_deliveries(self) -> AsyncAppWebhookDeliveriesApiWithStreamingResponse:
        from .api.app_webhook_deliveries import AsyncAppWebhookDeliveriesApiWithStreamingResponse

        return AsyncAppWebhookDeliveriesApiWithStreamingResponse(
            self._client.app_webhook_deliveries
        )

    @functools.cached_property
    def app_webhook_events(self) -> AsyncAppWebhookEventsApiWithStreamingResponse:
        from .api.app_webhook_events import AsyncAppWebhookEventsApiWithStreamingResponse

        return AsyncAppWebhookEventsApiWithStreamingResponse(self._client.app_webhook_events)

    @functools.cached_property
    def app_webhooks(self) -> AsyncAppWebhooksApiWithStreamingResponse:
        from .api.app_webhooks import AsyncAppWebhooksApiWithStreamingResponse

        return AsyncAppWebhooksApiWithStreamingResponse(self._client.app_webhooks)

    @functools.cached_property
    def apps(self) -> AsyncAppsApiWithStreamingResponse:
        from .api.apps import AsyncAppsApiWithStreamingResponse

        return AsyncAppsApiWithStreamingResponse(self._client.apps)

    @functools.cached_property
    def audit_trail_archives(self) -> AsyncAuditTrailArchivesApiWithStreamingResponse:
        from .api.audit_trail_archives import AsyncAuditTrailArchivesApiWithStreamingResponse

        return AsyncAuditTrailArchivesApiWithStreamingResponse(self._client.audit_trail_archives)

    @functools.cached_property
    def audit_trail_events(self) -> AsyncAuditTrailEventsApiWithStreamingResponse:
        from .api.audit_trail_events import AsyncAuditTrailEventsApiWithStreamingResponse

        return AsyncAuditTrailEventsApiWithStreamingResponse(self._client.audit_trail_events)

    @functools.cached_property
    def builds(self) -> AsyncBuildsApiWithStreamingResponse:
        from .api.builds import AsyncBuildsApiWithStreamingResponse

        return AsyncBuildsApiWithStreamingResponse(self._client.builds)

    @functools.cached_property
    def buildpack_installations(self) -> AsyncBuildpackInstallationsApiWithStreamingResponse:
        from .api.buildpack_installations import AsyncBuildpackInstallationsApiWithStreamingResponse

        return AsyncBuildpackInstallationsApiWithStreamingResponse(
            self._client.buildpack_installations
        )

    @functools.cached_property
    def collaborators(self) -> AsyncCollaboratorsApiWithStreamingResponse:
        from .api.collaborators import AsyncCollaboratorsApiWithStreamingResponse

        return AsyncCollaboratorsApiWithStreamingResponse(self._client.collaborators)

    @functools.cached_property
    def config_vars(self) -> AsyncConfigVarsApiWithStreamingResponse:
        from .api.config_vars import AsyncConfigVarsApiWithStreamingResponse

        return AsyncConfigVarsApiWithStreamingResponse(self._client.config_vars)

    @functools.cached_property
    def credits(self) -> AsyncCreditsApiWithStreamingResponse:
        from .api.credits import AsyncCreditsApiWithStreamingResponse

        return AsyncCreditsApiWithStreamingResponse(self._client.credits)

    @functools.cached_property
    def domains(self) -> AsyncDomainsApiWithStreamingResponse:
        from .api.domains import AsyncDomainsApiWithStreamingResponse

        return AsyncDomainsApiWithStreamingResponse(self._client.domains)

    @functools.cached_property
    def dyno_sizes(self) -> AsyncDynoSizesApiWithStreamingResponse:
        from .api.dyno_sizes import AsyncDynoSizesApiWithStreamingResponse

        return AsyncDynoSizesApiWithStreamingResponse(self._client.dyno_sizes)

    @functools.cached_property
    def dynos(self) -> AsyncDynosApiWithStreamingResponse:
        from .api.dynos import AsyncDynosApiWithStreamingResponse

        return AsyncDynosApiWithStreamingResponse(self._client.dynos)

    @functools.cached_property
    def enterprise_account_daily_usages(
        self,
    ) -> AsyncEnterpriseAccountDailyUsagesApiWithStreamingResponse:
        from .api.enterprise_account_daily_usages import (
            AsyncEnterpriseAccountDailyUsagesApiWithStreamingResponse,
        )

        return AsyncEnterpriseAccountDailyUsagesApiWithStreamingResponse(
            self._client.enterprise_account_daily_usages
        )

    @functools.cached_property
    def enterprise_account_members(self) -> AsyncEnterpriseAccountMembersApiWithStreamingResponse:
        from .api.enterprise_account_members import (
            AsyncEnterpriseAccountMembersApiWithStreamingResponse,
        )

        return AsyncEnterpriseAccountMembersApiWithStreamingResponse(
            self._client.enterprise_account_members
        )

    @functools.cached_property
    def enterprise_account_monthly_usages(
        self,
    ) -> AsyncEnterpriseAccountMonthlyUsagesApiWithStreamingResponse:
        from .api.enterprise_account_monthly_usages import (
            AsyncEnterpriseAccountMonthlyUsagesApiWithStreamingResponse,
        )

        return AsyncEnterpriseAccountMonthlyUsagesApiWithStreamingResponse(
            self._client.enterprise_account_monthly_usages
        )

    @functools.cached_property
    def enterprise_accounts(self) -> AsyncEnterpriseAccountsApiWithStreamingResponse:
        from .api.enterprise_accounts import AsyncEnterpriseAccountsApiWithStreamingResponse

        return AsyncEnterpriseAccountsApiWithStreamingResponse(self._client.enterprise_accounts)

    @functools.cached_property
    def filters(self) -> AsyncFiltersApiWithStreamingResponse:
        from .api.filters import AsyncFiltersApiWithStreamingResponse

        return AsyncFiltersApiWithStreamingResponse(self._client.filters)

    @functools.cached_property
    def formation(self) -> AsyncFormationApiWithStreamingResponse:
        from .api.formation import AsyncFormationApiWithStreamingResponse

        return AsyncFormationApiWithStreamingResponse(self._client.formation)

    @functools.cached_property
    def generations(self) -> AsyncGenerationsApiWithStreamingResponse:
        from .api.generations import AsyncGenerationsApiWithStreamingResponse

        return AsyncGenerationsApiWithStreamingResponse(self._client.generations)

    @functools.cached_property
    def identity_providers(self) -> AsyncIdentityProvidersApiWithStreamingResponse:
        from .api.identity_providers import AsyncIdentityProvidersApiWithStreamingResponse

        return AsyncIdentityProvidersApiWithStreamingResponse(self._client.identity_providers)

    @functools.cached_property
    def inbound_rulesets(self) -> AsyncInboundRulesetsApiWithStreamingResponse:
        from .api.inbound_rulesets import AsyncInboundRulesetsApiWithStreamingResponse

        return AsyncInboundRulesetsApiWithStreamingResponse(self._client.inbound_rulesets)

    @functools.cached_property
    def invoice_address(self) -> AsyncInvoiceAddressApiWithStreamingResponse:
        from .api.invoice_address import AsyncInvoiceAddressApiWithStreamingResponse

        return AsyncInvoiceAddressApiWithStreamingResponse(self._client.invoice_address)

    @functools.cached_property
    def invoices(self) -> AsyncInvoicesApiWithStreamingResponse:
        from .api.invoices import AsyncInvoicesApiWithStreamingResponse

        return AsyncInvoicesApiWithStreamingResponse(self._client.invoices)

    @functools.cached_property
    def keys(self) -> AsyncKeysApiWithStreamingResponse:
        from .api.keys import AsyncKeysApiWithStreamingResponse

        return AsyncKeysApiWithStreamingResponse(self._client.keys)

    @functools.cached_property
    def log_drains(self) -> AsyncLogDrainsApiWithStreamingResponse:
        from .api.log_drains import AsyncLogDrainsApiWithStreamingResponse

        return AsyncLogDrainsApiWithStreamingResponse(self._client.log_drains)

    @functools.cached_property
    def log_sessions(self) -> AsyncLogSessionsApiWithStreamingResponse:
        from .api.log_sessions import AsyncLogSessionsApiWithStreamingResponse

        return AsyncLogSessionsApiWithStreamingResponse(self._client.log_sessions)

    @functools.cached_property
    def o_auth_authorizations(self) -> AsyncOAuthAuthorizationsApiWithStreamingResponse:
        from .api.o_auth_authorizations import AsyncOAuthAuthorizationsApiWithStreamingResponse

        return AsyncOAuthAuthorizationsApiWithStreamingResponse(self._client.o_auth_authorizations)

    @functools.cached_property
    def o_auth_clients(self) -> AsyncOAuthClientsApiWithStreamingResponse:
        from .api.o_auth_clients import AsyncOAuthClientsApiWithStreamingResponse

        return AsyncOAuthClientsApiWithStreamingResponse(self._client.o_auth_clients)

    @functools.cached_property
    def o_auth_tokens(self) -> AsyncOAuthTokensApiWithStreamingResponse:
        from .api.o_auth_tokens import AsyncOAuthTokensApiWithStreamingResponse

        return AsyncOAuthTokensApiWithStreamingResponse(self._client.o_auth_tokens)

    @functools.cached_property
    def oci_images(self) -> AsyncOCIImagesApiWithStreamingResponse:
        from .api.oci_images import AsyncOCIImagesApiWithStreamingResponse

        return AsyncOCIImagesApiWithStreamingResponse(self._client.oci_images)

    @functools.cached_property
    def password_reset(self) -> AsyncPasswordResetApiWithStreamingResponse:
        from .api.password_reset import AsyncPasswordResetApiWithStreamingResponse

        return AsyncPasswordResetApiWithStreamingResponse(self._client.password_reset)

    @functools.cached_property
    def peering_info(self) -> AsyncPeeringInfoApiWithStreamingResponse:
        from .api.peering_info import AsyncPeeringInfoApiWithStreamingResponse

        return AsyncPeeringInfoApiWithStreamingResponse(self._client.peering_info)

    @functools.cached_property
    def peerings(self) -> AsyncPeeringsApiWithStreamingResponse:
        from .api.peerings import AsyncPeeringsApiWithStreamingResponse

        return AsyncPeeringsApiWithStreamingResponse(self._client.peerings)

    @functools.cached_property
    def permission_entities(self) -> AsyncPermissionEntitiesApiWithStreamingResponse:
        from .api.permission_entities import AsyncPermissionEntitiesApiWithStreamingResponse

        return AsyncPermissionEntitiesApiWithStreamingResponse(self._client.permission_entities)

    @functools.cached_property
    def pipeline_builds(self) -> AsyncPipelineBuildsApiWithStreamingResponse:
        from .api.pipeline_builds import AsyncPipelineBuildsApiWithStreamingResponse

        return AsyncPipelineBuildsApiWithStreamingResponse(self._client.pipeline_builds)

    @functools.cached_property
    def pipeline_config_vars(self) -> AsyncPipelineConfigVarsApiWithStreamingResponse:
        from .api.pipeline_config_vars import AsyncPipelineConfigVarsApiWithStreamingResponse

        return AsyncPipelineConfigVarsApiWithStreamingResponse(self._client.pipeline_config_vars)

    @functools.cached_property
    def pipeline_couplings(self) -> AsyncPipelineCouplingsApiWithStreamingResponse:
        from .api.pipeline_couplings import AsyncPipelineCouplingsApiWithStreamingResponse

        return AsyncPipelineCouplingsApiWithStreamingResponse(self._client.pipeline_couplings)

    @functools.cached_property
    def pipeline_deployments(self) -> AsyncPipelineDeploymentsApiWithStreamingResponse:
        from .api.pipeline_deployments import AsyncPipelineDeploymentsApiWithStreamingResponse

        return AsyncPipelineDeploymentsApiWithStreamingResponse(self._client.pipeline_deployments)

    @functools.cached_property
    def pipeline_promotion_targets(self) -> AsyncPipelinePromotionTargetsApiWithStreamingResponse:
        from .api.pipeline_promotion_targets import (
            AsyncPipelinePromotionTargetsApiWithStreamingResponse,
        )

        return AsyncPipelinePromotionTargetsApiWithStreamingResponse(
            self._client.pipeline_promotion_targets
        )

    @functools.cached_property
    def pipeline_promotions(self) -> AsyncPipelinePromotionsApiWithStreamingResponse:
        from .api.pipeline_promotions import AsyncPipelinePromotionsApiWithStreamingResponse

        return AsyncPipelinePromotionsApiWithStreamingResponse(self._client.pipeline_promotions)

    @functools.cached_property
    def pipeline_releases(self) -> AsyncPipelineReleasesApiWithStreamingResponse:
        from .api.pipeline_releases import AsyncPipelineReleasesApiWithStreamingResponse

        return AsyncPipelineReleasesApiWithStreamingResponse(self._client.pipeline_releases)

    @functools.cached_property
    def pipeline_stack(self) -> AsyncPipelineStackApiWithStreamingResponse:
        from .api.pipeline_stack import AsyncPipelineStackApiWithStreamingResponse

        return AsyncPipelineStackApiWithStreamingResponse(self._client.pipeline_stack)

    @functools.cached_property
    def pipeline_transfers(self) -> AsyncPipelineTransfersApiWithStreamingResponse:
        from .api.pipeline_transfers import AsyncPipelineTransfersApiWithStreamingResponse

        return AsyncPipelineTransfersApiWithStreamingResponse(self._client.pipeline_transfers)

    @functools.cached_property
    def pipelines(self) -> AsyncPipelinesApiWithStreamingResponse:
        from .api.pipelines import AsyncPipelinesApiWithStreamingResponse

        return AsyncPipelinesApiWithStreamingResponse(self._client.pipelines)

    @functools.cached_property
    def plans(self) -> AsyncPlansApiWithStreamingResponse:
        from .api.plans import AsyncPlansApiWithStreamingResponse

        return AsyncPlansApiWithStreamingResponse(self._client.plans)

    @functools.cached_property
    def rate_limit(self) -> AsyncRateLimitApiWithStreamingResponse:
        from .api.rate_limit import AsyncRateLimitApiWithStreamingResponse

        return AsyncRateLimitApiWithStreamingResponse(self._client.rate_limit)

    @functools.cached_property
    def regions(self) -> AsyncRegionsApiWithStreamingResponse:
        from .api.regions import AsyncRegionsApiWithStreamingResponse

        return AsyncRegionsApiWithStreamingResponse(self._client.regions)

    @functools.cached_property
    def releases(self) -> AsyncReleasesApiWithStreamingResponse:
        from .api.releases import AsyncReleasesApiWithStreamingResponse

        return AsyncReleasesApiWithStreamingResponse(self._client.releases)

    @functools.cached_property
    def review_apps(self) -> AsyncReviewAppsApiWithStreamingResponse:
        from .api.review_apps import AsyncReviewAppsApiWithStreamingResponse

        return AsyncReviewAppsApiWithStreamingResponse(self._client.review_apps)

    @functools.cached_property
    def review_app_configurations(self) -> AsyncReviewAppConfigurationsApiWithStreamingResponse:
        from .api.review_app_configurations import (
            AsyncReviewAppConfigurationsApiWithStreamingResponse,
        )

        return AsyncReviewAppConfigurationsApiWithStreamingResponse(
            self._client.review_app_configurations
        )

    @functools.cached_property
    def slugs(self) -> AsyncSlugsApiWithStreamingResponse:
        from .api.slugs import AsyncSlugsApiWithStreamingResponse

        return AsyncSlugsApiWithStreamingResponse(self._client.slugs)

    @functools.cached_property
    def sms_number(self) -> AsyncSMSNumberApiWithStreamingResponse:
        from .api.sms_number import AsyncSMSNumberApiWithStreamingResponse

        return AsyncSMSNumberApiWithStreamingResponse(self._client.sms_number)

    @functools.cached_property
    def sni_endpoints(self) -> AsyncSNIEndpointsApiWithStreamingResponse:
        from .api.sni_endpoints import AsyncSNIEndpointsApiWithStreamingResponse

        return AsyncSNIEndpointsApiWithStreamingResponse(self._client.sni_endpoints)

    @functools.cached_property
    def sources(self) -> AsyncSourcesApiWithStreamingResponse:
        from .api.sources import AsyncSourcesApiWithStreamingResponse

        return AsyncSourcesApiWithStreamingResponse(self._client.sources)

    @functools.cached_property
    def space_accesses(self) -> AsyncSpaceAccessesApiWithStreamingResponse:
        from .api.space_accesses import AsyncSpaceAccessesApiWithStreamingResponse

        return AsyncSpaceAccessesApiWithStreamingResponse(self._client.space_accesses)

    @functools.cached_property
    def space_network_address_translation(
        self,
    ) -> AsyncSpaceNetworkAddressTranslationApiWithStreamingResponse:
        from .api.space_network_address_translation import (
            AsyncSpaceNetworkAddressTranslationApiWithStreamingResponse,
        )

        return AsyncSpaceNetworkAddressTranslationApiWithStreamingResponse(
            self._client.space_network_address_translation
        )

    @functools.cached_property
    def space_topology(self) -> AsyncSpaceTopologyApiWithStreamingResponse:
        from .api.space_topology import AsyncSpaceTopologyApiWithStreamingResponse

        return AsyncSpaceTopologyApiWithStreamingResponse(self._client.space_topology)

    @functools.cached_property
    def space_transfer(self) -> AsyncSpaceTransferApiWithStreamingResponse:
        from .api.space_transfer import AsyncSpaceTransferApiWithStreamingResponse

        return AsyncSpaceTransferApiWithStreamingResponse(self._client.space_transfer)

    @functools.cached_property
    def spaces(self) -> AsyncSpacesApiWithStreamingResponse:
        from .api.spaces import AsyncSpacesApiWithStreamingResponse

        return AsyncSpacesApiWithStreamingResponse(self._client.spaces)

    @functools.cached_property
    def stacks(self) -> AsyncStacksApiWithStreamingResponse:
        from .api.stacks import AsyncStacksApiWithStreamingResponse

        return AsyncStacksApiWithStreamingResponse(self._client.stacks)

    @functools.cached_property
    def team_add_ons(self) -> AsyncTeamAddOnsApiWithStreamingResponse:
        from .api.team_add_ons import AsyncTeamAddOnsApiWithStreamingResponse

        return AsyncTeamAddOnsApiWithStreamingResponse(self._client.team_add_ons)

    @functools.cached_property
    def team_app_collaborators(self) -> AsyncTeamAppCollaboratorsApiWithStreamingResponse:
        from .api.team_app_collaborators import AsyncTeamAppCollaboratorsApiWithStreamingResponse

        return AsyncTeamAppCollaboratorsApiWithStreamingResponse(
            self._client.team_app_collaborators
        )

    @functools.cached_property
    def team_app_permissions(self) -> AsyncTeamAppPermissionsApiWithStreamingResponse:
        from .api.team_app_permissions import AsyncTeamAppPermissionsApiWithStreamingResponse

        return AsyncTeamAppPermissionsApiWithStreamingResponse(self._client.team_app_permissions)

    @functools.cached_property
    def team_apps(self) -> AsyncTeamAppsApiWithStreamingResponse:
        from .api.team_apps import AsyncTeamAppsApiWithStreamingResponse

        return AsyncTeamAppsApiWithStreamingResponse(self._client.team_apps)

    @functools.cached_property
    def team_daily_usages(self) -> AsyncTeamDailyUsagesApiWithStreamingResponse:
        from .api.team_daily_usages import AsyncTeamDailyUsagesApiWithStreamingResponse

        return AsyncTeamDailyUsagesApiWithStreamingResponse(self._client.team_daily_usages)

    @functools.cached_property
    def team_delinquency(self) -> AsyncTeamDelinquencyApiWithStreamingResponse:
        from .api.team_delinquency import AsyncTeamDelinquencyApiWithStreamingResponse

        return AsyncTeamDelinquencyApiWithStreamingResponse(self._client.team_delinquency)

    @functools.cached_property
    def team_features(self) -> AsyncTeamFeaturesApiWithStreamingResponse:
        from .api.team_features import AsyncTeamFeaturesApiWithStreamingResponse

        return AsyncTeamFeaturesApiWithStreamingResponse(self._client.team_features)

    @functools.cached_property
    def team_invitations(self) -> AsyncTeamInvitationsApiWithStreamingResponse:
        from .api.team_invitations import AsyncTeamInvitationsApiWithStreamingResponse

        return AsyncTeamInvitationsApiWithStreamingResponse(self._client.team_invitations)

    @functools.cached_property
    def team_invoices(self) -> AsyncTeamInvoicesApiWithStreamingResponse:
        from .api.team_invoices import AsyncTeamInvoicesApiWithStreamingResponse

        return AsyncTeamInvoicesApiWithStreamingResponse(self._client.team_invoices)

    @functools.cached_property
    def team_members(self) -> AsyncTeamMembersApiWithStreamingResponse:
        from .api.team_members import AsyncTeamMembersApiWithStreamingResponse

        return AsyncTeamMembersApiWithStreamingResponse(self._client.team_members)

    @functools.cached_property
    def team_monthly_usages(self) -> AsyncTeamMonthlyUsagesApiWithStreamingResponse:
        from .api.team_monthly_usages import AsyncTeamMonthlyUsagesApiWithStreamingResponse

        return AsyncTeamMonthlyUsagesApiWithStreamingResponse(self._client.team_monthly_usages)

    @functools.cached_property
    def team_preferences(self) -> AsyncTeamPreferencesApiWithStreamingResponse:
        from .api.team_preferences import AsyncTeamPreferencesApiWithStreamingResponse

        return AsyncTeamPreferencesApiWithStreamingResponse(self._client.team_preferences)

    @functools.cached_property
    def team_spaces(self) -> AsyncTeamSpacesApiWithStreamingResponse:
        from .api.team_spaces import AsyncTeamSpacesApiWithStreamingResponse

        return AsyncTeamSpacesApiWithStreamingResponse(self._client.team_spaces)

    @functools.cached_property
    def teams(self) -> AsyncTeamsApiWithStreamingResponse:
        from .api.teams import AsyncTeamsApiWithStreamingResponse

        return AsyncTeamsApiWithStreamingResponse(self._client.teams)

    @functools.cached_property
    def telemetry_drains(self) -> AsyncTelemetryDrainsApiWithStreamingResponse:
        from .api.telemetry_drains import AsyncTelemetryDrainsApiWithStreamingResponse

        return AsyncTelemetryDrainsApiWithStreamingResponse(self._client.telemetry_drains)

    @functools.cached_property
    def test_cases(self) -> AsyncTestCasesApiWithStreamingResponse:
        from .api.test_cases import AsyncTestCasesApiWithStreamingResponse

        return AsyncTestCasesApiWithStreamingResponse(self._client.test_cases)

    @functools.cached_property
    def test_nodes(self) -> AsyncTestNodesApiWithStreamingResponse:
        from .api.test_nodes import AsyncTestNodesApiWithStreamingResponse

        return AsyncTestNodesApiWithStreamingResponse(self._client.test_nodes)

    @functools.cached_property
    def test_runs(self) -> AsyncTestRunsApiWithStreamingResponse:
        from .api.test_runs import AsyncTestRunsApiWithStreamingResponse

        return AsyncTestRunsApiWithStreamingResponse(self._client.test_runs)

    @functools.cached_property
    def user_preferences(self) -> AsyncUserPreferencesApiWithStreamingResponse:
        from .api.user_preferences import AsyncUserPreferencesApiWithStreamingResponse

        return AsyncUserPreferencesApiWithStreamingResponse(self._client.user_preferences)

    @functools.cached_property
    def private_spaces_vp_ns(self) -> AsyncPrivateSpacesVPNsApiWithStreamingResponse:
        from .api.private_spaces_vp_ns import AsyncPrivateSpacesVPNsApiWithStreamingResponse

        return AsyncPrivateSpacesVPNsApiWithStreamingResponse(self._client.private_spaces_vp_ns)
