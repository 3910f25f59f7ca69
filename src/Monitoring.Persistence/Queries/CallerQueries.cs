using System.Text.Json;
using LinqToDB;
using LinqToDB.Async;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Persistence.Journal;
using Monitoring.Persistence.ReadModel;

namespace Monitoring.Persistence.Queries;

/// <summary>A caller's history from the read model, so a look-up while the caller is on the line never wakes an actor.</summary>
public sealed class CallerQueries(ReadModelDatabase database)
{
    /// <summary>One page of a caller's history, newest first, and how many entries it has in all.</summary>
    public async Task<(IReadOnlyList<CallerEntry> Entries, int Total)> CallerHistoryAsync(CallerNumber caller, int page, int pageSize)
    {
        await using var db = database.Open();
        var q = db.GetTable<InteractionRow>().Where(r => r.CallerNumber == caller.Value);
        var total = await q.CountAsync();
        var json = await Paging.PageOf(q.OrderByDescending(r => r.RecordedAt).ThenBy(r => r.InteractionId), page, pageSize).Select(r => r.Json).ToListAsync();
        return (json.Select(j => JsonSerializer.Deserialize<CallerEntry>(j!, JournalSerializer.Options)!).ToList(), total);
    }
}
