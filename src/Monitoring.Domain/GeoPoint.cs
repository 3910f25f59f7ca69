namespace Monitoring.Domain;

/// <summary>A WGS84 position in degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);
