using LinqToDB;
using LinqToDB.Async;
using Monitoring.Persistence.ReadModel;

namespace Monitoring.Persistence.Queries;

/// <summary>Counts of recorded interactions, for the intake's figures.</summary>
public sealed class StatsQueries(ReadModelDatabase database)
{
    /// <summary>Interactions received since <paramref name="since"/>, counted by kind.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ReceivedByKindAsync(DateTimeOffset since)
    {
        await using var db = database.Open();
        var from = since.UtcDateTime;
        return await db.GetTable<InteractionRow>().Where(r => r.ReceivedAt >= from)
            .GroupBy(r => r.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Kind, x => x.Count);
    }

    /// <summary>The 110 line since <paramref name="since"/>: voice calls answered, answered within <paramref name="target"/>,
    /// abandoned before an answer, and the longest anyone waited for a voice.</summary>
    public async Task<LineFigures> CallsAsync(DateTimeOffset since, TimeSpan target)
    {
        await using var db = database.Open();
        var from = since.UtcDateTime;
        var voice = db.GetTable<InteractionRow>().Where(r => r.ReceivedAt >= from && r.Channel == "voice");
        var answered = voice.Where(r => r.AnsweredAt != null);
        var seconds = target.TotalSeconds;
        var longest = await answered.OrderByDescending(r => Sql.DateDiff(Sql.DateParts.Millisecond, r.ReceivedAt, r.AnsweredAt))
            .Select(r => new { r.ReceivedAt, r.AnsweredAt }).FirstOrDefaultAsync();
        return new LineFigures(
            await answered.CountAsync(),
            await answered.CountAsync(r => r.AnsweredAt <= Sql.DateAdd(Sql.DateParts.Second, seconds, r.ReceivedAt)),
            await voice.CountAsync(r => r.Kind == "abandoned"),
            longest is { AnsweredAt: { } a } ? a - longest.ReceivedAt : null);
    }
}

/// <summary>What the wall counts of the 110 line today: the first target is a voice within 10 s.</summary>
public sealed record LineFigures(int Answered, int AnsweredWithinTarget, int Abandoned, TimeSpan? LongestWait);
