using LinqToDB;
using LinqToDB.Async;
using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Domain.Reports;
using Monitoring.Persistence.ReadModel;

namespace Monitoring.Persistence.Queries;

/// <summary>What the nuisance report reads: every interaction of a span, with the unit it belongs to.</summary>
public sealed class NuisanceQueries(ReadModelDatabase database, JurisdictionTree tree, CoverageMap coverage)
{
    /// <summary>
    /// The interactions that rang in [from, to), from their columns alone (the report needs who, what and when, not the
    /// stored history). A call that opened a case belongs to the case's unit; one that did not, to the unit its location
    /// routes to; one without a location (most pranks and silent calls) to the Polda's triage, as an intake would route it.
    /// </summary>
    public async Task<IReadOnlyList<NuisanceCall>> CallsAsync(DateTimeOffset from, DateTimeOffset to)
    {
        await using var db = database.Open();
        DateTime f = from.UtcDateTime, t = to.UtcDateTime;
        var rows = await db.GetTable<InteractionRow>().Where(r => r.ReceivedAt >= f && r.ReceivedAt < t)
            .Select(r => new { r.InteractionId, r.CallerNumber, r.Channel, r.Kind, r.AssignedUnitId, r.Latitude, r.Longitude, r.ReceivedAt, r.RecordedAt })
            .ToListAsync();
        return rows.Select(r =>
        {
            var received = CaseRows.Utc(r.ReceivedAt);
            var call = new Interaction(new InteractionId(r.InteractionId), new CallerNumber(r.CallerNumber), CaseRows.Parse<Channel>(r.Channel),
                CaseRows.Parse<Kind>(r.Kind), null, null, null, null, received, null, CaseRows.Utc(r.RecordedAt), null, null);
            var unit = CaseRows.UnitOfCall(r.AssignedUnitId, r.Latitude, r.Longitude, coverage, tree);
            return new NuisanceCall(call, unit, CaseRows.PolresOf(unit.Value, tree) ?? ReportQueries.TriageGroup, CaseRows.PoldaOf(unit.Value, tree));
        }).ToList();
    }
}
