using System.Text.Json.Serialization;

namespace Monitoring.Domain.Telephony;

/// <summary>A position the telephony or the handset gives for a call: a point, how far off it may be, where it came from
/// and when it was fixed. Shown beside the caller's words, never written over them.</summary>
public sealed record NetworkLocation(double Latitude, double Longitude, double RadiusMeters, LocationSource Source, DateTimeOffset? FixedAt = null)
{
    [JsonIgnore]
    public GeoPoint Point => new(Latitude, Longitude);
}
