import CXMCore
import CXMStore
import Hummingbird
import Logging

/// What `buildApplication` hands back: the application, plus the route table for tests and docs.
public struct BuiltApplication: Sendable {
    public let application: Application<RouterResponder<AppContext>>
    public let routes: [RouteEntry]
}

/// Builds the cxm application on an opened store. `cxm serve` and every HTTP test use this one builder.
public func buildApplication(
    configuration: ServerConfiguration, store: Store, logger: Logger, metrics: ServerMetrics = ServerMetrics()
) -> BuiltApplication {
    let router = Router(context: AppContext.self)
    let scopes = UnitScopeCache(store: store)
    let hasher = PasswordHasher(cost: configuration.passwordHashCost)
    router.add(middleware: SecurityHeadersMiddleware(session: WebSession(configuration: configuration)))
    router.add(middleware: RequestMetricsMiddleware(metrics: metrics))
    router.add(middleware: ErrorMiddleware(renderPage: WebPages.errorPage))
    router.add(middleware: AuthenticationMiddleware(store: store, scopes: scopes))

    var routes = RouteTable(router: router)
    OperationsRoutes(store: store, metrics: metrics).register(in: &routes)
    OrganisationAPI(store: store, scopes: scopes).register(in: &routes)
    BrandingAPI(store: store).register(in: &routes)
    CasesAPI(store: store).register(in: &routes)
    CaseRulesAPI(store: store).register(in: &routes)
    WebhooksAPI(store: store).register(in: &routes)
    SignalsAPI(store: store).register(in: &routes)
    IdentityAPI(store: store).register(in: &routes)
    IncidentsAPI(store: store).register(in: &routes)
    PoorExperienceAPI(store: store).register(in: &routes)
    FunnelsAPI(store: store).register(in: &routes)
    FeedbackAPI(store: store).register(in: &routes)
    DriversAPI(store: store).register(in: &routes)
    AlertsAPI(store: store).register(in: &routes)
    ImprovementsAPI(store: store).register(in: &routes)
    GoalsAPI(store: store).register(in: &routes)
    ActionPlansAPI(store: store).register(in: &routes)
    ChangesAPI(store: store).register(in: &routes)
    JourneysAPI(store: store).register(in: &routes)
    CustomersAPI(store: store).register(in: &routes)
    SurveysAPI(store: store).register(in: &routes)
    SurveyLinksAPI(store: store, configuration: configuration).register(in: &routes)
    InvitationsAPI(store: store).register(in: &routes)
    ResponsesAPI(store: store, metrics: metrics).register(in: &routes)
    MetricsAPI(metrics: MetricService(store: store)).register(in: &routes)
    AccessAPI(store: store, hasher: hasher, scopes: scopes).register(in: &routes)
    WebRoutes(
        store: store, hasher: hasher, scopes: scopes, configuration: configuration,
        signInLimiter: RateLimiter(configuration.signInLimit)
    ).register(in: &routes)
    RespondentRoutes(
        store: store, configuration: configuration, limiter: RateLimiter(configuration.respondentLimit),
        submissions: DraftSubmissions(store: store)
    ).register(in: &routes)

    let application = Application(
        router: router,
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port), serverName: "cxm"),
        services: [
            RollupFolder(store: store, policy: configuration.rollupFolding, logger: logger),
            RetentionScheduler(store: store, checkEvery: configuration.retentionCheckEvery, logger: logger),
            DraftCompleter(store: store, checkEvery: .seconds(60), logger: logger),
        ]
            + (configuration.caseEscalationEvery.map {
                [
                    CaseEscalator(
                        store: store, checkEvery: $0,
                        mailLinkBase: configuration.mailTransport == nil ? nil : configuration.linkBase, logger: logger)
                ]
            } ?? [])
            + (configuration.textAnalysisCheckEvery.map {
                [TextAnalysisWorker(store: store, checkEvery: $0, logger: logger)]
            } ?? [])
            + (configuration.alertCheckEvery.map {
                [
                    AlertChecker(
                        store: store, checkEvery: $0,
                        mailLinkBase: configuration.mailTransport == nil ? nil : configuration.linkBase, logger: logger)
                ]
            } ?? [])
            + (configuration.alertCheckEvery.map {
                [
                    ResultsDigestSender(
                        store: store, checkEvery: $0,
                        mailLinkBase: configuration.mailTransport == nil ? nil : configuration.linkBase, logger: logger)
                ]
            } ?? [])
            + (configuration.driverAnalysisEvery.map { [DriverPrecomputer(store: store, every: $0, logger: logger)] } ?? [])
            + (configuration.funnelProgressEvery.map { [FunnelProgressKeeper(store: store, every: $0, logger: logger)] } ?? [])
            + (configuration.webhookCheckEvery.map {
                [WebhookDispatcher(store: store, checkEvery: $0, linkBase: configuration.linkBase, logger: logger)]
            } ?? [])
            + (configuration.mailTransport.map {
                [
                    Mailer(
                        store: store, transport: $0, from: configuration.mailFrom, checkEvery: configuration.mailCheckEvery,
                        logger: logger),
                    // Without a way to send mail, invitations wait as scheduled rather than pile up unsent.
                    InvitationSender(
                        store: store, linkBase: configuration.linkBase, checkEvery: configuration.mailCheckEvery, logger: logger),
                ]
            } ?? []),
        logger: logger)
    return BuiltApplication(application: application, routes: routes.entries)
}
