"""The Heroku Platform API client."""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, Optional, Union

from . import _runtime as _rt

if TYPE_CHECKING:
    import requests
    from urllib3.util.retry import Retry

    from .api.account import AccountApi
    from .api.account_delinquency import AccountDelinquencyApi
    from .api.account_features import AccountFeaturesApi
    from .api.add_on_action import AddOnActionApi
    from .api.add_on_attachments import AddOnAttachmentsApi
    from .api.add_on_configs import AddOnConfigsApi
    from .api.add_on_region_capabilities import AddOnRegionCapabilitiesApi
    from .api.add_on_services import AddOnServicesApi
    from .api.add_on_webhook_deliveries import AddOnWebhookDeliveriesApi
    from .api.add_on_webhook_events import AddOnWebhookEventsApi
    from .api.add_on_webhooks import AddOnWebhooksApi
    from .api.add_ons import AddOnsApi
    from .api.allowed_add_on_services import AllowedAddOnServicesApi
    from .api.app_features import AppFeaturesApi
    from .api.app_setups import AppSetupsApi
    from .api.app_transfers import AppTransfersApi
    from .api.app_webhook_deliveries import AppWebhookDeliveriesApi
    from .api.app_webhook_events import AppWebhookEventsApi
    from .api.app_webhooks import AppWebhooksApi
    from .api.apps import AppsApi
    from .api.audit_trail_archives import AuditTrailArchivesApi
    from .api.audit_trail_events import AuditTrailEventsApi
    from .api.buildpack_installations import BuildpackInstallationsApi
    from .api.builds import BuildsApi
    from .api.collaborators import CollaboratorsApi
    from .api.config_vars import ConfigVarsApi
    from .api.credits import CreditsApi
    from .api.domains import DomainsApi
    from .api.dyno_sizes import DynoSizesApi
    from .api.dynos import DynosApi
    from .api.enterprise_account_daily_usages import EnterpriseAccountDailyUsagesApi
    from .api.enterprise_account_members import EnterpriseAccountMembersApi
    from .api.enterprise_account_monthly_usages import EnterpriseAccountMonthlyUsagesApi
    from .api.enterprise_accounts import EnterpriseAccountsApi
    from .api.filters import FiltersApi
    from .api.formation import FormationApi
    from .api.generations import GenerationsApi
    from .api.identity_providers import IdentityProvidersApi
    from .api.inbound_rulesets import InboundRulesetsApi
    from .api.invoice_address import InvoiceAddressApi
    from .api.invoices import InvoicesApi
    from .api.keys import KeysApi
    from .api.log_drains import LogDrainsApi
    from .api.log_sessions import LogSessionsApi
    from .api.o_auth_authorizations import OAuthAuthorizationsApi
    from .api.o_auth_clients import OAuthClientsApi
    from .api.o_auth_tokens import OAuthTokensApi
    from .api.oci_images import OCIImagesApi
    from .api.password_reset import PasswordResetApi
    from .api.peering_info import PeeringInfoApi
    from .api.peerings import PeeringsApi
    from .api.permission_entities import PermissionEntitiesApi
    from .api.pipeline_builds import PipelineBuildsApi
    from .api.pipeline_config_vars import PipelineConfigVarsApi
    from .api.pipeline_couplings import PipelineCouplingsApi
    from .api.pipeline_deployments import PipelineDeploymentsApi
    from .api.pipeline_promotion_targets import PipelinePromotionTargetsApi
    from .api.pipeline_promotions import PipelinePromotionsApi
    from .api.pipeline_releases import PipelineReleasesApi
    from .api.pipeline_stack import PipelineStackApi
    from .api.pipeline_transfers import PipelineTransfersApi
    from .api.pipelines import PipelinesApi
    from .api.plans import PlansApi
    from .api.private_spaces_vp_ns import PrivateSpacesVPNsApi
    from .api.rate_limit import RateLimitApi
    from .api.regions import RegionsApi
    from .api.releases import ReleasesApi
    from .api.review_app_configurations import ReviewAppConfigurationsApi
    from .api.review_apps import ReviewAppsApi
    from .api.slugs import SlugsApi
    from .api.sms_number import SMSNumberApi
    from .api.sni_endpoints import SNIEndpointsApi
    from .api.sources import SourcesApi
    from .api.space_accesses import SpaceAccessesApi
    from .api.space_network_address_translation import SpaceNetworkAddressTranslationApi
    from .api.space_topology import SpaceTopologyApi
    from .api.space_transfer import SpaceTransferApi
    from .api.spaces import SpacesApi
    from .api.stacks import StacksApi
    from .api.team_add_ons import TeamAddOnsApi
    from .api.team_app_collaborators import TeamAppCollaboratorsApi
    from .api.team_app_permissions import TeamAppPermissionsApi
    from .api.team_apps import TeamAppsApi
    from .api.team_daily_usages import TeamDailyUsagesApi
    from .api.team_delinquency import TeamDelinquencyApi
    from .api.team_features import TeamFeaturesApi
    from .api.team_invitations import TeamInvitationsApi
    from .api.team_invoices import TeamInvoicesApi
    from .api.team_members import TeamMembersApi
    from .api.team_monthly_usages import TeamMonthlyUsagesApi
    from .api.team_preferences import TeamPreferencesApi
    from .api.team_spaces import TeamSpacesApi
    from .api.teams import TeamsApi
    from .api.telemetry_drains import TelemetryDrainsApi
    from .api.test_cases import TestCasesApi
    from .api.test_nodes import TestNodesApi
    from .api.test_runs import TestRunsApi
    from .api.user_preferences import UserPreferencesApi


class Client(_rt.BaseClient):
    """Client for the Heroku Platform API.

    One client is safe to share between threads; it keeps connections alive
    in a pool of ``pool_size``.  Credentials are looked up on the first call
    (``token=``, then ``$HEROKU_API_KEY``, then the netrc entry of the API host),
    so constructing a client never fails for want of a token.

    The base URL is ``base_url=`` when given; else ``$HEROKU_PLATFORM_API_BASE_URL``
    when set; else ``https://api.heroku.com``.
    """

    DEFAULT_BASE_URL = "https://api.heroku.com"
    SERVERS = _rt.servers([{"url": "https://api.heroku.com"}])
    BASE_URL_ENV = "HEROKU_PLATFORM_API_BASE_URL"
    TOKEN_ENV = "HEROKU_API_KEY"
    USE_NETRC = True
    DEFAULT_HEADERS: Mapping[str, str] = {"Accept": "application/vnd.heroku+json; version=3"}
    USER_AGENT = "heroku_platform_api/0.1.0"
    AUTH_SCHEME = "Bearer"
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
