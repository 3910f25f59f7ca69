namespace Monitoring.Domain.Telephony;

/// <summary>Where a call's position came from, so the call taker knows how far to trust it. The caller's own words are
/// the form's location and never one of these.</summary>
public enum LocationSource
{
    /// <summary>The mobile network's cell or sector: hundreds of meters to kilometres.</summary>
    Cell,

    /// <summary>The handset's own GNSS or Wi-Fi fix, sent by Advanced Mobile Location (ETSI TS 103 625).</summary>
    Aml,

    /// <summary>A PIDF-LO location object carried by the SIP call (RFC 4119, RFC 6442).</summary>
    Pidf,
}
