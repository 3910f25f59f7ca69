using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Linking;

/// <summary>
/// Which categories two calls may have and still be about one incident. A fire and a crash at one crossing may be the
/// same blaze seen from two sides; a fire and an insult never are, so the call taker is not offered the link at all.
/// The table is symmetric and every category is compatible with itself.
/// </summary>
public static class SameIncident
{
    private static readonly Category[][] Groups =
    [
        // Something burning, collapsing or crashing: callers name it by what they see first.
        [Category.Fire, Category.Accident, Category.Traffic, Category.Disaster, Category.Medical],
        // A crowd turning on people: a riot, a fight, a robbery in it, threats shouted at it.
        [Category.Riot, Category.Crime, Category.Violence, Category.Threat],
        [Category.Crime, Category.Extortion, Category.Threat],
        [Category.Disaster, Category.MissingPerson],
        [Category.Medical, Category.Violence],
    ];

    public static bool Compatible(Category a, Category b) =>
        a == b || Groups.Any(g => g.Contains(a) && g.Contains(b));
}
