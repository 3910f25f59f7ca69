using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Linking;

namespace Monitoring.Server.Linking;

/// <summary>One link candidate as the intake page shows it: "K-… 120 m, 4 menit lalu", and where, for its map.</summary>
public sealed record NearbyCase(CaseId CaseId, int DistanceMeters, int MinutesAgo, Category Category, CaseState State, int CallerCount,
    double Latitude, double Longitude)
{
    public static NearbyCase Of(LinkCandidate x, DateTimeOffset now) => new(x.Case.CaseId, (int)Math.Round(x.DistanceMeters),
        Math.Max(0, (int)(now - x.Case.OpenedAt).TotalMinutes), x.Case.Category, x.Case.State, x.Case.CallerCount,
        x.Case.Location.Latitude, x.Case.Location.Longitude);
}
