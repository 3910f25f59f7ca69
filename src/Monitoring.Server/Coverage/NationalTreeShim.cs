using Monitoring.Domain;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Server.Coverage;

/// <summary>TEMPORARY until the national tree lands on main with its own PoldaOf (an instance method, which wins over this).</summary>
internal static class NationalTreeShim
{
    public static UnitId? PoldaOf(this JurisdictionTree tree, UnitId id) =>
        tree.Chain(id).Select(u => (UnitId?)u).FirstOrDefault(u => tree.Get(u!.Value).Level == UnitLevel.Polda);
}
