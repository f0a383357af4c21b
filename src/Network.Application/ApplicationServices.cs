using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Network.Application.Access;
using Network.Application.Accounts;
using Network.Application.Audit;
using Network.Application.Catalogues;
using Network.Application.Changes;
using Network.Application.Common;
using Network.Application.ContactLookup;
using Network.Application.ContactLookup.Index;
using Network.Application.Covenants;
using Network.Application.EscalationRoutes;
using Network.Application.Mail;
using Network.Application.Me;
using Network.Application.Organisations;
using Network.Application.Persistence;
using Network.Application.Professionals;
using Network.Application.Reminders;
using Network.Application.Reports;
using Network.Application.Trust;
using Network.Application.Trust.Graph;
using Network.Application.Workshops;
using Network.Application.Workshops.Import;

namespace Network.Application;

public static class ApplicationServices
{
    /// <summary>The application layer: store, access policy, audit and the use-case services both doors call.</summary>
    public static IServiceCollection AddNetworkApplication(this IServiceCollection services)
    {
        // Read lazily so hosts and test factories can override the connection string after registration.
        // Options are built once (singleton), not per request: building them costs more than a lookup's ranking.
        services.AddDbContext<NetworkDbContext>(
            (sp, o) =>
                o.UseStore(
                        StoreProviders.From(sp.GetRequiredService<IConfiguration>()),
                        sp.GetRequiredService<IConfiguration>().GetConnectionString("Network")
                    )
                    .AddInterceptors(
                        sp.GetRequiredService<DirectoryChangeInterceptor>(),
                        sp.GetRequiredService<ChangeRecorder>()
                    ),
            ServiceLifetime.Scoped,
            ServiceLifetime.Singleton
        );
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<AccessPolicy>();
        services.AddScoped<ViewerDirectory>();
        services.AddScoped<AccountService>();
        services.AddScoped<InvitationService>();
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section);
        services
            .AddOptions<InvitationOptions>()
            .BindConfiguration(InvitationOptions.Section)
            .Validate(o => o.ValidDays is > 0 and <= 90, "Invitations:ValidDays must be 1 to 90.")
            .ValidateOnStart();
        services.AddScoped<SystemClientService>();
        services.AddScoped<AuditLog>();
        services.AddScoped<CatalogueChecks>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<StoreHealth>();

        services.AddSingleton<TrustChangeNotifier>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<MunicipalityService>();
        services.AddScoped<DomainService>();
        services.AddScoped<ProfessionService>();
        services.AddScoped<ConcernTypeService>();
        services.AddScoped<RouteSteps>();
        services.AddScoped<RouteService>();
        services.AddScoped<CovenantService>();
        services.AddScoped<ProfessionalView>();
        services.AddScoped<ProfessionalInputRules>();
        services.AddScoped<ProfessionalService>();
        services.AddScoped<MeService>();
        services.AddScoped<TrustService>();
        services.AddScoped<WorkshopService>();
        services.AddScoped<WorkshopParticipantService>();
        services.AddScoped<AttendanceImportService>();
        services.AddScoped<WorkshopTrustService>();
        services.AddScoped<Workshops.Outcomes.WorkshopOutcomeService>();
        services.AddScoped<NetworkReportService>();
        services.AddScoped<WorkshopReportService>();
        services.AddScoped<WorkshopHistoryService>();
        services.AddLookup();
        services.AddNetworkMail();
        services
            .AddOptions<ReminderOptions>()
            .BindConfiguration(ReminderOptions.Section)
            .Validate(
                o =>
                    o.Interval >= TimeSpan.FromMinutes(1)
                    && o.Defaults.IsValid
                    && o.Municipalities.Values.All(m => m.IsValid),
                "Reminders: Interval must be at least a minute and every period positive (days up to 365, months up to 60)."
            )
            .ValidateOnStart();
        services.AddScoped<ReminderRun>();
        services.AddHostedService<ReminderScheduler>();
        services.AddSingleton<ChangeRecorder>();
        services.AddScoped<ChangeRenderer>();
        services.AddScoped<ChangeFeedService>();
        return services;
    }

    /// <summary>Why the configured settings cannot work (one line for the operator), or null to start.</summary>
    public static string? StartProblem(this IServiceProvider services, bool isDevelopment) =>
        MailSetup.StartProblem(
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MailOptions>>().Value,
            isDevelopment
        );

    /// <summary>The contact lookup: in-memory trust graph and directory snapshots, their upkeep, and the service.</summary>
    private static void AddLookup(this IServiceCollection services)
    {
        services.AddSingleton<TrustGraphSnapshotProvider>();
        services.AddSingleton<LookupDirectoryProvider>();
        services.AddSingleton<DirectoryChangeInterceptor>();
        services.AddSingleton<LookupCounterBuffer>();
        services.AddSingleton<RestrictedReadAudit>();
        services.AddHostedService<LookupMaintenance>();
        services.AddHealthChecks().AddCheck<LookupReadiness>("lookup-snapshots");
        services.AddScoped<LookupService>();
    }
}
