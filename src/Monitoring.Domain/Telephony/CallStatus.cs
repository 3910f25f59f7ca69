namespace Monitoring.Domain.Telephony;

/// <summary>Where a call stands, from the steps the center knows of.</summary>
public enum CallStatus { Ringing, Answered, Ended, Abandoned }
