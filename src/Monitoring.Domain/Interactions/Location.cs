using System.Text.Json.Serialization;

namespace Monitoring.Domain.Interactions;

/// <summary>Where the caller says it happens; Address is free text as spoken.</summary>
public sealed record Location(double Latitude, double Longitude, string? Address)
{
    [JsonIgnore]
    public GeoPoint Point => new(Latitude, Longitude);
}
