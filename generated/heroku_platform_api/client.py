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
    )
    from .api.account_delinquency import (
        AccountDelinquencyApi,
        AccountDelinquencyApiWithRawResponse,
        AccountDelinquencyApiWithStreamingResponse,
        AsyncAccountDelinquencyApi,
    )
    from .api.account_features import (
        AccountFeaturesApi,
        AccountFeaturesApiWithRawResponse,
        AccountFeaturesApiWithStreamingResponse,
        AsyncAccountFeaturesApi,
    )
    from .api.add_on_action import (
        AddOnActionApi,
        AddOnActionApiWithRawResponse,
        AddOnActionApiWithStreamingResponse,
        AsyncAddOnActionApi,
    )
    from .api.add_on_attachments import (
        AddOnAttachmentsApi,
        AddOnAttachmentsApiWithRawResponse,
        AddOnAttachmentsApiWithStreamingResponse,
        AsyncAddOnAttachmentsApi,
    )
    from .api.add_on_configs import (
        AddOnConfigsApi,
        AddOnConfigsApiWithRawResponse,
        AddOnConfigsApiWithStreamingResponse,
        AsyncAddOnConfigsApi,
    )
    from .api.add_on_region_capabilities import (
        AddOnRegionCapabilitiesApi,
        AddOnRegionCapabilitiesApiWithRawResponse,
        AddOnRegionCapabilitiesApiWithStreamingResponse,
        AsyncAddOnRegionCapabilitiesApi,
    )
    from .api.add_on_services import (
        AddOnServicesApi,
        AddOnServicesApiWithRawResponse,
        AddOnServicesApiWithStreamingResponse,
        AsyncAddOnServicesApi,
    )
    from .api.add_on_webhook_deliveries import (
        AddOnWebhookDeliveriesApi,
        AddOnWebhookDeliveriesApiWithRawResponse,
        AddOnWebhookDeliveriesApiWithStreamingResponse,
        AsyncAddOnWebhookDeliveriesApi,
    )
    from .api.add_on_webhook_events import (
        AddOnWebhookEventsApi,
        AddOnWebhookEventsApiWithRawResponse,
        AddOnWebhookEventsApiWithStreamingResponse,
        AsyncAddOnWebhookEventsApi,
    )
    from .api.add_on_webhooks import (
        AddOnWebhooksApi,
        AddOnWebhooksApiWithRawResponse,
        AddOnWebhooksApiWithStreamingResponse,
        AsyncAddOnWebhooksApi,
    )
    from .api.add_ons import (
        AddOnsApi,
        AddOnsApiWithRawResponse,
        AddOnsApiWithStreamingResponse,
        AsyncAddOnsApi,
    )
    from .api.allowed_add_on_services import (
        AllowedAddOnServicesApi,
        AllowedAddOnServicesApiWithRawResponse,
        AllowedAddOnServicesApiWithStreamingResponse,
        AsyncAllowedAddOnServicesApi,
    )
    from .api.app_features import (
        AppFeaturesApi,
        AppFeaturesApiWithRawResponse,
        AppFeaturesApiWithStreamingResponse,
        AsyncAppFeaturesApi,
    )
    from .api.app_setups import (
        AppSetupsApi,
        AppSetupsApiWithRawResponse,
        AppSetupsApiWithStreamingResponse,
        AsyncAppSetupsApi,
    )
    from .api.app_transfers import (
        AppTransfersApi,
        AppTransfersApiWithRawResponse,
        AppTransfersApiWithStreamingResponse,
        AsyncAppTransfersApi,
    )
    from .api.app_webhook_deliveries import (
        AppWebhookDeliveriesApi,
        AppWebhookDeliveriesApiWithRawResponse,
        AppWebhookDeliveriesApiWithStreamingResponse,
        AsyncAppWebhookDeliveriesApi,
    )
    from .api.app_webhook_events import (
        AppWebhookEventsApi,
        AppWebhookEventsApiWithRawResponse,
        AppWebhookEventsApiWithStreamingResponse,
        AsyncAppWebhookEventsApi,
    )
    from .api.app_webhooks import (
        AppWebhooksApi,
        AppWebhooksApiWithRawResponse,
        AppWebhooksApiWithStreamingResponse,
        AsyncAppWebhooksApi,
    )
    from .api.apps import (
        AppsApi,
        AppsApiWithRawResponse,
        AppsApiWithStreamingResponse,
        AsyncAppsApi,
    )
    from .api.audit_trail_archives import (
        AsyncAuditTrailArchivesApi,
        AuditTrailArchivesApi,
        AuditTrailArchivesApiWithRawResponse,
        AuditTrailArchivesApiWithStreamingResponse,
    )
    from .api.audit_trail_events import (
        AsyncAuditTrailEventsApi,
        AuditTrailEventsApi,
        AuditTrailEventsApiWithRawResponse,
        AuditTrailEventsApiWithStreamingResponse,
    )
    from .api.buildpack_installations import (
        AsyncBuildpackInstallationsApi,
        BuildpackInstallationsApi,
        BuildpackInstallationsApiWithRawResponse,
        BuildpackInstallationsApiWithStreamingResponse,
    )
    from .api.builds import (
        AsyncBuildsApi,
        BuildsApi,
        BuildsApiWithRawResponse,
        BuildsApiWithStreamingResponse,
    )
    from .api.collaborators import (
        AsyncCollaboratorsApi,
        CollaboratorsApi,
        CollaboratorsApiWithRawResponse,
        CollaboratorsApiWithStreamingResponse,
    )
    from .api.config_vars import (
        AsyncConfigVarsApi,
        ConfigVarsApi,
        ConfigVarsApiWithRawResponse,
        ConfigVarsApiWithStreamingResponse,
    )
    from .api.credits import (
        AsyncCreditsApi,
        CreditsApi,
        CreditsApiWithRawResponse,
        CreditsApiWithStreamingResponse,
    )
    from .api.domains import (
        AsyncDomainsApi,
        DomainsApi,
        DomainsApiWithRawResponse,
        DomainsApiWithStreamingResponse,
    )
    from .api.dyno_sizes import (
        AsyncDynoSizesApi,
        DynoSizesApi,
        DynoSizesApiWithRawResponse,
        DynoSizesApiWithStreamingResponse,
    )
    from .api.dynos import (
        AsyncDynosApi,
        DynosApi,
        DynosApiWithRawResponse,
        DynosApiWithStreamingResponse,
    )
    from .api.enterprise_account_daily_usages import (
        AsyncEnterpriseAccountDailyUsagesApi,
        EnterpriseAccountDailyUsagesApi,
        EnterpriseAccountDailyUsagesApiWithRawResponse,
        EnterpriseAccountDailyUsagesApiWithStreamingResponse,
    )
    from .api.enterprise_account_members import (
        AsyncEnterpriseAccountMembersApi,
        EnterpriseAccountMembersApi,
        EnterpriseAccountMembersApiWithRawResponse,
        EnterpriseAccountMembersApiWithStreamingResponse,
    )
    from .api.enterprise_account_monthly_usages import (
        AsyncEnterpriseAccountMonthlyUsagesApi,
        EnterpriseAccountMonthlyUsagesApi,
        EnterpriseAccountMonthlyUsagesApiWithRawResponse,
        EnterpriseAccountMonthlyUsagesApiWithStreamingResponse,
    )
    from .api.enterprise_accounts import (
        AsyncEnterpriseAccountsApi,
        EnterpriseAccountsApi,
        EnterpriseAccountsApiWithRawResponse,
        EnterpriseAccountsApiWithStreamingResponse,
    )
    from .api.filters import (
        AsyncFiltersApi,
        FiltersApi,
        FiltersApiWithRawResponse,
        FiltersApiWithStreamingResponse,
    )
    from .api.formation import (
        AsyncFormationApi,
        FormationApi,
        FormationApiWithRawResponse,
        FormationApiWithStreamingResponse,
    )
    from .api.generations import (
        AsyncGenerationsApi,
        GenerationsApi,
        GenerationsApiWithRawResponse,
        GenerationsApiWithStreamingResponse,
    )
    from .api.identity_providers import (
        AsyncIdentityProvidersApi,
        IdentityProvidersApi,
        IdentityProvidersApiWithRawResponse,
        IdentityProvidersApiWithStreamingResponse,
    )
    from .api.inbound_rulesets import (
        AsyncInboundRulesetsApi,
        InboundRulesetsApi,
        InboundRulesetsApiWithRawResponse,
        InboundRulesetsApiWithStreamingResponse,
    )
    from .api.invoice_address import (
        AsyncInvoiceAddressApi,
        InvoiceAddressApi,
        InvoiceAddressApiWithRawResponse,
        InvoiceAddressApiWithStreamingResponse,
    )
    from .api.invoices import (
        AsyncInvoicesApi,
        InvoicesApi,
        InvoicesApiWithRawResponse,
        InvoicesApiWithStreamingResponse,
    )
    from .api.keys import (
        AsyncKeysApi,
        KeysApi,
        KeysApiWithRawResponse,
        KeysApiWithStreamingResponse,
    )
    from .api.log_drains import (
        AsyncLogDrainsApi,
        LogDrainsApi,
        LogDrainsApiWithRawResponse,
        LogDrainsApiWithStreamingResponse,
    )
    from .api.log_sessions import (
        AsyncLogSessionsApi,
        LogSessionsApi,
        LogSessionsApiWithRawResponse,
        LogSessionsApiWithStreamingResponse,
    )
    from .api.o_auth_authorizations import (
        AsyncOAuthAuthorizationsApi,
        OAuthAuthorizationsApi,
        OAuthAuthorizationsApiWithRawResponse,
        OAuthAuthorizationsApiWithStreamingResponse,
    )
    from .api.o_auth_clients import (
        AsyncOAuthClientsApi,
        OAuthClientsApi,
        OAuthClientsApiWithRawResponse,
        OAuthClientsApiWithStreamingResponse,
    )
    from .api.o_auth_tokens import (
        AsyncOAuthTokensApi,
        OAuthTokensApi,
        OAuthTokensApiWithRawResponse,
        OAuthTokensApiWithStreamingResponse,
    )
    from .api.oci_images import (
        AsyncOCIImagesApi,
        OCIImagesApi,
        OCIImagesApiWithRawResponse,
        OCIImagesApiWithStreamingResponse,
    )
    from .api.password_reset import (
        AsyncPasswordResetApi,
        PasswordResetApi,
        PasswordResetApiWithRawResponse,
        PasswordResetApiWithStreamingResponse,
    )
    from .api.peering_info import (
        AsyncPeeringInfoApi,
        PeeringInfoApi,
        PeeringInfoApiWithRawResponse,
        PeeringInfoApiWithStreamingResponse,
    )
    from .api.peerings import (
        AsyncPeeringsApi,
        PeeringsApi,
        PeeringsApiWithRawResponse,
        PeeringsApiWithStreamingResponse,
    )
    from .api.permission_entities import (
        AsyncPermissionEntitiesApi,
        PermissionEntitiesApi,
        PermissionEntitiesApiWithRawResponse,
        PermissionEntitiesApiWithStreamingResponse,
    )
    from .api.pipeline_builds import (
        AsyncPipelineBuildsApi,
        PipelineBuildsApi,
        PipelineBuildsApiWithRawResponse,
        PipelineBuildsApiWithStreamingResponse,
    )
    from .api.pipeline_config_vars import (
        AsyncPipelineConfigVarsApi,
        PipelineConfigVarsApi,
        PipelineConfigVarsApiWithRawResponse,
        PipelineConfigVarsApiWithStreamingResponse,
    )
    from .api.pipeline_couplings import (
        AsyncPipelineCouplingsApi,
        PipelineCouplingsApi,
        PipelineCouplingsApiWithRawResponse,
        PipelineCouplingsApiWithStreamingResponse,
    )
    from .api.pipeline_deployments import (
        AsyncPipelineDeploymentsApi,
        PipelineDeploymentsApi,
        PipelineDeploymentsApiWithRawResponse,
        PipelineDeploymentsApiWithStreamingResponse,
    )
    from .api.pipeline_promotion_targets import (
        AsyncPipelinePromotionTargetsApi,
        PipelinePromotionTargetsApi,
        PipelinePromotionTargetsApiWithRawResponse,
        PipelinePromotionTargetsApiWithStreamingResponse,
    )
    from .api.pipeline_promotions import (
        AsyncPipelinePromotionsApi,
        PipelinePromotionsApi,
        PipelinePromotionsApiWithRawResponse,
        PipelinePromotionsApiWithStreamingResponse,
    )
    from .api.pipeline_releases import (
        AsyncPipelineReleasesApi,
        PipelineReleasesApi,
        PipelineReleasesApiWithRawResponse,
        PipelineReleasesApiWithStreamingResponse,
    )
    from .api.pipeline_stack import (
        AsyncPipelineStackApi,
        PipelineStackApi,
        PipelineStackApiWithRawResponse,
        PipelineStackApiWithStreamingResponse,
    )
    from .api.pipeline_transfers import (
        AsyncPipelineTransfersApi,
        PipelineTransfersApi,
        PipelineTransfersApiWithRawResponse,
        PipelineTransfersApiWithStreamingResponse,
    )
    from .api.pipelines import (
        AsyncPipelinesApi,
        PipelinesApi,
        PipelinesApiWithRawResponse,
        PipelinesApiWithStreamingResponse,
    )
    from .api.plans import (
        AsyncPlansApi,
        PlansApi,
        PlansApiWithRawResponse,
        PlansApiWithStreamingResponse,
    )
    from .api.private_spaces_vp_ns import (
        AsyncPrivateSpacesVPNsApi,
        PrivateSpacesVPNsApi,
        PrivateSpacesVPNsApiWithRawResponse,
        PrivateSpacesVPNsApiWithStreamingResponse,
    )
    from .api.rate_limit import (
        AsyncRateLimitApi,
        RateLimitApi,
        RateLimitApiWithRawResponse,
        RateLimitApiWithStreamingResponse,
    )
    from .api.regions import (
        AsyncRegionsApi,
        RegionsApi,
        RegionsApiWithRawResponse,
        RegionsApiWithStreamingResponse,
    )
    from .api.releases import (
        AsyncReleasesApi,
        ReleasesApi,
        ReleasesApiWithRawResponse,
        ReleasesApiWithStreamingResponse,
    )
    from .api.review_app_configurations import (
        AsyncReviewAppConfigurationsApi,
        ReviewAppConfigurationsApi,
        ReviewAppConfigurationsApiWithRawResponse,
        ReviewAppConfigurationsApiWithStreamingResponse,
    )
    from .api.review_apps import (
        AsyncReviewAppsApi,
        ReviewAppsApi,
        ReviewAppsApiWithRawResponse,
        ReviewAppsApiWithStreamingResponse,
    )
    from .api.slugs import (
        AsyncSlugsApi,
        SlugsApi,
        SlugsApiWithRawResponse,
        SlugsApiWithStreamingResponse,
    )
    from .api.sms_number import (
        AsyncSMSNumberApi,
        SMSNumberApi,
        SMSNumberApiWithRawResponse,
        SMSNumberApiWithStreamingResponse,
    )
    from .api.sni_endpoints import (
        AsyncSNIEndpointsApi,
        SNIEndpointsApi,
        SNIEndpointsApiWithRawResponse,
        SNIEndpointsApiWithStreamingResponse,
    )
    from .api.sources import (
        AsyncSourcesApi,
        SourcesApi,
        SourcesApiWithRawResponse,
        SourcesApiWithStreamingResponse,
    )
    from .api.space_accesses import (
        AsyncSpaceAccessesApi,
        SpaceAccessesApi,
        SpaceAccessesApiWithRawResponse,
        SpaceAccessesApiWithStreamingResponse,
    )
    from .api.space_network_address_translation import (
        AsyncSpaceNetworkAddressTranslationApi,
        SpaceNetworkAddressTranslationApi,
        SpaceNetworkAddressTranslationApiWithRawResponse,
        SpaceNetworkAddressTranslationApiWithStreamingResponse,
    )
    from .api.space_topology import (
        AsyncSpaceTopologyApi,
        SpaceTopologyApi,
        SpaceTopologyApiWithRawResponse,
        SpaceTopologyApiWithStreamingResponse,
    )
    from .api.space_transfer import (
        AsyncSpaceTransferApi,
        SpaceTransferApi,
        SpaceTransferApiWithRawResponse,
        SpaceTransferApiWithStreamingResponse,
    )
    from .api.spaces import (
        AsyncSpacesApi,
        SpacesApi,
        SpacesApiWithRawResponse,
        SpacesApiWithStreamingResponse,
    )
    from .api.stacks import (
        AsyncStacksApi,
        StacksApi,
        StacksApiWithRawResponse,
        StacksApiWithStreamingResponse,
    )
    from .api.team_add_ons import (
        AsyncTeamAddOnsApi,
        TeamAddOnsApi,
        TeamAddOnsApiWithRawResponse,
        TeamAddOnsApiWithStreamingResponse,
    )
    from .api.team_app_collaborators import (
        AsyncTeamAppCollaboratorsApi,
        TeamAppCollaboratorsApi,
        TeamAppCollaboratorsApiWithRawResponse,
        TeamAppCollaboratorsApiWithStreamingResponse,
    )
    from .api.team_app_permissions import (
        AsyncTeamAppPermissionsApi,
        TeamAppPermissionsApi,
        TeamAppPermissionsApiWithRawResponse,
        TeamAppPermissionsApiWithStreamingResponse,
    )
    from .api.team_apps import (
        AsyncTeamAppsApi,
        TeamAppsApi,
        TeamAppsApiWithRawResponse,
        TeamAppsApiWithStreamingResponse,
    )
    from .api.team_daily_usages import (
        AsyncTeamDailyUsagesApi,
        TeamDailyUsagesApi,
        TeamDailyUsagesApiWithRawResponse,
        TeamDailyUsagesApiWithStreamingResponse,
    )
    from .api.team_delinquency import (
        AsyncTeamDelinquencyApi,
        TeamDelinquencyApi,
        TeamDelinquencyApiWithRawResponse,
        TeamDelinquencyApiWithStreamingResponse,
    )
    from .api.team_features import (
        AsyncTeamFeaturesApi,
        TeamFeaturesApi,
        TeamFeaturesApiWithRawResponse,
        TeamFeaturesApiWithStreamingResponse,
    )
    from .api.team_invitations import (
        AsyncTeamInvitationsApi,
        TeamInvitationsApi,
        TeamInvitationsApiWithRawResponse,
        TeamInvitationsApiWithStreamingResponse,
    )
    from .api.team_invoices import (
        AsyncTeamInvoicesApi,
        TeamInvoicesApi,
        TeamInvoicesApiWithRawResponse,
        TeamInvoicesApiWithStreamingResponse,
    )
    from .api.team_members import (
        AsyncTeamMembersApi,
        TeamMembersApi,
        TeamMembersApiWithRawResponse,
        TeamMembersApiWithStreamingResponse,
    )
    from .api.team_monthly_usages import (
        AsyncTeamMonthlyUsagesApi,
        TeamMonthlyUsagesApi,
        TeamMonthlyUsagesApiWithRawResponse,
        TeamMonthlyUsagesApiWithStreamingResponse,
    )
    from .api.team_preferences import (
        AsyncTeamPreferencesApi,
        TeamPreferencesApi,
        TeamPreferencesApiWithRawResponse,
        TeamPreferencesApiWithStreamingResponse,
    )
    from .api.team_spaces import (
        AsyncTeamSpacesApi,
        TeamSpacesApi,
        TeamSpacesApiWithRawResponse,
        TeamSpacesApiWithStreamingResponse,
    )
    from .api.teams import (
        AsyncTeamsApi,
        TeamsApi,
        TeamsApiWithRawResponse,
        TeamsApiWithStreamingResponse,
    )
    from .api.telemetry_drains import (
        AsyncTelemetryDrainsApi,
        TelemetryDrainsApi,
        TelemetryDrainsApiWithRawResponse,
        TelemetryDrainsApiWithStreamingResponse,
    )
    from .api.test_cases import (
        AsyncTestCasesApi,
        TestCasesApi,
        TestCasesApiWithRawResponse,
        TestCasesApiWithStreamingResponse,
    )
    from .api.test_nodes import (
        AsyncTestNodesApi,
        TestNodesApi,
        TestNodesApiWithRawResponse,
        TestNodesApiWithStreamingResponse,
    )
    from .api.test_runs import (
        AsyncTestRunsApi,
        TestRunsApi,
        TestRunsApiWithRawResponse,
        TestRunsApiWithStreamingResponse,
    )
    from .api.user_preferences import (
        AsyncUserPreferencesApi,
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
