namespace Monitoring.Domain.Telephony;

/// <summary>One step of a call as the telephony reports it.</summary>
public enum CallStep
{
    /// <summary>The call reached the center and started ringing.</summary>
    Offered,

    /// <summary>A call taker picked it up.</summary>
    Answered,

    /// <summary>It ended: after an answer a finished call, before one an abandoned call.</summary>
    Ended,

    /// <summary>The caller hung up (a SIP CANCEL) before anyone answered.</summary>
    Abandoned,
}
