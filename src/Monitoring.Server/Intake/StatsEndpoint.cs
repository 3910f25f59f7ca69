using Monitoring.Domain.Reports;
using Monitoring.Persistence.Queries;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Intake;

/// <summary>What the wall counts: interactions received today (the WIB day) by kind.</summary>
public static class StatsEndpoint
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    public sealed record TodayView(DateOnly Day, IReadOnlyDictionary<string, int> ReceivedByKind, CallsView Calls);

    /// <summary>The 110 line today against its first target: how many voice calls were answered, how many within the target
    /// (and their share), how many callers hung up before an answer, and the longest wait for a voice.</summary>
    public sealed record CallsView(int Answered, int AnsweredWithinTarget, double? WithinTargetShare, int Abandoned, double? LongestWaitSeconds,
        int TargetSeconds)
    {
        public static CallsView Of(LineFigures f) => new(f.Answered, f.AnsweredWithinTarget,
            f.Answered == 0 ? null : Math.Round((double)f.AnsweredWithinTarget / f.Answered, 3), f.Abandoned,
            f.LongestWait is { } w ? Math.Round(w.TotalSeconds, 1) : null, (int)ResponseTimeReport.AnswerTarget.TotalSeconds);
    }

    public static IEndpointRouteBuilder MapStats(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stats/today", async (StatsQueries readModel, TimeProvider clock) =>
            {
                var nowWib = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Wib);
                var start = new DateTimeOffset(nowWib.Date, Wib.GetUtcOffset(nowWib.Date));
                return new TodayView(DateOnly.FromDateTime(nowWib.Date), await readModel.ReceivedByKindAsync(start),
                    CallsView.Of(await readModel.CallsAsync(start, ResponseTimeReport.AnswerTarget)));
            })
            .WithTags("Intake")
            .WithSummary("Interactions received since midnight WIB, by kind, and the 110 line's voice calls against the 10 s answer target.")
            .RequireAuthorization(Policies.SignedIn);
        return app;
    }
}
