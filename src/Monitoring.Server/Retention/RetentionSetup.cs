namespace Monitoring.Server.Retention;

public static class RetentionSetup
{
    /// <summary>The purge job, resolvable by itself (tests run it once) and hosted.</summary>
    public static IServiceCollection AddMonitoringRetention(this IServiceCollection services)
    {
        services.AddSingleton<RetentionJob>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionJob>());
        return services;
    }
}
