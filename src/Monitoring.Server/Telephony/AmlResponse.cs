using Monitoring.Domain;
using Monitoring.Domain.Telephony;

namespace Monitoring.Server.Telephony;

/// <summary>What the AML endpoint answers: the call the position joined, and the position as the center recorded it.</summary>
public sealed record AmlResponse(CallId CallId, NetworkLocation Location, AmlPositioning? Positioning);
