using Monitoring.Domain;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Linking;
using Monitoring.Persistence.Queries;

namespace Monitoring.Server.Linking;

/// <summary>The open cases a new call may be about, from this node's <see cref="OpenCaseIndex"/>, seeded from the read model
/// on the first question (before it the index holds only what the wall feed pushed since this node started).</summary>
public sealed class LinkFinder(OpenCaseIndex index, CaseQueries readModel, LinkingPolicy policy, TimeProvider clock)
{
    private Task? _seeded;

    public LinkingPolicy Policy => policy;

    public async Task<IReadOnlyList<LinkCandidate>> CandidatesAsync(GeoPoint at, Category category, CallerNumber? caller)
    {
        try
        {
            await (_seeded ??= SeedAsync());
        }
        catch
        {
            // A failed seed is tried again by the next question, not remembered as done.
            _seeded = null;
            throw;
        }
        return policy.Candidates(index.Near(at, policy.RadiusMeters, caller), at, category, caller, clock.GetUtcNow());
    }

    private async Task SeedAsync() => index.Update(await readModel.OpenCasesAsync(null));
}
