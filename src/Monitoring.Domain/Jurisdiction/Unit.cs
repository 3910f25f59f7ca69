namespace Monitoring.Domain.Jurisdiction;

/// <summary>A node of the jurisdiction tree. AreaCode is the Kemendagri code it covers (kecamatan or city/regency).</summary>
public sealed record Unit(UnitId Id, string Name, UnitLevel Level, UnitId? ParentId, string? AreaCode, GeoPoint Station);
