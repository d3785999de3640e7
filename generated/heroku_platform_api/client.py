"""The Heroku Platform API client."""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, Optional, Union

from . import _runtime as _rt
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

if TYPE_CHECKING:
    import requests
    from urllib3.util.retry import Retry


class Client(_rt.BaseClient):
    """Client for the Heroku Platform API.

    One client is safe to share between threads; it keeps connections alive
    in a pool of ``pool_size``.  Credentials are looked up on the first call
    (``token=``, then ``$HEROKU_API_KEY``, then the netrc entry of the API host),
    so constructing a client never fails for want of a token.
    """

    DEFAULT_BASE_URL = "https://api.heroku.com"
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
        )
        self.account_delinquency = AccountDelinquencyApi(self)
        """A Heroku account becomes delinquent due to non-payment. We [suspend and delete](https://help.heroku.com/EREVRILX/what-happens-if-i-have-unpaid-heroku-invoices) delinquent accounts if their invoices remain unpaid."""
        self.account_features = AccountFeaturesApi(self)
        """An account feature represents a Heroku labs capability that can be enabled or disabled for an account on Heroku."""
        self.account = AccountApi(self)
        """An account represents an individual signed up to use the Heroku platform."""
        self.add_on_action = AddOnActionApi(self)
        """Add-on Actions are lifecycle operations for add-on provisioning and deprovisioning. They allow add-on providers to (de)provision add-ons in the background and then report back when (de)provisioning is complete."""
        self.add_on_attachments = AddOnAttachmentsApi(self)
        """An add-on attachment represents a connection between an app and an add-on that it has been given access to."""
        self.add_on_configs = AddOnConfigsApi(self)
        """Configuration of an Add-on"""
        self.add_on_region_capabilities = AddOnRegionCapabilitiesApi(self)
        """Add-on region capabilities represent the relationship between an Add-on Service and a specific Region. Only Beta and GA add-ons are returned by these endpoints."""
        self.add_on_services = AddOnServicesApi(self)
        """Add-on services represent add-ons that may be provisioned for apps. Endpoints under add-on services can be accessed without authentication."""
        self.add_on_webhook_deliveries = AddOnWebhookDeliveriesApi(self)
        """Represents the delivery of a webhook notification, including its current status."""
        self.add_on_webhook_events = AddOnWebhookEventsApi(self)
        """Represents a webhook event that occurred."""
        self.add_on_webhooks = AddOnWebhooksApi(self)
        """Represents the details of a webhook subscription"""
        self.add_ons = AddOnsApi(self)
        """Add-ons represent add-ons that have been provisioned and attached to one or more apps."""
        self.allowed_add_on_services = AllowedAddOnServicesApi(self)
        """Entities that have been allowed to be used by a Team"""
        self.app_features = AppFeaturesApi(self)
        """An app feature represents a Heroku labs capability that can be enabled or disabled for an app on Heroku."""
        self.app_setups = AppSetupsApi(self)
        """An app setup represents an app on Heroku that is setup using an environment, addons, and scripts described in an app.json manifest file."""
        self.app_transfers = AppTransfersApi(self)
        """An app transfer represents a two party interaction for transferring ownership of an app."""
        self.app_webhook_deliveries = AppWebhookDeliveriesApi(self)
        """Represents the delivery of a webhook notification, including its current status."""
        self.app_webhook_events = AppWebhookEventsApi(self)
        """Represents a webhook event that occurred."""
        self.app_webhooks = AppWebhooksApi(self)
        """Represents the details of a webhook subscription"""
        self.apps = AppsApi(self)
        """An app represents the program that you would like to deploy and run on Heroku."""
        self.audit_trail_archives = AuditTrailArchivesApi(self)
        """An audit trail archive represents a monthly json zipped file containing events"""
        self.audit_trail_events = AuditTrailEventsApi(self)
        """An audit trail event represents some action on the platform"""
        self.builds = BuildsApi(self)
        """A build represents the process of transforming a code tarball into build artifacts"""
        self.buildpack_installations = BuildpackInstallationsApi(self)
        """A buildpack installation represents a buildpack that will be run against an app."""
        self.collaborators = CollaboratorsApi(self)
        """A collaborator represents an account that has been given access to an app on Heroku."""
        self.config_vars = ConfigVarsApi(self)
        """Config Vars allow you to manage the configuration information provided to an app on Heroku."""
        self.credits = CreditsApi(self)
        """A credit represents value that will be used up before further charges are assigned to an account."""
        self.domains = DomainsApi(self)
        """Domains define what web routes should be routed to an app on Heroku."""
        self.dyno_sizes = DynoSizesApi(self)
        """Dyno sizes are the values and details of sizes that can be assigned to dynos. This information can also be found at : [https://devcenter.heroku.com/articles/dyno-types](https://devcenter.heroku.com/articles/dyno-types)."""
        self.dynos = DynosApi(self)
        """Dynos encapsulate running processes of an app on Heroku. Detailed information about dyno sizes can be found at: [https://devcenter.heroku.com/articles/dyno-types](https://devcenter.heroku.com/articles/dyno-types)."""
        self.enterprise_account_daily_usages = EnterpriseAccountDailyUsagesApi(self)
        """Usage for an enterprise account at a daily resolution."""
        self.enterprise_account_members = EnterpriseAccountMembersApi(self)
        """Enterprise account members are users with access to an enterprise account."""
        self.enterprise_account_monthly_usages = EnterpriseAccountMonthlyUsagesApi(self)
        """Usage for an enterprise account at a monthly resolution."""
        self.enterprise_accounts = EnterpriseAccountsApi(self)
        """Enterprise accounts allow companies to manage their development teams and billing."""
        self.filters = FiltersApi(self)
        """Filters are special endpoints to allow for API consumers to specify a subset of resources to consume in order to reduce the number of requests that are performed.  Each filter endpoint endpoint is responsible for determining its supported request format.  The endpoints are over POST in order to handle large request bodies without hitting request uri query length limitations, but the requests themselves are idempotent and will not have side effects."""
        self.formation = FormationApi(self)
        """The formation of processes that should be maintained for an app. Update the formation to scale processes or change dyno sizes. Available process type names and commands are defined by the `process_types` attribute for the [slug](#slug) currently released on an app."""
        self.generations = GenerationsApi(self)
        """A generation represents a version of the Heroku platform that includes the app execution environment, routing, telemetry, and build systems."""
        self.identity_providers = IdentityProvidersApi(self)
        """Identity Providers represent the SAML configuration of teams or an Enterprise account"""
        self.inbound_rulesets = InboundRulesetsApi(self)
        """An inbound-ruleset is a collection of rules that specify what hosts can or cannot connect to an application."""
        self.invoice_address = InvoiceAddressApi(self)
        """An invoice address represents the address that should be listed on an invoice."""
        self.invoices = InvoicesApi(self)
        """An invoice is an itemized bill of goods for an account which includes pricing and charges."""
        self.keys = KeysApi(self)
        """Keys represent public SSH keys associated with an account and are used to authorize accounts as they are performing git operations."""
        self.log_drains = LogDrainsApi(self)
        """[Log drains](https://devcenter.heroku.com/articles/log-drains) provide a way to forward your Heroku logs to an external syslog server for long-term archiving. This external service must be configured to receive syslog packets from Heroku, whereupon its URL can be added to an app using this API. Some add-ons will add a log drain when they are provisioned to an app. These drains can only be removed by removing the add-on."""
        self.log_sessions = LogSessionsApi(self)
        """A log session is a reference to the http based log stream for an app."""
        self.o_auth_authorizations = OAuthAuthorizationsApi(self)
        """OAuth authorizations represent clients that a Heroku user has authorized to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)"""
        self.o_auth_clients = OAuthClientsApi(self)
        """OAuth clients are applications that Heroku users can authorize to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)."""
        self.o_auth_tokens = OAuthTokensApi(self)
        """OAuth tokens provide access for authorized clients to act on behalf of a Heroku user to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)"""
        self.oci_images = OCIImagesApi(self)
        """An OCI (Open Container Initiative) image is a standardized format for packaging and distributing containerized applications, ready to run on the platform."""
        self.password_reset = PasswordResetApi(self)
        """A password reset represents a in-process password reset attempt."""
        self.peering_info = PeeringInfoApi(self)
        """[Peering Info](https://devcenter.heroku.com/articles/private-space-peering) gives you the information necessary to peer an AWS VPC to a Private Space."""
        self.peerings = PeeringsApi(self)
        """[Peering](https://devcenter.heroku.com/articles/private-space-peering) provides a way to peer your Private Space VPC to another AWS VPC."""
        self.permission_entities = PermissionEntitiesApi(self)
        """An owned entity including users' permissions."""
        self.pipeline_builds = PipelineBuildsApi(self)
        """Information about the latest builds of apps in a pipeline. A build represents the process of transforming code into build artifacts."""
        self.pipeline_config_vars = PipelineConfigVarsApi(self)
        """Pipeline config vars in Heroku CI and review apps used to manage the configuration information for a pipeline."""
        self.pipeline_couplings = PipelineCouplingsApi(self)
        """Information about an app's coupling to a pipeline"""
        self.pipeline_deployments = PipelineDeploymentsApi(self)
        """Information about the latest deployment of each app in a pipeline. A deployment is the process of moving the build artifacts to a target environment."""
        self.pipeline_promotion_targets = PipelinePromotionTargetsApi(self)
        """Promotion targets represent an individual app being promoted to"""
        self.pipeline_promotions = PipelinePromotionsApi(self)
        """Promotions allow you to move code from an app in a pipeline to all targets"""
        self.pipeline_releases = PipelineReleasesApi(self)
        """Information about the latest release of each app in a pipeline. A release makes a deployment available to end-users."""
        self.pipeline_stack = PipelineStackApi(self)
        """A pipeline's stack is determined by the apps in the pipeline. This is used during creation of CI and Review Apps that have no stack defined in app.json"""
        self.pipeline_transfers = PipelineTransfersApi(self)
        """A pipeline transfer is the process of changing pipeline ownership along with the contained apps."""
        self.pipelines = PipelinesApi(self)
        """A pipeline allows grouping of apps into different stages."""
        self.plans = PlansApi(self)
        """Plans represent different configurations of add-ons that may be added to apps. Endpoints under add-on services can be accessed without authentication."""
        self.rate_limit = RateLimitApi(self)
        """Rate Limit represents the number of request tokens each account holds. Requests to this endpoint do not count towards the rate limit."""
        self.regions = RegionsApi(self)
        """A region represents a geographic location in which your application may run."""
        self.releases = ReleasesApi(self)
        """A release represents a combination of code, config vars and add-ons for an app on Heroku."""
        self.review_apps = ReviewAppsApi(self)
        """An ephemeral app to review a set of changes"""
        self.review_app_configurations = ReviewAppConfigurationsApi(self)
        """Review apps can be configured for pipelines."""
        self.slugs = SlugsApi(self)
        """A slug is a snapshot of your application code that is ready to run on the platform."""
        self.sms_number = SMSNumberApi(self)
        """SMS numbers are used for recovery on accounts with two-factor authentication enabled."""
        self.sni_endpoints = SNIEndpointsApi(self)
        """SNI Endpoint is a public address serving a custom SSL cert for HTTPS traffic, using the SNI TLS extension, to a Heroku app."""
        self.sources = SourcesApi(self)
        """A source is a location for uploading and downloading an application's source code."""
        self.space_accesses = SpaceAccessesApi(self)
        """Space access represents the permissions a particular user has on a particular space."""
        self.space_network_address_translation = SpaceNetworkAddressTranslationApi(self)
        """Network address translation (NAT) for stable outbound IP addresses from a space"""
        self.space_topology = SpaceTopologyApi(self)
        """Space Topology provides you with a mechanism for viewing all the running dynos, formations and applications for a space. This is the same data thats used to power our DNS Service Discovery."""
        self.space_transfer = SpaceTransferApi(self)
        """Transfer spaces between enterprise teams with the same Enterprise Account."""
        self.spaces = SpacesApi(self)
        """A space is an isolated, highly available, secure app execution environment."""
        self.stacks = StacksApi(self)
        """Stacks are the different application execution environments available in the Heroku platform."""
        self.team_add_ons = TeamAddOnsApi(self)
        """Team Add-ons"""
        self.team_app_collaborators = TeamAppCollaboratorsApi(self)
        """A team collaborator represents an account that has been given access to a team app on Heroku."""
        self.team_app_permissions = TeamAppPermissionsApi(self)
        """A team app permission is a behavior that is assigned to a user in a team app."""
        self.team_apps = TeamAppsApi(self)
        """A team app encapsulates the team specific functionality of Heroku apps."""
        self.team_daily_usages = TeamDailyUsagesApi(self)
        """Usage for an enterprise team at a daily resolution."""
        self.team_delinquency = TeamDelinquencyApi(self)
        """A Heroku team becomes delinquent due to non-payment. We [suspend and delete](https://help.heroku.com/EREVRILX/what-happens-if-i-have-unpaid-heroku-invoices) delinquent teams if their invoices remain unpaid."""
        self.team_features = TeamFeaturesApi(self)
        """A team feature represents a feature enabled on a team account."""
        self.team_invitations = TeamInvitationsApi(self)
        """A team invitation represents an invite to a team."""
        self.team_invoices = TeamInvoicesApi(self)
        """A Team Invoice is an itemized bill of goods for a team which includes pricing and charges."""
        self.team_members = TeamMembersApi(self)
        """A team member is an individual with access to a team."""
        self.team_monthly_usages = TeamMonthlyUsagesApi(self)
        """Usage for an enterprise team at a monthly resolution."""
        self.team_preferences = TeamPreferencesApi(self)
        """Tracks a Team's Preferences"""
        self.team_spaces = TeamSpacesApi(self)
        """A space is an isolated, highly available, secure app execution environment."""
        self.teams = TeamsApi(self)
        """Teams allow you to manage access to a shared group of applications and other resources."""
        self.telemetry_drains = TelemetryDrainsApi(self)
        """A telemetry drain forwards OpenTelemetry traces, metrics, and logs to your own consumer. For Fir-generation apps only."""
        self.test_cases = TestCasesApi(self)
        """A single test case belonging to a test run"""
        self.test_nodes = TestNodesApi(self)
        """A single test node belonging to a test run"""
        self.test_runs = TestRunsApi(self)
        """An execution or trial of one or more tests"""
        self.user_preferences = UserPreferencesApi(self)
        """Tracks a user's preferences and message dismissals"""
        self.private_spaces_vp_ns = PrivateSpacesVPNsApi(self)
        """[VPN](https://devcenter.heroku.com/articles/private-space-vpn-connection) provides a way to connect your Private Spaces to your network via VPN."""
