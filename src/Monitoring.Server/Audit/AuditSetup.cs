using Monitoring.Server.Auth;

namespace Monitoring.Server.Audit;

/// <summary>The trail, its writer and its purge, in one place.</summary>
public static class AuditSetup
{
    public static IServiceCollection AddMonitoringAudit(this IServiceCollection services)
    {
        services.AddDbContextFactory<AuditDb>(PeopleSetup.UsePeopleDatabase);
        services.AddSingleton<AuditTrail>();
        services.AddHostedService<AuditWriter>();
        services.AddSingleton<AuditRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditRetention>());
        return services;
    }
}
