using Monitoring.Domain.Coverage;

namespace Monitoring.Actors.Telephony;

/// <summary>What every call actor needs: the answer target a ringing call climbs by, the grace a form has after an
/// answered call ends, the coverage its answering chain comes from, and the clock.</summary>
public sealed record TelephonySettings(TimeSpan AnswerWithin, TimeSpan Grace, CoverageMap Coverage, TimeProvider Clock);
