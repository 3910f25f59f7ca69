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
}
