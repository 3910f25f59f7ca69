using System.Text.Json;

namespace Monitoring.Domain.Telephony;

/// <summary>What the telephony sends about one step of a call, unparsed: every rule about it lives in
/// <see cref="CallEventRules"/>. The time is kept as sent, a string or a number, because PBXs write either.</summary>
public sealed record CallEventForm(
    string? CallId,
    string? Event,
    JsonElement? At,
    string? CallerNumber,
    string? CalledNumber,
    string? AgentId,
    NetworkLocationForm? Location,
    string? PidfLo);

public sealed record NetworkLocationForm(double? Latitude, double? Longitude, double? RadiusMeters, string? Source);
