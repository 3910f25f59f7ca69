using Monitoring.Persistence.Queries;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Intake;

/// <summary>What the wall counts: interactions received today (the WIB day) by kind.</summary>
public static class StatsEndpoint
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    public sealed record TodayView(DateOnly Day, IReadOnlyDictionary<string, int> ReceivedByKind);

    public static IEndpointRouteBuilder MapStats(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stats/today", async (StatsQueries readModel, TimeProvider clock) =>
            {
                var nowWib = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Wib);
                var start = new DateTimeOffset(nowWib.Date, Wib.GetUtcOffset(nowWib.Date));
                return new TodayView(DateOnly.FromDateTime(nowWib.Date), await readModel.ReceivedByKindAsync(start));
            })
            .WithTags("Intake")
            .WithSummary("Interactions received since midnight WIB, by kind.")
            .RequireAuthorization(Policies.SignedIn);
        return app;
    }
}
