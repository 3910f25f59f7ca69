namespace Monitoring.Domain.Telephony;

/// <summary>How the handset found the position an Advanced Mobile Location message carries: the call taker trusts a
/// satellite fix more than a Wi-Fi or cell estimate of the same radius, because a phone's radius is its own guess.</summary>
public enum AmlPositioning
{
    /// <summary>Satellites (GPS, Galileo, GLONASS…): the SMS format's "G".</summary>
    Gps,

    /// <summary>Wi-Fi access points the handset sees: "W".</summary>
    Wifi,

    /// <summary>The handset's own estimate from the cells it hears: "C".</summary>
    Cell,
}
